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
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Indexes for {@code some x in xs; x.f == "c"}: instead of visiting every member of xs, only the
 * members whose field path f holds the string "c" are visited. The filter expression is still
 * evaluated for each of them, so the index only skips members it would reject (f undefined or a
 * different value). Each large collection is indexed once per query and field path.
 */
final class FieldIndex {
  /** Collections smaller than this are scanned: building an index would cost as much. */
  private static final int MIN_SIZE = 32;
  private static final Object NO_FILTER = new Object();

  /** The value var of a some-in, the field path of the filter that follows it, and the constant. */
  record Filter(String var, List<Value> path, StringValue constant) {}

  private final IdentityHashMap<Expr, Object> filters = new IdentityHashMap<>();
  private final IdentityHashMap<Value, Map<List<Value>, Map<Value, List<Value[]>>>> indexes = new IdentityHashMap<>();

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
    if (!(someIn.value() instanceof Term.Var v) || v.name().equals("input") || v.name().equals("data")) return null;
    if (someIn.key() != null && someIn.key() instanceof Term.Var k && k.name().equals(v.name())) return null;
    if (next.kind() != Expr.Kind.TERM || next.negated() || !next.withs().isEmpty()) return null;
    if (!(next.term() instanceof Term.Call c) || c.args().size() != 2) return null;
    if (!c.name().equals("equal") && !c.name().equals("eq")) return null;
    Filter f = side(v.name(), c.args().get(0), c.args().get(1));
    return f != null ? f : side(v.name(), c.args().get(1), c.args().get(0));
  }

  private static Filter side(String var, Term ref, Term constant) {
    if (!(constant instanceof Term.Scalar s && s.value() instanceof StringValue sv)) return null;
    if (!(ref instanceof Term.Ref r && r.head() instanceof Term.Var h && h.name().equals(var)) || r.path().isEmpty()) return null;
    List<Value> path = new ArrayList<>();
    for (Term p : r.path()) {
      if (!(p instanceof Term.Scalar ps && ps.value() instanceof StringValue)) return null;
      path.add(ps.value());
    }
    return new Filter(var, List.copyOf(path), sv);
  }

  /**
   * The (key, member) pairs of coll whose field path holds value, in iteration order; null when coll
   * is too small to index (the caller scans it).
   */
  List<Value[]> members(Value coll, List<Value> path, Value value) {
    Map<List<Value>, Map<Value, List<Value[]>>> byPath = indexes.get(coll);
    Map<Value, List<Value[]>> index = byPath == null ? null : byPath.get(path);
    if (index == null) {
      if (size(coll) < MIN_SIZE) return null;
      index = build(coll, path);
      indexes.computeIfAbsent(coll, c -> new HashMap<>()).put(path, index);
    }
    return index.getOrDefault(value, List.of());
  }

  private static int size(Value coll) {
    if (coll instanceof ArrayValue a) return a.size();
    if (coll instanceof SetValue s) return s.size();
    if (coll instanceof ObjectValue o) return o.size();
    return 0;
  }

  private static Map<Value, List<Value[]>> build(Value coll, List<Value> path) {
    Map<Value, List<Value[]>> index = new HashMap<>();
    if (coll instanceof ArrayValue a) {
      for (int i = 0; i < a.size(); i++) add(index, path, NumberValue.of(i), a.get(i));
    } else if (coll instanceof SetValue s) {
      for (Value x : s.sorted()) add(index, path, x, x);
    } else if (coll instanceof ObjectValue o) {
      for (Value key : o.sortedKeys()) add(index, path, key, o.get(key));
    }
    return index;
  }

  private static void add(Map<Value, List<Value[]>> index, List<Value> path, Value key, Value member) {
    Value v = member;
    for (Value p : path) {
      v = Evaluator.lookup(v, p);
      if (v == null) return;
    }
    if (v instanceof StringValue) index.computeIfAbsent(v, x -> new ArrayList<>()).add(new Value[] {key, member});
  }
}
