package eu.rampart.rego.builtins;

import static eu.rampart.rego.builtins.TextOperands.isGoSpace;

import eu.rampart.rego.types.Type;
import eu.rampart.rego.value.ArrayValue;
import eu.rampart.rego.value.BooleanValue;
import eu.rampart.rego.value.NumberValue;
import eu.rampart.rego.value.ObjectValue;
import eu.rampart.rego.value.SetValue;
import eu.rampart.rego.value.StringValue;
import eu.rampart.rego.value.Value;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * OPA's string built-ins (topdown/strings.go). Positions and lengths count runes (code points),
 * as Go's []rune conversions do, not UTF-16 chars.
 */
public final class StringBuiltins implements BuiltinFamily {
  /**
   * Declared as any so that the function itself reports wrong operands in OPA's words
   * ("one of {string, set, array}"); the generic check would list the kinds alphabetically.
   */
  private static final Type STRINGS = Type.ANY;

  @Override
  public void register(BuiltinRegistry r) {
    List<Type> s = List.of(Type.STRING);
    List<Type> ss = List.of(Type.STRING, Type.STRING);
    r.register("concat", List.of(Type.STRING, Type.union(Type.ARRAY, Type.SET)), Type.STRING, StringBuiltins::concat);
    r.register("contains", ss, Type.BOOLEAN, (c, a) -> BooleanValue.of(Args.string(a, 0).contains(Args.string(a, 1))));
    r.register("startswith", ss, Type.BOOLEAN, (c, a) -> BooleanValue.of(Args.string(a, 0).startsWith(Args.string(a, 1))));
    r.register("endswith", ss, Type.BOOLEAN, (c, a) -> BooleanValue.of(Args.string(a, 0).endsWith(Args.string(a, 1))));
    r.register("format_int", List.of(Type.NUMBER, Type.NUMBER), Type.STRING, StringBuiltins::formatInt);
    r.register("indexof", ss, Type.NUMBER, StringBuiltins::indexOf);
    r.register("indexof_n", ss, Type.ARRAY, StringBuiltins::indexOfN);
    r.register("lower", s, Type.STRING, (c, a) -> StringValue.of(lower(Args.string(a, 0))));
    r.register("upper", s, Type.STRING, (c, a) -> StringValue.of(upper(Args.string(a, 0))));
    r.register("replace", List.of(Type.STRING, Type.STRING, Type.STRING), Type.STRING,
        (c, a) -> {
          String s0 = Args.string(a, 0), old = Args.string(a, 1), rep = Args.string(a, 2);
          // the result can be far longer than the operands: reserve what it will be before building it
          if (rep.length() > old.length()) {
            long hits = old.isEmpty() ? s0.length() + 1L : countOf(s0, old);
            c.reserve(s0.length() + hits * (rep.length() - old.length()));
          }
          return StringValue.of(replaceAll(s0, old, rep));
        });
    r.register("split", ss, Type.ARRAY, StringBuiltins::split);
    r.register("sprintf", List.of(Type.STRING, Type.ARRAY), Type.STRING,
        (c, a) -> StringValue.of(SprintfFormatter.format(Args.string(a, 0), Args.array(a, 1))));
    r.register("substring", List.of(Type.STRING, Type.NUMBER, Type.NUMBER), Type.STRING, StringBuiltins::substring);
    r.register("trim", ss, Type.STRING, (c, a) -> StringValue.of(trim(Args.string(a, 0), Args.string(a, 1), true, true)));
    r.register("trim_left", ss, Type.STRING, (c, a) -> StringValue.of(trim(Args.string(a, 0), Args.string(a, 1), true, false)));
    r.register("trim_right", ss, Type.STRING, (c, a) -> StringValue.of(trim(Args.string(a, 0), Args.string(a, 1), false, true)));
    r.register("trim_prefix", ss, Type.STRING, StringBuiltins::trimPrefix);
    r.register("trim_suffix", ss, Type.STRING, StringBuiltins::trimSuffix);
    r.register("trim_space", s, Type.STRING, (c, a) -> StringValue.of(trimSpace(Args.string(a, 0))));
    r.register("strings.reverse", s, Type.STRING, (c, a) -> StringValue.of(reverse(Args.string(a, 0))));
    r.register("strings.replace_n", List.of(Type.OBJECT, Type.STRING), Type.STRING, StringBuiltins::replaceN);
    r.register("strings.any_prefix_match", List.of(STRINGS, STRINGS), Type.BOOLEAN, (c, a) -> anyMatch(a, true));
    r.register("strings.any_suffix_match", List.of(STRINGS, STRINGS), Type.BOOLEAN, (c, a) -> anyMatch(a, false));
    r.register("strings.count", ss, Type.NUMBER, (c, a) -> NumberValue.of(count(Args.string(a, 0), Args.string(a, 1))));
    r.register("strings.render_template", List.of(Type.STRING, Type.OBJECT), Type.STRING,
        (c, a) -> StringValue.of(GoTemplate.render(Args.string(a, 0), Args.object(a, 1), c)));
  }

