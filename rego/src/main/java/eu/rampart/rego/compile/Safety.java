package eu.rampart.rego.compile;

import eu.rampart.rego.api.RegoError;
import eu.rampart.rego.ast.Expr;
import eu.rampart.rego.ast.Location;
import eu.rampart.rego.ast.Term;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToIntFunction;

/**
 * OPA's safety check: every var must be bound by some expression before it is used as input.
 * Bodies are reordered (stable: the first expression whose inputs are bound goes next), nested
 * bodies (comprehensions, every, templates) are checked with the vars bound at their position.
 */
final class Safety {
  private final List<RegoError> errors;
  private final ToIntFunction<String> arity;

  Safety(List<RegoError> errors, ToIntFunction<String> arity) {
    this.errors = errors;
    this.arity = arity;
  }

  List<Expr> body(List<Expr> body, Set<String> bound, Set<String> enclosingVisible) {
    Set<String> visible = new LinkedHashSet<>(enclosingVisible);
    for (Expr e : body) levelVars(e, visible);
    List<Expr> remaining = new ArrayList<>(body);
    List<Expr> out = new ArrayList<>();
    while (!remaining.isEmpty()) {
      int pick = -1;
      for (int j = 0; j < remaining.size(); j++) {
        if (schedulable(remaining.get(j), bound, visible)) { pick = j; break; }
      }
      if (pick < 0) {
        Expr e = remaining.get(0);
        Set<String> unsafe = new TreeSet<>(needs(e, visible));
        Set<String> pv = new LinkedHashSet<>();
        if (e.kind() == Expr.Kind.TERM && !e.negated() && e.isCall("eq")) {
          Term.Call c = (Term.Call) e.term();
          Vars.pattern(c.args().get(0), pv);
          Vars.pattern(c.args().get(1), pv);
          unsafe.addAll(pv);
        }
        unsafe.removeAll(bound);
        reportUnsafe(unsafe, e);
        bound.addAll(unsafe);
        pick = 0;
      }
      Expr e = remaining.remove(pick);
      e = nested(e, bound, visible);
      bound.addAll(outputs(e));
      out.add(e);
    }
    return out;
  }

  void reportUnsafe(Set<String> vars, Expr e) {
    for (String v : vars) {
      if (v.startsWith("$")) continue;
      Location l = findVar(e, v);
      if (l == null) l = e.loc();
      String shown = v.startsWith("__local") ? v.substring(v.indexOf("__", 7) + 2) : v;
      errors.add(new RegoError("rego_unsafe_var_error", "var " + shown + " is unsafe", l.file(), l.line(), l.col()));
    }
    if (vars.stream().allMatch(v -> v.startsWith("$")) && !vars.isEmpty()) {
      errors.add(new RegoError("rego_unsafe_var_error", "var _ is unsafe", e.loc().file(), e.loc().line(), e.loc().col()));
    }
  }

  /** Head terms must only use vars the body binds. */
  void checkHead(List<Term> terms, Set<String> bound, Location loc, Set<String> visible) {
    Set<String> need = new TreeSet<>();
    for (Term t : terms) if (t != null) { inputs(t, false, need, visible); Vars.all(t, need); }
    need.removeAll(bound);
    need.remove("data");
    need.remove("input");
    for (String v : need) {
      if (v.startsWith("$")) continue;
      Location l = null;
      for (Term t : terms) if (t != null && l == null) l = findVar(t, v);
      if (l == null) l = loc;
      String shown = v.startsWith("__local") ? v.substring(v.indexOf("__", 7) + 2) : v;
      errors.add(new RegoError("rego_unsafe_var_error", "var " + shown + " is unsafe", l.file(), l.line(), l.col()));
    }
  }

  private static void levelVars(Expr e, Set<String> out) {
    if (e.term() != null) Vars.all(e.term(), out);
    for (Term.Var v : e.someVars()) out.add(v.name());
    if (e.kind() == Expr.Kind.SOME_IN) {
      if (e.key() != null) Vars.all(e.key(), out);
      Vars.all(e.value(), out);
    }
    if (e.domain() != null) Vars.all(e.domain(), out);
    for (Expr.With w : e.withs()) Vars.all(w.value(), out);
  }

