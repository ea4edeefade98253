package eu.rampart.rego.compile;

import eu.rampart.rego.ast.Expr;
import eu.rampart.rego.ast.Location;
import eu.rampart.rego.ast.Rule;
import eu.rampart.rego.ast.Term;
import eu.rampart.rego.value.StringValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resolves names the way OPA's compiler does: rule names of the package and import aliases
 * become {@code data...} refs, calls get their full name, wildcards become unique generated
 * vars, and local vars that shadow outer ones ({@code :=}, {@code some}, {@code every}) are
 * renamed so one binding frame can hold a whole rule evaluation.
 */
final class Resolver {
  private final List<String> pkg;
  private final Map<String, Term.Ref> imports;
  private final Set<String> ruleNames;
  private int counter;
  final List<eu.rampart.rego.api.RegoError> errors = new ArrayList<>();

  Resolver(List<String> pkg, Map<String, Term.Ref> imports, Set<String> ruleNames) {
    this.pkg = pkg;
    this.imports = imports;
    this.ruleNames = ruleNames;
  }

  static final class Scope {
    final Scope parent;
    final Map<String, String> names = new HashMap<>();
    /** Vars this body declares (:=, some) further down: not in scope yet, so a closure before it has its own. */
    final Set<String> pending = new java.util.HashSet<>();

    Scope(Scope parent) { this.parent = parent; }

    boolean pendingAbove(String n) {
      for (Scope s = parent; s != null; s = s.parent) {
        if (s.names.containsKey(n)) return false;
        if (s.pending.contains(n)) return true;
      }
      return false;
    }

    String lookup(String n) {
      for (Scope s = this; s != null; s = s.parent) {
        String r = s.names.get(n);
        if (r != null) return r;
      }
      return null;
    }
  }

  private boolean isGlobal(String n) {
    return n.equals("input") || n.equals("data") || imports.containsKey(n) || ruleNames.contains(n);
  }

  Rule resolveRule(Rule r, List<Term> args) {
    Set<String> headVars = new LinkedHashSet<>();
    for (Term a : args) Vars.deep(a, headVars);
    if (r.key() != null) Vars.deep(r.key(), headVars);
    if (r.value() != null) Vars.deep(r.value(), headVars);
    for (int k = 1; k < r.ref().size(); k++) Vars.deep(r.ref().get(k), headVars);
    // Head vars that name rules or imports stay global, except function args which are always local.
    Set<String> argVars = new LinkedHashSet<>();
    for (Term a : args) Vars.deep(a, argVars);
    Scope scope = new Scope(null);
    for (String a : argVars) if (!a.equals("_")) scope.names.put(a, a);
    List<Expr> body = resolveBody(r.body(), scope, headVars);
    List<Term> nargs = new ArrayList<>();
    for (Term a : args) nargs.add(term(a, scope));
    List<Term> ref = new ArrayList<>();
    ref.add(r.ref().get(0));
    for (int k = 1; k < r.ref().size(); k++) ref.add(term(r.ref().get(k), scope));
    Term key = r.key() == null ? null : term(r.key(), scope);
    Term value = r.value() == null ? null : term(r.value(), scope);
    Rule elseRule = r.elseRule() == null ? null : resolveRule(r.elseRule(), args);
    return r.with(ref, nargs, key, value, body, elseRule);
  }

  /** Resolves a query body; its top-level vars keep their names so they can be reported. */
  List<Expr> resolveQuery(List<Expr> body) {
    return resolveBody(body, new Scope(null), Set.of());
  }

  /** Fills {@code scope} (a fresh child of the enclosing scope) with the body's vars and resolves it. */
  private List<Expr> resolveBody(List<Expr> body, Scope scope, Set<String> extraOccurring) {
    Scope parent = scope.parent;
    Set<String> declared = new LinkedHashSet<>();
    Set<String> occurring = new LinkedHashSet<>(extraOccurring);
    // where each var is declared: OPA's rewriteLocalVars scopes a declared var from its declaration on
    List<Set<String>> declaredAt = new ArrayList<>();
    for (Expr e : body) {
      Set<String> before = new LinkedHashSet<>(declared);
      switch (e.kind()) {
        case SOME_DECL: for (Term.Var v : e.someVars()) declared.add(v.name()); break;
        case SOME_IN:
          if (e.key() != null) Vars.pattern(e.key(), declared);
          Vars.pattern(e.value(), declared);
          Vars.all(e.domain(), occurring);
          break;
        case EVERY: Vars.all(e.domain(), occurring); break;
        default:
          if (e.isCall("assign")) {
            Term.Call c = (Term.Call) e.term();
            Vars.pattern(c.args().get(0), declared);
            Vars.all(c.args().get(1), occurring);
            Set<String> lhsAll = new LinkedHashSet<>();
            Vars.all(c.args().get(0), lhsAll);
            lhsAll.removeAll(declared);
            occurring.addAll(lhsAll);
          } else {
            Vars.all(e.term(), occurring);
          }
      }
      for (Expr.With w : e.withs()) Vars.all(w.value(), occurring);
      Set<String> mine = new LinkedHashSet<>(declared);
      mine.removeAll(before);
      mine.remove("_");
      declaredAt.add(mine);
    }
    declared.remove("_");
    occurring.remove("_");
    checkAssignments(body, parent);
    for (String o : occurring) {
      if (declared.contains(o) || scope.lookup(o) != null || isGlobal(o)) continue;
      // a var a closure uses before an enclosing body declares the same name is the closure's own
      scope.names.put(o, scope.pendingAbove(o) ? fresh(o) : o);
    }
    scope.pending.addAll(declared);
    List<Expr> out = new ArrayList<>();
    for (int i = 0; i < body.size(); i++) {
      for (String d : declaredAt.get(i)) {
        scope.pending.remove(d);
        if (scope.names.containsKey(d)) continue;
        boolean shadows = parent != null && parent.lookup(d) != null;
        scope.names.put(d, shadows ? fresh(d) : d);
      }
      out.add(expr(body.get(i), scope));
    }
    return out;
  }

