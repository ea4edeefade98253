package eu.rampart.rego.eval;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * Per-evaluation settings: strict built-in errors, time and step budget, print sink, how many
 * threads may compute the documents one query needs (1: the caller's thread only), and where to
 * record coverage (null: not recorded).
 */
public record EvalOptions(boolean strictBuiltinErrors, Duration timeout, long maxSteps, Consumer<String> printSink,
                          int parallelism, CoverageTracker coverage) {
  public EvalOptions(boolean strictBuiltinErrors, Duration timeout, long maxSteps, Consumer<String> printSink) {
    this(strictBuiltinErrors, timeout, maxSteps, printSink, 1, null);
  }

  public EvalOptions(boolean strictBuiltinErrors, Duration timeout, long maxSteps, Consumer<String> printSink,
                     int parallelism) {
    this(strictBuiltinErrors, timeout, maxSteps, printSink, parallelism, null);
  }

  public EvalOptions withStrict(boolean strict) {
    return new EvalOptions(strict, timeout, maxSteps, printSink, parallelism, coverage);
  }

  public EvalOptions withPrintSink(Consumer<String> sink) {
    return new EvalOptions(strictBuiltinErrors, timeout, maxSteps, sink, parallelism, coverage);
  }

  public EvalOptions withParallelism(int threads) {
    return new EvalOptions(strictBuiltinErrors, timeout, maxSteps, printSink, Math.max(1, threads), coverage);
  }

  /** Records the lines evaluation reaches into the tracker (null: no recording). */
  public EvalOptions withCoverage(CoverageTracker tracker) {
    return new EvalOptions(strictBuiltinErrors, timeout, maxSteps, printSink, parallelism, tracker);
  }
}
