package eu.rampart.rego.eval;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * Per-evaluation settings: strict built-in errors, time and step budget, print sink, and how many
 * threads may compute the documents one query needs (1: the caller's thread only).
 */
public record EvalOptions(boolean strictBuiltinErrors, Duration timeout, long maxSteps, Consumer<String> printSink,
                          int parallelism) {
  public EvalOptions(boolean strictBuiltinErrors, Duration timeout, long maxSteps, Consumer<String> printSink) {
    this(strictBuiltinErrors, timeout, maxSteps, printSink, 1);
  }

  public EvalOptions withStrict(boolean strict) {
    return new EvalOptions(strict, timeout, maxSteps, printSink, parallelism);
  }

  public EvalOptions withPrintSink(Consumer<String> sink) {
    return new EvalOptions(strictBuiltinErrors, timeout, maxSteps, sink, parallelism);
  }

  public EvalOptions withParallelism(int threads) {
    return new EvalOptions(strictBuiltinErrors, timeout, maxSteps, printSink, Math.max(1, threads));
  }
}
