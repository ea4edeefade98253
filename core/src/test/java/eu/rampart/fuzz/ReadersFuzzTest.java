package eu.rampart.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import eu.rampart.plan.input.Normaliser;
import eu.rampart.plan.read.InputException;
import eu.rampart.plan.read.Readers;
import eu.rampart.plan.read.StackSnapshot;
import eu.rampart.plan.secret.SecretCollector;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * The JSON readers and format detection on arbitrary bytes: a file is read (and normalised, and
 * its secrets collected) or refused with one {@link InputException} line that names the file; no
 * other exception, no stack overflow, no hang. Every secret the raw scan sees before validation
 * stays collected after it.
 */
public class ReadersFuzzTest {
  /**
   * Names the input in messages only: the bytes are read in memory ({@link Readers#read(Path, byte[],
   * java.util.Optional, java.util.function.Consumer)}), the same decoding, detection and readers as
   * for a file, without a temp file per input (file handling is the bad-input corpus's job).
   */
  private static final Path FILE = Path.of("fuzz-input.json");

  @FuzzTest
  void readOrRefuseWithOneLine(byte[] data) throws Exception {
    Set<String> early = new HashSet<>();
    try {
      StackSnapshot s = Readers.read(FILE, data, java.util.Optional.empty(), early::addAll);
      Normaliser.normalise(s);
      SecretCollector.maskerFor(s).mask(String.valueOf(s.resources()));
    } catch (InputException e) {
      String m = e.getMessage();
      if (!m.startsWith(FILE.toString()) || m.contains("\n") || m.contains("\r")) {
        throw new AssertionError("not one line naming the file: " + m);
      }
    }
  }

  /**
   * Loads (and, under the fuzzer, instruments) every class a typical input reaches once, before
   * fuzzing starts: on a loaded machine the first input would otherwise count as a hang.
   */
  static void warmUp() {
    try {
      new ReadersFuzzTest().readOrRefuseWithOneLine("{\"version\":3,\"deployment\":{\"resources\":[]}}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  public static void fuzzerInitialize() {
    warmUp();
  }

  /** Entry point of Jazzer's standalone driver (bench/fuzz.sh), the same check as the JUnit fuzz test. */
  public static void fuzzerTestOneInput(byte[] data) throws Exception {
    new ReadersFuzzTest().readOrRefuseWithOneLine(data);
  }
}
