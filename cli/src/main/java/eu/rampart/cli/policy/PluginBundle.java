package eu.rampart.cli.policy;

import eu.rampart.cli.support.Home;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The files of the self-contained analyzer plugin, laid out as Pulumi's plugin cache holds a
 * plugin: the executable {@code pulumi-analyzer-policy-rampart} at the top, the analyzer's jars in
 * {@code lib/}, the pack (PulumiPolicy.yaml and its rules, without tests) in {@code pack/}, the
 * environments in {@code environments/}. Nothing refers back to the checkout or to Maven.
 */
final class PluginBundle {
  /** Set by the launcher: the analyzer's runtime jars, separated by the path separator. */
  static final String CLASSPATH_PROPERTY = "rampart.analyzer.classpath";
  /** pulumi/pulumi workspace PluginSpec.File(): "pulumi-" + kind + "-" + name. */
  static final String EXECUTABLE = "pulumi-analyzer-policy-rampart";
  /** The launcher's default JVM flags, which it sources from beside itself. */
  static final String JVM_FLAGS = "jvm-flags.sh";
  /** Plugin kind and name as Pulumi's NewPolicyAnalyzer asks for them: analyzer "policy-" + runtime. */
  static final String KIND = "analyzer";
  static final String NAME = "policy-rampart";
  private static final String MAIN_CLASS_ENTRY = "eu/rampart/analyzer/AnalyzerMain.class";

  /** One file of the plugin: its path inside the plugin directory and where its bytes come from. */
  record Entry(String path, Path source, byte[] content, boolean executable) {
    byte[] bytes() throws IOException { return content != null ? content : Files.readAllBytes(source); }
  }

  private final String version;
  private final List<Entry> entries;

  private PluginBundle(String version, List<Entry> entries) {
    this.version = version;
    this.entries = List.copyOf(entries);
  }

  String version() { return version; }

  List<Entry> entries() { return entries; }

  /** pulumi/pulumi workspace PluginSpec.DirPath(): "<kind>-<name>-v<version>" under plugins/. */
  String directoryName() { return KIND + "-" + NAME + "-v" + version; }

  static PluginBundle collect(PluginSource source) throws BundleException {
    List<Entry> out = new ArrayList<>();
    out.add(new Entry(EXECUTABLE, null, resource(EXECUTABLE), true));
    out.add(new Entry(JVM_FLAGS, null, resource(JVM_FLAGS), false));
    for (Path jar : analyzerJars()) out.add(new Entry("lib/" + uniqueName(jar, out), jar, null, false));
    Path pack = source.policies != null ? source.policies : Home.dir().resolve("policies");
    String version = packVersion(pack);
    out.add(new Entry("pack/PulumiPolicy.yaml", pack.resolve("PulumiPolicy.yaml"), null, false));
    for (Path rule : files(pack, ".rego")) {
      if (rule.getFileName().toString().endsWith("_test.rego")) continue;
      out.add(new Entry("pack/" + slash(pack.relativize(rule)), rule, null, false));
    }
    if (out.stream().noneMatch(e -> e.path().endsWith(".rego"))) throw new BundleException(pack + " holds no .rego rules");
    Path envs = source.environments != null ? source.environments : Home.dir().resolve("environments");
    if (source.environments != null && !Files.isDirectory(envs)) throw new BundleException("--environments " + envs + ": no such directory");
    if (Files.isDirectory(envs)) {
      for (Path env : files(envs, ".yaml")) out.add(new Entry("environments/" + slash(envs.relativize(env)), env, null, false));
    }
    return new PluginBundle(version, out);
  }

