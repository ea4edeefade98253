package eu.rampart.rego.api;

import eu.rampart.rego.compile.CompiledPolicy;
import eu.rampart.rego.compile.CompiledQuery;
import eu.rampart.rego.eval.EvalOptions;
import eu.rampart.rego.eval.QueryRunner;
import eu.rampart.rego.value.Value;
import java.util.List;

/** A query compiled against a policy. Thread-safe: every {@link #eval} has its own state. */
public final class PreparedQuery {
  private final CompiledPolicy policy;
  private final CompiledQuery query;
  private final EvalOptions options;

  PreparedQuery(CompiledPolicy policy, CompiledQuery query, EvalOptions options) {
    this.policy = policy;
    this.query = query;
    this.options = options;
  }

  /** Evaluates with the given input (null = undefined input). Throws EvalException on errors. */
  public QueryResult eval(Value input) {
    return QueryRunner.run(policy, query, input, options);
  }

  /** Same, with per-call options (e.g. strict built-in errors). */
  public QueryResult eval(Value input, EvalOptions overrides) {
    return QueryRunner.run(policy, query, input, overrides);
  }

  /** The value of the single expression in the first row, or null when undefined. */
  public Value evalValue(Value input) {
    QueryResult r = eval(input);
    if (r.isEmpty()) return null;
    List<Value> vals = r.expressionValues().get(0);
    return vals.isEmpty() ? null : vals.get(vals.size() - 1);
  }

  public CompiledQuery compiled() { return query; }
}
