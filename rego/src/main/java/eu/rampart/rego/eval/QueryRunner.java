package eu.rampart.rego.eval;

import eu.rampart.rego.api.QueryResult;
import eu.rampart.rego.compile.CompiledPolicy;
import eu.rampart.rego.compile.CompiledQuery;
import eu.rampart.rego.value.Value;

public final class QueryRunner {
  private QueryRunner() {}

  public static QueryResult run(CompiledPolicy p, CompiledQuery q, Value input, EvalOptions o) {
    throw new UnsupportedOperationException("not yet implemented");
  }
}
