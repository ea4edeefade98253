package eu.rampart.check;

/**
 * A control of the policy pack as described by its rule's METADATA annotation. Reports use it for
 * titles and rule catalogues (SARIF {@code tool.driver.rules}); fields may be empty when the pack
 * does not annotate a rule.
 */
public record Control(String id, String title, String description, Severity severity,
                      Enforcement enforcement, String remediation) {
  /** A control known only from its findings (the pack had no annotation for it). */
  public static Control fromFinding(Finding f) {
    return new Control(f.controlId(), f.controlId(), "", f.severity(), f.enforcement(), f.remediation());
  }
}
