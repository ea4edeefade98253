package eu.rampart.rego.tester;

import java.util.List;

/** Outcome of one {@code test_*} rule: PASS (true), FAIL (false or undefined), ERROR, or SKIP ({@code todo_test_*}). */
public record TestResult(String path, String file, int line, Status status, String message, long nanos, List<String> output) {
  public enum Status { PASS, FAIL, ERROR, SKIP }

  /** OPA's duration format, e.g. {@code 1.234ms} or {@code 512µs}. */
  public String duration() {
    if (nanos >= 1_000_000_000L) return String.format(java.util.Locale.ROOT, "%.3fs", nanos / 1e9);
    if (nanos >= 1_000_000L) return String.format(java.util.Locale.ROOT, "%.3fms", nanos / 1e6);
    return String.format(java.util.Locale.ROOT, "%.3fµs", nanos / 1e3);
  }
}
