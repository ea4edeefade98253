package eu.rampart.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release archive as a user gets it: unpacked into a temporary directory outside the checkout,
 * run from another directory, with a PATH that holds only a Java runtime and the few coreutils the
 * launcher calls (no Maven, no git, no source tree), and a fresh HOME.
 */
class ReleaseArchiveIT {
  static final Path FIXTURE = Archive.SHARED.resolve("fixtures/pulumi/pulumi-aws-export-s3-bucket.json");

  @TempDir static Path tmp;
  static Path home;      // the unpacked archive
  static Path work;      // the directory the user runs it from
  static Map<String, String> env;

  @BeforeAll
  static void unpack() throws Exception {
    assertTrue(Files.isRegularFile(Archive.TAR), "mvn package builds " + Archive.TAR);
    assertTrue(Files.isRegularFile(FIXTURE), "the shared fixtures are beside the checkout: " + FIXTURE);
    home = Archive.unpack(Files.createDirectories(tmp.resolve("opt")));
    work = Files.createDirectories(tmp.resolve("work"));
    Path bin = Archive.binDir(tmp.resolve("path-bin"), true);
    env = Map.of("PATH", bin.toString(), "HOME", Files.createDirectories(tmp.resolve("home")).toString(),
        "XDG_CACHE_HOME", tmp.resolve("cache").toString());
  }

  Archive.Run rampart(String... args) throws Exception {
    return rampart(env, args);
  }