  /** The jars the launcher names; each must exist, and one must hold the analyzer. */
  static List<Path> analyzerJars() throws BundleException {
    String cp = System.getProperty(CLASSPATH_PROPERTY);
    if (cp == null || cp.isBlank()) {
      throw new BundleException("the analyzer's jars are unknown (system property " + CLASSPATH_PROPERTY
          + " is not set): run rampart through its launcher (./rampart in a checkout, bin/rampart in a release)");
    }
    List<Path> jars = new ArrayList<>();
    boolean hasMain = false;
    for (String part : cp.split(File.pathSeparator)) {
      if (part.isBlank()) continue;
      Path jar = Path.of(part);
      if (!Files.isRegularFile(jar) || !part.endsWith(".jar")) {
        throw new BundleException(CLASSPATH_PROPERTY + " names " + jar + ", which is not a jar file");
      }
      if (!hasMain) {
        try (ZipFile z = new ZipFile(jar.toFile())) {
          hasMain = z.getEntry(MAIN_CLASS_ENTRY) != null;
        } catch (IOException e) {
          throw new BundleException(jar + " is not a readable jar: " + e.getMessage());
        }
      }
      jars.add(jar);
    }
    if (!hasMain) throw new BundleException(CLASSPATH_PROPERTY + " holds no jar with " + MAIN_CLASS_ENTRY + " (the analyzer module's jar)");
    return jars;
  }

  /** The version Pulumi reads from the pack's PulumiPolicy.yaml, which names the plugin directory. */
  static String packVersion(Path pack) throws BundleException {
    Path yaml = pack.resolve("PulumiPolicy.yaml");
    if (!Files.isRegularFile(yaml)) throw new BundleException(yaml + ": no such file (not a Pulumi policy pack)");
    Object doc;
    try (Reader r = Files.newBufferedReader(yaml)) {
      doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(r);
    } catch (IOException | RuntimeException e) {
      throw new BundleException(yaml + ": not readable YAML (" + String.valueOf(e.getMessage()).replace('\n', ' ') + ")");
    }
    if (!(doc instanceof Map<?, ?> m) || !"rampart".equals(String.valueOf(m.get("runtime")))) {
      throw new BundleException(yaml + ": runtime must be rampart");
    }
    Object v = m.get("version");
    if (v == null || !String.valueOf(v).matches("[0-9]+\\.[0-9]+\\.[0-9]+([-+][0-9A-Za-z.+-]*)?")) {
      throw new BundleException(yaml + ": version must be a semantic version such as 0.1.0, got " + v);
    }
    return String.valueOf(v);
  }

  /** A file of the launcher's (the launcher itself, its JVM flags) from the CLI's resources. */
  private static byte[] resource(String name) throws BundleException {
    try (InputStream in = PluginBundle.class.getResourceAsStream(name)) {
      if (in == null) throw new BundleException("the plugin launcher's " + name + " is missing from the rampart CLI; rebuild it");
      return in.readAllBytes();
    } catch (IOException e) {
      throw new BundleException("cannot read the plugin launcher's " + name + ": " + e.getMessage());
    }
  }

  private static List<Path> files(Path dir, String suffix) throws BundleException {
    if (!Files.isDirectory(dir)) throw new BundleException(dir + ": no such directory");
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(suffix))
          .filter(p -> !slash(dir.relativize(p)).startsWith("target/") && !slash(dir.relativize(p)).startsWith("src/"))
          .sorted().toList();
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new BundleException("cannot list " + dir + ": " + e.getMessage());
    }
  }

  /** Two jars of the same file name (different groups) must not overwrite each other in lib/. */
  private static String uniqueName(Path jar, List<Entry> so) {
    Set<String> taken = new HashSet<>();
    for (Entry e : so) taken.add(e.path());
    String name = jar.getFileName().toString();
    for (int i = 2; taken.contains("lib/" + name); i++) name = i + "-" + jar.getFileName();
    return name;
  }

  private static String slash(Path p) { return p.toString().replace('\\', '/'); }

  /** Something the plugin needs is missing or malformed: an input error (exit 2). */
  static final class BundleException extends Exception {
    BundleException(String message) { super(message); }
  }
}
