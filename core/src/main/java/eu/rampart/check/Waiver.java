package eu.rampart.check;

import java.time.LocalDate;

/**
 * An accepted exception from the environment file: findings of control {@code rule} on resources
 * matching {@code urn} are reported as waived (never hidden) until {@code expires} (inclusive).
 */
public record Waiver(String sourceFile, int index, String rule, UrnGlob urn, String reason, String owner,
                     LocalDate expires) {
  public boolean expiredOn(LocalDate today) { return today.isAfter(expires); }

  public boolean covers(Finding f) {
    return (rule.equals("*") || rule.equals(f.controlId())) && urn.matches(f.urn());
  }

  /** "waivers[2] (ENC-1 on urn:...*)" for messages. */
  public String describe() {
    return "waivers[" + index + "] (" + rule + " on " + urn.pattern() + ")";
  }
}