  /** OPA's rego_compile_error for re-assigning a var, or assigning one already used, in the same body. */
  private void checkAssignments(List<Expr> body, Scope parent) {
    Set<String> seen = new LinkedHashSet<>();
    Set<String> assigned = new LinkedHashSet<>();
    for (Expr e : body) {
      if (e.isCall("assign")) {
        Term.Call c = (Term.Call) e.term();
        Set<String> lhs = new LinkedHashSet<>();
        Vars.pattern(c.args().get(0), lhs);
        lhs.remove("_");
        for (String v : lhs) {
          Location l = Safety.findVar(c.args().get(0), v);
          if (l == null) l = e.loc();
          if (v.equals("input") || v.equals("data")) {
            errors.add(new eu.rampart.rego.api.RegoError("rego_compile_error", "cannot assign to " + v, l.file(), l.line(), l.col()));
          } else if (assigned.contains(v)) {
            errors.add(new eu.rampart.rego.api.RegoError("rego_compile_error", "var " + v + " assigned above", l.file(), l.line(), l.col()));
          } else if (seen.contains(v)) {
            errors.add(new eu.rampart.rego.api.RegoError("rego_compile_error", "var " + v + " referenced above", l.file(), l.line(), l.col()));
          }
          assigned.add(v);
        }
        Vars.all(c.args().get(1), seen);
      } else if (e.kind() == Expr.Kind.TERM) {
        Vars.all(e.term(), seen);
      } else if (e.kind() == Expr.Kind.SOME_DECL) {
        for (Term.Var v : e.someVars()) assigned.add(v.name());
      }
    }
  }

  private String fresh(String base) { return "__local" + (counter++) + "__" + base; }

  private Expr expr(Expr e, Scope s) {
    List<Expr.With> ws = new ArrayList<>();
    for (Expr.With w : e.withs()) ws.add(new Expr.With(withTarget(w.target()), term(w.value(), s), w.loc()));
    Expr r;
    switch (e.kind()) {
      case SOME_DECL: {
        List<Term.Var> vs = new ArrayList<>();
        for (Term.Var v : e.someVars()) vs.add(v.isWildcard() ? wildcard(v.loc()) : new Term.Var(s.lookup(v.name()), v.loc()));
        r = Expr.someDecl(vs, e.loc()).withNegated(e.negated());
        break;
      }
      case SOME_IN:
        r = e.withParts(e.key() == null ? null : term(e.key(), s), term(e.value(), s), term(e.domain(), s), List.of());
        break;
      case EVERY: {
        Term dom = term(e.domain(), s);
        Scope inner = new Scope(s);
        Set<String> decl = new LinkedHashSet<>();
        if (e.key() != null) Vars.all(e.key(), decl);
        Vars.all(e.value(), decl);
        decl.remove("_");
        for (String d : decl) inner.names.put(d, fresh(d));
        Term k = e.key() == null ? null : term(e.key(), inner);
        Term v = term(e.value(), inner);
        List<Expr> b = resolveBody(e.body(), new Scope(inner), Set.of());
        r = e.withParts(k, v, dom, b);
        break;
      }
      default:
        r = e.withTerm(term(e.term(), s));
    }
    return r.withWiths(ws);
  }

  private Term.Var wildcard(Location l) { return new Term.Var("$_" + (counter++), l); }

  /** with targets are refs to input, data or functions/built-ins; resolve aliases and rule names. */
  private Term withTarget(Term t) {
    Term head = t instanceof Term.Ref r ? r.head() : t;
    List<Term> path = t instanceof Term.Ref r ? r.path() : List.of();
    if (head instanceof Term.Var v) {
      Term g = global(v.name(), v.loc());
      if (g != null) return concat(g, path, t.loc());
    }
    return t;
  }

