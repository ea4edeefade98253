package eu.rampart.check;

import java.util.Objects;

/**
 * One violation reported by the policy pack: control {@code id} broken by resource {@code urn}.
 * {@code untilApply} marks a finding about a value the control needs that is not known before apply
 * (the pack's {@code until_apply: true}): it never blocks, whatever the overrides say.
 */
public record Finding(String controlId, Severity severity, Enforcement enforcement, String urn,
                      String message, String remediation, boolean untilApply) {
  public Finding(String controlId, Severity severity, Enforcement enforcement, String urn, String message, String remediation) {
    this(controlId, severity, enforcement, urn, message, remediation, false);
  }

  /** The same finding at another enforcement level. */
  public Finding at(Enforcement level) {
    return level == enforcement ? this : new Finding(controlId, severity, level, urn, message, remediation, untilApply);
  }

  public Finding {
    Objects.requireNonNull(controlId, "controlId");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(enforcement, "enforcement");
    Objects.requireNonNull(urn, "urn");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(remediation, "remediation");
  }
}
