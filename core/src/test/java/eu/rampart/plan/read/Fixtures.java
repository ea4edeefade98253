package eu.rampart.plan.read;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The real Pulumi output files in the shared fixtures folder. */
public final class Fixtures {
  private Fixtures() {}

  public static Path dir() {
    String shared = System.getProperty("rampart.shared.dir");
    if (shared == null) throw new IllegalStateException("system property rampart.shared.dir is not set (core's surefire config sets it)");
    Path d = Path.of(shared, "fixtures", "pulumi");
    if (!Files.isDirectory(d)) throw new IllegalStateException("fixtures folder missing: " + d);
    return d;
  }

  public static Path file(String name) {
    return dir().resolve(name);
  }

  public static List<Path> all() {
    try (Stream<Path> s = Files.list(dir())) {
      List<Path> files = s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
      if (files.size() < 20) throw new IllegalStateException("expected the 20+ fixture files, found " + files.size());
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