  private Term global(String n, Location l) {
    if (n.equals("input") || n.equals("data")) return new Term.Var(n, l);
    Term.Ref imp = imports.get(n);
    if (imp != null) return new Term.Ref(imp.head(), imp.path(), l);
    if (ruleNames.contains(n)) {
      List<Term> p = new ArrayList<>();
      for (String x : pkg) p.add(new Term.Scalar(StringValue.of(x), l));
      p.add(new Term.Scalar(StringValue.of(n), l));
      return new Term.Ref(new Term.Var("data", l), p, l);
    }
    return null;
  }

  private static Term concat(Term head, List<Term> path, Location l) {
    if (path.isEmpty()) return head;
    if (head instanceof Term.Ref r) {
      List<Term> p = new ArrayList<>(r.path());
      p.addAll(path);
      return new Term.Ref(r.head(), p, l);
    }
    return new Term.Ref(head, path, l);
  }

  Term term(Term t, Scope s) {
    if (t instanceof Term.Var v) {
      if (v.isWildcard()) return wildcard(v.loc());
      String local = s.lookup(v.name());
      if (local != null) return new Term.Var(local, v.loc());
      Term g = global(v.name(), v.loc());
      if (g != null) return g;
      return v;
    }
    if (t instanceof Term.Ref r) {
      Term head = term(r.head(), s);
      List<Term> path = new ArrayList<>();
      for (Term p : r.path()) path.add(term(p, s));
      return concat(head, path, r.loc());
    }
    if (t instanceof Term.ArrayTerm a) return new Term.ArrayTerm(terms(a.items(), s), a.loc());
    if (t instanceof Term.SetTerm st) return new Term.SetTerm(terms(st.items(), s), st.loc());
    if (t instanceof Term.ObjectTerm o) return new Term.ObjectTerm(terms(o.keys(), s), terms(o.values(), s), o.loc());
    if (t instanceof Term.Call c) return new Term.Call(callName(c.name(), s), c.fn(), terms(c.args(), s), c.loc());
    if (t instanceof Term.ArrayCompr c) {
      Scope inner = new Scope(s);
      Set<String> headVars = new LinkedHashSet<>();
      Vars.all(c.term(), headVars);
      List<Expr> b = resolveBody(c.body(), inner, headVars);
      return new Term.ArrayCompr(termInBody(c.term(), inner), b, c.loc());
    }
    if (t instanceof Term.SetCompr c) {
      Scope inner = new Scope(s);
      Set<String> headVars = new LinkedHashSet<>();
      Vars.all(c.term(), headVars);
      List<Expr> b = resolveBody(c.body(), inner, headVars);
      return new Term.SetCompr(termInBody(c.term(), inner), b, c.loc());
    }
    if (t instanceof Term.ObjectCompr c) {
      Scope inner = new Scope(s);
      Set<String> headVars = new LinkedHashSet<>();
      Vars.all(c.key(), headVars);
      Vars.all(c.value(), headVars);
      List<Expr> b = resolveBody(c.body(), inner, headVars);
      return new Term.ObjectCompr(termInBody(c.key(), inner), termInBody(c.value(), inner), b, c.loc());
    }
    if (t instanceof Term.Template tp) {
      List<Object> parts = new ArrayList<>();
      for (Object p : tp.parts()) {
        if (p instanceof Expr e) parts.add(resolveBody(List.of(e), new Scope(s), Set.of()).get(0));
        else parts.add(p);
      }
      return new Term.Template(parts, tp.loc());
    }
    return t;
  }

  /**
   * A comprehension head is resolved in the scope its body created. resolveBody registered the
   * body's scope as a child of {@code inner}; we look names up through the same chain.
   */
  private Term termInBody(Term t, Scope inner) { return term(t, inner); }

  private List<Term> terms(List<Term> ts, Scope s) {
    List<Term> out = new ArrayList<>(ts.size());
    for (Term t : ts) out.add(term(t, s));
    return out;
  }

  private String callName(String name, Scope s) {
    int dot = name.indexOf('.');
    String first = dot < 0 ? name : name.substring(0, dot);
    String rest = dot < 0 ? "" : name.substring(dot);
    if (first.equals("data")) return name;
    Term.Ref imp = imports.get(first);
    if (imp != null) return refName(imp) + rest;
    if (ruleNames.contains(first)) return "data." + String.join(".", pkg) + "." + name;
    return name;
  }

  static String refName(Term.Ref r) {
    StringBuilder sb = new StringBuilder(((Term.Var) r.head()).name());
    for (Term p : r.path()) {
      if (p instanceof Term.Scalar sc && sc.value() instanceof StringValue sv) sb.append('.').append(sv.value());
      else sb.append('[').append(p).append(']');
    }
    return sb.toString();
  }
}
