package eu.rampart.plan.offline;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the child's side of the planner ({@code eu.rampart.plan.engine}) is: the jar or class
 * directory this module was loaded from, which the caller already has on its own class path. It
 * goes last on the program's class path, so the program's own classes and versions win.
 */
final class PlannerClasses {
  private PlannerClasses() {}

  static Path locate() throws OfflinePlanException {
    try {
      // this class sits beside the engine's classes; naming EngineMain here would load the gRPC
      // classes it uses, which only the program's class path has
      var source = PlannerClasses.class.getProtectionDomain().getCodeSource();
      if (source != null) {
        Path p = Path.of(source.getLocation().toURI());
        if (Files.exists(p)) return p;
      }
    } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
      // fall through to the explanation below
    }
    throw new OfflinePlanException(OfflinePlanException.PLANNER_FAILED,
        "cannot find the planner's own classes (eu.rampart.plan.engine) on the class path of this JVM");
  }
}
