package eu.rampart.limits;

import java.util.Locale;

/**
 * The bounds rampart puts on what it reads and builds, in one place so docs/check.md can name
 * each limit with its default and the setting that raises it. Each can be raised (or lowered) with
 * a system property ({@code -Drampart.limits.<name>=N}) or an environment variable
 * ({@code RAMPART_LIMITS_<NAME>=N}); the property wins.
 */
public enum Limits {
  /** Largest input file (plan, preview, export, checkpoint, events, environment YAML), bytes. */
  INPUT_BYTES("inputBytes", 256L * 1024 * 1024),
  /**
   * Deepest nesting of JSON arrays/objects in an input. Pulumi's Go decoder accepts 10,000 levels;
   * no real state comes near 256, and every walker over inputs is iterative or bounded to this.
   */
  JSON_DEPTH("jsonDepth", 1_000),
  /** Values a YAML environment file may expand to (counting every alias expansion). */
  YAML_VALUES("yamlValues", 100_000),
  /** Nesting of YAML collections in an environment file. */
  YAML_DEPTH("yamlDepth", 100),
  /** Characters one interpolated environment value may grow to. */
  INTERPOLATED_CHARS("interpolatedChars", 1_000_000),
  /**
   * Seconds one policy evaluation may run ({@code check}, {@code gate}, the analyzer, {@code rego
   * eval}, each {@code rego test} query) before it ends with exit 3: a policy that loops without
   * building anything is stopped by this, one that builds huge values by the size budget first.
   */
  EVAL_SECONDS("evalSeconds", 60);


  private final String key;
  private final long fallback;

  Limits(String key, long fallback) {
    this.key = key;
    this.fallback = fallback;
  }

  /** The current value: system property, else environment variable, else the default. */
  public long value() {
    String v = System.getProperty(property());
    if (v == null) v = System.getenv(variable());
    if (v == null || v.isBlank()) return fallback;
    try {
      long n = Long.parseLong(v.trim().replace("_", ""));
      return n > 0 ? n : fallback;
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  public int intValue() { return (int) Math.min(Integer.MAX_VALUE, value()); }

  public long defaultValue() { return fallback; }

  public String property() { return "rampart.limits." + key; }

  public String variable() {
    return "RAMPART_LIMITS_" + key.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
  }

  /** How a message tells the user to raise this limit. */
  public String howToRaise() { return "raise with " + variable() + "=N or -D" + property() + "=N"; }
}
