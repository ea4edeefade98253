package eu.rampart.rego.eval;

import eu.rampart.rego.ast.Expr;
import eu.rampart.rego.ast.Term;
import eu.rampart.rego.value.ArrayValue;
import eu.rampart.rego.value.NumberValue;
import eu.rampart.rego.value.ObjectValue;
import eu.rampart.rego.value.SetValue;
import eu.rampart.rego.value.StringValue;
import eu.rampart.rego.value.Value;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Indexes for {@code some x in xs; x.f == p} and {@code some x in xs; x.f in p}, where p does not
 * depend on x (a string, a bound variable, a constant data or input reference): instead of visiting
 * every member of xs, only the members whose field path f holds one of p's strings are visited,
 * in the original order. The filter expression is still evaluated for each of them, so the index
 * only skips members it would reject (f undefined, not a string, or another string). Each large
 * collection is indexed once per query and field path.
 */
final class FieldIndex {
  /** Collections smaller than this are scanned: building an index would cost as much. */
  private static final int MIN_SIZE = 32;
  private static final Object NO_FILTER = new Object();

  /**
   * The value var (and key var, or null) of a some-in, the field path the next expression tests,
   * the term it compares with, and whether it tests membership ({@code in}) rather than equality.
   */
  record Filter(String var, String keyVar, List<Value> path, Term probe, boolean membership) {}

  private record Member(int ordinal, Value key, Value value) {}

  private final IdentityHashMap<Expr, Object> filters = new IdentityHashMap<>();
  private final IdentityHashMap<Value, Map<List<Value>, Index>> indexes = new IdentityHashMap<>();

  /** The filter {@code next} applies to the members that {@code someIn} iterates, or null. */
  Filter filter(Expr someIn, Expr next) {
    Object f = filters.get(someIn);
    if (f == null) {
      f = analyse(someIn, next);
      filters.put(someIn, f == null ? NO_FILTER : f);
    }
    return f == NO_FILTER ? null : (Filter) f;
  }

  private static Filter analyse(Expr someIn, Expr next) {
    if (someIn.kind() != Expr.Kind.SOME_IN || someIn.negated() || !someIn.withs().isEmpty()) return null;
    if (!(someIn.value() instanceof Term.Var v) || special(v.name())) return null;
    String keyVar = null;
    if (someIn.key() != null) {
      if (!(someIn.key() instanceof Term.Var k) || special(k.name()) || k.name().equals(v.name())) return null;
      keyVar = k.name();
    }
    if (next.kind() != Expr.Kind.TERM || next.negated() || !next.withs().isEmpty()) return null;
    if (!(next.term() instanceof Term.Call c) || c.args().size() != 2) return null;
    List<Term> a = c.args();
    switch (c.name()) {
      case "equal":
      case "eq": {
        Filter f = side(v.name(), keyVar, a.get(0), a.get(1), false);
        return f != null ? f : side(v.name(), keyVar, a.get(1), a.get(0), false);
      }
      case "internal.member_2":
        return side(v.name(), keyVar, a.get(0), a.get(1), true);
      default:
        return null;
    }
  }

  private static boolean special(String name) { return name.equals("input") || name.equals("data"); }

  private static Filter side(String var, String keyVar, Term ref, Term probe, boolean membership) {
    if (!(ref instanceof Term.Ref r && r.head() instanceof Term.Var h && h.name().equals(var)) || r.path().isEmpty()) return null;
    List<Value> path = new ArrayList<>();
    for (Term p : r.path()) {
      if (!(p instanceof Term.Scalar ps && ps.value() instanceof StringValue)) return null;
      path.add(ps.value());
    }
    if (!independentProbe(probe, var, keyVar)) return null;
    return new Filter(var, keyVar, List.copyOf(path), probe, membership);
  }

