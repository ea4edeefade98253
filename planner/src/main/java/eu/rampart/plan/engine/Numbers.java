package eu.rampart.plan.engine;

/** Numbers as text the way a person (or a program's string concatenation) would write them. */
final class Numbers {
  private Numbers() {}

  static String text(double d) {
    if (d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 1e15) return Long.toString((long) d);
    return Double.toString(d);
  }
}
