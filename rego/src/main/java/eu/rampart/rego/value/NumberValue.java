package eu.rampart.rego.value;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/**
 * An arbitrary-precision number, as OPA keeps them. Integral values that fit a long take a fast
 * path; everything else is a {@link BigDecimal}. Equality is by numeric value (1 == 1.0), so the
 * hash code is computed from the stripped decimal form.
 */
public final class NumberValue extends Value {
  /** Precision used for inexact operations (division, sqrt-like built-ins). */
  public static final MathContext CONTEXT = MathContext.DECIMAL128;

  private static final NumberValue[] SMALL = new NumberValue[1025];
  static {
    for (int i = 0; i < SMALL.length; i++) SMALL[i] = new NumberValue(i - 512L, null, null);
  }

  private final long small;
  private final BigDecimal big; // null when the value is exactly {@code small}
  private final String literal; // original text when parsed from source or JSON, else null

  private NumberValue(long small, BigDecimal big, String literal) {
    this.small = small;
    this.big = big;
    this.literal = literal;
  }

  public static NumberValue of(long v) {
    if (v >= -512 && v <= 512) return SMALL[(int) v + 512];
    return new NumberValue(v, null, null);
  }

  public static NumberValue of(BigInteger v) {
    if (v.bitLength() < 64) return of(v.longValue());
    // 10,000 decimal digits take about 33,220 bits
    if (v.bitLength() > 33_000 && outOfRange(new BigDecimal(v))) throw new OutOfRange(new BigDecimal(v));
    return new NumberValue(0, new BigDecimal(v), null);
  }

  public static NumberValue of(BigDecimal v) {
    BigDecimal stripped = v.signum() == 0 ? BigDecimal.ZERO : v;
    if (stripped.signum() != 0 && outOfRange(stripped)) throw new OutOfRange(stripped);
    if (isIntegral(stripped)) {
      try {
        return of(stripped.longValueExact());
      } catch (ArithmeticException ignored) {
        return new NumberValue(0, stripped.setScale(0, java.math.RoundingMode.UNNECESSARY), null);
      }
    }
    return new NumberValue(0, stripped, null);
  }

  /**
   * Largest decimal exponent a number may have, either way (1e10000, 1e-10000). Exact decimal
   * arithmetic and writing a number out take as many digits as its exponent says: 3e888888888
   * would take a billion (BigInteger refuses, or gigabytes are allocated). No number beyond is
   * ever made: a literal or JSON number is refused as out of range, as a float64 reading of it
   * would be, and arithmetic that would leave the range fails with {@link OutOfRange}.
   */
  public static final int MAX_EXPONENT = 10_000;

  /** The decimal exponent of the number's leading digit lies beyond {@link #MAX_EXPONENT} either way. */
  public static boolean outOfRange(BigDecimal v) {
    return v.signum() != 0 && Math.abs((long) v.precision() - v.scale() - 1) > MAX_EXPONENT;
  }

  /** A number beyond {@link #MAX_EXPONENT}; its message says so without writing the number out. */
  public static final class OutOfRange extends ArithmeticException {
    OutOfRange(BigDecimal v) {
      super("number out of range: its exponent is beyond 1e" + (v.precision() - v.scale() - 1 > 0 ? "+" : "-") + MAX_EXPONENT);
    }

    @Override public String toString() { return getMessage(); }
  }

  public static NumberValue of(double d) {
    if (Double.isNaN(d) || Double.isInfinite(d)) throw new ArithmeticException("number is not finite: " + d);
    if (d == Math.rint(d) && Math.abs(d) < 9.0e15) return of((long) d);
    return of(new BigDecimal(Double.toString(d)));
  }

  /**
   * Parses a JSON/Rego number literal, keeping its text for faithful output. A literal whose
   * exponent does not fit an int ({@code 1e99999999999}) or lies beyond {@link #MAX_EXPONENT}
   * throws {@link NumberFormatException}, which callers report as an out-of-range number at the
   * literal's place.
   */
  public static NumberValue parse(String text) {
    BigDecimal bd = new BigDecimal(text);
    if (outOfRange(bd)) throw new NumberFormatException("value out of range: exponent beyond " + MAX_EXPONENT);
    NumberValue n = of(bd);
    if (n.big == null && text.indexOf('.') < 0 && text.indexOf('e') < 0 && text.indexOf('E') < 0) return n;
    return new NumberValue(n.small, n.big, text);
  }

  private static boolean isIntegral(BigDecimal v) {
    return v.scale() <= 0 || v.stripTrailingZeros().scale() <= 0;
  }

  /** True if the value is integral (has no fractional part). */
  public boolean isInteger() {
    return big == null || isIntegral(big);
  }

  /** True when the value is integral and fits a long. */
  public boolean isLong() {
    return big == null;
  }

  /** The value as a long; only meaningful when {@link #isLong()}. */
  public long longValue() {
    return big == null ? small : big.longValue();
  }

  /** The value as an int, or throws ArithmeticException when it is not an integer in int range. */
  public int intValueExact() {
    if (big == null && small >= Integer.MIN_VALUE && small <= Integer.MAX_VALUE) return (int) small;
    return bigDecimal().intValueExact();
  }

  public BigDecimal bigDecimal() {
    return big != null ? big : BigDecimal.valueOf(small);
  }

  public BigInteger bigInteger() {
    return big != null ? big.toBigInteger() : BigInteger.valueOf(small);
  }

  public double doubleValue() {
    return big != null ? big.doubleValue() : (double) small;
  }

  public int signum() {
    return big != null ? big.signum() : Long.signum(small);
  }

  @Override int sortOrder() { return 2; }
  @Override public String typeName() { return "number"; }

  @Override
  int compareSameKind(Value other) {
    NumberValue o = (NumberValue) other;
    if (big == null && o.big == null) return Long.compare(small, o.small);
    return bigDecimal().compareTo(o.bigDecimal());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NumberValue n && compareSameKind(n) == 0;
  }

  @Override
  public int hashCode() {
    if (big == null) return Long.hashCode(small);
    BigDecimal s = big.stripTrailingZeros();
    if (s.scale() <= 0) {
      try {
        return Long.hashCode(s.longValueExact());
      } catch (ArithmeticException e) {
        return s.toBigInteger().hashCode();
      }
    }
    return s.hashCode();
  }

  /** JSON text of the number: integers without exponent, others in plain decimal notation. */
  public String toJsonText() {
    if (literal != null) return literal;
    if (big == null) return Long.toString(small);
    BigDecimal s = big.stripTrailingZeros();
    if (s.scale() <= 0) return s.toBigInteger().toString();
    return s.toPlainString();
  }

  @Override public void appendRego(StringBuilder sb) { sb.append(toJsonText()); }
  @Override public boolean isNumber() { return true; }
}
