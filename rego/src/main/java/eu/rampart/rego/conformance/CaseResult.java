package eu.rampart.rego.conformance;

/** Outcome of one case. {@code reason} says why it failed or was skipped. */
public record CaseResult(ConformanceCase c, Status status, String reason, long millis) {
  public enum Status { PASS, FAIL, SKIP }
}
