package eu.rampart.plan.offline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The runtime classpath of a Pulumi Java project, as Maven resolves it, compiled and cached in
 * {@code target/rampart.classpath}. Maven runs only when the POMs or sources changed since the
 * cached run; inside a multi-module build it runs from the reactor root with {@code -am}, so that
 * sibling modules (like rampart's components) come from the reactor on a fresh clone.
 */
final class ProjectClasspath {
  static final String CLASSPATH_FILE = "target/rampart.classpath";
  static final String KEY_FILE = "target/rampart.classpath.key";
  private static final long MAVEN_TIMEOUT_SECONDS = 1800;

  private ProjectClasspath() {}

  static List<Path> resolve(Path projectDir, boolean stream) throws OfflinePlanException {
    Path dir = projectDir.toAbsolutePath().normalize();
    Path cpFile = dir.resolve(CLASSPATH_FILE);
    Path keyFile = dir.resolve(KEY_FILE);
    Optional<Path> reactor = MavenPoms.reactorRoot(dir);
    // inside a reactor, other stacks build the same sibling modules: one Maven run at a time per reactor
    Path lockFile = reactor.map(root -> root.resolve(BuildLock.REACTOR_LOCK)).orElse(dir.resolve(BuildLock.REACTOR_LOCK));
    try (BuildLock ignored = BuildLock.acquire(lockFile)) {
      if (Files.isRegularFile(cpFile) && Files.isRegularFile(keyFile)) {
        List<Path> cached = read(dir, cpFile);
        if (Files.readString(keyFile).trim().equals(fingerprint(dir, reactor, cached))) return cached;
      }
      runMaven(dir, reactor, cpFile, stream);
      List<Path> entries = read(dir, cpFile);
      Files.writeString(keyFile, fingerprint(dir, reactor, entries) + "\n", StandardCharsets.UTF_8);
      return entries;
    } catch (IOException e) {
      throw new OfflinePlanException(OfflinePlanException.PLANNER_FAILED, dir + ": cannot cache the classpath: " + e.getMessage());
    }
  }

  private static void runMaven(Path dir, Optional<Path> reactor, Path cpFile, boolean stream) throws OfflinePlanException {
    List<String> cmd = new ArrayList<>(List.of(mvn(), "-q", "-B"));
    Path workDir = dir;
    if (reactor.isPresent()) {
      workDir = reactor.get();
      cmd.addAll(List.of("-f", reactor.get().resolve("pom.xml").toString(), "-pl", reactor.get().relativize(dir).toString(), "-am"));
    }
    // absolute, so that every reactor module writes the same file and the project (built last) wins
    cmd.addAll(List.of("compile", "dependency:build-classpath", "-Dmdep.outputFile=" + cpFile,
        "-DincludeScope=runtime"));
    if (stream) System.err.println("rampart: resolving and compiling " + dir + " (mvn compile dependency:build-classpath)");
    Processes.Result r;
    try {
      r = Processes.run(cmd, workDir, stream, MAVEN_TIMEOUT_SECONDS);
    } catch (IOException e) {
      throw new OfflinePlanException(OfflinePlanException.PLANNER_FAILED, "cannot run Maven (" + cmd.get(0) + "): " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new OfflinePlanException(OfflinePlanException.PLANNER_FAILED, "interrupted while Maven was running");
    }
    if (r.exitCode() != 0 || !Files.isRegularFile(cpFile)) {
      throw new OfflinePlanException(OfflinePlanException.BAD_INPUT, dir + ": the project does not build (mvn exit "
          + r.exitCode() + "):\n" + r.tail());
    }
  }

  private static List<Path> read(Path dir, Path cpFile) throws IOException {
    List<Path> entries = new ArrayList<>();
    entries.add(dir.resolve("target/classes"));
    for (String s : Files.readString(cpFile, StandardCharsets.UTF_8).trim().split(java.io.File.pathSeparator)) {
      if (!s.isBlank()) entries.add(Path.of(s.trim()));
    }
    return entries;
  }

  /** POMs and sources of the project and of every reactor module on its classpath. */
  private static String fingerprint(Path dir, Optional<Path> reactor, List<Path> entries) {
    List<Path> inputs = new ArrayList<>(List.of(dir.resolve("pom.xml"), dir.resolve("src/main")));
    reactor.ifPresent(root -> {
      for (Path p = dir.getParent(); p != null && p.startsWith(root); p = p.getParent()) inputs.add(p.resolve("pom.xml"));
    });
    for (Path e : entries) {
      if (e.endsWith("target/classes") && !e.equals(dir.resolve("target/classes"))) {
        Path module = e.getParent().getParent();
        inputs.add(module.resolve("pom.xml"));
        inputs.add(module.resolve("src/main"));
      }
      // a jar that disappeared from ~/.m2 must not be reused
      if (!Files.exists(e) && !e.endsWith("target/classes")) inputs.add(e);
    }
    return Fingerprint.of(inputs);
  }

  static String mvn() {
    String override = System.getenv("RAMPART_MVN");
    return override != null && !override.isBlank() ? override : "mvn";
  }
}
