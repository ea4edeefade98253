package eu.rampart.rego.compile;

import eu.rampart.rego.ast.Expr;
import eu.rampart.rego.ast.Term;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Variable occurrences of terms, split the way safety analysis needs them:
 * pattern positions (can be bound by unification), ref-path positions (bound by iteration),
 * and input positions (must be bound beforehand), plus vars captured by nested bodies.
 */
final class Vars {
  private Vars() {}

  /** Every var at this level (not inside nested bodies). */
  static void all(Term t, Set<String> out) {
    if (t instanceof Term.Var v) out.add(v.name());
    else if (t instanceof Term.Ref r) { all(r.head(), out); for (Term p : r.path()) all(p, out); }
    else if (t instanceof Term.ArrayTerm a) for (Term x : a.items()) all(x, out);
    else if (t instanceof Term.SetTerm s) for (Term x : s.items()) all(x, out);
    else if (t instanceof Term.ObjectTerm o) { for (Term x : o.keys()) all(x, out); for (Term x : o.values()) all(x, out); }
    else if (t instanceof Term.Call c) for (Term x : c.args()) all(x, out);
  }

  /** Vars in ref path positions anywhere at this level: they may be bound by iterating the ref. */
  static void refPath(Term t, Set<String> out) {
    if (t instanceof Term.Ref r) {
      refPath(r.head(), out);
      for (Term p : r.path()) {
        if (p instanceof Term.Var v) out.add(v.name());
        else patternOnly(p, out);
        refPath(p, out);
      }
    } else if (t instanceof Term.ArrayTerm a) for (Term x : a.items()) refPath(x, out);
    else if (t instanceof Term.SetTerm s) for (Term x : s.items()) refPath(x, out);
    else if (t instanceof Term.ObjectTerm o) { for (Term x : o.keys()) refPath(x, out); for (Term x : o.values()) refPath(x, out); }
    else if (t instanceof Term.Call c) for (Term x : c.args()) refPath(x, out);
  }

  /** A ref path element that is a composite pattern ([x, y]) also binds by unification with the key. */
  private static void patternOnly(Term t, Set<String> out) {
    if (t instanceof Term.ArrayTerm a) for (Term x : a.items()) { if (x instanceof Term.Var v) out.add(v.name()); else patternOnly(x, out); }
    else if (t instanceof Term.ObjectTerm o) for (Term x : o.values()) { if (x instanceof Term.Var v) out.add(v.name()); else patternOnly(x, out); }
  }

  /** Vars at pattern positions: the term itself, or elements of array/object literals (object values). */
  static void pattern(Term t, Set<String> out) {
    if (t instanceof Term.Var v) out.add(v.name());
    else if (t instanceof Term.ArrayTerm a) for (Term x : a.items()) pattern(x, out);
    else if (t instanceof Term.ObjectTerm o) for (Term x : o.values()) pattern(x, out);
  }

  /** Vars captured from enclosing scopes by nested bodies (comprehensions, templates) in t. */
  static void captured(Term t, Set<String> scopeVisible, Set<String> out) {
    if (t instanceof Term.Ref r) { captured(r.head(), scopeVisible, out); for (Term p : r.path()) captured(p, scopeVisible, out); }
    else if (t instanceof Term.ArrayTerm a) for (Term x : a.items()) captured(x, scopeVisible, out);
    else if (t instanceof Term.SetTerm s) for (Term x : s.items()) captured(x, scopeVisible, out);
    else if (t instanceof Term.ObjectTerm o) { for (Term x : o.keys()) captured(x, scopeVisible, out); for (Term x : o.values()) captured(x, scopeVisible, out); }
    else if (t instanceof Term.Call c) for (Term x : c.args()) captured(x, scopeVisible, out);
    else if (t instanceof Term.ArrayCompr c) { deep(c.term(), out); deepBody(c.body(), out); }
    else if (t instanceof Term.SetCompr c) { deep(c.term(), out); deepBody(c.body(), out); }
    else if (t instanceof Term.ObjectCompr c) { deep(c.key(), out); deep(c.value(), out); deepBody(c.body(), out); }
    else if (t instanceof Term.Template tp) for (Object p : tp.parts()) if (p instanceof Expr e) deepBody(List.of(e), out);
    out.retainAll(scopeVisible);
  }

  /** Every var anywhere, including nested bodies. */
  static void deep(Term t, Set<String> out) {
    if (t == null) return;
    if (t instanceof Term.Var v) out.add(v.name());
    else if (t instanceof Term.Ref r) { deep(r.head(), out); for (Term p : r.path()) deep(p, out); }
    else if (t instanceof Term.ArrayTerm a) for (Term x : a.items()) deep(x, out);
    else if (t instanceof Term.SetTerm s) for (Term x : s.items()) deep(x, out);
    else if (t instanceof Term.ObjectTerm o) { for (Term x : o.keys()) deep(x, out); for (Term x : o.values()) deep(x, out); }
    else if (t instanceof Term.Call c) for (Term x : c.args()) deep(x, out);
    else if (t instanceof Term.ArrayCompr c) { deep(c.term(), out); deepBody(c.body(), out); }
    else if (t instanceof Term.SetCompr c) { deep(c.term(), out); deepBody(c.body(), out); }
    else if (t instanceof Term.ObjectCompr c) { deep(c.key(), out); deep(c.value(), out); deepBody(c.body(), out); }
    else if (t instanceof Term.Template tp) for (Object p : tp.parts()) if (p instanceof Expr e) deepBody(List.of(e), out);
  }

  static void deepBody(List<Expr> body, Set<String> out) {
    for (Expr e : body) deepExpr(e, out);
  }

  static void deepExpr(Expr e, Set<String> out) {
    deep(e.term(), out);
    for (Term.Var v : e.someVars()) out.add(v.name());
    deep(e.key(), out);
    deep(e.value(), out);
    deep(e.domain(), out);
    deepBody(e.body(), out);
    for (Expr.With w : e.withs()) deep(w.value(), out);
  }

  static Set<String> set() { return new LinkedHashSet<>(); }
}
