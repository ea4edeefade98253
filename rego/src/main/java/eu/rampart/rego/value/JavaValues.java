package eu.rampart.rego.value;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Conversion between Rego values and plain Java values (Map, List, Set, String, Number, Boolean, null). */
public final class JavaValues {
  private JavaValues() {}

  public static Value from(Object o) {
    if (o == null) return NullValue.NULL;
    if (o instanceof Value v) return v;
    if (o instanceof String s) return StringValue.of(s);
    if (o instanceof Boolean b) return BooleanValue.of(b);
    if (o instanceof Integer || o instanceof Long || o instanceof Short || o instanceof Byte) {
      return NumberValue.of(((Number) o).longValue());
    }
    if (o instanceof BigInteger bi) return NumberValue.of(bi);
    if (o instanceof BigDecimal bd) return NumberValue.of(bd);
    if (o instanceof Number n) return NumberValue.of(n.doubleValue());
    if (o instanceof Map<?, ?> m) {
      LinkedHashMap<Value, Value> out = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : m.entrySet()) out.put(from(e.getKey()), from(e.getValue()));
      return ObjectValue.wrap(out);
    }
    if (o instanceof Set<?> s) {
      LinkedHashSet<Value> out = new LinkedHashSet<>();
      for (Object e : s) out.add(from(e));
      return SetValue.wrap(out);
    }
    if (o instanceof Collection<?> c) {
      List<Value> out = new ArrayList<>(c.size());
      for (Object e : c) out.add(from(e));
      return ArrayValue.of(out);
    }
    if (o instanceof Object[] arr) return from(List.of(arr));
    throw new IllegalArgumentException("cannot convert " + o.getClass().getName() + " to a Rego value");
  }

  /** Numbers become Long when integral and in range, else BigDecimal; sets become LinkedHashSet. */
  public static Object to(Value v) {
    if (v instanceof NullValue) return null;
    if (v instanceof BooleanValue b) return b.value();
    if (v instanceof StringValue s) return s.value();
    if (v instanceof NumberValue n) return n.isLong() ? (Object) n.longValue() : n.bigDecimal();
    if (v instanceof ArrayValue a) {
      List<Object> out = new ArrayList<>(a.size());
      for (int i = 0; i < a.size(); i++) out.add(to(a.get(i)));
      return out;
    }
    if (v instanceof SetValue s) {
      Set<Object> out = new LinkedHashSet<>();
      for (Value e : s.sorted()) out.add(to(e));
      return out;
    }
    ObjectValue o = (ObjectValue) v;
    Map<Object, Object> out = new LinkedHashMap<>();
    for (Value k : o.sortedKeys()) out.put(to(k), to(o.get(k)));
    return out;
  }
}
