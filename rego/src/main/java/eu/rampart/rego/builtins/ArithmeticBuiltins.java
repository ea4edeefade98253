package eu.rampart.rego.builtins;

import eu.rampart.rego.types.Type;
import eu.rampart.rego.value.ArrayValue;
import eu.rampart.rego.value.NumberValue;
import eu.rampart.rego.value.SetValue;
import eu.rampart.rego.value.Value;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Arithmetic on arbitrary-precision numbers: exact where the result is finite, otherwise with
 * {@link NumberValue#CONTEXT} precision. {@code minus} is also set difference.
 */
public final class ArithmeticBuiltins implements BuiltinFamily {
  private static final Type NUM_OR_SET = Type.union(Type.NUMBER, Type.SET);

  @Override
  public void register(BuiltinRegistry r) {
    List<Type> nn = List.of(Type.NUMBER, Type.NUMBER);
    r.register("plus", nn, Type.NUMBER, (c, a) -> NumberValue.of(dec(a, 0).add(dec(a, 1))));
    r.register("mul", nn, Type.NUMBER, (c, a) -> NumberValue.of(dec(a, 0).multiply(dec(a, 1))));
    r.register("minus", List.of(NUM_OR_SET, NUM_OR_SET), NUM_OR_SET, (c, a) -> minus(a));
    r.register("div", nn, Type.NUMBER, (c, a) -> div(a));
    r.register("rem", nn, Type.NUMBER, (c, a) -> rem(a));
    r.register("abs", List.of(Type.NUMBER), Type.NUMBER, (c, a) -> NumberValue.of(dec(a, 0).abs()));
    r.register("round", List.of(Type.NUMBER), Type.NUMBER,
        (c, a) -> NumberValue.of(dec(a, 0).setScale(0, RoundingMode.HALF_UP)));
    r.register("ceil", List.of(Type.NUMBER), Type.NUMBER, (c, a) -> NumberValue.of(dec(a, 0).setScale(0, RoundingMode.CEILING)));
    r.register("floor", List.of(Type.NUMBER), Type.NUMBER, (c, a) -> NumberValue.of(dec(a, 0).setScale(0, RoundingMode.FLOOR)));
    r.register("numbers.range", nn, Type.ARRAY, (c, a) -> range(c, integer(a, 0), integer(a, 1), BigInteger.ONE));
    r.register("numbers.range_step", List.of(Type.NUMBER, Type.NUMBER, Type.NUMBER), Type.ARRAY, (c, a) -> {
      BigInteger from = integer(a, 0), to = integer(a, 1);
      NumberValue step = Args.number(a, 2);
      if (!step.isInteger() || step.signum() <= 0) throw new BuiltinError("step must be a positive integer");
      return range(c, from, to, step.bigInteger());
    });
  }

  private static BigDecimal dec(Value[] a, int i) { return Args.number(a, i).bigDecimal(); }

  private static BigInteger integer(Value[] a, int i) {
    NumberValue n = Args.number(a, i);
    if (!n.isInteger()) throw new BuiltinTypeError("operand " + (i + 1) + " must be integer number but got floating-point number");
    return n.bigInteger();
  }

  private static Value minus(Value[] a) {
    if (a[0] instanceof NumberValue x) {
      if (!(a[1] instanceof NumberValue y)) throw Args.typeError(1, "number", a[1]);
      return NumberValue.of(x.bigDecimal().subtract(y.bigDecimal()));
    }
    SetValue x = (SetValue) a[0];
    if (!(a[1] instanceof SetValue y)) throw Args.typeError(1, "set", a[1]);
    LinkedHashSet<Value> out = new LinkedHashSet<>();
    for (Value v : x.elements()) if (!y.contains(v)) out.add(v);
    return SetValue.wrap(out);
  }

  private static Value div(Value[] a) {
    BigDecimal x = dec(a, 0), y = dec(a, 1);
    if (y.signum() == 0) throw new BuiltinError("divide by zero");
    try {
      return NumberValue.of(x.divide(y));
    } catch (ArithmeticException nonTerminating) {
      // OPA's quotient of a non-terminating division prints like a float64 (1/3 = 0.3333333333333333).
      double d = x.doubleValue() / y.doubleValue();
      if (Double.isFinite(d)) return NumberValue.of(d);
      return NumberValue.of(x.divide(y, NumberValue.CONTEXT));
    }
  }

  private static Value rem(Value[] a) {
    NumberValue x = Args.number(a, 0), y = Args.number(a, 1);
    if (!x.isInteger() || !y.isInteger()) throw new BuiltinError("modulo on floating-point number");
    if (y.signum() == 0) throw new BuiltinError("modulo by zero");
    // Go's % truncates towards zero, as BigInteger.remainder does.
    return NumberValue.of(x.bigInteger().remainder(y.bigInteger()));
  }

  private static Value range(BuiltinContext c, BigInteger from, BigInteger to, BigInteger step) {
    // the size is known before anything is built: a range beyond the budget fails at once
    c.reserve(to.subtract(from).abs().divide(step.abs().max(BigInteger.ONE)).add(BigInteger.ONE)
        .min(BigInteger.valueOf(Long.MAX_VALUE)).longValue());
    List<Value> out = new ArrayList<>();
    int dir = to.compareTo(from) >= 0 ? 1 : -1;
    BigInteger s = dir > 0 ? step : step.negate();
    for (BigInteger i = from; dir > 0 ? i.compareTo(to) <= 0 : i.compareTo(to) >= 0; i = i.add(s)) {
      out.add(NumberValue.of(i));
      if ((out.size() & 4095) == 0) c.checkBudget();
    }
    return ArrayValue.of(out);
  }
}
