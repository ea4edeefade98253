package eu.rampart.policies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import eu.rampart.rego.api.EvalException;
import eu.rampart.rego.api.Rego;
import eu.rampart.rego.value.BooleanValue;
import eu.rampart.rego.value.Value;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every {@code test_*} rule of the {@code *_test.rego} files beside the pack, like
 * {@code opa test} / {@code rampart rego test policies/}: a test passes only when its rule is
 * defined and true; undefined, false or an evaluation error is a failure.
 */
class RegoUnitTest {
  private static Rego rego() {
    return Rego.builder().modules(Paths.policies()).includeTests(true).strictBuiltinErrors(true)
        .timeout(Duration.ofMinutes(1)).build();
  }

  static List<String> testRules(Rego rego) {
    return rego.ruleNames().stream()
        .filter(n -> n.substring(n.lastIndexOf('.') + 1).startsWith("test_"))
        .distinct().sorted().toList();
  }

  @Test
  void everyControlFamilyHasUnitTests() {
    List<String> tests = testRules(rego());
    for (String family : List.of("res", "enc", "net", "vpn", "bak", "log", "data", "avail", "tag")) {
      long n = tests.stream().filter(t -> t.startsWith("data.rampart." + family + "_test.")).count();
      assertTrue(n >= 2, family + " has " + n + " unit tests, expected at least a violating and a compliant case");
    }
    assertTrue(tests.size() >= 150, "expected the full unit test suite, found " + tests.size() + " tests");
  }

  @TestFactory
  Stream<DynamicTest> regoTests() {
    Rego rego = rego();
    return testRules(rego).stream().map(name -> DynamicTest.dynamicTest(name, () -> {
      Value v;
      try {
        v = rego.prepare(name).evalValue(null);
      } catch (EvalException e) {
        fail(name + " raised an evaluation error: " + e.getMessage());
        return;
      }
      if (v == null) fail(name + " is undefined (a condition of the test does not hold)");
      assertEquals(BooleanValue.TRUE, v, name + " evaluated to " + v);
    }));
  }
}
