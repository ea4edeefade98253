package eu.rampart.rego.eval;

import eu.rampart.rego.api.EvalException;
import eu.rampart.rego.value.ArrayValue;
import eu.rampart.rego.value.ObjectValue;
import eu.rampart.rego.value.SetValue;
import eu.rampart.rego.value.StringValue;
import eu.rampart.rego.value.Value;

/**
 * The size budget of one evaluation: no value it builds (a built-in's result, a comprehension) may
 * exceed 10 million elements or characters, and all it builds together may not exceed 500
 * million. A policy that builds huge values ({@code numbers.range(1, 1e9)}, doubling
 * strings, comprehensions over comprehensions) then ends with an {@code eval_budget_error}
 * instead of exhausting the heap. Allocating built-ins reserve their result size before they
 * build it ({@code BuiltinContext.reserve}); the evaluator charges every result after.
 *
 * <p>Limits: system property {@code rampart.limits.evalValueSize} / {@code evalTotalSize}, or
 * environment variable {@code RAMPART_LIMITS_EVAL_VALUE_SIZE} / {@code RAMPART_LIMITS_EVAL_TOTAL_SIZE}.
 */
final class EvalBudget {
  static final long DEFAULT_MAX_VALUE = 10_000_000L;
  static final long DEFAULT_MAX_TOTAL = 500_000_000L;

  /** Read per evaluation (two property lookups), so a long-lived process picks up a changed setting. */
  private final long maxValue = limit("rampart.limits.evalValueSize", ENV_VALUE_SIZE, DEFAULT_MAX_VALUE);
  private final long maxTotal = limit("rampart.limits.evalTotalSize", ENV_TOTAL_SIZE, DEFAULT_MAX_TOTAL);

  private long total;

  /** Before building a value of {@code size} elements or characters. */
  void reserve(long size) {
    if (size > maxValue) {
      throw new EvalException("eval_budget_error", "a value of " + size + " elements or characters exceeds the evaluation's value size limit of "
          + maxValue + " (raise with RAMPART_LIMITS_EVAL_VALUE_SIZE=N)", null, 0, 0);
    }
    total += size;
    if (total > maxTotal) {
      throw new EvalException("eval_budget_error", "the evaluation built more than " + maxTotal
          + " elements and characters in all (raise with RAMPART_LIMITS_EVAL_TOTAL_SIZE=N)", null, 0, 0);
    }
  }

  /** A collection being built has reached {@code size} elements; called every 1024 additions. */
  void growing(long size) {
    if (size > maxValue) reserve(size);
    total += 1024;
    if (total > maxTotal) reserve(0);
  }

  /** After a value was built (shallow size: its own elements or characters). */
  void charge(Value v) {
    long size = sizeOf(v);
    if (size > 64) reserve(size);
  }

  static long sizeOf(Value v) {
    if (v instanceof StringValue s) return s.value().length();
    if (v instanceof ArrayValue a) return a.size();
    if (v instanceof SetValue s) return s.size();
    if (v instanceof ObjectValue o) return o.size();
    return 1;
  }

  // The process environment cannot change while the process runs: read once, not per evaluation
  // (the analyzer runs one small evaluation per resource).
  private static final String ENV_VALUE_SIZE = System.getenv("RAMPART_LIMITS_EVAL_VALUE_SIZE");
  private static final String ENV_TOTAL_SIZE = System.getenv("RAMPART_LIMITS_EVAL_TOTAL_SIZE");

  private static long limit(String property, String fromEnvironment, long fallback) {
    String v = System.getProperty(property);
    if (v == null) v = fromEnvironment;
    try {
      long n = v == null ? fallback : Long.parseLong(v.trim().replace("_", ""));
      return n > 0 ? n : fallback;
    } catch (NumberFormatException e) {
      return fallback;
    }
  }
}
