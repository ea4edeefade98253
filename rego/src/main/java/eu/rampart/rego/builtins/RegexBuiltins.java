package eu.rampart.rego.builtins;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import eu.rampart.rego.types.Type;
import eu.rampart.rego.value.ArrayValue;
import eu.rampart.rego.value.BooleanValue;
import eu.rampart.rego.value.StringValue;
import eu.rampart.rego.value.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * OPA's regex built-ins (topdown/regex.go) on RE2 semantics via re2j, which ports Go's regexp.
 * Match iteration, splitting and replacement follow Go's loops exactly (notably: an empty match
 * right after a previous match is skipped), since Java's Matcher differs there.
 */
public final class RegexBuiltins implements BuiltinFamily {
  private static final PatternCache<String, Pattern> CACHE = new PatternCache<>(1000);
  private static final PatternCache<String, Pattern> TEMPLATES = new PatternCache<>(1000);
  /** regex.match's view of a pattern: a literal fast path when there is one, else the compiled pattern. */
  private static final PatternCache<String, Object> MATCHERS = new PatternCache<>(1000);

  @Override
  public void register(BuiltinRegistry r) {
    List<Type> ss = List.of(Type.STRING, Type.STRING);
    r.register("regex.match", ss, Type.BOOLEAN, RegexBuiltins::match);
    r.register("re_match", ss, Type.BOOLEAN, RegexBuiltins::match);
    r.register("regex.is_valid", List.of(Type.ANY), Type.BOOLEAN, RegexBuiltins::isValid);
    r.register("regex.split", ss, Type.ARRAY, RegexBuiltins::split);
    r.register("regex.find_n", List.of(Type.STRING, Type.STRING, Type.NUMBER), Type.ARRAY, RegexBuiltins::findN);
    r.register("regex.find_all_string_submatch_n", List.of(Type.STRING, Type.STRING, Type.NUMBER), Type.ARRAY,
        RegexBuiltins::findAllSubmatch);
    r.register("regex.replace", List.of(Type.STRING, Type.STRING, Type.STRING), Type.STRING, RegexBuiltins::replace);
    r.register("regex.template_match", List.of(Type.STRING, Type.STRING, Type.STRING, Type.STRING), Type.BOOLEAN,
        RegexBuiltins::templateMatch);
    r.register("regex.globs_match", ss, Type.BOOLEAN,
        (c, a) -> BooleanValue.of(GlobIntersection.intersects(Args.string(a, 0), Args.string(a, 1))));
  }

  /** The compiled pattern, or a BuiltinError with Go's message ("error parsing regexp: ..."). */
  static Pattern compile(String pattern) {
    return CACHE.get(pattern, RegexBuiltins::compileUncached);
  }

  private static Pattern compileUncached(String pattern) {
    try {
      return Pattern.compile(pattern);
    } catch (PatternSyntaxException e) {
      throw new BuiltinError(e.getMessage());
    }
  }

  private static Value match(BuiltinContext ctx, Value[] a) {
    Object m = MATCHERS.get(Args.string(a, 0), RegexBuiltins::matcherFor);
    String s = Args.string(a, 1);
    return BooleanValue.of(m instanceof RegexLiteral lit ? lit.matches(s) : ((Pattern) m).matcher(s).find());
  }

  private static Object matcherFor(String pattern) {
    RegexLiteral lit = RegexLiteral.of(pattern);
    if (lit != null) {
      compileUncached(pattern); // still reject what RE2 rejects, with its message
      return lit;
    }
    return compile(pattern);
  }

  private static Value isValid(BuiltinContext ctx, Value[] a) {
    if (!(a[0] instanceof StringValue s)) return BooleanValue.FALSE;
    try {
      compile(s.value());
      return BooleanValue.TRUE;
    } catch (BuiltinError e) {
      return BooleanValue.FALSE;
    }
  }

