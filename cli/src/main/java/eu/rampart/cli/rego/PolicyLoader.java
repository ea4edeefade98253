package eu.rampart.cli.rego;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import eu.rampart.rego.api.RegoException;
import eu.rampart.rego.api.RegoVersion;
import eu.rampart.rego.parse.Parser;
import eu.rampart.rego.value.Json;
import eu.rampart.rego.value.Value;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Loads the paths of {@code rampart rego eval -d} and {@code rampart rego test} as OPA's file
 * loader does (v1/loader fileLoader.Filtered / allRec / loadKnownTypes):
 * <ul>
 *   <li>a path may carry a prefix, {@code a.b:dir}, that places its data under data.a.b;</li>
 *   <li>directories are walked in name order; a data file in sub/dir/ of a given directory lands
 *       at data.sub.dir, whatever the file is called;</li>
 *   <li>{@code .rego} files are modules, {@code .json}/{@code .yaml}/{@code .yml} data,
 *       {@code .tar.gz} bundles; other files below a given directory are skipped, while a file
 *       given by name is tried as Rego, then JSON, then YAML;</li>
 *   <li>data documents merge; two files setting the same non-object key conflict;</li>
 *   <li>names matching an {@code --ignore} pattern are skipped below the given paths.</li>
 * </ul>
 * Bad input is a {@link BadInput} naming the file (exit code 2 for eval, 1 for test, as OPA).
 */
final class PolicyLoader {
  private PolicyLoader() {}

  /** Unreadable, malformed or conflicting input. */
  static final class BadInput extends Exception {
    BadInput(String message) { super(message); }
  }

  static LoadedPolicies load(List<String> args, IgnoreFilter filter, RegoVersion version) throws BadInput {
    LoadedPolicies out = new LoadedPolicies();
    for (String arg : args) {
      List<String> prefix = new ArrayList<>();
      String path = splitPrefix(arg, prefix);
      walk(Path.of(path), prefix, 0, filter, version, out);
    }
    return out;
  }

  /** loader.SplitPrefix: {@code a.b:path} unless the first colon starts a URL scheme's "://". */
  static String splitPrefix(String arg, List<String> prefix) {
    int colon = arg.indexOf(':');
    if (colon <= 0 || arg.indexOf("://") == colon) return arg;
    prefix.addAll(Arrays.asList(arg.substring(0, colon).split("\\.")));
    return arg.substring(colon + 1);
  }

  private static void walk(Path p, List<String> dataPath, int depth, IgnoreFilter filter, RegoVersion version,
                           LoadedPolicies out) throws BadInput {
    if (!Files.exists(p)) throw new BadInput(p + ": no such file or directory");
    Path name = p.getFileName();
    if (name != null && filter.ignores(name.toString(), depth)) return;
    if (!Files.isDirectory(p)) {
      loadFile(p, dataPath, depth, version, out);
      return;
    }
    List<String> here = dataPath;
    if (depth > 0) {
      here = new ArrayList<>(dataPath);
      here.add(name.toString());
    }
    List<Path> children;
    try (var s = Files.list(p)) {
      children = s.sorted().toList();
    } catch (IOException e) {
      throw new BadInput(p + ": cannot read directory: " + e.getMessage());
    }
    for (Path c : children) walk(c, here, depth + 1, filter, version, out);
  }

  private static void loadFile(Path f, List<String> dataPath, int depth, RegoVersion version, LoadedPolicies out)
      throws BadInput {
    String n = f.getFileName().toString();
    if (n.endsWith(".tar.gz")) {
      LoadedPolicies bundle = BundleLoader.load(f, IgnoreFilter.NONE, version);
      out.addAll(bundle, dataPath, f.toString());
      return;
    }
    if (!n.endsWith(".rego") && !n.endsWith(".json") && !n.endsWith(".yaml") && !n.endsWith(".yml")) {
      if (depth > 0) return;
      loadAnyType(f, dataPath, version, out);
      return;
    }
    String text = read(f);
    if (n.endsWith(".rego")) out.addModule(f.toString(), text, version);
    else if (n.endsWith(".json")) out.addData(dataPath, DataDocuments.json(f.toString(), text, out::warn), f.toString());
    else out.addData(dataPath, DataDocuments.yaml(f.toString(), text), f.toString());
    if (!n.endsWith(".rego")) out.addDataFile(f);
  }

  /** loadFileForAnyType: a file named on the command line with another extension. */
  private static void loadAnyType(Path f, List<String> dataPath, RegoVersion version, LoadedPolicies out) throws BadInput {
    String text = read(f);
    try {
      Parser.parseModule(f.toString(), text, version);
      out.addModule(f.toString(), text, version);
      return;
    } catch (RegoException notRego) {
      // try the data formats
    }
    try {
      out.addData(dataPath, DataDocuments.json(f.toString(), text, out::warn), f.toString());
      return;
    } catch (BadInput notJson) {
      // try YAML
    }
    try {
      out.addData(dataPath, DataDocuments.yaml(f.toString(), text), f.toString());
    } catch (BadInput notYaml) {
      throw new BadInput(f + ": unrecognized file: expected Rego, JSON or YAML");
    }
  }

  static String read(Path f) throws BadInput {
    byte[] bytes;
    try {
      // a regular file of bounded size, read once (no /dev/zero, no FIFO), as every rampart input
      bytes = eu.rampart.plan.read.InputFiles.read(f, "a Rego, JSON or YAML file");
    } catch (eu.rampart.plan.read.InputException e) {
      throw new BadInput(e.getMessage());
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new BadInput(f + ": not UTF-8 text");
    }
  }

  /** The {@code -i} input document: JSON, or YAML by extension (YAML bounded like environment files). */
  static Value readValue(Path f) throws BadInput {
    String n = f.getFileName().toString();
    if (n.endsWith(".yaml") || n.endsWith(".yml")) {
      // bounded like environment files: size, nesting, alias expansion (no billion laughs, no recursive alias)
      try {
        return eu.rampart.rego.value.JavaValues.from(eu.rampart.env.BoundedYaml.read(f));
      } catch (eu.rampart.env.EnvironmentException e) {
        throw new BadInput(e.getMessage());
      } catch (RuntimeException e) {
        throw new BadInput(f + ": cannot read YAML: " + e.getClass().getSimpleName());
      }
    }
    byte[] bytes;
    try {
      // a regular file of bounded size, read once (no /dev/zero, no FIFO)
      bytes = eu.rampart.plan.read.InputFiles.read(f, "a JSON or YAML file");
    } catch (eu.rampart.plan.read.InputException e) {
      throw new BadInput(e.getMessage());
    }
    try (Reader r = new java.io.InputStreamReader(new java.io.ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
      return Json.parse(r);
    } catch (JsonProcessingException e) {
      JsonLocation l = e.getLocation();
      String where = l == null ? "" : ":" + l.getLineNr() + ":" + l.getColumnNr();
      throw new BadInput(f + where + ": malformed JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new BadInput(f + ": cannot read: " + e.getMessage());
    }
  }
}
