package eu.rampart.rego.eval;

import eu.rampart.rego.value.Value;
import java.util.HashMap;

/** Variable bindings of one rule evaluation, with a trail so backtracking can undo them. */
final class Bindings {
  private final HashMap<String, Value> map = new HashMap<>();
  private String[] trail = new String[16];
  private int size;

  Value get(String name) { return map.get(name); }

  void bind(String name, Value v) {
    map.put(name, v);
    if (size == trail.length) trail = java.util.Arrays.copyOf(trail, size * 2);
    trail[size++] = name;
  }

  int mark() { return size; }

  void undo(int mark) {
    while (size > mark) map.remove(trail[--size]);
  }
}
