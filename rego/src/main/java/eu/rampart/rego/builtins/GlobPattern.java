package eu.rampart.rego.builtins;

import com.google.re2j.Pattern;

/**
 * Compiles a glob in the syntax of gobwas/glob (OPA's glob.match) to an anchored RE2 pattern:
 * {@code *} is any run of non-delimiter characters, {@code **} any run at all, {@code ?} one
 * non-delimiter character, {@code [abc]}, {@code [a-z]}, {@code [!a-z]} one character in or out
 * of the list (delimiters included), {@code {a,b*}} alternatives, backslash escapes the next
 * character.
 */
final class GlobPattern {
  private final String glob;
  private final int[] cps;
  private final String notDelimiter; // regex for one non-delimiter character
  private int i;

  private GlobPattern(String glob, int[] delimiters) {
    this.glob = glob;
    this.cps = glob.codePoints().toArray();
    if (delimiters.length == 0) {
      notDelimiter = "(?s:.)";
    } else {
      StringBuilder sb = new StringBuilder("[^");
      for (int d : delimiters) sb.append(hex(d));
      notDelimiter = sb.append(']').toString();
    }
  }

  static Pattern compile(String glob, int[] delimiters) {
    GlobPattern p = new GlobPattern(glob, delimiters);
    StringBuilder re = new StringBuilder("^(?s:");
    p.sequence(re, false);
    if (p.i < p.cps.length) throw p.error("unexpected '" + new String(Character.toChars(p.cps[p.i])) + "'");
    re.append(")$");
    return Pattern.compile(re.toString());
  }

  private BuiltinError error(String what) {
    return new BuiltinError("glob: " + what + " in pattern \"" + glob + "\"");
  }

  private static String hex(int cp) {
    return "\\x{" + Integer.toHexString(cp) + "}";
  }

  /** Appends a sequence; inside braces it stops at ',' or '}' (left for the caller). */
  private void sequence(StringBuilder re, boolean inTerms) {
    while (i < cps.length) {
      int c = cps[i];
      if (inTerms && (c == ',' || c == '}')) return;
      switch (c) {
        case '*':
          if (i + 1 < cps.length && cps[i + 1] == '*') {
            re.append("(?s:.*)");
            i += 2;
          } else {
            re.append(notDelimiter).append('*');
            i++;
          }
          break;
        case '?':
          re.append(notDelimiter);
          i++;
          break;
        case '[':
          i++;
          charClass(re);
          break;
        case '{':
          i++;
          terms(re);
          break;
        case '\\':
          if (i + 1 >= cps.length) throw error("unexpected end of input after escape");
          re.append(hex(cps[i + 1]));
          i += 2;
          break;
        default:
          re.append(hex(c));
          i++;
      }
    }
  }

  private void terms(StringBuilder re) {
    re.append("(?:");
    while (true) {
      sequence(re, true);
      if (i >= cps.length) throw error("unexpected end of input: unclosed '{'");
      if (cps[i] == '}') {
        i++;
        re.append(')');
        return;
      }
      re.append('|');
      i++; // ','
    }
  }

  private void charClass(StringBuilder re) {
    boolean not = i < cps.length && cps[i] == '!';
    if (not) i++;
    StringBuilder cls = new StringBuilder(not ? "[^" : "[");
    boolean any = false;
    while (true) {
      if (i >= cps.length) throw error("unexpected end of input: unclosed '['");
      int c = cps[i];
      if (c == ']') {
        i++;
        break;
      }
      if (c == '\\') {
        if (i + 1 >= cps.length) throw error("unexpected end of input after escape");
        c = cps[++i];
      }
      if (i + 2 < cps.length && cps[i + 1] == '-' && cps[i + 2] != ']') {
        int hi = cps[i + 2];
        if (hi < c) throw error("could not read range: '" + new String(Character.toChars(c)) + "-"
            + new String(Character.toChars(hi)) + "' is out of order");
        cls.append(hex(c)).append('-').append(hex(hi));
        i += 3;
      } else {
        cls.append(hex(c));
        i++;
      }
      any = true;
    }
    if (!any) throw error("empty character class");
    re.append(cls).append(']');
  }
}