  private static long countOf(String s, String sub) {
    long n = 0;
    for (int i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + sub.length())) n++;
    return n;
  }

  private static Value concat(BuiltinContext ctx, Value[] a) {
    String delim = Args.string(a, 0);
    Value coll = a[1];
    Value[] items;
    if (coll instanceof ArrayValue arr) {
      items = new Value[arr.size()];
      for (int i = 0; i < items.length; i++) items[i] = arr.get(i);
    } else if (coll instanceof SetValue set) {
      items = set.sorted();
    } else {
      throw new BuiltinTypeError("operand 2 must be one of {array, set} but got " + coll.typeName());
    }
    long length = (long) delim.length() * Math.max(0, items.length - 1);
    for (Value item : items) if (item instanceof StringValue sv) length += sv.value().length();
    ctx.reserve(length);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < items.length; i++) {
      if (!(items[i] instanceof StringValue sv)) throw TextOperands.elementError(1, coll, "string", items[i]);
      if (i > 0) sb.append(delim);
      sb.append(sv.value());
    }
    return StringValue.of(sb.toString());
  }

  private static Value formatInt(BuiltinContext ctx, Value[] a) {
    NumberValue n = Args.number(a, 0);
    NumberValue base = Args.number(a, 1);
    int radix;
    if (base.isLong() && base.longValue() == 2) radix = 2;
    else if (base.isLong() && base.longValue() == 8) radix = 8;
    else if (base.isLong() && base.longValue() == 10) radix = 10;
    else if (base.isLong() && base.longValue() == 16) radix = 16;
    else throw new BuiltinTypeError("operand 2 must be one of {2, 8, 10, 16}");
    // OPA truncates toward zero (big.Float.Int) before formatting.
    BigInteger i = n.isLong() ? BigInteger.valueOf(n.longValue()) : n.bigDecimal().toBigInteger();
    return StringValue.of(i.toString(radix));
  }

  private static Value indexOf(BuiltinContext ctx, Value[] a) {
    String base = Args.string(a, 0);
    String search = Args.string(a, 1);
    if (search.isEmpty()) throw new BuiltinError("empty search character");
    int i = base.indexOf(search);
    return NumberValue.of(i < 0 ? -1 : TextOperands.runeIndex(base, i));
  }

  private static Value indexOfN(BuiltinContext ctx, Value[] a) {
    String base = Args.string(a, 0);
    String search = Args.string(a, 1);
    if (search.isEmpty()) throw new BuiltinError("empty search character");
    List<Value> out = new ArrayList<>();
    // Overlapping matches, reported as rune offsets (OPA scans []rune).
    int from = 0;
    int runeAt = 0;
    int scanned = 0;
    while (true) {
      int i = base.indexOf(search, from);
      if (i < 0) break;
      runeAt += base.codePointCount(scanned, i);
      scanned = i;
      out.add(NumberValue.of(runeAt));
      from = i + Character.charCount(base.codePointAt(i));
    }
    return ArrayValue.of(out);
  }

  static String lower(String s) {
    if (TextOperands.isAscii(s)) return asciiCase(s, false);
    StringBuilder sb = new StringBuilder(s.length());
    s.codePoints().forEach(cp -> sb.appendCodePoint(Character.toLowerCase(cp)));
    return sb.toString();
  }

  static String upper(String s) {
    if (TextOperands.isAscii(s)) return asciiCase(s, true);
    // Go maps rune by rune (simple case mapping), so "ß" stays "ß" where Java's String.toUpperCase gives "SS".
    StringBuilder sb = new StringBuilder(s.length());
    s.codePoints().forEach(cp -> sb.appendCodePoint(Character.toUpperCase(cp)));
    return sb.toString();
  }

  private static String asciiCase(String s, boolean up) {
    char[] c = null;
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      char m = up ? (ch >= 'a' && ch <= 'z' ? (char) (ch - 32) : ch) : (ch >= 'A' && ch <= 'Z' ? (char) (ch + 32) : ch);
      if (m != ch) {
        if (c == null) c = s.toCharArray();
        c[i] = m;
      }
    }
    return c == null ? s : new String(c);
  }

  /** Go's strings.ReplaceAll: an empty old string inserts new before every rune and at the end. */
  static String replaceAll(String s, String old, String repl) {
    if (!old.isEmpty()) return s.replace(old, repl);
    StringBuilder sb = new StringBuilder(s.length() + repl.length() * (s.length() + 1));
    sb.append(repl);
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      sb.appendCodePoint(cp).append(repl);
      i += Character.charCount(cp);
    }
    return sb.toString();
  }

  private static Value split(BuiltinContext ctx, Value[] a) {
    String s = Args.string(a, 0);
    String sep = Args.string(a, 1);
    List<Value> out = new ArrayList<>();
    if (sep.isEmpty()) {
      for (int i = 0; i < s.length(); ) {
        int cp = s.codePointAt(i);
        int n = Character.charCount(cp);
        out.add(StringValue.of(s.substring(i, i + n)));
        i += n;
      }
      return ArrayValue.of(out);
    }
    int from = 0;
    while (true) {
      int i = s.indexOf(sep, from);
      if (i < 0) break;
      out.add(StringValue.of(s.substring(from, i)));
      from = i + sep.length();
    }
    out.add(StringValue.of(s.substring(from)));
    return ArrayValue.of(out);
  }

  private static Value substring(BuiltinContext ctx, Value[] a) {
    String base = Args.string(a, 0);
    int start = Args.integer(a, 1);
    int length = Args.integer(a, 2);
    if (start < 0) throw new BuiltinError("negative offset");
    if (base.isEmpty()) return StringValue.EMPTY;
    int runes = TextOperands.isAscii(base) ? base.length() : base.codePointCount(0, base.length());
    if (start >= runes) return StringValue.EMPTY;
    int from = base.offsetByCodePoints(0, start);
    if (length < 0) return StringValue.of(base.substring(from));
    int upto = (int) Math.min((long) start + length, runes);
    int to = base.offsetByCodePoints(from, upto - start);
    return StringValue.of(base.substring(from, to));
  }

  /** Go's strings.Trim / TrimLeft / TrimRight: strip runes found in cutset. */
  static String trim(String s, String cutset, boolean left, boolean right) {
    if (s.isEmpty() || cutset.isEmpty()) return s;
    int begin = 0;
    int end = s.length();
    if (left) {
      while (begin < end) {
        int cp = s.codePointAt(begin);
        if (cutset.indexOf(cp) < 0) break;
        begin += Character.charCount(cp);
      }
    }
    if (right) {
      while (end > begin) {
        int cp = s.codePointBefore(end);
        if (cutset.indexOf(cp) < 0) break;
        end -= Character.charCount(cp);
      }
    }
    return s.substring(begin, end);
  }

  private static Value trimPrefix(BuiltinContext ctx, Value[] a) {
    String s = Args.string(a, 0);
    String p = Args.string(a, 1);
    return s.startsWith(p) ? StringValue.of(s.substring(p.length())) : a[0];
  }

  private static Value trimSuffix(BuiltinContext ctx, Value[] a) {
    String s = Args.string(a, 0);
    String p = Args.string(a, 1);
    return s.endsWith(p) ? StringValue.of(s.substring(0, s.length() - p.length())) : a[0];
  }

  static String trimSpace(String s) {
    int begin = 0;
    int end = s.length();
    while (begin < end) {
      int cp = s.codePointAt(begin);
      if (!isGoSpace(cp)) break;
      begin += Character.charCount(cp);
    }
    while (end > begin) {
      int cp = s.codePointBefore(end);
      if (!isGoSpace(cp)) break;
      end -= Character.charCount(cp);
    }
    return s.substring(begin, end);
  }

  /** Reverses runes; a combining sequence is reversed too, as Go does ("2️⃣" becomes "⃣️2"). */
  static String reverse(String s) {
    int[] cps = s.codePoints().toArray();
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = cps.length - 1; i >= 0; i--) sb.appendCodePoint(cps[i]);
    return sb.toString();
  }

  /**
   * Go's strings.NewReplacer over the pattern object's entries in key order: at each position the
   * first key (in that order) that matches wins, matches do not overlap.
   */
  private static Value replaceN(BuiltinContext ctx, Value[] a) {
    ObjectValue patterns = Args.object(a, 0);
    Value[] keys = patterns.sortedKeys();
    String[] olds = new String[keys.length];
    String[] news = new String[keys.length];
    for (int i = 0; i < keys.length; i++) {
      if (!(keys[i] instanceof StringValue k)) throw new BuiltinTypeError("operand 1 non-string key found in pattern object");
      if (!(patterns.get(keys[i]) instanceof StringValue v)) {
        throw new BuiltinTypeError("operand 1 non-string value found in pattern object");
      }
      olds[i] = k.value();
      news[i] = v.value();
    }
    String s = Args.string(a, 1);
    return StringValue.of(replaceN(s, olds, news));
  }

  static String replaceN(String s, String[] olds, String[] news) {
    if (olds.length == 0) return s;
    StringBuilder sb = null;
    int last = 0;
    boolean prevMatchEmpty = false;
    for (int i = 0; i <= s.length(); ) {
      int hit = -1;
      for (int k = 0; k < olds.length; k++) {
        if (olds[k].isEmpty() && prevMatchEmpty) continue;
        if (s.startsWith(olds[k], i)) {
          hit = k;
          break;
        }
      }
      if (hit >= 0) {
        if (sb == null) sb = new StringBuilder(s.length() + 16);
        sb.append(s, last, i).append(news[hit]);
        i += olds[hit].length();
        last = i;
        prevMatchEmpty = olds[hit].isEmpty();
        continue;
      }
      prevMatchEmpty = false;
      if (i == s.length()) break;
      i += Character.charCount(s.codePointAt(i));
    }
    if (sb == null) return s;
    sb.append(s, last, s.length());
    return sb.toString();
  }

  private static Value anyMatch(Value[] a, boolean prefix) {
    String[] strs = TextOperands.stringOrCollection(a, 0);
    String[] affixes = TextOperands.stringOrCollection(a, 1);
    for (String s : strs) {
      for (String p : affixes) {
        if (prefix ? s.startsWith(p) : s.endsWith(p)) return BooleanValue.TRUE;
      }
    }
    return BooleanValue.FALSE;
  }

  /** Go's strings.Count: non-overlapping; an empty needle counts rune boundaries (runes + 1). */
  static int count(String s, String sub) {
    if (sub.isEmpty()) return s.codePointCount(0, s.length()) + 1;
    int n = 0;
    for (int i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + sub.length())) n++;
    return n;
  }
}
