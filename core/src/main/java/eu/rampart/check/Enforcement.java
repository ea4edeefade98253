package eu.rampart.check;

import java.util.Locale;
import java.util.Optional;

/** How a finding counts: mandatory findings block a deployment, advisory ones only report. */
public enum Enforcement {
  MANDATORY, ADVISORY, DISABLED;

  public String label() { return name().toLowerCase(Locale.ROOT); }

  public static Optional<Enforcement> parse(String s) {
    if (s == null) return Optional.empty();
    for (Enforcement v : values()) if (v.label().equals(s)) return Optional.of(v);
    return Optional.empty();
  }
}