  private boolean schedulable(Expr e, Set<String> bound, Set<String> visible) {
    if (!bound.containsAll(needs(e, visible))) return false;
    if (e.kind() == Expr.Kind.TERM && !e.negated() && e.isCall("eq")) {
      Term.Call c = (Term.Call) e.term();
      return canUnify(c.args().get(0), c.args().get(1), bound, visible);
    }
    return true;
  }

  private boolean ground(Term t, Set<String> bound, Set<String> visible) {
    Set<String> s = new LinkedHashSet<>();
    inputs(t, false, s, visible);
    return bound.containsAll(s);
  }

  private static boolean isRoot(Term t) {
    return t instanceof Term.Var v && (v.name().equals("data") || v.name().equals("input"));
  }

  private boolean canUnify(Term a, Term b, Set<String> bound, Set<String> visible) {
    if (isRoot(a) || isRoot(b)) return true;
    if (a instanceof Term.Var v) return bound.contains(v.name()) || ground(b, bound, visible);
    if (b instanceof Term.Var v) return bound.contains(v.name()) || ground(a, bound, visible);
    if (a instanceof Term.ArrayTerm x && b instanceof Term.ArrayTerm y) {
      if (x.items().size() != y.items().size()) return true;
      for (int k = 0; k < x.items().size(); k++) if (!canUnify(x.items().get(k), y.items().get(k), bound, visible)) return false;
      return true;
    }
    if (a instanceof Term.ObjectTerm && b instanceof Term.ObjectTerm) {
      return ground(a, bound, visible) || ground(b, bound, visible) || true;
    }
    return ground(a, bound, visible) || ground(b, bound, visible);
  }

  Set<String> needs(Expr e, Set<String> visible) {
    Set<String> s = needs0(e, visible);
    s.remove("data");
    s.remove("input");
    return s;
  }

  private Set<String> needs0(Expr e, Set<String> visible) {
    Set<String> s = new LinkedHashSet<>();
    for (Expr.With w : e.withs()) {
      if (w.value() instanceof Term.Var v && (arity.applyAsInt(v.name()) >= 0 || v.name().contains("."))) continue;
      // a built-in with a dotted name as the replacement (with count as object.union_n) is no var
      String fn = dottedName(w.value());
      if (fn != null && arity.applyAsInt(fn) >= 0) continue;
      inputs(w.value(), false, s, visible);
    }
    switch (e.kind()) {
      case SOME_DECL: return s;
      case SOME_IN:
        inputs(e.domain(), false, s, visible);
        if (e.key() != null) inputs(e.key(), true, s, visible);
        inputs(e.value(), true, s, visible);
        return s;
      case EVERY: {
        inputs(e.domain(), false, s, visible);
        Set<String> deep = new LinkedHashSet<>();
        Vars.deepBody(e.body(), deep);
        deep.retainAll(visible);
        deep.remove("data");
        deep.remove("input");
        s.addAll(deep);
        return s;
      }
      default:
    }
    Term t = e.term();
    if (e.negated()) {
      Set<String> all = new LinkedHashSet<>();
      Vars.all(t, all);
      for (String v : all) if (!v.startsWith("$")) s.add(v);
      inputs(t, false, s, visible);
      s.removeIf(v -> v.startsWith("$"));
      return s;
    }
    if (t instanceof Term.Call c && (c.name().equals("eq") || c.name().equals("assign"))) {
      inputs(c.args().get(0), true, s, visible);
      inputs(c.args().get(1), c.name().equals("eq"), s, visible);
      return s;
    }
    if (t instanceof Term.Call c && outputArg(c)) {
      for (int k = 0; k < c.args().size() - 1; k++) inputs(c.args().get(k), false, s, visible);
      inputs(c.args().get(c.args().size() - 1), true, s, visible);
    } else {
      inputs(t, false, s, visible);
    }
    // Vars bound by iterating a ref in the same expression (x == input.xs[x]) are not inputs.
    Set<String> own = new LinkedHashSet<>();
    Vars.refPath(t, own);
    s.removeAll(own);
    return s;
  }

  private static String dottedName(Term t) {
    if (!(t instanceof Term.Ref r) || !(r.head() instanceof Term.Var v)) return null;
    StringBuilder sb = new StringBuilder(v.name());
    for (Term p : r.path()) {
      if (!(p instanceof Term.Scalar s && s.value() instanceof eu.rampart.rego.value.StringValue sv)) return null;
      sb.append('.').append(sv.value());
    }
    return sb.toString();
  }

