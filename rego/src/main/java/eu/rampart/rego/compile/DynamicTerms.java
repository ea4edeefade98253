package eu.rampart.rego.compile;

import eu.rampart.rego.ast.Expr;
import eu.rampart.rego.ast.Term;
import java.util.ArrayList;
import java.util.List;

/**
 * OPA's rewriteDynamicTerms (ast/compile.go: rewriteDynamics, rewriteDynamicsOne), where it changes
 * a result: in a negated expression, the references and calls that are arguments of a call (and
 * the dynamic parts of a reference) are evaluated before the expression, each as an expression
 * {@code $dN = term} with the same {@code with} modifiers. So {@code not f(x.missing)} is undefined
 * when {@code x.missing} is, instead of succeeding, and {@code not startswith(xs[_], "a")} iterates.
 * A comparison {@code a == b} is unification there (OPA's rewriteEquals runs first), so
 * {@code not input.role == "admin"} still succeeds when {@code input.role} is undefined.
 * For positive expressions hoisting gives the same answers, so they are left as written.
 * Runs after safety ordering, as OPA's stage runs after its safety checks.
 */
final class DynamicTerms {
  private int next;

  List<Expr> body(List<Expr> body) {
    List<Expr> out = null;
    for (int i = 0; i < body.size(); i++) {
      Expr e = body.get(i);
      Expr r = nested(e);
      List<Expr> pre = new ArrayList<>();
      if (r.negated() && r.kind() == Expr.Kind.TERM) r = r.withTerm(hoistExprTerm(r.term(), r, pre));
      if (out == null && (r != e || !pre.isEmpty())) out = new ArrayList<>(body.subList(0, i));
      if (out != null) {
        out.addAll(pre);
        out.add(r);
      }
    }
    return out == null ? body : out;
  }

  /** The term of a negated expression with its dynamic operands moved into pre. */
  private Term hoistExprTerm(Term t, Expr e, List<Expr> pre) {
    if (t instanceof Term.Call c) {
      List<Term> args = new ArrayList<>(c.args().size());
      // OPA's rewriteEquals turns a == b into a = b first, so both are treated as unification
      boolean eq = (c.name().equals("eq") || c.name().equals("equal")) && c.args().size() == 2;
      for (Term a : c.args()) args.add(eq ? inTerm(a, e, pre) : one(a, e, pre));
      return new Term.Call(c.name(), c.fn(), args, c.loc());
    }
    return inTerm(t, e, pre);
  }

  /** rewriteDynamicsInTerm: a reference keeps its place, its dynamic path parts are hoisted. */
  private Term inTerm(Term t, Expr e, List<Expr> pre) {
    if (t instanceof Term.Ref r) return new Term.Ref(r.head(), path(r.path(), e, pre), r.loc());
    if (isComprehension(t) || t instanceof Term.Var || t instanceof Term.Scalar) return t;
    return one(t, e, pre);
  }

  /** rewriteDynamicsOne: references and calls become generated vars; composites are rewritten inside. */
  private Term one(Term t, Expr e, List<Expr> pre) {
    if (t instanceof Term.Var v && (v.name().equals("input") || v.name().equals("data"))) return hoist(t, e, pre);
    if (t instanceof Term.Ref r) return hoist(new Term.Ref(r.head(), path(r.path(), e, pre), r.loc()), e, pre);
    if (t instanceof Term.Call c) {
      List<Term> args = new ArrayList<>(c.args().size());
      for (Term a : c.args()) args.add(one(a, e, pre));
      return hoist(new Term.Call(c.name(), c.fn(), args, c.loc()), e, pre);
    }
    if (t instanceof Term.ArrayTerm a) return new Term.ArrayTerm(each(a.items(), e, pre), a.loc());
    if (t instanceof Term.SetTerm s) return new Term.SetTerm(each(s.items(), e, pre), s.loc());
    if (t instanceof Term.ObjectTerm o) return new Term.ObjectTerm(each(o.keys(), e, pre), each(o.values(), e, pre), o.loc());
    return t;
  }

  private List<Term> path(List<Term> path, Expr e, List<Expr> pre) {
    List<Term> out = new ArrayList<>(path.size());
    for (Term p : path) out.add(p instanceof Term.Ref || p instanceof Term.Call ? one(p, e, pre) : p);
    return out;
  }

  private List<Term> each(List<Term> ts, Expr e, List<Expr> pre) {
    List<Term> out = new ArrayList<>(ts.size());
    for (Term t : ts) out.add(one(t, e, pre));
    return out;
  }

  private Term hoist(Term t, Expr e, List<Expr> pre) {
    Term.Var v = new Term.Var("$d" + (next++), t.loc());
    pre.add(Expr.term(new Term.Call("eq", null, List.of(v, t), t.loc()), e.loc()).withWiths(e.withs()));
    return v;
  }

  private static boolean isComprehension(Term t) {
    return t instanceof Term.ArrayCompr || t instanceof Term.SetCompr || t instanceof Term.ObjectCompr;
  }

  // ---- nested bodies: comprehensions and every

  private Expr nested(Expr e) {
    switch (e.kind()) {
      case EVERY: return e.withParts(e.key(), e.value(), term(e.domain()), body(e.body()));
      case SOME_IN: return e.withParts(e.key(), e.value(), term(e.domain()), e.body());
      case SOME_DECL: return e;
      default: {
        Term t = term(e.term());
        return t == e.term() ? e : e.withTerm(t);
      }
    }
  }

  private Term term(Term t) {
    if (t instanceof Term.ArrayCompr c) return new Term.ArrayCompr(c.term(), body(c.body()), c.loc());
    if (t instanceof Term.SetCompr c) return new Term.SetCompr(c.term(), body(c.body()), c.loc());
    if (t instanceof Term.ObjectCompr c) return new Term.ObjectCompr(c.key(), c.value(), body(c.body()), c.loc());
    if (t instanceof Term.Call c) {
      List<Term> args = terms(c.args());
      return args == c.args() ? t : new Term.Call(c.name(), c.fn(), args, c.loc());
    }
    if (t instanceof Term.ArrayTerm a) {
      List<Term> items = terms(a.items());
      return items == a.items() ? t : new Term.ArrayTerm(items, a.loc());
    }
    if (t instanceof Term.Ref r) {
      List<Term> path = terms(r.path());
      return path == r.path() ? t : new Term.Ref(r.head(), path, r.loc());
    }
    return t;
  }

  /** The terms rewritten; the same list when nothing inside changed (most rules). */
  private List<Term> terms(List<Term> ts) {
    List<Term> out = null;
    for (int i = 0; i < ts.size(); i++) {
      Term t = ts.get(i);
      Term r = term(t);
      if (r != t && out == null) out = new ArrayList<>(ts.subList(0, i));
      if (out != null) out.add(r);
    }
    return out == null ? ts : out;
  }
}
