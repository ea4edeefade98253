package eu.rampart.rego.builtins;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Go's strconv.FormatFloat for float64 as fmt uses it: 'e', 'f', 'g' (shortest when the
 * precision is -1), 'b' and 'x'. Used by sprintf, render_template and YAML keys so that
 * floating-point text is Go's, digit for digit.
 */
final class GoFloat {
  private GoFloat() {}

  /** strconv.FormatFloat for 'e', 'E', 'f', 'F', 'g', 'G' (prec -1 means shortest). */
  static String format(double v, int fmt, int prec) {
    boolean neg = v < 0 || (v == 0 && 1 / v < 0);
    double abs = Math.abs(v);
    StringBuilder out = new StringBuilder();
    if (neg) out.append('-');
    if (Double.isInfinite(abs)) return out.append("Inf").toString();
    if (Double.isNaN(v)) return "NaN";
    boolean shortest = prec < 0;
    Digits d;
    if (shortest) {
      d = Digits.shortest(abs);
      switch (fmt) {
        case 'e': case 'E': prec = Math.max(d.nd() - 1, 0); break;
        case 'f': case 'F': prec = Math.max(d.nd() - d.dp, 0); break;
        default: prec = d.nd();
      }
    } else if (fmt == 'f' || fmt == 'F') {
      return out.append(new BigDecimal(abs).setScale(prec, RoundingMode.HALF_EVEN).toPlainString()).toString();
    } else if (fmt == 'e' || fmt == 'E') {
      d = Digits.rounded(abs, prec + 1);
    } else {
      if (prec == 0) prec = 1;
      d = Digits.rounded(abs, prec);
    }
    switch (fmt) {
      case 'e': case 'E': return fmtE(out, d, prec, fmt);
      case 'f': case 'F': return fmtF(out, d, prec);
      default: {
        int eprec = prec;
        if (eprec > d.nd() && d.nd() >= d.dp) eprec = d.nd();
        if (shortest) eprec = 6;
        int exp = d.dp - 1;
        if (exp < -4 || exp >= eprec) {
          if (prec > d.nd()) prec = d.nd();
          return fmtE(out, d, prec - 1, fmt + 'e' - 'g');
        }
        if (prec > d.dp) prec = d.nd();
        return fmtF(out, d, Math.max(prec - d.dp, 0));
      }
    }
  }

  /** strconv 'b': decimal mantissa and binary exponent, e.g. 6755399441055744p-52. */
  static String binary(double v) {
    long bits = Double.doubleToRawLongBits(v);
    int exp = (int) ((bits >>> 52) & 0x7FF);
    long mant = bits & ((1L << 52) - 1);
    if (exp == 0) exp++;
    else mant |= 1L << 52;
    exp += -1023 - 52;
    return (bits < 0 ? "-" : "") + mant + "p" + (exp >= 0 ? "+" : "") + exp;
  }

  /** strconv 'x' / 'X': hexadecimal mantissa and binary exponent, e.g. 0x1.8p+00. */
  static String hex(double v, int fmt, int prec) {
    long bits = Double.doubleToRawLongBits(v);
    int exp = (int) ((bits >>> 52) & 0x7FF);
    long mant = bits & ((1L << 52) - 1);
    if (exp == 0) exp++;
    else mant |= 1L << 52;
    exp -= 1023;
    if (mant == 0) exp = 0;
    mant <<= 60 - 52;
    while (mant != 0 && (mant & (1L << 60)) == 0) {
      mant <<= 1;
      exp--;
    }
    if (prec >= 0 && prec < 15) {
      int shift = prec * 4;
      long extra = (mant << shift) & ((1L << 60) - 1);
      mant >>>= 60 - shift;
      if ((extra | (mant & 1)) > (1L << 59)) mant++;
      mant <<= 60 - shift;
      if ((mant & (1L << 61)) != 0) {
        mant >>>= 1;
        exp++;
      }
    }
    String digits = fmt == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
    StringBuilder out = new StringBuilder();
    if (bits < 0) out.append('-');
    out.append('0').append((char) fmt).append((char) ('0' + ((mant >>> 60) & 1)));
    mant <<= 4;
    if (prec < 0 && mant != 0) {
      out.append('.');
      while (mant != 0) {
        out.append(digits.charAt((int) ((mant >>> 60) & 15)));
        mant <<= 4;
      }
    } else if (prec > 0) {
      out.append('.');
      for (int i = 0; i < prec; i++) {
        out.append(digits.charAt((int) ((mant >>> 60) & 15)));
        mant <<= 4;
      }
    }
    out.append(fmt == 'X' ? 'P' : 'p');
    out.append(exp < 0 ? '-' : '+');
    exp = Math.abs(exp);
    if (exp < 10) out.append('0');
    return out.append(exp).toString();
  }

