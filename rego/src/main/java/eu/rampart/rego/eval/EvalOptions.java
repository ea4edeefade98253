package eu.rampart.rego.eval;

import java.time.Duration;
import java.util.function.Consumer;

/** Per-evaluation settings: strict built-in errors, time and step budget, print sink. */
public record EvalOptions(boolean strictBuiltinErrors, Duration timeout, long maxSteps, Consumer<String> printSink) {
  public EvalOptions withStrict(boolean strict) {
    return new EvalOptions(strict, timeout, maxSteps, printSink);
  }

  public EvalOptions withPrintSink(Consumer<String> sink) {
    return new EvalOptions(strictBuiltinErrors, timeout, maxSteps, sink);
  }
}
