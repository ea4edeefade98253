package eu.rampart.rego.api;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code :=} and {@code =} written as calls with other than two operands (found by
 * RegoParserFuzzTest: {@code assign(p)} threw IndexOutOfBoundsException in the resolver): OPA's
 * arity error at the call, in modules and in queries, never a Java exception.
 */
class OperatorArityTest {
  @ParameterizedTest
  @ValueSource(strings = {"x if { assign(p) }", "x if { eq(1) }", "x := 1 if { eq(1, 2, 3) }", "x if { y := [assign(1)]; y }",
      "f(v) := 1 if { assign(v) } else := 2", "x := {k | k := 1; eq(k)}"})
  void aModuleIsRefusedWithTheArityError(String rule) {
    RegoException e = assertThrows(RegoException.class, () -> Rego.builder().module("p.rego", "package p\n" + rule + "\n").build());
    assertTrue(e.getMessage().contains("p.rego:2:") && e.getMessage().contains("rego_type_error")
        && e.getMessage().contains("arity mismatch"), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"assign(x)", "eq(1)", "x := 1; assign(x)", "[eq(1, 2, 3)]"})
  void aQueryIsRefusedWithTheArityError(String query) {
    Rego rego = Rego.builder().module("p.rego", "package p\n").build();
    RegoException e = assertThrows(RegoException.class, () -> rego.prepare(query));
    assertTrue(e.getMessage().contains("rego_type_error") && e.getMessage().contains("arity mismatch"), e.getMessage());
  }
}
