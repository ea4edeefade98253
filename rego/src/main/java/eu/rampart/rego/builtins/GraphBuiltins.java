package eu.rampart.rego.builtins;

import eu.rampart.rego.types.Type;
import eu.rampart.rego.value.ArrayValue;
import eu.rampart.rego.value.ObjectValue;
import eu.rampart.rego.value.SetValue;
import eu.rampart.rego.value.Value;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** graph.reachable and graph.reachable_paths over an adjacency object {node: set or array of nodes}. */
public final class GraphBuiltins implements BuiltinFamily {
  private static final Type VERTICES = Type.of(Type.Kind.SET, Type.Kind.ARRAY);

  @Override
  public void register(BuiltinRegistry r) {
    r.register("graph.reachable", List.of(Type.OBJECT, VERTICES), Type.SET, GraphBuiltins::reachable);
    r.register("graph.reachable_paths", List.of(Type.OBJECT, VERTICES), Type.SET, GraphBuiltins::reachablePaths);
  }

  /** Array items in order, set elements in canonical order; other values have no vertices. */
  private static List<Value> vertices(Value v) {
    if (v instanceof ArrayValue a) return a.items();
    if (v instanceof SetValue s) return List.of(s.sorted());
    return List.of();
  }

  private static List<Value> initial(Value[] a) {
    if (!(a[1] instanceof ArrayValue) && !(a[1] instanceof SetValue)) throw Args.typeError(1, "one of {array, set}", a[1]);
    return vertices(a[1]);
  }

  /** Nodes of the graph reachable from the initial ones; nodes absent from the graph are left out. */
  private static Value reachable(BuiltinContext ctx, Value[] a) {
    ObjectValue graph = Args.object(a, 0);
    ArrayDeque<Value> queue = new ArrayDeque<>(initial(a));
    LinkedHashSet<Value> reached = new LinkedHashSet<>();
    while (!queue.isEmpty()) {
      ctx.checkBudget();
      Value node = queue.poll();
      Value edges = graph.get(node);
      if (edges == null || !reached.add(node)) continue;
      for (Value n : vertices(edges)) if (!reached.contains(n)) queue.add(n);
    }
    return SetValue.wrap(reached);
  }

  private static Value reachablePaths(BuiltinContext ctx, Value[] a) {
    ObjectValue graph = Args.object(a, 0);
    LinkedHashSet<Value> paths = new LinkedHashSet<>();
    for (Value start : initial(a)) {
      Set<Value> seen = new HashSet<>();
      seen.add(start);
      walk(ctx, graph, start, new ArrayList<>(), seen, paths);
    }
    return SetValue.wrap(paths);
  }

  /**
   * Depth-first paths as OPA builds them: a path ends at a node without edges, before a node that
   * is not in the graph, or before a neighbour already reached. "Reached" holds the nodes visited
   * by this node's ancestors and by their earlier siblings, so each branch sees its own history.
   */
  private static void walk(BuiltinContext ctx, ObjectValue graph, Value node, List<Value> path, Set<Value> reached,
                           Set<Value> out) {
    ctx.checkBudget();
    Value edges = graph.get(node);
    if (edges == null) {
      // a start node outside the graph yields no path at all
      if (!path.isEmpty()) out.add(ArrayValue.of(path));
      return;
    }
    List<Value> here = new ArrayList<>(path);
    here.add(node);
    List<Value> next = vertices(edges);
    if (next.isEmpty()) {
      out.add(ArrayValue.of(here));
      return;
    }
    for (Value n : next) {
      if (reached.contains(n)) {
        out.add(ArrayValue.of(here));
      } else {
        reached.add(n);
        walk(ctx, graph, n, here, new HashSet<>(reached), out);
      }
    }
  }
}
