package eu.rampart.rego.builtins;

import eu.rampart.rego.value.ArrayValue;
import eu.rampart.rego.value.NumberValue;
import eu.rampart.rego.value.ObjectValue;
import eu.rampart.rego.value.SetValue;
import eu.rampart.rego.value.StringValue;
import eu.rampart.rego.value.Value;
import java.math.BigInteger;

/**
 * Go's fmt.Sprintf as OPA's {@code sprintf} drives it. OPA hands Go an int when a number is an
 * integer that fits, a *big.Int for larger integers, a float64 for other numbers (the number's
 * text when even that overflows), the string itself for strings and the Rego text of any other
 * value. This class reproduces Go's verbs, flags, widths, precisions and its %!verb(type=value)
 * error notation for those four argument kinds.
 */
final class SprintfFormatter {
  private SprintfFormatter() {}

  /** Formats {@code format} with the array's elements as Go would see them. */
  static String format(String format, ArrayValue args) {
    Object[] a = new Object[args.size()];
    for (int i = 0; i < a.length; i++) a[i] = goArg(args.get(i));
    return new SprintfFormatter.Printer(format, a).run();
  }

  /** Formats Go values directly: Long (int), BigInteger, Double (float64), Boolean (bool), NamedString or String. */
  static String formatGo(String format, Object[] args) {
    return new SprintfFormatter.Printer(format, args).run();
  }

  /** The Go value OPA passes for a Rego value: Long (int), BigInteger (*big.Int), Double (float64) or String. */
  static Object goArg(Value v) {
    if (v instanceof StringValue s) return s.value();
    if (v instanceof NumberValue n) {
      String text = n.toJsonText();
      if (isIntegerText(text)) {
        BigInteger bi = new BigInteger(text);
        return bi.bitLength() < 64 ? (Object) bi.longValue() : bi;
      }
      try {
        double d = Double.parseDouble(text);
        if (!Double.isInfinite(d)) return d;
      } catch (NumberFormatException ignored) {
        // falls through to the text, as OPA does for numbers float64 cannot hold
      }
      return text;
    }
    StringBuilder sb = new StringBuilder();
    appendTerm(sb, v);
    return sb.toString();
  }

  /** OPA's Term.String(): Rego literal syntax, strings quoted by Go's strconv.Quote. */
  static void appendTerm(StringBuilder sb, Value v) {
    if (v instanceof StringValue s) {
      sb.append(Quoting.quote(s.value(), false));
    } else if (v instanceof ArrayValue a) {
      sb.append('[');
      for (int i = 0; i < a.size(); i++) {
        if (i > 0) sb.append(", ");
        appendTerm(sb, a.get(i));
      }
      sb.append(']');
    } else if (v instanceof SetValue set) {
      if (set.size() == 0) {
        sb.append("set()");
        return;
      }
      sb.append('{');
      Value[] items = set.sorted();
      for (int i = 0; i < items.length; i++) {
        if (i > 0) sb.append(", ");
        appendTerm(sb, items[i]);
      }
      sb.append('}');
    } else if (v instanceof ObjectValue o) {
      sb.append('{');
      Value[] keys = o.sortedKeys();
      for (int i = 0; i < keys.length; i++) {
        if (i > 0) sb.append(", ");
        appendTerm(sb, keys[i]);
        sb.append(": ");
        appendTerm(sb, o.get(keys[i]));
      }
      sb.append('}');
    } else {
      v.appendRego(sb);
    }
  }

  private static boolean isIntegerText(String t) {
    int start = t.startsWith("-") ? 1 : 0;
    if (start == t.length()) return false;
    for (int i = start; i < t.length(); i++) if (t.charAt(i) < '0' || t.charAt(i) > '9') return false;
    return true;
  }

  /** A value of a named Go string type, e.g. json.Number: formats as a string, reports its own type. */
  record NamedString(String type, String value) {}

  static String goTypeName(Object o) {
    if (o instanceof Long) return "int";
    if (o instanceof BigInteger) return "*big.Int";
    if (o instanceof Double) return "float64";
    if (o instanceof Boolean) return "bool";
    if (o instanceof NamedString n) return n.type();
    return "string";
  }

  /** One Sprintf call: Go's pp/fmt state machine. */
  private static final class Printer {
    private final String format;
    private final Object[] args;
    private final StringBuilder buf = new StringBuilder();

    private boolean plus, minus, sharp, space, zero, plusV, sharpV;
    private boolean widPresent, precPresent;
    private int wid, prec;

