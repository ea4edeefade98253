package eu.rampart.rego.compile;

import eu.rampart.rego.api.RegoError;
import eu.rampart.rego.ast.Expr;
import eu.rampart.rego.ast.Rule;
import eu.rampart.rego.ast.Term;
import eu.rampart.rego.value.StringValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Finds cycles between rules (through data refs and function calls): rego_recursion_error. */
final class RecursionCheck {
  private final Compiler c;
  private final List<RegoError> errors;
  private final Map<String, List<CompiledRule>> groups = new LinkedHashMap<>();
  private final Map<String, Set<String>> edges = new HashMap<>();

  RecursionCheck(Compiler c, List<RegoError> errors) {
    this.c = c;
    this.errors = errors;
  }

  void run() {
    for (CompiledRule r : c.allRules) groups.computeIfAbsent(r.dataPath(), k -> new ArrayList<>()).add(r);
    for (Map.Entry<String, List<CompiledRule>> g : groups.entrySet()) {
      Set<String> deps = new LinkedHashSet<>();
      for (CompiledRule r : g.getValue()) {
        for (Rule x = r.rule; x != null; x = x.elseRule()) collect(x, deps);
      }
      edges.put(g.getKey(), deps);
    }
    Set<String> done = new HashSet<>();
    Set<String> reported = new HashSet<>();
    for (String g : groups.keySet()) dfs(g, new ArrayList<>(), new HashSet<>(), done, reported);
  }

  private void dfs(String g, List<String> stack, Set<String> onStack, Set<String> done, Set<String> reported) {
    if (done.contains(g)) return;
    if (onStack.contains(g)) {
      List<String> cycle = new ArrayList<>(stack.subList(stack.indexOf(g), stack.size()));
      cycle.add(g);
      if (reported.add(g)) {
        CompiledRule r = groups.get(g).get(0);
        errors.add(new RegoError("rego_recursion_error", "rule " + g + " is recursive: " + String.join(" -> ", cycle),
            r.rule.loc().file(), r.rule.loc().line(), r.rule.loc().col()));
      }
      return;
    }
    stack.add(g);
    onStack.add(g);
    for (String d : edges.getOrDefault(g, Set.of())) dfs(d, stack, onStack, done, reported);
    stack.remove(stack.size() - 1);
    onStack.remove(g);
    done.add(g);
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
        refDeps(c.root, r.path(), 0, deps);
      } else {
        term(r.head(), deps);
      }
      for (Term p : r.path()) term(p, deps);
    } else if (t instanceof Term.Var v && v.name().equals("data")) {
      refDeps(c.root, List.of(), 0, deps);
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
