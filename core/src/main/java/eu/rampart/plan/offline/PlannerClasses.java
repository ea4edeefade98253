package eu.rampart.plan.offline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the planner's own classes ({@code eu.rampart.plan.mock}) are. They run on the program's
 * classpath and need nothing else from it. Found via system property {@code rampart.planner.classes},
 * else {@code $RAMPART_HOME/stacks/planner}, compiled there when missing or older than its sources.
 */
final class PlannerClasses {
  static final String PROPERTY = "rampart.planner.classes";
  private static final String MODULE = "stacks/planner";

  private PlannerClasses() {}

  static Path locate(boolean stream) throws OfflinePlanException {
    String explicit = System.getProperty(PROPERTY);
    if (explicit != null && !explicit.isBlank()) {
      Path p = Path.of(explicit);
      if (!Files.isDirectory(p) && !Files.isRegularFile(p)) {
        throw new OfflinePlanException(OfflinePlanException.PLANNER_FAILED, "-D" + PROPERTY + "=" + explicit + " does not exist");
      }
      return p;
    }
    Path home = home();
    Path module = home.resolve(MODULE);
    if (!Files.isRegularFile(module.resolve("pom.xml"))) {
      throw new OfflinePlanException(OfflinePlanException.PLANNER_FAILED, "the planner module is not at " + module
          + "; set RAMPART_HOME to the rampart checkout or -D" + PROPERTY);
    }
    Path classes = module.resolve("target/classes");
    Path keyFile = module.resolve("target/rampart-planner.key");
    String key = Fingerprint.of(List.of(module.resolve("pom.xml"), module.resolve("src/main"), home.resolve("pom.xml")));
    try (BuildLock ignored = BuildLock.acquire(home.resolve(BuildLock.REACTOR_LOCK))) {
      if (Files.isDirectory(classes) && Files.isRegularFile(keyFile) && Files.readString(keyFile).trim().equals(key)) {
        return classes;
      }
      List<String> cmd = new ArrayList<>(List.of(ProjectClasspath.mvn(), "-q", "-B", "-f", home.resolve("pom.xml").toString(),
          "-pl", MODULE, "compile"));
      if (stream) System.err.println("rampart: compiling the planner (" + module + ")");
      Processes.Result r = Processes.run(cmd, home, stream, 1800);
      if (r.exitCode() != 0) {
        throw new OfflinePlanException(OfflinePlanException.PLANNER_FAILED, "the planner does not build (mvn exit " + r.exitCode() + "):\n" + r.tail());
      }
      Files.writeString(keyFile, key + "\n", StandardCharsets.UTF_8);
      return classes;
    } catch (IOException e) {
      throw new OfflinePlanException(OfflinePlanException.PLANNER_FAILED, "cannot build the planner: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new OfflinePlanException(OfflinePlanException.PLANNER_FAILED, "interrupted while building the planner");
    }
  }

  /** RAMPART_HOME (set by the launcher), else the nearest directory above the working one holding the planner. */
  static Path home() throws OfflinePlanException {
    String env = System.getenv("RAMPART_HOME");
    if (env != null && !env.isBlank()) return Path.of(env).toAbsolutePath().normalize();
    String prop = System.getProperty("rampart.home");
    if (prop != null && !prop.isBlank()) return Path.of(prop).toAbsolutePath().normalize();
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      if (Files.isRegularFile(d.resolve(MODULE).resolve("pom.xml"))) return d;
    }
    throw new OfflinePlanException(OfflinePlanException.PLANNER_FAILED,
        "cannot find the rampart checkout: set RAMPART_HOME (the ./rampart launcher does)");
  }
}