    Printer(String format, Object[] args) {
      this.format = format;
      this.args = args;
    }

    private void clearFlags() {
      plus = minus = sharp = space = zero = plusV = sharpV = false;
      widPresent = precPresent = false;
      wid = prec = 0;
    }

    // Index-parsing state shared with argNumber.
    private int argNum;
    private int pos;
    private boolean reordered;
    private boolean goodArgNum;

    String run() {
      int end = format.length();
      argNum = 0;
      reordered = false;
      pos = 0;
      while (pos < end) {
        goodArgNum = true;
        int lasti = pos;
        while (pos < end && format.charAt(pos) != '%') pos++;
        if (pos > lasti) buf.append(format, lasti, pos);
        if (pos >= end) break;
        pos++; // skip %
        clearFlags();
        flags:
        for (; pos < end; pos++) {
          switch (format.charAt(pos)) {
            case '#': sharp = true; break;
            case '0': zero = !minus; break;
            case '+': plus = true; break;
            case '-': minus = true; zero = false; break;
            case ' ': space = true; break;
            default: break flags;
          }
        }
        boolean afterIndex = argNumber();
        if (pos < end && format.charAt(pos) == '*') {
          pos++;
          Integer w = intFromArg();
          if (w == null) {
            buf.append("%!(BADWIDTH)");
          } else {
            widPresent = true;
            wid = w;
            if (wid < 0) {
              minus = true;
              zero = false;
              wid = -wid;
            }
          }
          afterIndex = false;
        } else {
          wid = parseNum();
          widPresent = wid > 0; // flags took any leading zeros, so digits here mean a positive width
          if (afterIndex && widPresent) goodArgNum = false;
        }
        if (pos + 1 <= end && pos < end && format.charAt(pos) == '.') {
          pos++;
          if (afterIndex) goodArgNum = false;
          afterIndex = argNumber();
          if (pos < end && format.charAt(pos) == '*') {
            pos++;
            Integer p = intFromArg();
            if (p == null) {
              buf.append("%!(BADPREC)");
            } else {
              prec = p;
              precPresent = prec >= 0;
              if (prec < 0) prec = 0;
            }
            afterIndex = false;
          } else {
            prec = parseNum();
            precPresent = true;
          }
        }
        if (!afterIndex) afterIndex = argNumber();
        if (pos >= end) {
          buf.append("%!(NOVERB)");
          break;
        }
        int verb = format.codePointAt(pos);
        pos += Character.charCount(verb);
        if (verb == '%') {
          buf.append('%');
        } else if (!goodArgNum) {
          buf.append("%!").appendCodePoint(verb).append("(BADINDEX)");
        } else if (argNum >= args.length) {
          buf.append("%!").appendCodePoint(verb).append("(MISSING)");
        } else {
          if (verb == 'v') {
            sharpV = sharp;
            sharp = false;
            plusV = plus;
            plus = false;
          }
          printArg(args[argNum], verb);
          argNum++;
        }
      }
      if (!reordered && argNum < args.length) {
        clearFlags();
        buf.append("%!(EXTRA ");
        for (int i = argNum; i < args.length; i++) {
          if (i > argNum) buf.append(", ");
          buf.append(goTypeName(args[i])).append('=');
          printArg(args[i], 'v');
        }
        buf.append(')');
      }
      return buf.toString();
    }

    /** Go's parsenum: a width or precision beyond 10^6 swallows the rest of the format (then %!(NOVERB)). */
    private int parseNum() {
      int n = 0;
      while (pos < format.length() && format.charAt(pos) >= '0' && format.charAt(pos) <= '9') {
        if (n > 1_000_000) {
          pos = format.length();
          return 0;
        }
        n = n * 10 + (format.charAt(pos) - '0');
        pos++;
      }
      return n;
    }

    /** Parses an explicit [n] argument index; returns whether one was present. */
    private boolean argNumber() {
      if (pos >= format.length() || format.charAt(pos) != '[') return false;
      reordered = true;
      int close = format.indexOf(']', pos + 1);
      if (close < 0) {
        goodArgNum = false;
        pos = format.length();
        return false;
      }
      String digits = format.substring(pos + 1, close);
      pos = close + 1;
      int n;
      try {
        n = Integer.parseInt(digits);
      } catch (NumberFormatException e) {
        goodArgNum = false;
        return true;
      }
      if (n < 1 || n > args.length) {
        goodArgNum = false;
        return true;
      }
      argNum = n - 1;
      return true;
    }

