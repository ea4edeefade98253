package eu.rampart.plan.offline;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Document;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * How to start a Pulumi Java program, found the way the Java language host finds it
 * (pulumi/pulumi-java {@code pkg/internal/executors}, {@code ConfigureExecutor}: first
 * {@code runtime.options.binary} of Pulumi.yaml, run as {@code java -jar}; then a Maven project,
 * run as {@code mvn compile exec:java}, whose main class is the exec plugin's {@code mainClass}),
 * or from an explicit class path for Gradle and JBang projects, which the planner does not build.
 */
record JavaProgram(String project, Path directory, List<Path> classpath, String mainClass) {
  private static final Pattern PROPERTY_REF = Pattern.compile("\\$\\{([^}]+)}");

  static JavaProgram locate(Path dir, Optional<String> explicitMain, Optional<String> explicitClasspath, boolean progress)
      throws OfflinePlanException {
    Path yaml = pulumiYaml(dir);
    Map<?, ?> project = readYaml(yaml);
    if (!(project.get("name") instanceof String name) || name.isBlank()) {
      throw new OfflinePlanException(OfflinePlanException.BAD_INPUT, yaml + ": missing 'name'");
    }
    String runtime = runtimeName(project.get("runtime"));
    if (runtime != null && !runtime.equals("java")) {
      throw new OfflinePlanException(OfflinePlanException.BAD_INPUT, yaml + ": runtime is '" + runtime
          + "'; rampart plans Java programs only (runtime: java)");
    }
    Path projectDir = dir;
    dir = programDirectory(yaml, projectDir, project.get("main"));
    if (explicitClasspath.isPresent()) {
      List<Path> cp = new ArrayList<>();
      for (String e : explicitClasspath.get().split(File.pathSeparator)) {
        if (e.isBlank()) continue;
        Path p = projectDir.resolve(e.trim()).normalize();
        if (!Files.exists(p)) throw new OfflinePlanException(OfflinePlanException.BAD_INPUT, "--classpath entry " + p + " does not exist");
        cp.add(p);
      }
      String main = explicitMain.orElse(cp.size() == 1 && cp.get(0).toString().endsWith(".jar") ? manifestMain(cp.get(0)) : null);
      if (main == null) {
        throw new OfflinePlanException(OfflinePlanException.BAD_INPUT,
            "--classpath does not say which class to run: pass --program CLASS (the class with the program's main)");
      }
      return new JavaProgram(name, dir, cp, main);
    }
    Object binary = option(project.get("runtime"), "binary");
    if (binary instanceof String b && !b.isBlank()) {
      Path jar = dir.resolve(b).normalize();
      if (!Files.isRegularFile(jar)) {
        throw new OfflinePlanException(OfflinePlanException.BAD_INPUT, yaml + ": runtime.options.binary " + b
            + " does not exist; build it first (the Pulumi CLI runs it with java -jar)");
      }
      String main = explicitMain.orElse(manifestMain(jar));
      if (main == null) throw new OfflinePlanException(OfflinePlanException.BAD_INPUT, jar + ": no Main-Class in its manifest; pass --program CLASS");
      return new JavaProgram(name, dir, List.of(jar), main);
    }
    Path pom = dir.resolve("pom.xml");
    if (Files.isRegularFile(pom)) {
      String main = explicitMain.orElse(null);
      if (main == null) main = mavenMainClass(pom);
      return new JavaProgram(name, dir, ProjectClasspath.resolve(dir, progress), main);
    }
    for (String gradle : List.of("build.gradle", "build.gradle.kts", "settings.gradle", "settings.gradle.kts")) {
      if (Files.isRegularFile(dir.resolve(gradle))) {
        throw new OfflinePlanException(OfflinePlanException.BAD_INPUT, dir + " is a Gradle project, which rampart does not build: build it"
            + " (e.g. `gradle installDist`) and pass its runtime class path with --classpath and its main class with --program");
      }
    }
    if (Files.isRegularFile(dir.resolve("jbang.properties"))) {
      throw new OfflinePlanException(OfflinePlanException.BAD_INPUT, dir + " is a JBang project, which rampart does not build: compile the"
          + " script against its //DEPS (e.g. `jbang export portable`) and pass the class path with --classpath and the class with --program");
    }
    throw new OfflinePlanException(OfflinePlanException.BAD_INPUT, dir + ": not a Pulumi Java Maven project (no pom.xml, no runtime.options.binary);"
        + " for Gradle or JBang pass --classpath and --program");
  }

  /**
   * The directory the language host runs the program in: the project directory, or what
   * Pulumi.yaml's {@code main} names (pulumi/pulumi {@code pkg/engine/project.go}, {@code getPwdMain}:
   * relative to the project directory; a directory becomes the working directory, a file's parent
   * does). Stack config files stay beside Pulumi.yaml.
   */
  static Path programDirectory(Path yaml, Path projectDir, Object main) throws OfflinePlanException {
    if (main == null) return projectDir;
    if (!(main instanceof String m) || m.isBlank()) {
      throw new OfflinePlanException(OfflinePlanException.BAD_INPUT, yaml + ": main: expected a path (the program's directory), found "
          + (main instanceof String ? "an empty string" : main.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT)));
    }
    Path p = projectDir.resolve(m).normalize();
    if (Files.isDirectory(p)) return p;
    if (Files.isRegularFile(p)) return p.getParent();
    throw new OfflinePlanException(OfflinePlanException.BAD_INPUT, yaml + ": main: " + m + " does not exist (it names the program's"
        + " directory, relative to Pulumi.yaml)");
  }

  /** The exec plugin's {@code mainClass} (what {@code exec:java} runs), else the {@code exec.mainClass}/{@code mainClass} property. */
  static String mavenMainClass(Path pom) throws OfflinePlanException {
    Document doc = MavenPoms.read(pom);
    Optional<String> configured = MavenPoms.pluginConfiguration(doc, "exec-maven-plugin", "mainClass");
    String main = configured.orElse(MavenPoms.property(doc, "exec.mainClass").orElse(MavenPoms.property(doc, "mainClass").orElse(null)));
    // properties may refer to properties (${mainClass} → ${project.groupId}.App): resolve a few levels
    for (int depth = 0; main != null && main.contains("${") && depth < 5; depth++) {
      Matcher m = PROPERTY_REF.matcher(main);
      StringBuilder sb = new StringBuilder();
      while (m.find()) {
        Optional<String> v = MavenPoms.property(doc, m.group(1)).or(() -> MavenPoms.projectField(doc, m.group(1)));
        if (v.isEmpty()) {
          throw new OfflinePlanException(OfflinePlanException.BAD_INPUT, pom + ": the exec plugin's mainClass refers to ${"
              + m.group(1) + "}, which is not a property of the POM; set it or pass --program CLASS");
        }
        m.appendReplacement(sb, Matcher.quoteReplacement(v.get()));
      }
      m.appendTail(sb);
      main = sb.toString().trim();
    }
    if (main == null || main.isEmpty()) {
      throw new OfflinePlanException(OfflinePlanException.BAD_INPUT, pom + ": no main class: `mvn exec:java` (what the Pulumi CLI runs)"
          + " needs exec-maven-plugin's <mainClass> or a mainClass property; add it or pass --program CLASS");
    }
    return main;
  }

  static Path pulumiYaml(Path dir) throws OfflinePlanException {
    for (String n : List.of("Pulumi.yaml", "Pulumi.yml")) {
      if (Files.isRegularFile(dir.resolve(n))) return dir.resolve(n);
    }
    throw new OfflinePlanException(OfflinePlanException.BAD_INPUT, dir + ": no Pulumi.yaml" + (Files.isRegularFile(dir.resolve("pom.xml"))
        ? "" : " and no pom.xml") + " (not a Pulumi Java project)");
  }

  private static Map<?, ?> readYaml(Path yaml) throws OfflinePlanException {
    try {
      Object doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(yaml, StandardCharsets.UTF_8));
      if (doc instanceof Map<?, ?> m) return m;
      throw new OfflinePlanException(OfflinePlanException.BAD_INPUT, yaml + ": expected a mapping with name and runtime");
    } catch (IOException | RuntimeException e) {
      throw new OfflinePlanException(OfflinePlanException.BAD_INPUT, yaml + ": cannot read: " + e.getMessage().lines().findFirst().orElse(""));
    }
  }

  private static String runtimeName(Object runtime) {
    if (runtime instanceof String s) return s;
    if (runtime instanceof Map<?, ?> m && m.get("name") instanceof String s) return s;
    return null;
  }

  private static Object option(Object runtime, String key) {
    if (runtime instanceof Map<?, ?> m && m.get("options") instanceof Map<?, ?> o) return o.get(key);
    return null;
  }

  private static String manifestMain(Path jar) throws OfflinePlanException {
    try (JarFile j = new JarFile(jar.toFile())) {
      var mf = j.getManifest();
      return mf == null ? null : mf.getMainAttributes().getValue("Main-Class");
    } catch (IOException e) {
      throw new OfflinePlanException(OfflinePlanException.BAD_INPUT, jar + ": cannot read the jar: " + e.getMessage());
    }
  }
}
