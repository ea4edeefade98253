package eu.rampart.rego.builtins;

import java.util.ArrayList;
import java.util.List;

/**
 * A direct matcher for globs without {@code {..}} alternatives (the common case): the pattern
 * becomes tokens and matching is a dynamic programme over (token, position), linear in the
 * product of their lengths and much cheaper than running a regular expression. Semantics are
 * those of {@link GlobPattern}, which is the fallback for alternatives.
 */
final class GlobTokens {
  private static final int LITERAL = 0;
  private static final int ONE = 1; // ? : one non-delimiter
  private static final int STAR = 2; // * : any run of non-delimiters
  private static final int SUPER = 3; // ** : any run
  private static final int CLASS = 4; // [..] / [!..]

  private final int[] kind;
  private final int[] cp; // LITERAL: the code point
  private final int[][] ranges; // CLASS: inclusive ranges
  private final boolean[] negated;
  private final int[] delimiters;

  private GlobTokens(List<int[]> tokens, List<int[]> classRanges, int[] delimiters) {
    int n = tokens.size();
    kind = new int[n];
    cp = new int[n];
    ranges = new int[n][];
    negated = new boolean[n];
    for (int i = 0; i < n; i++) {
      int[] t = tokens.get(i);
      kind[i] = t[0];
      cp[i] = t[1];
      if (t[0] == CLASS) {
        ranges[i] = classRanges.get(t[1]);
        negated[i] = t[2] == 1;
      }
    }
    this.delimiters = delimiters;
  }

  /** Tokens for the glob, or null when it needs the general (regex) form; syntax errors are left to GlobPattern. */
  static GlobTokens of(String glob, int[] delimiters) {
    int[] c = glob.codePoints().toArray();
    List<int[]> tokens = new ArrayList<>();
    List<int[]> classes = new ArrayList<>();
    for (int i = 0; i < c.length; ) {
      switch (c[i]) {
        case '{':
        case '}':
          return null;
        case '*':
          if (i + 1 < c.length && c[i + 1] == '*') {
            tokens.add(new int[] {SUPER, 0});
            i += 2;
          } else {
            tokens.add(new int[] {STAR, 0});
            i++;
          }
          break;
        case '?':
          tokens.add(new int[] {ONE, 0});
          i++;
          break;
        case '\\':
          if (i + 1 >= c.length) return null;
          tokens.add(new int[] {LITERAL, c[i + 1]});
          i += 2;
          break;
        case '[': {
          int j = i + 1;
          boolean not = j < c.length && c[j] == '!';
          if (not) j++;
          List<Integer> r = new ArrayList<>();
          while (j < c.length && c[j] != ']') {
            int lo = c[j];
            if (lo == '\\') {
              if (j + 1 >= c.length) return null;
              lo = c[++j];
            }
            int hi = lo;
            if (j + 2 < c.length && c[j + 1] == '-' && c[j + 2] != ']') {
              hi = c[j + 2];
              j += 2;
            }
            if (hi < lo) return null;
            r.add(lo);
            r.add(hi);
            j++;
          }
          if (j >= c.length || r.isEmpty()) return null;
          int[] arr = new int[r.size()];
          for (int k = 0; k < arr.length; k++) arr[k] = r.get(k);
          classes.add(arr);
          tokens.add(new int[] {CLASS, classes.size() - 1, not ? 1 : 0});
          i = j + 1;
          break;
        }
        default:
          tokens.add(new int[] {LITERAL, c[i]});
          i++;
      }
    }
    return new GlobTokens(tokens, classes, delimiters);
  }

  private boolean isDelimiter(int c) {
    for (int d : delimiters) if (d == c) return true;
    return false;
  }

  private boolean single(int t, int c) {
    switch (kind[t]) {
      case LITERAL: return cp[t] == c;
      case ONE: return !isDelimiter(c);
      case CLASS: {
        boolean in = false;
        int[] r = ranges[t];
        for (int k = 0; k < r.length; k += 2) {
          if (c >= r[k] && c <= r[k + 1]) {
            in = true;
            break;
          }
        }
        return in != negated[t];
      }
      default: return false;
    }
  }

  boolean matches(String s) {
    int[] c = s.codePoints().toArray();
    int n = kind.length;
    int m = c.length;
    // can[j]: tokens[0..t) can match c[0..j)
    boolean[] can = new boolean[m + 1];
    boolean[] next = new boolean[m + 1];
    can[0] = true;
    for (int t = 0; t < n; t++) {
      java.util.Arrays.fill(next, false);
      int k = kind[t];
      if (k == STAR || k == SUPER) {
        boolean run = false;
        for (int j = 0; j <= m; j++) {
          // the star either starts here or extends a run over c[j-1]
          if (j > 0 && run && (k == SUPER || !isDelimiter(c[j - 1]))) run = true;
          else if (j > 0) run = false;
          if (can[j]) run = true;
          next[j] = run;
        }
      } else {
        for (int j = 1; j <= m; j++) next[j] = can[j - 1] && single(t, c[j - 1]);
      }
      boolean[] tmp = can;
      can = next;
      next = tmp;
    }
    return can[m];
  }
}