    private Integer intFromArg() {
      if (argNum >= args.length) {
        argNum++;
        return null;
      }
      Object o = args[argNum++];
      if (o instanceof Long l && Math.abs(l) <= 1_000_000) return l.intValue();
      return null;
    }

    private void printArg(Object arg, int verb) {
      if (verb == 'T') { // Go handles %T before looking at the value
        pad(truncate(goTypeName(arg)), false);
        return;
      }
      if (arg instanceof Long l) {
        fmtInteger(l, verb);
      } else if (arg instanceof BigInteger bi) {
        fmtBigInt(bi, verb);
      } else if (arg instanceof Double d) {
        fmtFloat(d, verb);
      } else if (arg instanceof NamedString n) {
        fmtString(n.value(), verb, arg);
      } else if (arg instanceof Boolean b) {
        if (verb == 'v' || verb == 't') pad(b.toString(), false);
        else badVerb(b, verb);
      } else {
        fmtString((String) arg, verb, arg);
      }
    }

    private void badVerb(Object arg, int verb) {
      buf.append("%!").appendCodePoint(verb).append('(').append(goTypeName(arg)).append('=');
      printArg(arg, 'v');
      buf.append(')');
    }

    // ---- padding ----

    private void writePadding(int n, boolean zeros) {
      for (int i = 0; i < n; i++) buf.append(zeros ? '0' : ' ');
    }

    /** Go's fmt.pad: width counts runes; zero padding only when the zero flag applies. */
    private void pad(String s, boolean allowZero) {
      if (!widPresent || wid == 0) {
        buf.append(s);
        return;
      }
      int width = wid - s.codePointCount(0, s.length());
      if (width <= 0) {
        buf.append(s);
      } else if (minus) {
        buf.append(s);
        writePadding(width, false);
      } else {
        writePadding(width, allowZero && zero);
        buf.append(s);
      }
    }

    // ---- integers ----

    private void fmtInteger(long v, int verb) {
      switch (verb) {
        case 'v': case 'd': integer(BigInteger.valueOf(v), 10, verb, false); break;
        case 'b': integer(BigInteger.valueOf(v), 2, verb, false); break;
        case 'o': case 'O': integer(BigInteger.valueOf(v), 8, verb, false); break;
        case 'x': integer(BigInteger.valueOf(v), 16, verb, false); break;
        case 'X': integer(BigInteger.valueOf(v), 16, verb, true); break;
        case 'c': pad(runeString(v), false); break;
        case 'q': pad(Quoting.quoteRune(validRune(v), plus), false); break;
        case 'U': fmtUnicode(v); break;
        default: badVerb(v, verb);
      }
    }

    private static int validRune(long v) {
      if (v < 0 || v > Character.MAX_CODE_POINT || (v >= 0xD800 && v <= 0xDFFF)) return 0xFFFD;
      return (int) v;
    }

    private static String runeString(long v) {
      return new String(Character.toChars(validRune(v)));
    }

    private void fmtUnicode(long v) {
      StringBuilder s = new StringBuilder("U+");
      String hex = Long.toHexString(v).toUpperCase();
      int digits = precPresent && prec > 4 ? prec : 4;
      for (int i = hex.length(); i < digits; i++) s.append('0');
      s.append(hex);
      if (sharp && v >= 0 && v <= Character.MAX_CODE_POINT && Quoting.isPrint((int) v)) {
        s.append(" '").appendCodePoint((int) v).append('\'');
      }
      boolean oldZero = zero;
      zero = false;
      pad(s.toString(), false);
      zero = oldZero;
    }

    /** Go's fmt.fmtInteger for a Go int. */
    private void integer(BigInteger v, int base, int verb, boolean upper) {
      boolean negative = v.signum() < 0;
      String digits = v.abs().toString(base);
      if (upper) digits = digits.toUpperCase();
      int precision = 0;
      if (precPresent) {
        precision = prec;
        if (precision == 0 && v.signum() == 0) {
          writePadding(widPresent ? wid : 0, false);
          return;
        }
      } else if (zero && !minus && widPresent) {
        precision = wid;
        if (negative || plus || space) precision--;
      }
      StringBuilder s = new StringBuilder();
      for (int i = digits.length(); i < precision; i++) s.append('0');
      s.append(digits);
      if (sharp) {
        if (base == 2) s.insert(0, "0b");
        else if (base == 8 && s.charAt(0) != '0') s.insert(0, '0');
        else if (base == 16) s.insert(0, upper ? "0X" : "0x");
      }
      if (verb == 'O') s.insert(0, "0o");
      if (negative) s.insert(0, '-');
      else if (plus) s.insert(0, '+');
      else if (space) s.insert(0, ' ');
      pad(s.toString(), false);
    }

