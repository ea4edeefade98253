package eu.rampart.rego.ast;

import java.util.List;

/**
 * A rule. {@code ref} is the head reference relative to the package: its first element is the
 * rule name (a string Scalar), the rest may be any terms (ref heads like {@code a.b[x]}).
 * SINGLE rules define one value at ref; MULTI rules ({@code contains}) add {@code key} to a set
 * at ref; FUNCTION rules take {@code args}.
 */
public record Rule(Kind kind, List<Term> ref, List<Term> args, Term key, Term value, boolean isDefault,
                   List<Expr> body, Rule elseRule, Location loc) {
  public enum Kind { SINGLE, MULTI, FUNCTION }

  public String name() {
    return ((eu.rampart.rego.value.StringValue) ((Term.Scalar) ref.get(0)).value()).value();
  }

  public Rule withBody(List<Expr> b) { return new Rule(kind, ref, args, key, value, isDefault, b, elseRule, loc); }

  public Rule with(List<Term> ref, List<Term> args, Term key, Term value, List<Expr> b, Rule elseRule) {
    return new Rule(kind, ref, args, key, value, isDefault, b, elseRule, loc);
  }
}
