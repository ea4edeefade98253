package eu.rampart.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import eu.rampart.env.Environment;
import eu.rampart.env.EnvironmentException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The environment loader (YAML, aliases, interpolation, settings) on arbitrary bytes: it loads or
 * refuses with an {@link EnvironmentException} naming the file; never another exception, a stack
 * overflow, a hang or unbounded expansion (the bounds in docs/check.md).
 */
public class EnvironmentFuzzTest {
  private static final Path FILE;

  static {
    try {
      Path dir = Files.createTempDirectory("rampart-fuzz-env-");
      dir.toFile().deleteOnExit();
      FILE = dir.resolve("fuzz.yaml");
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @FuzzTest
  void loadOrRefuse(byte[] data) throws Exception {
    Files.write(FILE, data);
    try {
      Environment env = Environment.load(FILE);
      env.toPolicyEnvironment();
    } catch (EnvironmentException e) {
      if (!e.getMessage().startsWith(FILE.toString())) throw new AssertionError("message does not name the file: " + e.getMessage());
    }
  }

  /**
   * Loads (and, under the fuzzer, instruments) every class a typical input reaches once, before
   * fuzzing starts: on a loaded machine the first input would otherwise count as a hang.
   */
  static void warmUp() {
    try {
      new EnvironmentFuzzTest().loadOrRefuse("values:\n  rampart:\n    production: true\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  public static void fuzzerInitialize() {
    warmUp();
  }

  /** Entry point of Jazzer's standalone driver (bench/fuzz.sh), the same check as the JUnit fuzz test. */
  public static void fuzzerTestOneInput(byte[] data) throws Exception {
    new EnvironmentFuzzTest().loadOrRefuse(data);
  }
}
