package eu.rampart.rego.builtins;

import static eu.rampart.rego.builtins.DataBuiltinsTestKit.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Values from conformance/opa-v1 bits*. */
class BitsBuiltinsTest {
  private static final BitsBuiltins F = new BitsBuiltins();

  @Test
  void logic() {
    assertEquals(n(1), call(F, "bits.and", n(7), n(9)));
    assertEquals(n(0), call(F, "bits.and", n(50), n(0)));
    assertEquals(n(15), call(F, "bits.or", n(7), n(9)));
    assertEquals(n(50), call(F, "bits.or", n(50), n(0)));
    assertEquals(n(41), call(F, "bits.xor", n(42), n(3)));
    assertEquals(n(0), call(F, "bits.xor", n(42), n(42)));
    assertEquals(n(-43), call(F, "bits.negate", n(42)));
  }

  @Test
  void shiftsBeyondInt64() {
    assertEquals(n(8), call(F, "bits.lsh", n(1), n(3)));
    assertEquals(n(4294967294L), call(F, "bits.lsh", n(2147483647), n(1)));
    assertEquals(num("18446744073709551614"), call(F, "bits.lsh", num("9223372036854775807"), n(1)));
    assertEquals(n(1), call(F, "bits.rsh", n(8), n(3)));
    assertEquals(num("9223372036854775807"), call(F, "bits.rsh", num("18446744073709551614"), n(1)));
  }

  @Test
  void errors() {
    for (String op : new String[] {"bits.and", "bits.or", "bits.xor", "bits.lsh", "bits.rsh"}) {
      typeError("operand 1 must be integer number but got floating-point number", F, op, num("7.2"), n(42));
    }
    typeError("operand 1 must be integer number but got floating-point number", F, "bits.negate", num("7.2"));
    typeError("operand 2 must be an unsigned integer number but got a negative integer", F, "bits.lsh", n(7), n(-1));
    typeError("operand 2 must be an unsigned integer number but got a negative integer", F, "bits.rsh", n(7), n(-1));
    typeError("operand 1 must be number but got string", F, "bits.and", s("7"), n(1));
  }
}