  /**
   * Go's Regexp.allMatches: up to n (all if negative) matches as group offset arrays
   * [start0, end0, start1, end1, ...], with -1 for groups that did not take part.
   */
  static List<int[]> allMatches(Pattern p, String s, int n) {
    List<int[]> out = new ArrayList<>();
    if (n < 0) n = Integer.MAX_VALUE;
    Matcher m = p.matcher(s);
    int groups = m.groupCount();
    int end = s.length();
    int prevMatchEnd = -1;
    for (int pos = 0, i = 0; i < n && pos <= end; ) {
      if (!m.find(pos)) break;
      boolean accept = true;
      if (m.end() == pos) {
        if (m.start() == prevMatchEnd) accept = false; // no empty match right after a match
        pos += pos < end ? Character.charCount(s.codePointAt(pos)) : 1;
      } else {
        pos = m.end();
      }
      prevMatchEnd = m.end();
      if (accept) {
        int[] g = new int[2 * (groups + 1)];
        for (int k = 0; k <= groups; k++) {
          g[2 * k] = m.start(k);
          g[2 * k + 1] = m.end(k);
        }
        out.add(g);
        i++;
      }
    }
    return out;
  }

  private static Value split(BuiltinContext ctx, Value[] a) {
    String pattern = Args.string(a, 0);
    Pattern p = compile(pattern);
    String s = Args.string(a, 1);
    // Go's Regexp.Split(s, -1).
    if (!pattern.isEmpty() && s.isEmpty()) return ArrayValue.of(StringValue.EMPTY);
    List<Value> out = new ArrayList<>();
    int beg = 0;
    int end = 0;
    for (int[] match : allMatches(p, s, -1)) {
      end = match[0];
      if (match[1] != 0) out.add(StringValue.of(s.substring(beg, end)));
      beg = match[1];
    }
    if (end != s.length()) out.add(StringValue.of(s.substring(beg)));
    return ArrayValue.of(out);
  }

  private static Value findN(BuiltinContext ctx, Value[] a) {
    Pattern p = compile(Args.string(a, 0));
    String s = Args.string(a, 1);
    int n = Args.integer(a, 2);
    List<Value> out = new ArrayList<>();
    if (n != 0) {
      for (int[] g : allMatches(p, s, n)) out.add(StringValue.of(s.substring(g[0], g[1])));
    }
    return ArrayValue.of(out);
  }

  private static Value findAllSubmatch(BuiltinContext ctx, Value[] a) {
    Pattern p = compile(Args.string(a, 0));
    String s = Args.string(a, 1);
    int n = Args.integer(a, 2);
    List<Value> out = new ArrayList<>();
    if (n != 0) {
      for (int[] g : allMatches(p, s, n)) {
        Value[] row = new Value[g.length / 2];
        for (int k = 0; k < row.length; k++) {
          row[k] = g[2 * k] < 0 ? StringValue.EMPTY : StringValue.of(s.substring(g[2 * k], g[2 * k + 1]));
        }
        out.add(ArrayValue.wrap(row));
      }
    }
    return ArrayValue.of(out);
  }

  private static Value replace(BuiltinContext ctx, Value[] a) {
    String s = Args.string(a, 0);
    Pattern p = compile(Args.string(a, 1));
    String repl = Args.string(a, 2);
    return StringValue.of(replaceAll(p, s, repl));
  }

  /** Go's Regexp.ReplaceAllString, including its $1 / ${name} expansion. */
  static String replaceAll(Pattern p, String src, String repl) {
    Matcher m = p.matcher(src);
    int groups = m.groupCount();
    boolean expand = repl.indexOf('$') >= 0;
    StringBuilder buf = null;
    int lastMatchEnd = 0;
    int searchPos = 0;
    int end = src.length();
    while (searchPos <= end) {
      if (!m.find(searchPos)) break;
      int a0 = m.start();
      int a1 = m.end();
      if (buf == null) buf = new StringBuilder(src.length() + 16);
      buf.append(src, lastMatchEnd, a0);
      // No replacement for an empty match right after another match.
      if (a1 > lastMatchEnd || a0 == 0) {
        if (expand) {
          int[] g = new int[2 * (groups + 1)];
          for (int k = 0; k <= groups; k++) {
            g[2 * k] = m.start(k);
            g[2 * k + 1] = m.end(k);
          }
          expand(buf, repl, src, g, p);
        } else {
          buf.append(repl);
        }
      }
      lastMatchEnd = a1;
      int width = searchPos < end ? Character.charCount(src.codePointAt(searchPos)) : 0;
      if (searchPos + width > a1) searchPos += width;
      else if (searchPos + 1 > a1) searchPos++;
      else searchPos = a1;
    }
    if (buf == null) return src;
    buf.append(src, lastMatchEnd, end);
    return buf.toString();
  }

