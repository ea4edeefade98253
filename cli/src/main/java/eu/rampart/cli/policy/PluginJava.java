package eu.rampart.cli.policy;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The Java runtime the installed plugin runs on, chosen once at install time and recorded beside it
 * ({@value #RECORD}), because the archive the installer records for fast start-up belongs to one
 * JVM: a class-data sharing archive (JDK 17 to 24) or, from JDK 25 on, an ahead-of-time cache that
 * also holds the method profiles of a training run, so the JIT compiles the analysis sooner
 * (JEP 483, 514, 515; docs/benchmarks.md measures both). Pulumi starts the plugin with the user's
 * environment, where JAVA_HOME is often the Pulumi program's JDK; the recorded runtime is what the
 * archive fits.
 *
 * <p>Unless {@code --java-home} names one, the newest JDK (17 or later) among the CLI's own runtime,
 * {@code JAVA_HOME}, {@code java} on PATH and the usual install directories is taken, as Gradle's
 * toolchain detection looks for installed JDKs; on a tie, the earlier of those.
 */
record PluginJava(Path home, int feature) {
  /** The file in the plugin directory naming the runtime's home; the launcher reads it. */
  static final String RECORD = "java-home";
  /**
   * A copy of that runtime's release file. The archive fits the one build it was recorded on; a JDK
   * updated in place keeps its home but not its build, and the JVM would then warn on stderr, which
   * Pulumi shows the user, at every start: the launcher compares the two and leaves the archive out.
   */
  static final String RELEASE = "java-release";
  static final int MINIMUM = 17;
  /** From this release on, the JVM records an ahead-of-time cache with method profiles (JEP 515). */
  static final int AOT_CACHE = 25;

  boolean recordsAotCache() { return feature >= AOT_CACHE; }

  /** Thrown when {@code --java-home} names no usable runtime. */
  static final class NotAJavaRuntime extends Exception {
    NotAJavaRuntime(String message) { super(message); }
  }

  /** The runtime {@code --java-home} names; it must be a Java 17 or later home with bin/java. */
  static PluginJava of(Path home) throws NotAJavaRuntime {
    PluginJava j = read(home);
    if (j == null) {
      throw new NotAJavaRuntime("--java-home " + home + ": expected a Java runtime home (bin/java and a release file), found none");
    }
    if (j.feature < MINIMUM) {
      throw new NotAJavaRuntime("--java-home " + home + ": expected Java " + MINIMUM + " or later, found Java " + j.feature);
    }
    return j;
  }

  /** The newest runtime found (see the class comment); the CLI's own when nothing else qualifies. */
  static PluginJava choose(Map<String, String> env) {
    return choose(candidates(env));
  }

  /** The newest of these homes (17 or later; the earlier on a tie), else the CLI's own runtime. */
  static PluginJava choose(List<Path> candidates) {
    PluginJava best = null;
    for (Path home : candidates) {
      PluginJava j = read(home);
      if (j != null && j.feature >= MINIMUM && (best == null || j.feature > best.feature)) best = j;
    }
    return best != null ? best : own();
  }

  /** The runtime this CLI runs on. */
  static PluginJava own() {
    Path home = Path.of(System.getProperty("java.home"));
    try {
      home = home.toRealPath();
    } catch (IOException e) {
      // as given
    }
    return new PluginJava(home, Runtime.version().feature());
  }

  /** Candidate homes in order of preference on a tie, without duplicates. */
  static List<Path> candidates(Map<String, String> env) {
    Set<Path> out = new LinkedHashSet<>();
    add(out, Path.of(System.getProperty("java.home")));
    String javaHome = env.get("JAVA_HOME");
    if (javaHome != null && !javaHome.isBlank()) add(out, Path.of(javaHome));
    String path = env.get("PATH");
    if (path != null) {
      for (String dir : path.split(java.io.File.pathSeparator)) {
        if (dir.isEmpty()) continue;
        Path java = Path.of(dir, "java");
        if (Files.isExecutable(java)) {
          try {
            // /usr/bin/java -> /etc/alternatives/java -> <home>/bin/java
            add(out, java.toRealPath().getParent().getParent());
          } catch (IOException | RuntimeException e) {
            // a dangling link names no runtime
          }
        }
      }
    }
    String userHome = System.getProperty("user.home");
    List<Path> installDirs = new ArrayList<>(List.of(Path.of("/usr/lib/jvm"), Path.of("/usr/java"), Path.of("/opt/java"),
        Path.of("/Library/Java/JavaVirtualMachines")));
    if (userHome != null) {
      installDirs.add(Path.of(userHome, ".sdkman", "candidates", "java"));
      installDirs.add(Path.of(userHome, ".jdks"));
    }
    for (Path dir : installDirs) {
      if (!Files.isDirectory(dir)) continue;
      try (Stream<Path> s = Files.list(dir)) {
        for (Path p : s.sorted().toList()) {
          add(out, Files.isDirectory(p.resolve("Contents/Home")) ? p.resolve("Contents/Home") : p);
        }
      } catch (IOException | RuntimeException e) {
        // an unreadable install directory offers no candidate
      }
    }
    return new ArrayList<>(out);
  }

  private static void add(Set<Path> out, Path home) {
    try {
      out.add(home.toRealPath());
    } catch (IOException | RuntimeException e) {
      // gone or unreadable: not a candidate
    }
  }

  /**
   * A runtime home: an executable bin/java and the {@code release} file every JDK and JRE image
   * carries since Java 9 ({@code JAVA_VERSION="25.0.1"}); null when either is missing or unreadable.
   */
  static PluginJava read(Path home) {
    Path release = home.resolve("release");
    if (!Files.isExecutable(home.resolve("bin").resolve("java")) || !Files.isRegularFile(release)) return null;
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(release, java.nio.charset.StandardCharsets.ISO_8859_1)) {
      p.load(r);
    } catch (IOException | IllegalArgumentException e) {
      return null;
    }
    String v = p.getProperty("JAVA_VERSION", "").replace("\"", "").trim();
    int end = 0;
    while (end < v.length() && Character.isDigit(v.charAt(end))) end++;
    if (end == 0 || end > 4) return null;
    int feature = Integer.parseInt(v.substring(0, end));
    // "1.8.0_402": Java 8
    if (feature == 1 && v.startsWith("1.") && v.length() > 2) {
      int e2 = 2;
      while (e2 < v.length() && Character.isDigit(v.charAt(e2))) e2++;
      feature = e2 > 2 && e2 - 2 <= 4 ? Integer.parseInt(v.substring(2, e2)) : 1;
    }
    try {
      return new PluginJava(home.toRealPath(), feature);
    } catch (IOException e) {
      return null;
    }
  }
}
