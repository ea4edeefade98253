package eu.rampart.analyzer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.Empty;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import pulumirpc.AnalyzerOuterClass.AnalyzeDiagnostic;
import pulumirpc.AnalyzerOuterClass.AnalyzerInfo;
import pulumirpc.AnalyzerOuterClass.EnforcementLevel;

/**
 * `rampart policy install` into an empty PULUMI_HOME, then the plugin found and started exactly as
 * the Pulumi CLI finds and starts it, from a pack directory that holds nothing but PulumiPolicy.yaml
 * (so the plugin runs on what it bundles, not on this checkout).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PluginInstallTest {
  @TempDir Path tmp;
  private String analyzerClasspath;

  @BeforeAll
  void analyzerJar(@TempDir Path jars) throws IOException {
    // The analyzer module is not packaged yet in the test phase: jar its classes as `package` would.
    Path classes = PluginProcess.root().resolve("analyzer/target/classes");
    Path jar = jars.resolve("rampart-analyzer-test.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar)); Stream<Path> s = Files.walk(classes)) {
      for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
        out.putNextEntry(new JarEntry(classes.relativize(p).toString().replace('\\', '/')));
        Files.copy(p, out);
        out.closeEntry();
      }
    }
    String deps = Files.readString(PluginProcess.root().resolve("analyzer/target/analyzer.classpath")).trim();
    analyzerClasspath = jar + java.io.File.pathSeparator + deps;
  }

  @Test
  void installedPluginIsFoundAndServesAsPulumiStartsIt() throws Exception {
    Path home = Files.createDirectories(tmp.resolve("pulumi-home"));
    Result r = rampart(home, analyzerClasspath, "policy", "install",
        "--policies", PluginProcess.root().resolve("policies").toString(),
        "--environments", PluginProcess.root().resolve("environments").toString());
    assertEquals(0, r.code, r.toString());

    Path pluginDir = home.resolve("plugins/analyzer-policy-rampart-v0.1.0");
    assertTrue(Files.isRegularFile(pluginDir.resolve("pulumi-analyzer-policy-rampart")), "executable missing");
    assertTrue(Files.exists(home.resolve("plugins/analyzer-policy-rampart-v0.1.0.lock")), "no install lock, as Pulumi leaves one");
    assertFalse(Files.exists(home.resolve("plugins/analyzer-policy-rampart-v0.1.0.partial")), "install left its .partial marker");
    assertNoReferenceTo(pluginDir, PluginProcess.root().toString());
    assertArchiveFitsTheRecordedRuntime(pluginDir);

    // Empty PATH: only the plugin cache can supply it; nothing in the pack directory counts.
    Optional<Path> found = PulumiPluginLookup.find("rampart", "", home, false);
    assertEquals(Optional.of(pluginDir.resolve("pulumi-analyzer-policy-rampart")), found);
    assertEquals(Optional.empty(), PulumiPluginLookup.find("rampart", "", Files.createDirectories(tmp.resolve("empty")), false));

    Path pack = Files.createDirectories(tmp.resolve("published-pack"));
    Files.copy(PluginProcess.root().resolve("policies/PulumiPolicy.yaml"), pack.resolve("PulumiPolicy.yaml"));
    try (PluginProcess plugin = PluginProcess.start(found.get(), pack, Map.of("PATH", "/usr/bin:/bin",
        "JAVA_HOME", System.getProperty("java.home"), "HOME", tmp.toString()))) {
      AnalyzerInfo info = plugin.stub().getAnalyzerInfo(Empty.getDefaultInstance());
      assertEquals("rampart", info.getName());
      assertEquals("0.1.0", info.getVersion(), "GetAnalyzerInfo must report PulumiPolicy.yaml's version");
      probe(plugin);
      // Pulumi shows each stderr line to the user (plugin.go, newPlugin's runtrace): only the notice
      // that this pack directory's lack of rules means the bundled pack is used
      assertEquals(List.of("pulumi-analyzer-policy-rampart: " + pack.toRealPath() + " holds no .rego rules; using the pack bundled with the plugin ("
          + pluginDir.resolve("pack") + ")"), plugin.stderr.toString().lines().toList());
    }

    // The recorded runtime updated in place (same home, another build: its release file differs):
    // the archive is left out with one line saying what to do, and no JVM warning about it
    Path release = pluginDir.resolve("java-release");
    String recorded = Files.readString(release);
    assertEquals(Files.readString(Path.of(Files.readString(pluginDir.resolve("java-home")).strip(), "release")), recorded);
    Files.writeString(release, recorded + "BUILD_INFO_OF_THE_RECORDED=\"an older build\"\n");
    try (PluginProcess plugin = PluginProcess.start(found.get(), pack, Map.of("PATH", "/usr/bin:/bin",
        "JAVA_HOME", System.getProperty("java.home"), "HOME", tmp.toString()))) {
      assertEquals("rampart", plugin.stub().getAnalyzerInfo(Empty.getDefaultInstance()).getName());
      List<String> lines = plugin.stderrAfterExit().lines().toList();
      assertEquals(2, lines.size(), lines.toString());
      assertTrue(lines.get(0).startsWith("pulumi-analyzer-policy-rampart: the Java runtime in ")
          && lines.get(0).endsWith("has changed since its start-up archive was recorded; starting without it (slower): run `rampart policy install` again"),
          lines.get(0));
      assertTrue(lines.get(1).contains("holds no .rego rules"), lines.get(1));
    }
    Files.writeString(release, recorded);

    // The recorded runtime uninstalled later: JAVA_HOME runs the plugin, without the archive made
    // for the other runtime (Java 17 refuses Java 25's -XX:AOTCache and would not start).
    Files.writeString(pluginDir.resolve("java-home"), tmp.resolve("uninstalled-jdk") + "\n");
    try (PluginProcess plugin = PluginProcess.start(found.get(), pack, Map.of("PATH", "/usr/bin:/bin",
        "JAVA_HOME", System.getProperty("java.home"), "HOME", tmp.toString()))) {
      assertEquals("rampart", plugin.stub().getAnalyzerInfo(Empty.getDefaultInstance()).getName());
    }
  }

  /**
   * The acceptance probe: 1,000 per-resource Analyze calls for buckets, half with a provider in
   * us-east-1: each of those gets a mandatory RES-1, none in eu-central-1 does. Latency is printed,
   * not asserted (bench/analyzer-bench.sh measures it).
   */
  private static void probe(PluginProcess plugin) {
    long[] nanos = new long[1000];
    for (int n = 0; n < 1000; n++) {
      final int i = n;
      String region = i % 2 == 0 ? "us-east-1" : "eu-central-1";
      long t0 = System.nanoTime();
      List<AnalyzeDiagnostic> diags = plugin.stub().analyze(BucketRequests.bucket(i, region)).getDiagnosticsList();
      nanos[i] = System.nanoTime() - t0;
      boolean res1 = diags.stream().anyMatch(d -> d.getPolicyName().equals("RES-1") && d.getUrn().equals(BucketRequests.urn(i))
          && d.getEnforcementLevel() == EnforcementLevel.MANDATORY);
      assertEquals(region.equals("us-east-1"), res1, "bucket " + i + " with provider in " + region + ": " + diags);
    }
    Arrays.sort(nanos);
    System.out.printf("probe: 1000 Analyze calls, median %.3f ms, p99 %.3f ms (incl. the first calls' warm-up)%n",
        nanos[500] / 1e6, nanos[990] / 1e6);
  }

  /**
   * The plugin runs on the runtime install chose (its home in java-home), with the archive made for
   * it: an ahead-of-time cache from Java 25 on, else a class-data sharing archive.
   */
  private static int assertArchiveFitsTheRecordedRuntime(Path pluginDir) throws IOException {
    Path home = Path.of(Files.readString(pluginDir.resolve("java-home")).strip());
    assertTrue(Files.isExecutable(home.resolve("bin/java")), "java-home names no runtime: " + home);
    java.util.Properties release = new java.util.Properties();
    try (java.io.Reader r = Files.newBufferedReader(home.resolve("release"))) {
      release.load(r);
    }
    int feature = Integer.parseInt(release.getProperty("JAVA_VERSION").replace("\"", "").split("[.+-]")[0]);
    String archive = feature >= 25 ? "rampart-analyzer.aot" : "rampart-analyzer.jsa";
    assertTrue(Files.isRegularFile(pluginDir.resolve(archive)) && Files.size(pluginDir.resolve(archive)) > 0,
        "no " + archive + " recorded at install for Java " + feature);
    assertFalse(Files.exists(pluginDir.resolve(feature >= 25 ? "rampart-analyzer.jsa" : "rampart-analyzer.aot")), "one archive only");
    return feature;
  }

  @Test
  void javaHomeChoosesTheRuntimeAndItsArchive() throws Exception {
    Path home = Files.createDirectories(tmp.resolve("pulumi-home-jh"));
    String own = System.getProperty("java.home");
    Result r = rampart(home, analyzerClasspath, "policy", "install", "--java-home", own,
        "--policies", PluginProcess.root().resolve("policies").toString(),
        "--environments", PluginProcess.root().resolve("environments").toString());
    assertEquals(0, r.code, r.toString());
    Path pluginDir = home.resolve("plugins/analyzer-policy-rampart-v0.1.0");
    assertEquals(Path.of(own).toRealPath().toString(), Files.readString(pluginDir.resolve("java-home")).strip());
    assertEquals(Runtime.version().feature(), assertArchiveFitsTheRecordedRuntime(pluginDir));
    assertEquals(Files.readString(Path.of(System.getProperty("java.home"), "release")), Files.readString(pluginDir.resolve("java-release")),
        "the release file recorded must be the runtime's that runs the plugin, not the broken one's");
    Path pack = Files.createDirectories(tmp.resolve("pack-jh"));
    Files.copy(PluginProcess.root().resolve("policies/PulumiPolicy.yaml"), pack.resolve("PulumiPolicy.yaml"));
    // JAVA_HOME names nothing usable: the recorded runtime is what starts
    try (PluginProcess plugin = PluginProcess.start(pluginDir.resolve("pulumi-analyzer-policy-rampart"), pack,
        Map.of("PATH", "/usr/bin:/bin", "JAVA_HOME", tmp.resolve("no-such-jdk").toString(), "HOME", tmp.toString()))) {
      assertEquals("rampart", plugin.stub().getAnalyzerInfo(Empty.getDefaultInstance()).getName());
    }

    Path notJava = Files.createDirectories(tmp.resolve("not-java"));
    Path home2 = Files.createDirectories(tmp.resolve("pulumi-home-bad"));
    Result bad = rampart(home2, analyzerClasspath, "policy", "install", "--java-home", notJava.toString());
    assertEquals(2, bad.code, bad.toString());
    assertEquals("rampart policy install: --java-home " + notJava + ": expected a Java runtime home (bin/java and a release file), found none",
        bad.stderr.strip());
    assertFalse(Files.exists(home2.resolve("plugins")), "nothing may be written");
  }

  @Test
  void aRuntimeThatCannotRunThePluginIsReplacedByTheCliOwn() throws Exception {
    // a Java 30 home whose java exits at once: the training run fails on it
    Path broken = Files.createDirectories(tmp.resolve("jdk-30/bin"));
    Files.writeString(broken.resolve("java"), "#!/bin/sh\nexit 1\n");
    Files.setPosixFilePermissions(broken.resolve("java"), java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.writeString(broken.getParent().resolve("release"), "JAVA_VERSION=\"30\"\n");
    Path home = Files.createDirectories(tmp.resolve("pulumi-home-broken"));
    Result r = rampart(home, analyzerClasspath, "policy", "install", "--java-home", broken.getParent().toString(),
        "--policies", PluginProcess.root().resolve("policies").toString(),
        "--environments", PluginProcess.root().resolve("environments").toString());
    assertEquals(0, r.code, r.toString());
    assertTrue(r.stderr.contains("could not run on " + broken.getParent().toRealPath()), r.stderr);
    Path pluginDir = home.resolve("plugins/analyzer-policy-rampart-v0.1.0");
    assertEquals(Path.of(System.getProperty("java.home")).toRealPath().toString(), Files.readString(pluginDir.resolve("java-home")).strip());
    assertEquals(Runtime.version().feature(), assertArchiveFitsTheRecordedRuntime(pluginDir));
  }

  @Test
  void packageWritesTheTarballPulumiInstallsWithTheSameFiles() throws Exception {
    Path home = Files.createDirectories(tmp.resolve("h2"));
    Path tgz = tmp.resolve("rampart-policy.tar.gz");
    Result r = rampart(home, analyzerClasspath, "policy", "package", "-o", tgz.toString(),
        "--policies", PluginProcess.root().resolve("policies").toString(),
        "--environments", PluginProcess.root().resolve("environments").toString());
    assertEquals(0, r.code, r.toString());
    Process tar = new ProcessBuilder("tar", "-tvzf", tgz.toString()).redirectErrorStream(true).start();
    String listing = new String(tar.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, tar.waitFor(), listing);
    TreeSet<String> files = new TreeSet<>();
    for (String line : listing.split("\n")) {
      if (line.startsWith("-")) files.add(line.substring(line.lastIndexOf(' ') + 1));
    }
    assertTrue(listing.lines().anyMatch(l -> l.startsWith("-rwxr-xr-x") && l.endsWith(" pulumi-analyzer-policy-rampart")), listing);
    assertTrue(files.contains("pack/PulumiPolicy.yaml") && files.contains("pack/rampart/res.rego") && files.contains("environments/prod.yaml"), files.toString());
    assertTrue(files.stream().noneMatch(f -> f.endsWith("_test.rego")), "tests bundled: " + files);
    assertTrue(files.stream().anyMatch(f -> f.startsWith("lib/rampart-analyzer")), files.toString());
  }

  @Test
  void withoutTheAnalyzerJarsInstallIsAnInputErrorWithOneLine() throws Exception {
    Path home = Files.createDirectories(tmp.resolve("h3"));
    Result r = rampart(home, null, "policy", "install");
    assertEquals(2, r.code, r.toString());
    assertEquals(1, r.stderr.strip().lines().count(), r.stderr);
    assertTrue(r.stderr.contains("rampart.analyzer.classpath"), r.stderr);
    assertFalse(Files.exists(home.resolve("plugins")), "nothing may be written");
  }

  /**
   * The default JVM flags both launchers source (jvm-flags.sh, bundled beside the installed one) are
   * flags every JDK installed here accepts without a warning: an unknown flag stops the JVM, and a
   * warning (such as huge pages the kernel turned off) would reach the user through Pulumi.
   */
  @Test
  void theLaunchersDefaultJvmFlagsStartAJvm() throws Exception {
    Path flags = PluginProcess.root().resolve("cli/src/main/resources/eu/rampart/cli/policy/jvm-flags.sh");
    Process sh = new ProcessBuilder("sh", "-c", ". \"$1\" && printf %s \"$DEFAULT_OPTS\"", "sh", flags.toString()).start();
    String opts = new String(sh.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertTrue(sh.waitFor(60, TimeUnit.SECONDS));
    assertTrue(opts.contains("-XX:"), "jvm-flags.sh sets no DEFAULT_OPTS: '" + opts + "'");
    for (Path home : AnalyzerPluginTest.javaHomes().toList()) {
      // as the launchers run it: the JVM's warnings on stderr, which Pulumi shows the user
      List<String> cmd = new ArrayList<>(List.of(home.resolve("bin/java").toString()));
      cmd.addAll(Arrays.asList(opts.split(" ")));
      cmd.addAll(List.of("-Xlog:disable", "-Xlog:all=warning:stderr", "-version"));
      Process p = new ProcessBuilder(cmd).start();
      p.getInputStream().readAllBytes();
      String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(p.waitFor(60, TimeUnit.SECONDS));
      assertEquals(0, p.exitValue(), home + " " + opts + ": " + err);
      assertFalse(err.contains("warning"), home + " warns about the default flags " + opts + ": " + err);
    }
  }

  /**
   * Huge pages for the heap only where the kernel offers them: with them off, Java 21 and later warn
   * at every start. Read from a copy of jvm-flags.sh that reads a stand-in for the kernel's file.
   */
  @Test
  void hugePagesOnlyWhereTheKernelOffersThem() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(System.getProperty("os.name").equals("Linux"), "the launchers pass the flag on Linux only");
    Path flags = PluginProcess.root().resolve("cli/src/main/resources/eu/rampart/cli/policy/jvm-flags.sh");
    String sysfs = "/sys/kernel/mm/transparent_hugepage/enabled";
    String text = Files.readString(flags);
    assertTrue(text.contains(sysfs), "jvm-flags.sh no longer reads " + sysfs);
    for (String mode : List.of("always [madvise] never", "[always] madvise never", "always madvise [never]")) {
      Path kernel = Files.writeString(tmp.resolve("thp-enabled"), mode + "\n");
      Path copy = Files.writeString(tmp.resolve("jvm-flags.sh"), text.replace(sysfs, kernel.toString()));
      Process sh = new ProcessBuilder("sh", "-c", ". \"$1\" && printf %s \"$DEFAULT_OPTS\"", "sh", copy.toString()).start();
      String opts = new String(sh.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(sh.waitFor(60, TimeUnit.SECONDS));
      assertEquals(!mode.contains("[never]"), opts.contains("-XX:+UseTransparentHugePages"), mode + ": " + opts);
    }
  }

  /**
   * The flags of Java 23 and later, which the launchers pass to whichever runtime runs them: a
   * runtime's version comes from its release file, through the links Debian's alternatives and
   * Homebrew put in front of bin/java, or from -version where there is no release file.
   */
  @Test
  void theLaunchersPassJava23FlagsOnlyToJava23AndLater() throws Exception {
    Path flags = PluginProcess.root().resolve("cli/src/main/resources/eu/rampart/cli/policy/jvm-flags.sh");
    Path j17 = fakeJava("jdk-17", "17.0.15", null);
    Path j23 = fakeJava("jdk-23", "23", null);
    Path j25 = fakeJava("jdk-25", "25.0.3", null);
    Path bare = fakeJava("no-release-24", null, "openjdk version \"24.0.1\" 2025-04-15");
    Path old = fakeJava("no-release-8", null, "java version \"1.8.0_412\"");
    // /usr/bin/java -> /etc/alternatives/java -> the JDK: an absolute link, then a relative one
    Path alternatives = Files.createDirectories(tmp.resolve("etc-alternatives"));
    Files.createSymbolicLink(alternatives.resolve("java"), j25);
    Path usrBin = Files.createDirectories(tmp.resolve("usr-bin"));
    Files.createSymbolicLink(usrBin.resolve("java"), usrBin.relativize(alternatives.resolve("java")));
    String newer = "--enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow";
    assertEquals("", javaVersionOpts(flags, j17));
    assertEquals(newer, javaVersionOpts(flags, j23));
    assertEquals(newer, javaVersionOpts(flags, j25));
    assertEquals(newer, javaVersionOpts(flags, usrBin.resolve("java")));
    assertEquals(newer, javaVersionOpts(flags, bare));
    assertEquals("", javaVersionOpts(flags, old));
    assertEquals("", javaVersionOpts(flags, tmp.resolve("no-such-java")));
  }

  /** A JDK home holding bin/java (answering -version with {@code versionLine}) and, if given, a release file. */
  private Path fakeJava(String name, String release, String versionLine) throws IOException {
    Path bin = Files.createDirectories(tmp.resolve(name).resolve("bin"));
    Files.writeString(bin.resolve("java"), "#!/bin/sh\n" + (versionLine == null ? "" : "echo '" + versionLine + "' >&2\n"));
    Files.setPosixFilePermissions(bin.resolve("java"), java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
    if (release != null) Files.writeString(bin.getParent().resolve("release"), "IMPLEMENTOR=\"test\"\nJAVA_VERSION=\"" + release + "\"\n");
    return bin.resolve("java");
  }

  private static String javaVersionOpts(Path flags, Path java) throws Exception {
    Process sh = new ProcessBuilder("sh", "-c", "set -eu; . \"$1\"; java_version_opts \"$2\"; echo end", "sh", flags.toString(), java.toString())
        .redirectErrorStream(true).start();
    String out = new String(sh.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(sh.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, sh.exitValue(), out);
    assertTrue(out.endsWith("end\n"), "java_version_opts stopped a set -eu script: " + out);
    return out.substring(0, out.length() - "end\n".length()).strip();
  }

  private record Result(int code, String stdout, String stderr) {}

  private Result rampart(Path pulumiHome, String analyzerCp, String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path")));
    if (analyzerCp != null) cmd.add("-Drampart.analyzer.classpath=" + analyzerCp);
    cmd.add("-Drampart.home=" + PluginProcess.root());
    cmd.add("eu.rampart.cli.Main");
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd);
    pb.environment().put("PULUMI_HOME", pulumiHome.toString());
    Process p = pb.start();
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS));
    return new Result(p.exitValue(), out, err);
  }

  private static void assertNoReferenceTo(Path dir, String checkout) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".jar") && !p.toString().endsWith(".jsa")
          && !p.toString().endsWith(".aot")).toList()) {
        assertFalse(Files.readString(p, StandardCharsets.ISO_8859_1).contains(checkout), p + " refers to the checkout " + checkout);
      }
    }
  }

}
