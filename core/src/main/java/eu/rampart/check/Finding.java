package eu.rampart.check;

import java.util.Objects;

/** One violation reported by the policy pack: control {@code id} broken by resource {@code urn}. */
public record Finding(String controlId, Severity severity, Enforcement enforcement, String urn,
                      String message, String remediation) {
  public Finding {
    Objects.requireNonNull(controlId, "controlId");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(enforcement, "enforcement");
    Objects.requireNonNull(urn, "urn");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(remediation, "remediation");
  }
}
