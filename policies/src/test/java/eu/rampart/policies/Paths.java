package eu.rampart.policies;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the tests find the pack, the repository and the shared fixtures (set by surefire). */
final class Paths {
  private Paths() {}

  static Path policies() { return dir("rampart.policies.dir"); }

  static Path root() { return dir("rampart.root.dir"); }

  static Path fixtures() { return dir("rampart.shared.dir").resolve("fixtures").resolve("pulumi"); }

  static Path environment(String name) { return root().resolve("environments").resolve(name + ".yaml"); }

  private static Path dir(String property) {
    String v = System.getProperty(property);
    if (v == null) throw new IllegalStateException("system property " + property + " is not set (the policies POM's surefire config sets it)");
    Path p = Path.of(v).toAbsolutePath().normalize();
    if (!Files.isDirectory(p)) throw new IllegalStateException(property + " = " + p + " is not a directory");
    return p;
  }
}
