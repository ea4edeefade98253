package eu.rampart.rego.builtins;

import static eu.rampart.rego.builtins.DataBuiltinsTestKit.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.rampart.rego.value.NumberValue;
import eu.rampart.rego.value.Value;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** conformance/opa-v1 rand: one value per (str, n) within a query. */
class RandBuiltinsTest {
  private static final RandBuiltins F = new RandBuiltins();

  @Test
  void sameArgumentsSameValueWithinAQuery() {
    Ctx ctx = new Ctx();
    Set<Value> seen = new HashSet<>();
    for (int i = 0; i < 100; i++) seen.add(call(ctx, F, "rand.intn", s("key"), n(100)));
    assertEquals(1, seen.size());
    long v = ((NumberValue) seen.iterator().next()).longValue();
    assertTrue(v >= 0 && v < 100);
  }

  @Test
  void valuesVaryAcrossQueriesAndStayInRange() {
    Set<Value> seen = new HashSet<>();
    for (int i = 0; i < 200; i++) {
      long v = ((NumberValue) call(new Ctx(), F, "rand.intn", s("key"), n(-10))).longValue();
      assertTrue(v >= 0 && v < 10, "in [0, |n|)");
      seen.add(NumberValue.of(v));
    }
    assertTrue(seen.size() > 1, "200 fresh queries drew a single value");
    assertEquals(n(0), call(F, "rand.intn", s("key"), n(0)));
    typeError("operand 2 must be integer number but got floating-point number", F, "rand.intn", s("k"), num("1.5"));
  }
}
