package eu.rampart.rego.builtins;

import eu.rampart.rego.types.Type;
import eu.rampart.rego.value.ArrayValue;
import eu.rampart.rego.value.NumberValue;
import eu.rampart.rego.value.ObjectValue;
import eu.rampart.rego.value.SetValue;
import eu.rampart.rego.value.StringValue;
import eu.rampart.rego.value.Value;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/** count, sum, product, max, min, sort (OPA v1 removed all/any). */
public final class AggregateBuiltins implements BuiltinFamily {
  private static final Type COUNTABLE = Type.union(Type.ARRAY, Type.OBJECT, Type.SET, Type.STRING);
  private static final Type COLLECTION = Type.union(Type.ARRAY, Type.SET);

  @Override
  public void register(BuiltinRegistry r) {
    r.register("count", List.of(COUNTABLE), Type.NUMBER, (c, a) -> {
      Value v = a[0];
      if (v instanceof ArrayValue x) return NumberValue.of(x.size());
      if (v instanceof ObjectValue x) return NumberValue.of(x.size());
      if (v instanceof SetValue x) return NumberValue.of(x.size());
      String s = ((StringValue) v).value();
      return NumberValue.of(s.codePointCount(0, s.length()));
    });
    r.register("sum", List.of(COLLECTION), Type.NUMBER, (c, a) -> {
      BigDecimal acc = BigDecimal.ZERO;
      for (Value v : items(a[0])) acc = acc.add(num(v));
      return NumberValue.of(acc);
    });
    r.register("product", List.of(COLLECTION), Type.NUMBER, (c, a) -> {
      BigDecimal acc = BigDecimal.ONE;
      for (Value v : items(a[0])) acc = acc.multiply(num(v));
      return NumberValue.of(acc);
    });
    r.register("max", List.of(COLLECTION), Type.ANY, (c, a) -> {
      Value best = null;
      for (Value v : items(a[0])) if (best == null || v.compareTo(best) > 0) best = v;
      return best;
    });
    r.register("min", List.of(COLLECTION), Type.ANY, (c, a) -> {
      Value best = null;
      for (Value v : items(a[0])) if (best == null || v.compareTo(best) < 0) best = v;
      return best;
    });
    r.register("sort", List.of(COLLECTION), Type.ARRAY, (c, a) -> {
      if (a[0] instanceof SetValue s) return ArrayValue.of(s.sorted());
      Value[] xs = ((ArrayValue) a[0]).items().toArray(new Value[0]);
      Arrays.sort(xs);
      return ArrayValue.wrap(xs);
    });
  }

  private static List<Value> items(Value v) {
    if (v instanceof SetValue s) return Arrays.asList(s.sorted());
    return ((ArrayValue) v).items();
  }

  private static BigDecimal num(Value v) {
    if (v instanceof NumberValue n) return n.bigDecimal();
    throw new BuiltinTypeError("operand 1 must be one of {array, set} containing numbers but got " + v.typeName() + " element");
  }
}
