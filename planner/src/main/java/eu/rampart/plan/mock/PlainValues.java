package eu.rampart.plan.mock;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Keeps only what the SDK can serialise back (strings, numbers, booleans, lists, maps). */
final class PlainValues {
  private PlainValues() {}

  static Object plain(Object v) {
    if (v instanceof Optional<?> o) return o.map(PlainValues::plain).orElse(null);
    if (v instanceof String || v instanceof Number || v instanceof Boolean) return v;
    if (v instanceof Map<?, ?> m) {
      Map<String, Object> out = new LinkedHashMap<>();
      m.forEach((k, val) -> {
        Object p = plain(val);
        if (p != null) out.put(String.valueOf(k), p);
      });
      return out;
    }
    if (v instanceof List<?> l) {
      List<Object> out = new ArrayList<>();
      for (Object item : l) {
        Object p = plain(item);
        if (p != null) out.add(p);
      }
      return out;
    }
    return null;
  }
}