  private static String fmtE(StringBuilder out, Digits d, int prec, int fmt) {
    out.append(d.nd() == 0 ? '0' : d.digits.charAt(0));
    if (prec > 0) {
      out.append('.');
      int i = 1;
      int m = Math.min(d.nd(), prec + 1);
      if (i < m) {
        out.append(d.digits, i, m);
        i = m;
      }
      for (; i <= prec; i++) out.append('0');
    }
    out.append((char) fmt);
    int exp = d.nd() == 0 ? 0 : d.dp - 1;
    out.append(exp < 0 ? '-' : '+');
    exp = Math.abs(exp);
    if (exp < 10) out.append('0');
    out.append(exp);
    return out.toString();
  }

  private static String fmtF(StringBuilder out, Digits d, int prec) {
    if (d.dp > 0) {
      int m = Math.min(d.nd(), d.dp);
      out.append(d.digits, 0, m);
      for (; m < d.dp; m++) out.append('0');
    } else {
      out.append('0');
    }
    if (prec > 0) {
      out.append('.');
      for (int i = 0; i < prec; i++) {
        int j = d.dp + i;
        out.append(j >= 0 && j < d.nd() ? d.digits.charAt(j) : '0');
      }
    }
    return out.toString();
  }

  /** Decimal digits without trailing zeros and the decimal point position (value = 0.digits * 10^dp). */
  record Digits(String digits, int dp) {
    int nd() { return digits.length(); }

    static Digits of(BigDecimal bd) {
      if (bd.signum() == 0) return new Digits("", 0);
      bd = bd.stripTrailingZeros();
      String u = bd.unscaledValue().abs().toString();
      return new Digits(u, u.length() - bd.scale());
    }

    /**
     * The shortest digits that read back as the same double (Go's %v). JDK 17's Double.toString
     * occasionally gives one digit too many, so long results are re-derived by rounding the exact
     * value to 15, 16 and 17 digits and keeping the first that round-trips.
     */
    static Digits shortest(double abs) {
      Digits d = of(new BigDecimal(Double.toString(abs)));
      if (d.nd() <= 15) return d;
      BigDecimal exact = new BigDecimal(abs);
      for (int p = 15; p < d.nd(); p++) {
        BigDecimal r = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
        // At a power of two the neighbour below is closer; the p-digit numbers either side of r may round-trip instead.
        BigDecimal unit = BigDecimal.ONE.movePointLeft(r.scale());
        BigDecimal best = null;
        for (BigDecimal c : new BigDecimal[] {r, r.add(unit), r.subtract(unit)}) {
          if (c.doubleValue() == abs
              && (best == null || c.subtract(exact).abs().compareTo(best.subtract(exact).abs()) < 0)) {
            best = c;
          }
        }
        if (best != null) return of(best);
      }
      return d;
    }

    static Digits rounded(double abs, int significant) {
      return of(new BigDecimal(abs).round(new MathContext(significant, RoundingMode.HALF_EVEN)));
    }
  }
}
