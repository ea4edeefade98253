package eu.rampart.rego.tester;

import eu.rampart.rego.api.RegoError;
import java.util.List;

/**
 * Outcome of one {@code test_*} rule: PASS (true), FAIL (false or undefined), ERROR, or SKIP
 * ({@code todo_test_*}). {@code path} is the full name, e.g. {@code data.pkg.test_x}; {@code error}
 * is the evaluation error of an ERROR (code, message, location).
 */
public record TestResult(String path, String file, int line, int col, Status status, String message, long nanos,
                         List<String> output, RegoError error) {
  public enum Status { PASS, FAIL, ERROR, SKIP }

  /** The package part of the name, e.g. {@code data.pkg}. */
  public String packageName() { return path.substring(0, path.lastIndexOf('.')); }

  /** The rule name, e.g. {@code test_x}. */
  public String name() { return path.substring(path.lastIndexOf('.') + 1); }

  /** Go's time.Duration format as OPA prints it, e.g. {@code 1.234567ms} or {@code 512µs}. */
  public String duration() { return GoDuration.format(nanos); }
}
