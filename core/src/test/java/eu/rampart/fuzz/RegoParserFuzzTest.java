package eu.rampart.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import eu.rampart.rego.api.Rego;
import eu.rampart.rego.api.RegoException;
import eu.rampart.rego.api.RegoVersion;
import java.nio.charset.StandardCharsets;

/**
 * The Rego parser and compiler on arbitrary text: a module either compiles or is refused with a
 * {@link RegoException} (which carries file, line and column); anything else escaping, a hang or a
 * stack overflow is a finding. Replays src/test/resources/eu/rampart/fuzz/RegoParserFuzzTestInputs
 * in every build; bench/fuzz.sh fuzzes it.
 */
public class RegoParserFuzzTest {
  @FuzzTest
  void moduleCompilesOrIsRefused(byte[] data) {
    String src = new String(data, StandardCharsets.UTF_8);
    for (RegoVersion v : new RegoVersion[] {RegoVersion.V1, RegoVersion.V0}) {
      try {
        Rego.builder().module("fuzz.rego", src, v).build();
      } catch (RegoException expected) {
        // a refusal with a position is the contract
      }
    }
  }

  /**
   * Loads (and, under the fuzzer, instruments) every class a typical input reaches once, before
   * fuzzing starts: on a loaded machine the first input would otherwise count as a hang.
   */
  static void warmUp() {
    new RegoParserFuzzTest().moduleCompilesOrIsRefused("package p\nx := 1\n".getBytes(StandardCharsets.UTF_8));
  }

  public static void fuzzerInitialize() {
    warmUp();
  }

  /** Entry point of Jazzer's standalone driver (bench/fuzz.sh), the same check as the JUnit fuzz test. */
  public static void fuzzerTestOneInput(byte[] data) throws Exception {
    new RegoParserFuzzTest().moduleCompilesOrIsRefused(data);
  }
}