  private boolean outputArg(Term.Call c) {
    int n = arity.applyAsInt(c.name());
    return n >= 0 && c.args().size() == n + 1;
  }

  Set<String> outputs(Expr e) {
    Set<String> s = new LinkedHashSet<>();
    if (e.negated()) return s;
    switch (e.kind()) {
      case SOME_DECL: case EVERY: return s;
      case SOME_IN:
        if (e.key() != null) Vars.pattern(e.key(), s);
        Vars.pattern(e.value(), s);
        Vars.refPath(e.domain(), s);
        return s;
      default:
    }
    Term t = e.term();
    if (t instanceof Term.Call c && c.name().equals("eq")) {
      Vars.pattern(c.args().get(0), s);
      Vars.pattern(c.args().get(1), s);
    } else if (t instanceof Term.Call c && c.name().equals("assign")) {
      Vars.pattern(c.args().get(0), s);
    } else if (t instanceof Term.Call c && outputArg(c)) {
      Vars.pattern(c.args().get(c.args().size() - 1), s);
    }
    Vars.refPath(t, s);
    return s;
  }

  /** Vars that must be bound to evaluate t; in pattern mode, bare vars and literal elements can be bound instead. */
  void inputs(Term t, boolean pattern, Set<String> out, Set<String> visible) {
    if (t == null) return;
    if (t instanceof Term.Var v) {
      if (!pattern && !v.name().equals("data") && !v.name().equals("input")) out.add(v.name());
    } else if (t instanceof Term.Ref r) {
      if (r.head() instanceof Term.Var hv) {
        if (!hv.name().equals("data") && !hv.name().equals("input")) out.add(hv.name());
      } else inputs(r.head(), false, out, visible);
      for (Term p : r.path()) if (!(p instanceof Term.Var)) inputs(p, true, out, visible);
    } else if (t instanceof Term.ArrayTerm a) {
      for (Term x : a.items()) inputs(x, pattern, out, visible);
    } else if (t instanceof Term.SetTerm st) {
      for (Term x : st.items()) inputs(x, false, out, visible);
    } else if (t instanceof Term.ObjectTerm o) {
      for (Term x : o.keys()) inputs(x, false, out, visible);
      for (Term x : o.values()) inputs(x, pattern, out, visible);
    } else if (t instanceof Term.Call c) {
      for (Term x : c.args()) inputs(x, false, out, visible);
    } else if (t instanceof Term.ArrayCompr || t instanceof Term.SetCompr || t instanceof Term.ObjectCompr
        || t instanceof Term.Template) {
      Set<String> deep = new LinkedHashSet<>();
      Vars.deep(t, deep);
      deep.retainAll(visible);
      deep.remove("data");
      deep.remove("input");
      out.addAll(deep);
    }
  }

  /** Checks and reorders nested bodies given the vars bound where the expression runs. */
  private Expr nested(Expr e, Set<String> bound, Set<String> visible) {
    switch (e.kind()) {
      case SOME_IN:
        return e.withParts(e.key() == null ? null : nestedTerm(e.key(), bound, visible), nestedTerm(e.value(), bound, visible),
            nestedTerm(e.domain(), bound, visible), e.body());
      case EVERY: {
        Set<String> inner = new LinkedHashSet<>(bound);
        if (e.key() != null) Vars.all(e.key(), inner);
        Vars.all(e.value(), inner);
        Set<String> vis = new LinkedHashSet<>(visible);
        vis.addAll(inner);
        List<Expr> b = body(e.body(), inner, vis);
        return e.withParts(e.key(), e.value(), nestedTerm(e.domain(), bound, visible), b);
      }
      case SOME_DECL: return e;
      default: {
        Expr r = e.withTerm(nestedTerm(e.term(), bound, visible));
        List<Expr.With> ws = new ArrayList<>();
        for (Expr.With w : e.withs()) ws.add(new Expr.With(w.target(), nestedTerm(w.value(), bound, visible), w.loc()));
        return r.withWiths(ws);
      }
    }
  }

