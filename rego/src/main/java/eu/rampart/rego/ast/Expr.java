package eu.rampart.rego.ast;

import java.util.List;

/**
 * One literal of a body: a term (calls include =, :=, ==), a {@code some} declaration,
 * {@code some k, v in xs}, or {@code every k, v in xs { body }}; optionally negated, with modifiers.
 */
public record Expr(Kind kind, Term term, List<Term.Var> someVars, Term key, Term value, Term domain,
                   List<Expr> body, boolean negated, List<With> withs, Location loc) {
  public enum Kind { TERM, SOME_DECL, SOME_IN, EVERY }

  public static Expr term(Term t, Location loc) {
    return new Expr(Kind.TERM, t, List.of(), null, null, null, List.of(), false, List.of(), loc);
  }

  public static Expr someDecl(List<Term.Var> vars, Location loc) {
    return new Expr(Kind.SOME_DECL, null, vars, null, null, null, List.of(), false, List.of(), loc);
  }

  public static Expr someIn(Term key, Term value, Term domain, Location loc) {
    return new Expr(Kind.SOME_IN, null, List.of(), key, value, domain, List.of(), false, List.of(), loc);
  }

  public static Expr every(Term key, Term value, Term domain, List<Expr> body, Location loc) {
    return new Expr(Kind.EVERY, null, List.of(), key, value, domain, body, false, List.of(), loc);
  }

  public Expr withNegated(boolean n) { return new Expr(kind, term, someVars, key, value, domain, body, n, withs, loc); }

  public Expr withWiths(List<With> w) { return new Expr(kind, term, someVars, key, value, domain, body, negated, w, loc); }

  public Expr withTerm(Term t) { return new Expr(kind, t, someVars, key, value, domain, body, negated, withs, loc); }

  public Expr withParts(Term k, Term v, Term d, List<Expr> b) {
    return new Expr(kind, term, someVars, k, v, d, b, negated, withs, loc);
  }

  /** True if this is a call of the given operator name (e.g. "assign", "eq"). */
  public boolean isCall(String name) {
    return kind == Kind.TERM && term instanceof Term.Call c && c.name().equals(name);
  }

  public record With(Term target, Term value, Location loc) {}
}
