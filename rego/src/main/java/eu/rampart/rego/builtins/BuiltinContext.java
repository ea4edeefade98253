package eu.rampart.rego.builtins;

import java.util.Map;

/** What a built-in may know about the query it runs in. One instance per query evaluation. */
public interface BuiltinContext {
  /** Wall-clock time at query start in ns since the epoch; {@code time.now_ns} returns this for the whole query. */
  long queryTimeNanos();

  /** Per-query cache, e.g. so {@code rand.intn} and {@code uuid.rfc4122} give one answer per argument within a query. */
  Map<Object, Object> queryCache();

  /** Sink for {@code print}. */
  void print(String line);

  /** What {@code opa.runtime()} returns ({} when the embedder set no runtime information, as in OPA). */
  default eu.rampart.rego.value.Value runtime() { return eu.rampart.rego.value.ObjectValue.EMPTY; }

  /** A note for the query's tracer ({@code trace}); without a tracer, as here by default, nothing happens. */
  default void trace(String note) {}

  /** Throws if the evaluation's time or step budget is spent; long-running built-ins call it in loops. */
  void checkBudget();

  /**
   * Called by a built-in before it builds a value of {@code size} elements or characters; throws
   * when that would exceed the evaluation's size budget (see eval.EvalBudget).
   */
  default void reserve(long size) {}
}