  /** Go's Regexp.expand: $$, $name, ${name}; names are the longest run of [A-Za-z0-9_]. */
  private static void expand(StringBuilder dst, String template, String src, int[] match, Pattern p) {
    int i = 0;
    int n = template.length();
    while (i < n) {
      int d = template.indexOf('$', i);
      if (d < 0) {
        dst.append(template, i, n);
        return;
      }
      dst.append(template, i, d);
      i = d + 1;
      if (i < n && template.charAt(i) == '$') {
        dst.append('$');
        i++;
        continue;
      }
      String name = null;
      int next = i;
      if (i < n && template.charAt(i) == '{') {
        int close = template.indexOf('}', i + 1);
        if (close > i + 1 && isName(template, i + 1, close)) {
          name = template.substring(i + 1, close);
          next = close + 1;
        }
      } else {
        int j = i;
        while (j < n && isNameChar(template.charAt(j))) j++;
        if (j > i) {
          name = template.substring(i, j);
          next = j;
        }
      }
      if (name == null) {
        dst.append('$'); // malformed: the $ is kept literally
        continue;
      }
      i = next;
      int group = groupIndex(name, p, match.length / 2);
      if (group >= 0 && match[2 * group] >= 0) dst.append(src, match[2 * group], match[2 * group + 1]);
    }
  }

  private static boolean isName(String s, int from, int to) {
    for (int k = from; k < to; k++) if (!isNameChar(s.charAt(k))) return false;
    return true;
  }

  private static boolean isNameChar(char c) {
    return c == '_' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static int groupIndex(String name, Pattern p, int groupCount) {
    boolean numeric = true;
    for (int k = 0; k < name.length(); k++) if (!Character.isDigit(name.charAt(k))) numeric = false;
    if (numeric) {
      try {
        int g = Integer.parseInt(name);
        return g < groupCount ? g : -1;
      } catch (NumberFormatException e) {
        return -1;
      }
    }
    Integer g = p.namedGroups().get(name);
    return g == null ? -1 : g;
  }

  private static Value templateMatch(BuiltinContext ctx, Value[] a) {
    String template = Args.string(a, 0);
    String s = Args.string(a, 1);
    String start = Args.string(a, 2);
    String end = Args.string(a, 3);
    if (start.length() != 1) {
      throw new BuiltinError("start delimiter has to be exactly one character long but is " + TextOperands.utf8(start).length + " long");
    }
    if (end.length() != 1) {
      throw new BuiltinError("end delimiter has to be exactly one character long but is " + TextOperands.utf8(end).length + " long");
    }
    String key = start + end + template;
    Pattern p = TEMPLATES.get(key, k -> compileTemplate(template, start.charAt(0), end.charAt(0)));
    return BooleanValue.of(p.matcher(s).find());
  }

  /** OPA's gorilla/mux-style template: literal text with delimited regular expressions, anchored. */
  static Pattern compileTemplate(String tpl, char open, char close) {
    List<Integer> idxs = new ArrayList<>();
    int level = 0;
    int idx = 0;
    for (int i = 0; i < tpl.length(); i++) {
      char c = tpl.charAt(i);
      if (c == open) {
        if (++level == 1) idx = i;
      } else if (c == close) {
        if (--level == 0) {
          idxs.add(idx);
          idxs.add(i + 1);
        } else if (level < 0) {
          throw new BuiltinError("unbalanced braces in \"" + tpl + "\"");
        }
      }
    }
    if (level != 0) throw new BuiltinError("unbalanced braces in \"" + tpl + "\"");
    StringBuilder pattern = new StringBuilder("^");
    int end = 0;
    for (int i = 0; i < idxs.size(); i += 2) {
      String raw = tpl.substring(end, idxs.get(i));
      end = idxs.get(i + 1);
      String inner = tpl.substring(idxs.get(i) + 1, end - 1);
      compileUncached("^" + inner + "$"); // each variable must be a valid expression on its own
      pattern.append(quoteMeta(raw)).append('(').append(inner).append(')');
    }
    pattern.append(quoteMeta(tpl.substring(end))).append('$');
    return compileUncached(pattern.toString());
  }

  /** Go's regexp.QuoteMeta. */
  static String quoteMeta(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ("\\.+*?()|[]{}^$".indexOf(c) >= 0) sb.append('\\');
      sb.append(c);
    }
    return sb.toString();
  }
}
