package eu.rampart.rego.builtins;

import eu.rampart.rego.types.Type;
import eu.rampart.rego.value.ArrayValue;
import eu.rampart.rego.value.NumberValue;
import eu.rampart.rego.value.Value;
import java.util.ArrayList;
import java.util.List;

/** array.concat, array.slice, array.reverse, array.flatten. */
public final class ArrayBuiltins implements BuiltinFamily {
  @Override
  public void register(BuiltinRegistry r) {
    r.register("array.concat", List.of(Type.ARRAY, Type.ARRAY), Type.ARRAY, (c, a) -> {
      c.reserve((long) Args.array(a, 0).size() + Args.array(a, 1).size());
      List<Value> out = new ArrayList<>(Args.array(a, 0).items());
      out.addAll(Args.array(a, 1).items());
      return ArrayValue.of(out);
    });
    r.register("array.slice", List.of(Type.ARRAY, Type.NUMBER, Type.NUMBER), Type.ARRAY, (c, a) -> {
      ArrayValue arr = Args.array(a, 0);
      int n = arr.size();
      long start = clampIndex(Args.number(a, 1), n), stop = clampIndex(Args.number(a, 2), n);
      if (start >= stop) return ArrayValue.EMPTY;
      return ArrayValue.of(arr.items().subList((int) start, (int) stop));
    });
    r.register("array.reverse", List.of(Type.ARRAY), Type.ARRAY, (c, a) -> {
      List<Value> out = new ArrayList<>(Args.array(a, 0).items());
      java.util.Collections.reverse(out);
      return ArrayValue.of(out);
    });
    r.register("array.flatten", List.of(Type.ARRAY), Type.ARRAY, (c, a) -> {
      List<Value> out = new ArrayList<>();
      for (Value v : Args.array(a, 0).items()) {
        if (v instanceof ArrayValue inner) out.addAll(inner.items());
        else out.add(v);
      }
      return ArrayValue.of(out);
    });
  }

  private static long clampIndex(NumberValue v, int n) {
    if (!v.isInteger()) throw new BuiltinTypeError("operand must be integer number but got floating-point number");
    java.math.BigInteger b = v.bigInteger();
    if (b.signum() < 0) return 0;
    if (b.compareTo(java.math.BigInteger.valueOf(n)) > 0) return n;
    return b.longValue();
  }
}
