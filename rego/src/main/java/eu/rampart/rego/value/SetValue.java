package eu.rampart.rego.value;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/** A Rego set. Membership is by hash; {@link #sorted()} gives OPA's canonical order. */
public final class SetValue extends Value {
  public static final SetValue EMPTY = new SetValue(new LinkedHashSet<>());

  private final LinkedHashSet<Value> set;
  private volatile Value[] sorted;
  private int hash;

  private SetValue(LinkedHashSet<Value> set) { this.set = set; }

  /** Takes ownership of the set: callers must not change it afterwards. */
  public static SetValue wrap(LinkedHashSet<Value> set) {
    return set.isEmpty() ? EMPTY : new SetValue(set);
  }

  public static SetValue of(Collection<? extends Value> items) {
    return wrap(new LinkedHashSet<>(items));
  }

  public static SetValue of(Value... items) {
    return wrap(new LinkedHashSet<>(Arrays.asList(items)));
  }

  public int size() { return set.size(); }

  public boolean contains(Value v) { return set.contains(v); }

  public Set<Value> elements() { return Collections.unmodifiableSet(set); }

  /** Elements in OPA's canonical order. */
  public Value[] sorted() {
    Value[] s = sorted;
    if (s == null) {
      s = set.toArray(new Value[0]);
      Arrays.sort(s);
      sorted = s;
    }
    return s;
  }

  @Override int sortOrder() { return 6; }
  @Override public String typeName() { return "set"; }

  @Override
  int compareSameKind(Value other) {
    Value[] a = sorted(), b = ((SetValue) other).sorted();
    int n = Math.min(a.length, b.length);
    for (int i = 0; i < n; i++) {
      int c = a[i].compareTo(b[i]);
      if (c != 0) return c;
    }
    return Integer.compare(a.length, b.length);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    return o instanceof SetValue s && s.set.size() == set.size() && s.set.containsAll(set);
  }

  @Override
  public int hashCode() {
    int h = hash;
    if (h == 0) {
      h = set.hashCode() ^ 0x53;
      hash = h;
    }
    return h;
  }

  @Override
  public void appendRego(StringBuilder sb) {
    if (set.isEmpty()) {
      sb.append("set()");
      return;
    }
    sb.append('{');
    boolean first = true;
    for (Value v : sorted()) {
      if (!first) sb.append(", ");
      first = false;
      v.appendRego(sb);
    }
    sb.append('}');
  }

  @Override public boolean isSet() { return true; }
  @Override public boolean isCollection() { return true; }
}
