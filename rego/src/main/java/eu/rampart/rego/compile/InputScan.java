package eu.rampart.rego.compile;

import eu.rampart.rego.ast.Expr;
import eu.rampart.rego.ast.Rule;
import eu.rampart.rego.ast.Term;
import java.util.List;

/**
 * Whether a rule itself (not what it calls) can see the input: it names {@code input} (also a
 * local shadowing it, which is conservative) or evaluates something {@code with} replacements.
 */
final class InputScan {
  private InputScan() {}

  static boolean rule(Rule r) {
    for (Term t : r.args()) if (term(t)) return true;
    if (term(r.key()) || term(r.value())) return true;
    for (Term t : r.ref()) if (term(t)) return true;
    return body(r.body());
  }

  private static boolean body(List<Expr> b) {
    if (b == null) return false;
    for (Expr e : b) {
      if (!e.withs().isEmpty()) return true;
      if (term(e.term()) || term(e.key()) || term(e.value()) || term(e.domain()) || body(e.body())) return true;
    }
    return false;
  }

  private static boolean term(Term t) {
    if (t == null) return false;
    if (t instanceof Term.Var v) return v.name().equals("input");
    if (t instanceof Term.Ref r) {
      if (term(r.head())) return true;
      for (Term p : r.path()) if (term(p)) return true;
      return false;
    }
    if (t instanceof Term.Call call) {
      if (term(call.fn())) return true;
      for (Term a : call.args()) if (term(a)) return true;
      return false;
    }
    if (t instanceof Term.ArrayTerm a) return a.items().stream().anyMatch(InputScan::term);
    if (t instanceof Term.SetTerm s) return s.items().stream().anyMatch(InputScan::term);
    if (t instanceof Term.ObjectTerm o) return o.keys().stream().anyMatch(InputScan::term) || o.values().stream().anyMatch(InputScan::term);
    if (t instanceof Term.ArrayCompr x) return term(x.term()) || body(x.body());
    if (t instanceof Term.SetCompr x) return term(x.term()) || body(x.body());
    if (t instanceof Term.ObjectCompr x) return term(x.key()) || term(x.value()) || body(x.body());
    if (t instanceof Term.Template tp) {
      for (Object p : tp.parts()) if (p instanceof Expr e && body(List.of(e))) return true;
      return false;
    }
    return false;
  }
}
