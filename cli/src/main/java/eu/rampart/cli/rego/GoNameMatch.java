package eu.rampart.cli.rego;

/**
 * Go's {@code path/filepath.Match} for one file or directory name, as {@code opa test/eval
 * --ignore} uses it (loader.GlobExcludeName): {@code *} any run of characters other than
 * {@code /}, {@code ?} one such character, {@code [a-z]} / {@code [^a-z]} classes and {@code \}
 * escapes. A malformed pattern matches nothing, as OPA ignores Match's error. Matching is a
 * dynamic program over pattern and name positions, so no pattern can make it backtrack.
 */
final class GoNameMatch {
  private GoNameMatch() {}

  static boolean matches(String pattern, String name) {
    try {
      return run(compile(pattern), name);
    } catch (IllegalArgumentException badPattern) {
      return false;
    }
  }

  /** One pattern element: STAR, ANY (?), LITERAL c, or a CLASS with its ranges. */
  private record Elem(char kind, char c, boolean negated, char[] ranges) {
    boolean accepts(char x) {
      switch (kind) {
        case '?': return x != '/';
        case 'l': return x == c;
        case '[': {
          if (x == '/') return false;
          boolean in = false;
          for (int i = 0; i < ranges.length; i += 2) if (ranges[i] <= x && x <= ranges[i + 1]) in = true;
          return in != negated;
        }
        default: return false;
      }
    }
  }

  private static java.util.List<Elem> compile(String p) {
    java.util.List<Elem> out = new java.util.ArrayList<>();
    for (int i = 0; i < p.length(); i++) {
      char c = p.charAt(i);
      if (c == '*') {
        out.add(new Elem('*', '\0', false, null));
      } else if (c == '?') {
        out.add(new Elem('?', '\0', false, null));
      } else if (c == '\\') {
        if (++i >= p.length()) throw new IllegalArgumentException("bad pattern");
        out.add(new Elem('l', p.charAt(i), false, null));
      } else if (c == '[') {
        i++;
        boolean neg = i < p.length() && p.charAt(i) == '^';
        if (neg) i++;
        StringBuilder ranges = new StringBuilder();
        boolean first = true;
        while (true) {
          if (i >= p.length()) throw new IllegalArgumentException("bad pattern");
          char x = p.charAt(i);
          if (x == ']' && !first) break;
          char lo = x;
          if (lo == '\\') {
            if (++i >= p.length()) throw new IllegalArgumentException("bad pattern");
            lo = p.charAt(i);
          } else if (lo == ']' || lo == '-') {
            throw new IllegalArgumentException("bad pattern");
          }
          char hi = lo;
          if (i + 1 < p.length() && p.charAt(i + 1) == '-' && i + 2 < p.length() && p.charAt(i + 2) != ']') {
            i += 2;
            hi = p.charAt(i);
            if (hi == '\\') {
              if (++i >= p.length()) throw new IllegalArgumentException("bad pattern");
              hi = p.charAt(i);
            }
            if (hi < lo) throw new IllegalArgumentException("bad pattern");
          }
          ranges.append(lo).append(hi);
          first = false;
          i++;
        }
        out.add(new Elem('[', '\0', neg, ranges.toString().toCharArray()));
      } else {
        out.add(new Elem('l', c, false, null));
      }
    }
    return out;
  }

  private static boolean run(java.util.List<Elem> pat, String s) {
    // reach[j]: the pattern prefix read so far can match s[0..j)
    boolean[] reach = new boolean[s.length() + 1];
    reach[0] = true;
    for (Elem e : pat) {
      boolean[] next = new boolean[s.length() + 1];
      if (e.kind() == '*') {
        // s[k..j) after a reachable k, as long as it holds no separator
        boolean on = false;
        for (int j = 0; j <= s.length(); j++) {
          on = reach[j] || on && s.charAt(j - 1) != '/';
          next[j] = on;
        }
      } else {
        for (int j = 0; j < s.length(); j++) if (reach[j] && e.accepts(s.charAt(j))) next[j + 1] = true;
      }
      reach = next;
    }
    return reach[s.length()];
  }
}
