package eu.rampart.rego.compile;

import eu.rampart.rego.ast.Expr;
import eu.rampart.rego.ast.Rule;
import eu.rampart.rego.ast.Term;
import java.util.List;
import java.util.function.Predicate;

/**
 * Whether any rule calls a function of some kind. The evaluator may evaluate a document more
 * completely than strictly needed (a whole partial object instead of one key), or on another
 * thread; that is only unobservable when no rule prints, and parallel evaluation also needs every
 * call to be deterministic (time, random numbers and UUIDs are fixed per query).
 */
final class CallScan {
  private final Predicate<Term.Call> calls;
  private Term.Call found;

  private CallScan(Predicate<Term.Call> calls) { this.calls = calls; }

  static boolean anyPrint(List<CompiledRule> rules) { return anyCall(rules, "print"::equals); }

  static boolean anyCall(List<CompiledRule> rules, Predicate<String> names) {
    CallScan scan = new CallScan(c -> names.test(c.name()));
    for (CompiledRule cr : rules) {
      for (Rule r = cr.rule; r != null; r = r.elseRule()) if (scan.rule(r)) return true;
    }
    return false;
  }

  /**
   * {@code :=} and {@code =} take two operands; written as calls with another count
   * ({@code assign(x)}) the later phases could not read them: the compiler stops the rule or query
   * there with OPA's arity error.
   */
  static final Predicate<Term.Call> MISCOUNTED_OPERATOR =
      c -> (c.name().equals("eq") || c.name().equals("assign")) && c.args().size() != 2;

  /** The first call in a query body that the predicate accepts, or null. */
  static Term.Call firstCall(List<Expr> body, Predicate<Term.Call> calls) {
    CallScan scan = new CallScan(calls);
    return scan.body(body) ? scan.found : null;
  }

  /** The first call in a rule (its else chain included) that the predicate accepts, or null. */
  static Term.Call firstCall(Rule rule, Predicate<Term.Call> calls) {
    CallScan scan = new CallScan(calls);
    for (Rule r = rule; r != null; r = r.elseRule()) if (scan.rule(r)) return scan.found;
    return null;
  }

  private boolean rule(Rule r) {
    for (Term t : r.ref()) if (term(t)) return true;
    for (Term t : r.args()) if (term(t)) return true;
    return term(r.key()) || term(r.value()) || body(r.body());
  }

  private boolean body(List<Expr> body) {
    if (body == null) return false;
    for (Expr e : body) if (expr(e)) return true;
    return false;
  }

  private boolean expr(Expr e) {
    if (term(e.term()) || term(e.key()) || term(e.value()) || term(e.domain()) || body(e.body())) return true;
    for (Expr.With w : e.withs()) if (term(w.value()) || term(w.target())) return true;
    return false;
  }

  private boolean term(Term t) {
    if (t == null) return false;
    if (t instanceof Term.Call c) {
      if (calls.test(c)) {
        found = c;
        return true;
      }
      return terms(c.args());
    }
    if (t instanceof Term.Ref r) return term(r.head()) || terms(r.path());
    if (t instanceof Term.ArrayTerm a) return terms(a.items());
    if (t instanceof Term.SetTerm s) return terms(s.items());
    if (t instanceof Term.ObjectTerm o) return terms(o.keys()) || terms(o.values());
    if (t instanceof Term.ArrayCompr c) return term(c.term()) || body(c.body());
    if (t instanceof Term.SetCompr c) return term(c.term()) || body(c.body());
    if (t instanceof Term.ObjectCompr c) return term(c.key()) || term(c.value()) || body(c.body());
    if (t instanceof Term.Template tp) {
      for (Object p : tp.parts()) if (p instanceof Expr e && expr(e)) return true;
    }
    return false;
  }

  private boolean terms(List<Term> ts) {
    for (Term t : ts) if (term(t)) return true;
    return false;
  }
}
