package eu.rampart.rego.tester;

import java.math.BigDecimal;

/** Go's {@code time.Duration.String()}, which {@code opa test} prints after each test. */
final class GoDuration {
  private GoDuration() {}

  static String format(long nanos) {
    if (nanos == 0) return "0s";
    if (nanos < 0) return "-" + format(-nanos);
    if (nanos < 1_000L) return nanos + "ns";
    if (nanos < 1_000_000L) return trim(BigDecimal.valueOf(nanos, 3)) + "µs";
    if (nanos < 1_000_000_000L) return trim(BigDecimal.valueOf(nanos, 6)) + "ms";
    long secs = nanos / 1_000_000_000L;
    String frac = trim(BigDecimal.valueOf(nanos % 60_000_000_000L, 9));
    if (secs < 60) return frac + "s";
    long mins = secs / 60;
    String s = (mins % 60) + "m" + frac + "s";
    return mins >= 60 ? (mins / 60) + "h" + s : s;
  }

  private static String trim(BigDecimal d) {
    String s = d.stripTrailingZeros().toPlainString();
    return s;
  }
}
