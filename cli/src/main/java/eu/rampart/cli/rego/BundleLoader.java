package eu.rampart.cli.rego;

import eu.rampart.rego.api.RegoException;
import eu.rampart.rego.api.RegoVersion;
import eu.rampart.rego.builtins.Globs;
import eu.rampart.rego.parse.Parser;
import eu.rampart.rego.value.ArrayValue;
import eu.rampart.rego.value.NumberValue;
import eu.rampart.rego.value.ObjectValue;
import eu.rampart.rego.value.StringValue;
import eu.rampart.rego.value.Value;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Loads an OPA bundle, a directory or a {@code .tar.gz} (v1/bundle Reader.Read):
 * <ul>
 *   <li>{@code .rego} files are modules; only files named {@code data.json} or {@code data.yaml}
 *       are data, placed at their directory's path; other files are ignored;</li>
 *   <li>the root {@code .manifest} may set {@code roots} (default: everything), which must not
 *       overlap and must hold every package and every data path;</li>
 *   <li>the language version of a module is the manifest's {@code file_rego_versions} entry whose
 *       glob matches the file's path (Manifest.numericRegoVersionForFile), else its
 *       {@code rego_version}, else the command's ({@code --v0-compatible} or v1).</li>
 * </ul>
 */
final class BundleLoader {
  private BundleLoader() {}

  /** A loaded bundle: its policies and its manifest's roots. */
  record Bundle(String name, LoadedPolicies policies, List<String> roots) {}

  static LoadedPolicies load(Path path, IgnoreFilter filter, RegoVersion defaultVersion) throws PolicyLoader.BadInput {
    return read(path, filter, defaultVersion).policies();
  }

  /** Loads several bundles; their roots must not overlap (bundle.Merge). */
  static LoadedPolicies loadAll(List<Path> paths, IgnoreFilter filter, RegoVersion version, LoadedPolicies into)
      throws PolicyLoader.BadInput {
    List<Bundle> bundles = new ArrayList<>();
    for (Path p : paths) bundles.add(read(p, filter, version));
    for (int i = 0; i < bundles.size(); i++) {
      for (int j = i + 1; j < bundles.size(); j++) {
        for (String a : bundles.get(i).roots()) {
          for (String b : bundles.get(j).roots()) {
            if (contains(a, b) || contains(b, a)) {
              throw new PolicyLoader.BadInput("bundles " + bundles.get(i).name() + " and " + bundles.get(j).name()
                  + " have overlapping roots '" + a + "' and '" + b + "'");
            }
          }
        }
      }
    }
    for (Bundle b : bundles) into.addAll(b.policies(), List.of(), b.name());
    return into;
  }

  static Bundle read(Path path, IgnoreFilter filter, RegoVersion defaultVersion) throws PolicyLoader.BadInput {
    if (!Files.exists(path)) throw new PolicyLoader.BadInput(path + ": no such file or directory");
    Map<String, byte[]> files = Files.isDirectory(path) ? directory(path, filter) : TarGz.read(path);
    boolean dir = Files.isDirectory(path);
    String name = path.toString();
    Manifest manifest = Manifest.parse(files.get(".manifest"), name + "/.manifest");
    LoadedPolicies out = new LoadedPolicies();
    for (Map.Entry<String, byte[]> e : files.entrySet()) {
      String rel = e.getKey();
      String base = rel.substring(rel.lastIndexOf('/') + 1);
      String shown = dir ? path.resolve(rel).toString() : name + "/" + rel;
      List<String> at = dirKey(rel);
      if (rel.endsWith(".rego")) {
        String text = TarGz.utf8(e.getValue(), shown);
        RegoVersion v = manifest.versionFor(rel, defaultVersion, shown);
        out.addModule(shown, text, v);
        checkPackage(manifest, shown, text, v);
      } else if (base.equals("data.json")) {
        out.addData(at, DataDocuments.strictJson(shown, TarGz.utf8(e.getValue(), shown)), shown);
      } else if (base.equals("data.yaml")) {
        out.addData(at, DataDocuments.yaml(shown, TarGz.utf8(e.getValue(), shown)), shown);
      }
    }
    checkData(manifest, out.data(), "", name);
    return new Bundle(name, out, manifest.roots);
  }

  private static Map<String, byte[]> directory(Path root, IgnoreFilter filter) throws PolicyLoader.BadInput {
    Map<String, byte[]> out = new TreeMap<>();
    collect(root, root, 0, filter, out);
    return out;
  }

  private static void collect(Path root, Path p, int depth, IgnoreFilter filter, Map<String, byte[]> out)
      throws PolicyLoader.BadInput {
    if (depth > 0 && filter.ignores(p.getFileName().toString(), depth)) return;
    try {
      if (Files.isDirectory(p)) {
        List<Path> children;
        try (var s = Files.list(p)) {
          children = s.sorted().toList();
        }
        for (Path c : children) collect(root, c, depth + 1, filter, out);
      } else if (Files.isRegularFile(p)) {
        out.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
      }
    } catch (IOException e) {
      throw new PolicyLoader.BadInput(p + ": cannot read: " + e.getMessage());
    }
  }

  /** The data path of a file: its directory's segments (bundle getNormalizedPath). */
  private static List<String> dirKey(String rel) {
    int slash = rel.lastIndexOf('/');
    if (slash < 0) return List.of();
    List<String> out = new ArrayList<>();
    for (String s : rel.substring(0, slash).split("/")) if (!s.isEmpty() && !s.equals(".")) out.add(s);
    return out;
  }

