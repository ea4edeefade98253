package eu.rampart.check;

import java.util.Locale;
import java.util.Optional;

/** The threshold at which unwaived findings make a check fail (exit code 1). */
public enum FailOn {
  /** Any unwaived mandatory finding fails. */
  MANDATORY,
  /** Any unwaived finding, mandatory or advisory, fails. */
  ADVISORY,
  /** Findings never fail; errors still do. */
  NEVER;

  public String label() { return name().toLowerCase(Locale.ROOT); }

  public boolean fails(Finding f) {
    return switch (this) {
      case MANDATORY -> f.enforcement() == Enforcement.MANDATORY;
      case ADVISORY -> f.enforcement() != Enforcement.DISABLED;
      case NEVER -> false;
    };
  }

  public static Optional<FailOn> parse(String s) {
    if (s == null) return Optional.empty();
    for (FailOn v : values()) if (v.label().equals(s)) return Optional.of(v);
    return Optional.empty();
  }
}
