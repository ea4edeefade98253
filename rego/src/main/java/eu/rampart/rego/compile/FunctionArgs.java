package eu.rampart.rego.compile;

import eu.rampart.rego.ast.Expr;
import eu.rampart.rego.ast.Rule;
import eu.rampart.rego.ast.Term;
import java.util.ArrayList;
import java.util.List;

/**
 * Function parameters that are not plain patterns (e.g. template strings, calls, refs) become
 * fresh vars plus an equality in the body, as OPA rewrites them, so the body can bind their vars first.
 */
final class FunctionArgs {
  private FunctionArgs() {}

  static Rule rewrite(Rule r) {
    if (r.kind() != Rule.Kind.FUNCTION || r.isDefault()) return r;
    boolean any = false;
    for (Term a : r.args()) any |= !simple(a);
    if (!any) return r;
    List<Term> args = new ArrayList<>();
    List<Expr> extra = new ArrayList<>();
    int n = 0;
    for (Term a : r.args()) {
      if (simple(a)) { args.add(a); continue; }
      Term.Var v = new Term.Var("__farg" + (n++) + "__", a.loc());
      args.add(v);
      extra.add(Expr.term(new Term.Call("eq", null, List.of(v, a), a.loc()), a.loc()));
    }
    List<Expr> body = new ArrayList<>(r.body());
    body.addAll(extra);
    Rule elseRule = r.elseRule() == null ? null : withArgs(r.elseRule(), args, extra);
    return r.with(r.ref(), args, r.key(), r.value(), body, elseRule);
  }

  private static Rule withArgs(Rule r, List<Term> args, List<Expr> extra) {
    List<Expr> body = new ArrayList<>(r.body());
    body.addAll(extra);
    Rule elseRule = r.elseRule() == null ? null : withArgs(r.elseRule(), args, extra);
    return r.with(r.ref(), args, r.key(), r.value(), body, elseRule);
  }

  private static boolean simple(Term t) {
    if (t instanceof Term.Var || t instanceof Term.Scalar) return true;
    if (t instanceof Term.ArrayTerm a) return a.items().stream().allMatch(FunctionArgs::simple);
    if (t instanceof Term.ObjectTerm o) return o.keys().stream().allMatch(k -> k instanceof Term.Scalar)
        && o.values().stream().allMatch(FunctionArgs::simple);
    return false;
  }
}
