package eu.rampart.rego.value;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

public final class ArrayValue extends Value {
  public static final ArrayValue EMPTY = new ArrayValue(new Value[0]);

  private final Value[] items;
  private int hash;

  private ArrayValue(Value[] items) { this.items = items; }

  /** Takes ownership of the array: callers must not change it afterwards. */
  public static ArrayValue wrap(Value[] items) {
    return items.length == 0 ? EMPTY : new ArrayValue(items);
  }

  public static ArrayValue of(List<? extends Value> items) {
    return wrap(items.toArray(new Value[0]));
  }

  public static ArrayValue of(Value... items) {
    return wrap(items.clone());
  }

  public int size() { return items.length; }

  public Value get(int i) { return items[i]; }

  public List<Value> items() { return Collections.unmodifiableList(Arrays.asList(items)); }

  @Override int sortOrder() { return 4; }
  @Override public String typeName() { return "array"; }

  @Override
  int compareSameKind(Value other) {
    Value[] o = ((ArrayValue) other).items;
    int n = Math.min(items.length, o.length);
    for (int i = 0; i < n; i++) {
      int c = items[i].compareTo(o[i]);
      if (c != 0) return c;
    }
    return Integer.compare(items.length, o.length);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof ArrayValue a) || a.items.length != items.length) return false;
    for (int i = 0; i < items.length; i++) if (!items[i].equals(a.items[i])) return false;
    return true;
  }

  @Override
  public int hashCode() {
    int h = hash;
    if (h == 0) {
      h = Arrays.hashCode(items) ^ 0x41;
      hash = h;
    }
    return h;
  }

  @Override
  public void appendRego(StringBuilder sb) {
    sb.append('[');
    for (int i = 0; i < items.length; i++) {
      if (i > 0) sb.append(", ");
      items[i].appendRego(sb);
    }
    sb.append(']');
  }

  @Override public boolean isArray() { return true; }
  @Override public boolean isCollection() { return true; }
}