  private static void checkPackage(Manifest m, String file, String text, RegoVersion v) throws PolicyLoader.BadInput {
    if (m.roots.equals(List.of(""))) return;
    List<String> pkg;
    try {
      pkg = Parser.parseModule(file, text, v).pkg();
    } catch (RegoException e) {
      return; // the compiler reports the parse error with its position
    }
    String path = String.join("/", pkg);
    for (String r : m.roots) if (contains(r, path)) return;
    throw new PolicyLoader.BadInput(file + ": manifest roots " + m.roots + " do not permit package '" + String.join(".", pkg) + "'");
  }

  /** Every data value must lie under a root (Manifest validateAndInjectDefaults, dfs). */
  private static void checkData(Manifest m, ObjectValue data, String at, String bundle) throws PolicyLoader.BadInput {
    if (m.roots.equals(List.of(""))) return;
    for (Map.Entry<Value, Value> e : data.entries()) {
      String key = ((StringValue) e.getKey()).value();
      String path = at.isEmpty() ? key : at + "/" + key;
      boolean inRoot = false, aboveRoot = false;
      for (String r : m.roots) {
        if (contains(r, path)) inRoot = true;
        else if (contains(path, r)) aboveRoot = true;
      }
      if (inRoot) continue;
      if (aboveRoot && e.getValue() instanceof ObjectValue o) {
        checkData(m, o, path, bundle);
        continue;
      }
      throw new PolicyLoader.BadInput(bundle + ": manifest roots " + m.roots + " do not permit data at path '/" + path
          + "' (check the bundle's directory structure)");
    }
  }

  /** bundle rootContains: the root's segments are a prefix of the path's; "" holds everything. */
  static boolean contains(String root, String path) {
    if (root.isEmpty()) return true;
    List<String> r = Arrays.asList(root.split("/", -1)), p = Arrays.asList(path.split("/", -1));
    return r.size() <= p.size() && p.subList(0, r.size()).equals(r);
  }

  /** The parts of a bundle's {@code .manifest} that loading uses. */
  static final class Manifest {
    final List<String> roots;
    final Integer regoVersion;
    final LinkedHashMap<Predicate<String>, Integer> fileVersions;

    private Manifest(List<String> roots, Integer regoVersion, LinkedHashMap<Predicate<String>, Integer> fileVersions) {
      this.roots = roots;
      this.regoVersion = regoVersion;
      this.fileVersions = fileVersions;
    }

    static Manifest parse(byte[] raw, String name) throws PolicyLoader.BadInput {
      if (raw == null) return new Manifest(List.of(""), null, new LinkedHashMap<>());
      Value v = DataDocuments.strictJson(name, new String(raw, StandardCharsets.UTF_8));
      if (!(v instanceof ObjectValue o)) throw new PolicyLoader.BadInput(name + ": manifest must be a JSON object");
      List<String> roots = new ArrayList<>();
      Value r = o.get(StringValue.of("roots"));
      if (r == null) {
        roots.add("");
      } else if (r instanceof ArrayValue a) {
        for (Value x : a.items()) {
          if (!(x instanceof StringValue s)) throw new PolicyLoader.BadInput(name + ": roots must be strings");
          roots.add(trimSlashes(s.value()));
        }
      } else {
        throw new PolicyLoader.BadInput(name + ": roots must be an array of strings");
      }
      for (int i = 0; i < roots.size(); i++) {
        for (int j = i + 1; j < roots.size(); j++) {
          if (contains(roots.get(i), roots.get(j)) || contains(roots.get(j), roots.get(i))) {
            throw new PolicyLoader.BadInput(name + ": manifest has overlapped roots: '" + roots.get(i) + "' and '" + roots.get(j) + "'");
          }
        }
      }
      Integer version = version(o.get(StringValue.of("rego_version")), name);
      LinkedHashMap<Predicate<String>, Integer> files = new LinkedHashMap<>();
      if (o.get(StringValue.of("file_rego_versions")) instanceof ObjectValue fv) {
        for (Map.Entry<Value, Value> e : fv.entries()) {
          String glob = ((StringValue) e.getKey()).value();
          try {
            files.put(Globs.compile(glob), version(e.getValue(), name));
          } catch (IllegalArgumentException bad) {
            throw new PolicyLoader.BadInput(name + ": failed to compile glob pattern " + glob + ": " + bad.getMessage());
          }
        }
      }
      return new Manifest(roots, version, files);
    }

    private static Integer version(Value v, String name) throws PolicyLoader.BadInput {
      if (v == null) return null;
      if (v instanceof NumberValue n && n.isLong() && (n.longValue() == 0 || n.longValue() == 1)) return (int) n.longValue();
      throw new PolicyLoader.BadInput(name + ": unknown rego_version " + v + " (expected 0 or 1)");
    }

    private static String trimSlashes(String s) {
      int a = 0, b = s.length();
      while (a < b && s.charAt(a) == '/') a++;
      while (b > a && s.charAt(b - 1) == '/') b--;
      return s.substring(a, b);
    }

    RegoVersion versionFor(String rel, RegoVersion def, String shown) {
      for (Map.Entry<Predicate<String>, Integer> e : fileVersions.entrySet()) {
        if (e.getKey().test("/" + rel) || e.getKey().test(rel)) return of(e.getValue());
      }
      return regoVersion == null ? def : of(regoVersion);
    }

    private static RegoVersion of(int v) { return v == 0 ? RegoVersion.V0 : RegoVersion.V1; }
  }
}
