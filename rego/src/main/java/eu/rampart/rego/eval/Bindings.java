package eu.rampart.rego.eval;

import eu.rampart.rego.value.Value;
import java.util.Arrays;

/**
 * Variable bindings of one rule evaluation, kept as a stack so backtracking undoes them by
 * truncation. A body binds few variables, so a scan (newest first, comparing cached hash codes
 * before names) is cheaper than a hash map's put and remove on every binding.
 */
final class Bindings {
  private String[] names = new String[8];
  private int[] hashes = new int[8];
  private Value[] values = new Value[8];
  private int size;

  Value get(String name) {
    int h = name.hashCode();
    for (int i = size - 1; i >= 0; i--) {
      if (hashes[i] == h) {
        String n = names[i];
        if (n == name || n.equals(name)) return values[i];
      }
    }
    return null;
  }

  /** Binds an unbound variable (callers check with get first, so a name is on the stack at most once). */
  void bind(String name, Value v) {
    if (size == names.length) {
      names = Arrays.copyOf(names, size * 2);
      hashes = Arrays.copyOf(hashes, size * 2);
      values = Arrays.copyOf(values, size * 2);
    }
    names[size] = name;
    hashes[size] = name.hashCode();
    values[size++] = v;
  }

  int mark() { return size; }

  void undo(int mark) {
    while (size > mark) {
      size--;
      names[size] = null;
      values[size] = null;
    }
  }
}