    /** math/big's Int.Format. */
    private void fmtBigInt(BigInteger x, int verb) {
      int base;
      switch (verb) {
        case 'b': base = 2; break;
        case 'o': case 'O': base = 8; break;
        case 'd': case 's': case 'v': base = 10; break;
        case 'x': case 'X': base = 16; break;
        default:
          buf.append("%!").appendCodePoint(verb).append("(big.Int=").append(x).append(')');
          return;
      }
      String sign = x.signum() < 0 ? "-" : plus ? "+" : space ? " " : "";
      String prefix = "";
      if (sharp) {
        if (verb == 'b') prefix = "0b";
        else if (verb == 'o') prefix = "0";
        else if (verb == 'x') prefix = "0x";
        else if (verb == 'X') prefix = "0X";
      }
      if (verb == 'O') prefix = "0o";
      String digits = x.abs().toString(base);
      if (verb == 'X') digits = digits.toUpperCase();
      int left = 0, zeros = 0, right = 0;
      if (precPresent) {
        if (digits.length() < prec) zeros = prec - digits.length();
        else if (digits.equals("0") && prec == 0) return;
      }
      int length = sign.length() + prefix.length() + zeros + digits.length();
      if (widPresent && length < wid) {
        int d = wid - length;
        if (minus) right = d;
        else if (zero && !precPresent) zeros = d;
        else left = d;
      }
      writePadding(left, false);
      buf.append(sign).append(prefix);
      writePadding(zeros, true);
      buf.append(digits);
      writePadding(right, false);
    }

    // ---- floats ----

    private void fmtFloat(double v, int verb) {
      String num;
      switch (verb) {
        case 'v': num = GoFloat.format(v, 'g', precPresent ? prec : -1); break;
        case 'g': case 'G': num = GoFloat.format(v, verb, precPresent ? prec : -1); break;
        case 'e': case 'E': case 'f': case 'F': num = GoFloat.format(v, verb, precPresent ? prec : 6); break;
        case 'b': num = GoFloat.binary(v); break;
        case 'x': case 'X': num = GoFloat.hex(v, verb, precPresent ? prec : -1); break;
        default:
          badVerb(v, verb);
          return;
      }
      // num starts with its sign ('-' or '+'), as Go reserves room for it.
      if (!num.startsWith("-")) num = "+" + num;
      if (space && num.charAt(0) == '+' && !plus) num = " " + num.substring(1);
      if (plus || num.charAt(0) != '+') {
        if (zero && widPresent && wid > num.length()) {
          buf.append(num.charAt(0));
          writePadding(wid - num.length(), true);
          buf.append(num, 1, num.length());
          return;
        }
        pad(num, true);
        return;
      }
      pad(num.substring(1), true);
    }

    // ---- strings ----

    private void fmtString(String s, int verb, Object arg) {
      switch (verb) {
        case 'v':
          if (sharpV) fmtQ(s);
          else fmtS(s);
          break;
        case 's': fmtS(s); break;
        case 'x': fmtSx(s, false); break;
        case 'X': fmtSx(s, true); break;
        case 'q': fmtQ(s); break;
        default: badVerb(arg, verb);
      }
    }

    private String truncate(String s) {
      if (precPresent && s.codePointCount(0, s.length()) > prec) {
        return s.substring(0, s.offsetByCodePoints(0, prec));
      }
      return s;
    }

    private void fmtS(String s) {
      pad(truncate(s), false);
    }

    private void fmtQ(String s) {
      s = truncate(s);
      if (sharp && Quoting.canBackquote(s)) pad("`" + s + "`", false);
      else pad(Quoting.quote(s, plus), false);
    }

    private void fmtSx(String s, boolean upper) {
      byte[] b = TextOperands.utf8(s);
      int length = b.length;
      if (precPresent && prec < length) length = prec;
      String digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
      StringBuilder out = new StringBuilder();
      for (int i = 0; i < length; i++) {
        if (space && i > 0) out.append(' ');
        if (sharp && (space || i == 0)) out.append(upper ? "0X" : "0x");
        out.append(digits.charAt((b[i] >> 4) & 0xF)).append(digits.charAt(b[i] & 0xF));
      }
      pad(out.toString(), false);
    }
  }
}