  Term nestedTerm(Term t, Set<String> bound, Set<String> visible) {
    if (t == null) return null;
    if (t instanceof Term.Ref r) return new Term.Ref(nestedTerm(r.head(), bound, visible), nestedTerms(r.path(), bound, visible), r.loc());
    if (t instanceof Term.ArrayTerm a) return new Term.ArrayTerm(nestedTerms(a.items(), bound, visible), a.loc());
    if (t instanceof Term.SetTerm s) return new Term.SetTerm(nestedTerms(s.items(), bound, visible), s.loc());
    if (t instanceof Term.ObjectTerm o) return new Term.ObjectTerm(nestedTerms(o.keys(), bound, visible), nestedTerms(o.values(), bound, visible), o.loc());
    if (t instanceof Term.Call c) return new Term.Call(c.name(), c.fn(), nestedTerms(c.args(), bound, visible), c.loc());
    if (t instanceof Term.ArrayCompr c) {
      Set<String> b = new LinkedHashSet<>(bound);
      List<Expr> body = body(c.body(), b, visible);
      checkHead(List.of(c.term()), b, c.loc(), visible);
      return new Term.ArrayCompr(c.term(), body, c.loc());
    }
    if (t instanceof Term.SetCompr c) {
      Set<String> b = new LinkedHashSet<>(bound);
      List<Expr> body = body(c.body(), b, visible);
      checkHead(List.of(c.term()), b, c.loc(), visible);
      return new Term.SetCompr(c.term(), body, c.loc());
    }
    if (t instanceof Term.ObjectCompr c) {
      Set<String> b = new LinkedHashSet<>(bound);
      List<Expr> body = body(c.body(), b, visible);
      checkHead(List.of(c.key(), c.value()), b, c.loc(), visible);
      return new Term.ObjectCompr(c.key(), c.value(), body, c.loc());
    }
    if (t instanceof Term.Template tp) {
      List<Object> parts = new ArrayList<>();
      for (Object p : tp.parts()) {
        if (p instanceof Expr e) parts.add(body(List.of(e), new LinkedHashSet<>(bound), visible).get(0));
        else parts.add(p);
      }
      return new Term.Template(parts, tp.loc());
    }
    return t;
  }

  private List<Term> nestedTerms(List<Term> ts, Set<String> bound, Set<String> visible) {
    List<Term> out = new ArrayList<>(ts.size());
    for (Term t : ts) out.add(nestedTerm(t, bound, visible));
    return out;
  }

  static Location findVar(Expr e, String name) {
    Location l = null;
    if (e.term() != null) l = findVar(e.term(), name);
    for (Term.Var v : e.someVars()) if (l == null && v.name().equals(name)) l = v.loc();
    if (l == null && e.key() != null) l = findVar(e.key(), name);
    if (l == null && e.value() != null) l = findVar(e.value(), name);
    if (l == null && e.domain() != null) l = findVar(e.domain(), name);
    if (l == null) for (Expr b : e.body()) { if (l == null) l = findVar(b, name); }
    if (l == null) for (Expr.With w : e.withs()) { if (l == null) l = findVar(w.value(), name); }
    return l;
  }

  static Location findVar(Term t, String name) {
    if (t instanceof Term.Var v) return v.name().equals(name) ? v.loc() : null;
    List<Term> kids = new ArrayList<>();
    List<Expr> bodies = new ArrayList<>();
    if (t instanceof Term.Ref r) { kids.add(r.head()); kids.addAll(r.path()); }
    else if (t instanceof Term.ArrayTerm a) kids.addAll(a.items());
    else if (t instanceof Term.SetTerm s) kids.addAll(s.items());
    else if (t instanceof Term.ObjectTerm o) { kids.addAll(o.keys()); kids.addAll(o.values()); }
    else if (t instanceof Term.Call c) kids.addAll(c.args());
    else if (t instanceof Term.ArrayCompr c) { kids.add(c.term()); bodies.addAll(c.body()); }
    else if (t instanceof Term.SetCompr c) { kids.add(c.term()); bodies.addAll(c.body()); }
    else if (t instanceof Term.ObjectCompr c) { kids.add(c.key()); kids.add(c.value()); bodies.addAll(c.body()); }
    else if (t instanceof Term.Template tp) for (Object p : tp.parts()) if (p instanceof Expr e) bodies.add(e);
    for (Term k : kids) { Location l = findVar(k, name); if (l != null) return l; }
    for (Expr b : bodies) { Location l = findVar(b, name); if (l != null) return l; }
    return null;
  }
}
