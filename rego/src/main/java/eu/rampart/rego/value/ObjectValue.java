package eu.rampart.rego.value;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A Rego object. Keys may be any value. Lookup is by hash; iteration follows insertion order;
 * {@link #sortedKeys()} gives OPA's canonical order, used for comparison and output.
 */
public final class ObjectValue extends Value {
  public static final ObjectValue EMPTY = new ObjectValue(new LinkedHashMap<>());

  private final LinkedHashMap<Value, Value> map;
  private volatile Value[] sorted;
  private int hash;

  private ObjectValue(LinkedHashMap<Value, Value> map) { this.map = map; }

  /** Takes ownership of the map: callers must not change it afterwards. */
  public static ObjectValue wrap(LinkedHashMap<Value, Value> map) {
    return map.isEmpty() ? EMPTY : new ObjectValue(map);
  }

  public static ObjectValue of(Map<? extends Value, ? extends Value> map) {
    return wrap(new LinkedHashMap<>(map));
  }

  public static Builder builder() { return new Builder(); }

  public int size() { return map.size(); }

  /** The value at key, or null when absent. */
  public Value get(Value key) { return map.get(key); }

  /** Convenience lookup by string key. */
  public Value get(String key) { return map.get(StringValue.of(key)); }

  public boolean containsKey(Value key) { return map.containsKey(key); }

  public Set<Map.Entry<Value, Value>> entries() { return Collections.unmodifiableMap(map).entrySet(); }

  public Set<Value> keys() { return Collections.unmodifiableSet(map.keySet()); }

  public Map<Value, Value> asMap() { return Collections.unmodifiableMap(map); }

  /** Keys in OPA's canonical order. */
  public Value[] sortedKeys() {
    Value[] s = sorted;
    if (s == null) {
      s = map.keySet().toArray(new Value[0]);
      Arrays.sort(s);
      sorted = s;
    }
    return s;
  }

  @Override int sortOrder() { return 5; }
  @Override public String typeName() { return "object"; }

  @Override
  int compareSameKind(Value other) {
    ObjectValue o = (ObjectValue) other;
    Value[] a = sortedKeys(), b = o.sortedKeys();
    int n = Math.min(a.length, b.length);
    for (int i = 0; i < n; i++) {
      int c = a[i].compareTo(b[i]);
      if (c != 0) return c;
      c = map.get(a[i]).compareTo(o.map.get(b[i]));
      if (c != 0) return c;
    }
    return Integer.compare(a.length, b.length);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof ObjectValue other) || other.map.size() != map.size()) return false;
    for (Map.Entry<Value, Value> e : map.entrySet()) {
      Value v = other.map.get(e.getKey());
      if (v == null || !v.equals(e.getValue())) return false;
    }
    return true;
  }

  @Override
  public int hashCode() {
    int h = hash;
    if (h == 0) {
      h = map.hashCode() ^ 0x4f;
      hash = h;
    }
    return h;
  }

  @Override
  public void appendRego(StringBuilder sb) {
    sb.append('{');
    boolean first = true;
    for (Value k : sortedKeys()) {
      if (!first) sb.append(", ");
      first = false;
      k.appendRego(sb);
      sb.append(": ");
      map.get(k).appendRego(sb);
    }
    sb.append('}');
  }

  @Override public boolean isObject() { return true; }
  @Override public boolean isCollection() { return true; }

  /** Collects entries; a later put of the same key replaces the earlier one. */
  public static final class Builder {
    private LinkedHashMap<Value, Value> map = new LinkedHashMap<>();

    public Builder put(Value k, Value v) { map.put(k, v); return this; }
    public Builder put(String k, Value v) { map.put(StringValue.of(k), v); return this; }
    public boolean containsKey(Value k) { return map.containsKey(k); }
    public Value get(Value k) { return map.get(k); }
    public int size() { return map.size(); }

    public ObjectValue build() {
      ObjectValue o = wrap(map);
      map = new LinkedHashMap<>();
      return o;
    }
  }
}
