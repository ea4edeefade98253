package eu.rampart.check;

import java.util.Locale;
import java.util.Optional;

/** Severity of a control, most severe first (reports are ordered by this). */
public enum Severity {
  CRITICAL, HIGH, MEDIUM, LOW;

  public String label() { return name().toLowerCase(Locale.ROOT); }

  public static Optional<Severity> parse(String s) {
    if (s == null) return Optional.empty();
    for (Severity v : values()) if (v.label().equals(s)) return Optional.of(v);
    return Optional.empty();
  }
}
