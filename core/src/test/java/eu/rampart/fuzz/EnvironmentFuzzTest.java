package eu.rampart.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import eu.rampart.env.Environment;
import eu.rampart.env.EnvironmentException;
import java.nio.file.Path;

/**
 * The environment loader (YAML, aliases, interpolation, settings) on arbitrary bytes: it loads or
 * refuses with an {@link EnvironmentException} naming the file; never another exception, a stack
 * overflow, a hang or unbounded expansion (the bounds in docs/check.md).
 */
public class EnvironmentFuzzTest {
  /**
   * Names the input in messages only: the bytes are loaded in memory ({@link Environment#load(Path,
   * byte[])}), the same YAML bounds, interpolation and validation as for a file, without a temp
   * file per input (file handling is the bad-input corpus's job).
   */
  private static final Path FILE = Path.of("environments", "fuzz.yaml");

  @FuzzTest
  void loadOrRefuse(byte[] data) throws Exception {
    try {
      Environment env = Environment.load(FILE, data);
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
