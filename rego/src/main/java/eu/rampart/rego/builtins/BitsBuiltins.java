package eu.rampart.rego.builtins;

import eu.rampart.rego.types.Type;
import eu.rampart.rego.value.NumberValue;
import eu.rampart.rego.value.Value;
import java.math.BigInteger;
import java.util.List;
import java.util.function.BinaryOperator;

/** bits.*: two's-complement bit operations on arbitrary-precision integers, as Go's math/big does them. */
public final class BitsBuiltins implements BuiltinFamily {
  /** Refuses shifts whose result could not be held in memory; OPA would exhaust memory instead. */
  private static final int MAX_SHIFT = 1 << 20;

  @Override
  public void register(BuiltinRegistry r) {
    binary(r, "bits.and", BigInteger::and);
    binary(r, "bits.or", BigInteger::or);
    binary(r, "bits.xor", BigInteger::xor);
    r.register("bits.negate", List.of(Type.NUMBER), Type.NUMBER, (c, a) -> NumberValue.of(integer(a, 0).not()));
    r.register("bits.lsh", List.of(Type.NUMBER, Type.NUMBER), Type.NUMBER,
        (c, a) -> NumberValue.of(integer(a, 0).shiftLeft(shift(a))));
    r.register("bits.rsh", List.of(Type.NUMBER, Type.NUMBER), Type.NUMBER,
        (c, a) -> NumberValue.of(integer(a, 0).shiftRight(shift(a))));
  }

  private static void binary(BuiltinRegistry r, String name, BinaryOperator<BigInteger> op) {
    r.register(name, List.of(Type.NUMBER, Type.NUMBER), Type.NUMBER,
        (c, a) -> NumberValue.of(op.apply(integer(a, 0), integer(a, 1))));
  }

  static BigInteger integer(Value[] a, int i) {
    NumberValue n = Args.number(a, i);
    if (!n.isInteger()) {
      throw new BuiltinTypeError("operand " + (i + 1) + " must be integer number but got floating-point number");
    }
    return n.bigInteger();
  }

  private static int shift(Value[] a) {
    BigInteger s = integer(a, 1);
    if (s.signum() < 0) throw new BuiltinTypeError("operand 2 must be an unsigned integer number but got a negative integer");
    if (s.compareTo(BigInteger.valueOf(MAX_SHIFT)) > 0) throw new BuiltinError("operand 2 is too large: shift count exceeds " + MAX_SHIFT);
    return s.intValue();
  }
}
