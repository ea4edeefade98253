package eu.rampart.diff;

import java.util.Objects;

/** A policy finding as the diff compares it; supplied by the caller (normally from the check engine). */
public record PolicyFinding(String id, String severity, String enforcement, String urn, String message) {
  public PolicyFinding {
    Objects.requireNonNull(id, "id");
    severity = severity == null ? "" : severity;
    enforcement = enforcement == null ? "" : enforcement;
    urn = urn == null ? "" : urn;
    message = message == null ? "" : message;
  }

  /** Findings are the same across two runs when rule, resource and message match. */
  String key() { return id + "\u0000" + urn + "\u0000" + message; }
}