  Archive.Run rampart(Map<String, String> environment, String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(home.resolve("bin/rampart").toString()));
    cmd.addAll(List.of(args));
    return Archive.run(work, environment, cmd);
  }

  @Test
  void versionNamesTheReleaseAndItsCommit() throws Exception {
    Archive.Run r = rampart("--version");
    assertEquals(0, r.exitCode(), r.err());
    String first = r.out().lines().findFirst().orElse("");
    assertTrue(first.matches("rampart " + java.util.regex.Pattern.quote(Archive.VERSION) + " \\((commit [0-9a-f]{7,40}|unknown commit)\\)"), first);
    assertEquals("", r.err());
  }

  @Test
  void checksAFixtureWithAnEnvironmentFileAndWritesEveryReportFromOneRun() throws Exception {
    Path envFile = Files.copy(Archive.ROOT.resolve("environments/prod.yaml"), work.resolve("my-environment.yaml"));
    Path reports = Files.createDirectories(work.resolve("reports"));
    byte[] fixtureBefore = Files.readAllBytes(FIXTURE);
    Archive.Run r = rampart("check", FIXTURE.toString(), "--env", envFile.getFileName().toString(),
        "--output", "sarif=reports/r.sarif", "--output", "junit=reports/r.xml", "--output", "text");
    // the fixture is a us-west-2 bucket without a customer-managed key: violations, exit 1
    assertEquals(1, r.exitCode(), r.out() + r.err());
    assertTrue(r.out().contains("RES-1"), r.out());
    assertTrue(r.out().contains("FAILED: "), r.out());
    JsonNode sarif = new ObjectMapper().readTree(reports.resolve("r.sarif").toFile());
    assertEquals("2.1.0", sarif.path("version").asText());
    assertTrue(sarif.path("runs").path(0).path("results").size() > 0, "SARIF results");
    String junit = Files.readString(reports.resolve("r.xml"));
    assertTrue(junit.contains("<testsuite") && junit.contains("RES-1"), junit);
    try (Stream<Path> left = Files.list(reports)) {
      assertEquals(List.of("r.sarif", "r.xml"), left.map(p -> p.getFileName().toString()).sorted().toList(), "no temporary files left");
    }
    assertTrue(java.util.Arrays.equals(fixtureBefore, Files.readAllBytes(FIXTURE)), "input unchanged");
  }

  @Test
  void theFirstRunRecordsAClassDataSharingArchiveInTheUserCacheAndLaterRunsUseIt() throws Exception {
    Path cache = tmp.resolve("cds-cache");
    Map<String, String> own = new java.util.HashMap<>(env);
    own.put("XDG_CACHE_HOME", cache.toString());
    assertEquals(0, rampart(own, "--version").exitCode());
    Path dir = cache.resolve("rampart").resolve(Archive.VERSION);
    List<Path> archives;
    try (Stream<Path> s = Files.list(dir)) {
      archives = s.toList();
    }
    assertEquals(1, archives.size(), "one archive, no temporary files: " + archives);
    assertTrue(archives.get(0).getFileName().toString().endsWith(".jsa"), archives.toString());
    long size = Files.size(archives.get(0));
    assertTrue(size > 1_000_000, "an archive of the loaded classes: " + size);
    Archive.Run again = rampart(own, "check", FIXTURE.toString(), "--env", Archive.ROOT.resolve("environments/dev.yaml").toString(),
        "--fail-on", "never", "--output", "json");
    assertEquals(0, again.exitCode(), again.err());
    assertTrue(again.out().startsWith("{"), "only the report on stdout (no CDS log lines): " + again.out().substring(0, 40));
    try (Stream<Path> s = Files.list(dir)) {
      assertEquals(archives, s.toList(), "the archive is reused, not recorded again");
    }
  }

  @Test
  void javaHomeIsUsedWhenJavaIsNotOnPath() throws Exception {
    Path bin = Archive.binDir(tmp.resolve("coreutils-only"), false);
    Archive.Run r = rampart(Map.of("PATH", bin.toString(), "HOME", tmp.resolve("home").toString(),
        "JAVA_HOME", System.getProperty("java.home")), "--version");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().startsWith("rampart " + Archive.VERSION), r.out());
  }

  @Test
  void withoutAnyJavaRuntimeItSaysWhatIsMissing() throws Exception {
    Path bin = Archive.binDir(tmp.resolve("no-java"), false);
    Archive.Run r = rampart(Map.of("PATH", bin.toString(), "HOME", tmp.resolve("home").toString()), "--version");
    assertEquals(2, r.exitCode(), r.out() + r.err());
    assertEquals("rampart: no Java runtime: set JAVA_HOME or put java (17 or later) on PATH\n", r.err());
  }

  @Test
  void runsThroughASymbolicLinkFromAnotherDirectory() throws Exception {
    Path link = Files.createSymbolicLink(Files.createDirectories(tmp.resolve("user-bin")).resolve("rampart"), home.resolve("bin/rampart"));
    Archive.Run r = Archive.run(work, env, List.of(link.toString(), "--version"));
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().startsWith("rampart " + Archive.VERSION), r.out());
  }

  @Test
  void environmentNamesResolveInsideTheArchive() throws Exception {
    Archive.Run r = rampart("check", FIXTURE.toString(), "--env", "dev", "--fail-on", "never");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains("environment dev"), r.out());
  }

  /** The contract with `rampart policy package`: the analyzer's complete run-time, as a system property. */
  @Test
  void theAnalyzerClassPathIsPassedWithEveryJarItNeeds() throws Exception {
    Map<String, String> own = new java.util.HashMap<>(env);
    own.put("RAMPART_JAVA_OPTS", "-XshowSettings:properties");
    Archive.Run r = rampart(own, "--version");
    assertEquals(0, r.exitCode(), r.err());
    String line = r.err().lines().map(String::strip).filter(l -> l.startsWith("rampart.analyzer.classpath = ")).findFirst()
        .orElseThrow(() -> new AssertionError("no rampart.analyzer.classpath in " + r.err()));
    List<String> jars = List.of(line.substring("rampart.analyzer.classpath = ".length()).split(":"));
    assertTrue(jars.get(0).endsWith("/lib/rampart-analyzer-" + Archive.VERSION + ".jar"), jars.get(0));
    for (String jar : jars) assertTrue(Files.isRegularFile(Path.of(jar)), "exists: " + jar);
    for (String needed : List.of("rampart-core-", "rampart-rego-", "pulumi-", "grpc-netty-shaded-", "protobuf-java-", "snakeyaml-")) {
      assertTrue(jars.stream().anyMatch(j -> Path.of(j).getFileName().toString().startsWith(needed)), needed + " in " + jars);
    }
    assertEquals(jars.size(), new java.util.HashSet<>(jars).size(), "each jar once");
  }

  @Test
  void checkWithoutInputsSaysTheArchiveChecksFilesInOneLine() throws Exception {
    Archive.Run r = rampart("check", "--env", "prod");
    assertEquals(2, r.exitCode(), r.out() + r.err());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().contains("give the files to check"), r.err());
  }

  @Test
  void theLauncherIsExecutableAndTheZipHoldsTheSameFiles() throws Exception {
    assertTrue(Files.isExecutable(home.resolve("bin/rampart")));
    TreeSet<String> unpacked = new TreeSet<>();
    try (Stream<Path> s = Files.walk(home)) {
      s.filter(Files::isRegularFile).forEach(p -> unpacked.add(home.getParent().relativize(p).toString()));
    }
    TreeSet<String> zipped = new TreeSet<>();
    try (ZipFile zip = new ZipFile(Archive.ZIP.toFile())) {
      zip.stream().filter(e -> !e.isDirectory()).map(ZipEntry::getName).forEach(zipped::add);
    }
    assertEquals(unpacked, zipped);
    assertTrue(unpacked.contains("rampart-" + Archive.VERSION + "/lib/rampart-cli-" + Archive.VERSION + ".jar"), unpacked.toString());
    assertTrue(unpacked.contains("rampart-" + Archive.VERSION + "/lib/rampart-analyzer-" + Archive.VERSION + ".jar"), unpacked.toString());
    assertTrue(unpacked.contains("rampart-" + Archive.VERSION + "/environments/prod.yaml"), unpacked.toString());
    assertFalse(unpacked.stream().anyMatch(n -> n.endsWith("_test.rego")), "the pack ships without its tests");
  }

  @Test
  void theLauncherNeedsNoSourceTreeOrBuildTool() throws IOException {
    String script = Files.readString(home.resolve("bin/rampart"));
    assertTrue(script.startsWith("#!/bin/sh\n"), "POSIX sh at a fixed path: PATH need not hold bash");
    assertFalse(script.contains("mvn"), "no Maven");
    assertFalse(script.contains("@project.version@"), "the version was filled in at build time");
  }
}