  /** A term with at most one value that does not mention the iterated vars: a scalar, a var, or a var with a constant path. */
  private static boolean independentProbe(Term t, String var, String keyVar) {
    if (t instanceof Term.Scalar) return true;
    if (t instanceof Term.Var v) return !v.name().equals(var) && !v.name().equals(keyVar) && !v.name().startsWith("$");
    if (t instanceof Term.Ref r && r.head() instanceof Term.Var) {
      if (!independentProbe(r.head(), var, keyVar)) return false;
      for (Term p : r.path()) if (!(p instanceof Term.Scalar)) return false;
      return true;
    }
    return false;
  }

  /** One collection indexed by the strings at one field path. */
  static final class Index {
    private final Map<Value, List<Member>> byValue = new HashMap<>();
    /** Whether any member has the field path at all: only then does the filter evaluate its probe. */
    private boolean anyDefined;

    boolean anyDefined() { return anyDefined; }

    /**
     * The (key, member) pairs whose field holds a string of probe (probe itself, or with membership
     * its elements), in iteration order; null when the caller must scan (a probe not made of strings).
     */
    List<Value[]> members(Filter f, Value probe) {
      List<StringValue> wanted = new ArrayList<>();
      if (!f.membership()) {
        if (!(probe instanceof StringValue s)) return null;
        wanted.add(s);
      } else {
        Collection<Value> elems;
        if (probe instanceof SetValue s) elems = s.elements();
        else if (probe instanceof ArrayValue a) { elems = new ArrayList<>(); for (int i = 0; i < a.size(); i++) elems.add(a.get(i)); }
        else if (probe instanceof ObjectValue o) elems = o.asMap().values();
        else return List.of(); // membership in a scalar is false for every member
        for (Value e : elems) {
          if (!(e instanceof StringValue s)) return null;
          wanted.add(s);
        }
      }
      List<Member> hits;
      if (wanted.size() == 1) {
        hits = byValue.getOrDefault(wanted.get(0), List.of());
      } else {
        hits = new ArrayList<>();
        for (StringValue w : new LinkedHashSet<>(wanted)) hits.addAll(byValue.getOrDefault(w, List.of()));
        hits.sort(Comparator.comparingInt(Member::ordinal));
      }
      List<Value[]> out = new ArrayList<>(hits.size());
      for (Member m : hits) out.add(new Value[] {m.key(), m.value()});
      return out;
    }

    private void add(List<Value> path, int ordinal, Value key, Value member) {
      Value v = member;
      for (Value p : path) {
        v = Evaluator.lookup(v, p);
        if (v == null) return;
      }
      anyDefined = true;
      if (v instanceof StringValue) byValue.computeIfAbsent(v, x -> new ArrayList<>()).add(new Member(ordinal, key, member));
    }
  }

  /** coll indexed by the strings at path, built on first use; null when coll is too small to index. */
  Index index(Value coll, List<Value> path) {
    Map<List<Value>, Index> byPath = indexes.get(coll);
    Index index = byPath == null ? null : byPath.get(path);
    if (index == null) {
      if (size(coll) < MIN_SIZE) return null;
      index = build(coll, path);
      indexes.computeIfAbsent(coll, c -> new HashMap<>()).put(path, index);
    }
    return index;
  }

  private static int size(Value coll) {
    if (coll instanceof ArrayValue a) return a.size();
    if (coll instanceof SetValue s) return s.size();
    if (coll instanceof ObjectValue o) return o.size();
    return 0;
  }

  private static Index build(Value coll, List<Value> path) {
    Index index = new Index();
    int n = 0;
    if (coll instanceof ArrayValue a) {
      for (int i = 0; i < a.size(); i++) index.add(path, n++, NumberValue.of(i), a.get(i));
    } else if (coll instanceof SetValue s) {
      for (Value x : s.sorted()) index.add(path, n++, x, x);
    } else if (coll instanceof ObjectValue o) {
      for (Value key : o.sortedKeys()) index.add(path, n++, key, o.get(key));
    }
    return index;
  }
}
