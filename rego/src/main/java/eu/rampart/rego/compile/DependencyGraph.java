package eu.rampart.rego.compile;

import eu.rampart.rego.ast.Expr;
import eu.rampart.rego.ast.Rule;
import eu.rampart.rego.ast.Term;
import eu.rampart.rego.value.StringValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which rules each rule (or function) group uses, through data references and calls: the
 * recursion check looks for cycles in it, and parallel evaluation uses it to know which
 * documents a query needs, dependencies first.
 */
final class DependencyGraph {
  private final RuleNode root;
  /** Rule groups by data path (functions by name, which is their data path). */
  final Map<String, List<CompiledRule>> groups = new LinkedHashMap<>();
  final Map<String, Set<String>> edges = new LinkedHashMap<>();

  DependencyGraph(RuleNode root, List<CompiledRule> rules) {
    this.root = root;
    for (CompiledRule r : rules) groups.computeIfAbsent(r.dataPath(), k -> new ArrayList<>()).add(r);
    for (Map.Entry<String, List<CompiledRule>> g : groups.entrySet()) {
      Set<String> deps = new LinkedHashSet<>();
      for (CompiledRule r : g.getValue()) {
        for (Rule x = r.rule; x != null; x = x.elseRule()) collect(x, deps);
      }
      edges.put(g.getKey(), deps);
    }
  }

  Set<String> dependencies(String group) { return edges.getOrDefault(group, Set.of()); }

  /**
   * Rule groups whose value is the same in every evaluation of the policy: neither they nor
   * anything they use (rules, functions) mentions {@code input} or has a {@code with}. Base data
   * and the runtime are fixed when the policy is compiled, so only the input can change such a value.
   */
  Set<String> inputFreeGroups() {
    Map<String, Boolean> memo = new java.util.HashMap<>();
    Set<String> out = new LinkedHashSet<>();
    for (String g : groups.keySet()) if (inputFree(g, memo)) out.add(g);
    return Collections.unmodifiableSet(out);
  }

  private boolean inputFree(String g, Map<String, Boolean> memo) {
    Boolean known = memo.get(g);
    if (known != null) return known;
    memo.put(g, false); // a cycle (a compile error anyway) counts as input-dependent
    boolean free = true;
    for (CompiledRule r : groups.getOrDefault(g, List.of())) {
      for (Rule x = r.rule; x != null && free; x = x.elseRule()) free = !InputScan.rule(x);
    }
    if (free) for (String d : dependencies(g)) if (!inputFree(d, memo)) { free = false; break; }
    memo.put(g, free);
    return free;
  }

  /**
   * The rule-tree nodes holding whole documents (not functions) that a query body may evaluate
   * on its way to the documents it names, each after the nodes it depends on. The named documents
   * themselves are left out: evaluating them is the query.
   */
  List<RuleNode> documentsFor(List<Expr> queryBody) {
    Set<String> direct = new LinkedHashSet<>();
    body(queryBody, direct);
    List<String> order = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String g : direct) postorder(g, seen, order);
    List<RuleNode> out = new ArrayList<>();
    for (String g : order) {
      if (direct.contains(g)) continue;
      RuleNode n = node(g);
      if (n != null && !n.isFunctionLeaf() && (!n.rules.isEmpty() || n.defaultRule != null)) out.add(n);
    }
    return Collections.unmodifiableList(out);
  }

  private void postorder(String g, Set<String> seen, List<String> out) {
    if (!seen.add(g)) return;
    for (String d : dependencies(g)) postorder(d, seen, out);
    out.add(g);
  }

  private RuleNode node(String dataPath) { return node(root, dataPath); }

  /** The rule tree node at a {@code data.a.b} path under {@code root}, or null. */
  static RuleNode node(RuleNode root, String dataPath) {
    if (!dataPath.startsWith("data.")) return null;
    RuleNode n = root;
    for (String p : dataPath.substring("data.".length()).split("\\.", -1)) {
      n = n.children.get(p);
      if (n == null) return null;
    }
    return n;
  }

  private void collect(Rule r, Set<String> deps) {
    for (Term t : r.args()) term(t, deps);
    term(r.key(), deps);
    term(r.value(), deps);
    for (int i = 1; i < r.ref().size(); i++) term(r.ref().get(i), deps);
    body(r.body(), deps);
  }

  private void body(List<Expr> b, Set<String> deps) {
    for (Expr e : b) {
      term(e.term(), deps);
      term(e.key(), deps);
      term(e.value(), deps);
      term(e.domain(), deps);
      body(e.body(), deps);
      for (Expr.With w : e.withs()) term(w.value(), deps);
    }
  }

  private void term(Term t, Set<String> deps) {
    if (t == null) return;
    if (t instanceof Term.Ref r) {
      if (r.head() instanceof Term.Var v && v.name().equals("data")) {
        refDeps(root, r.path(), 0, deps);
      } else {
        term(r.head(), deps);
      }
      for (Term p : r.path()) term(p, deps);
    } else if (t instanceof Term.Var v && v.name().equals("data")) {
      refDeps(root, List.of(), 0, deps);
    } else if (t instanceof Term.Call call) {
      if (groups.containsKey(call.name())) deps.add(call.name());
      for (Term a : call.args()) term(a, deps);
    } else if (t instanceof Term.ArrayTerm a) for (Term x : a.items()) term(x, deps);
    else if (t instanceof Term.SetTerm s) for (Term x : s.items()) term(x, deps);
    else if (t instanceof Term.ObjectTerm o) { for (Term x : o.keys()) term(x, deps); for (Term x : o.values()) term(x, deps); }
    else if (t instanceof Term.ArrayCompr x) { term(x.term(), deps); body(x.body(), deps); }
    else if (t instanceof Term.SetCompr x) { term(x.term(), deps); body(x.body(), deps); }
    else if (t instanceof Term.ObjectCompr x) { term(x.key(), deps); term(x.value(), deps); body(x.body(), deps); }
    else if (t instanceof Term.Template tp) for (Object p : tp.parts()) if (p instanceof Expr e) body(List.of(e), deps);
  }

  /** Rules whose path is a prefix of the ref or lies below it; non-ground ref parts match any key. */
  private void refDeps(RuleNode n, List<Term> path, int i, Set<String> deps) {
    if (!n.rules.isEmpty() || n.defaultRule != null) deps.add(n.dataPath());
    if (i == path.size()) {
      below(n, deps);
      return;
    }
    Term p = path.get(i);
    if (p instanceof Term.Scalar s) {
      if (s.value() instanceof StringValue sv) {
        RuleNode ch = n.children.get(sv.value());
        if (ch != null) refDeps(ch, path, i + 1, deps);
      }
      return;
    }
    for (RuleNode ch : n.children.values()) refDeps(ch, path, i + 1, deps);
  }

  private void below(RuleNode n, Set<String> deps) {
    if (!n.rules.isEmpty() || n.defaultRule != null) deps.add(n.dataPath());
    for (RuleNode ch : n.children.values()) below(ch, deps);
  }
}
