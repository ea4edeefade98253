package eu.rampart.rego.builtins;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code regex.globs_match}: whether two regexp-style globs (the syntax of OPA's
 * yashtewari/glob-intersection dependency: literal characters, {@code .} for any character,
 * {@code [..]} sets with ranges, backslash escapes, and the quantifiers {@code * + ?} on the
 * preceding token) match at least one common string. Decided by a breadth-first search over the
 * product of the two patterns' automata, so it is linear in the product of their lengths.
 */
final class GlobIntersection {
  private GlobIntersection() {}

  private static final int MAX_CP = Character.MAX_CODE_POINT;
  private static final PatternCache<String, Element[]> CACHE = new PatternCache<>(1000);

  private enum Kind { ONE, STAR, OPTIONAL }

  /** A character class as sorted, disjoint, inclusive code point ranges [lo0, hi0, lo1, hi1, ...]. */
  private record Element(int[] ranges, Kind kind) {}

  static boolean intersects(String a, String b) {
    Element[] x = CACHE.get(a, GlobIntersection::parse);
    Element[] y = CACHE.get(b, GlobIntersection::parse);
    int n = x.length;
    int m = y.length;
    boolean[] seen = new boolean[(n + 1) * (m + 1)];
    ArrayDeque<int[]> queue = new ArrayDeque<>();
    queue.add(new int[] {0, 0});
    seen[0] = true;
    while (!queue.isEmpty()) {
      int[] s = queue.poll();
      int i = s[0];
      int j = s[1];
      if (i == n && j == m) return true;
      if (i < n && x[i].kind != Kind.ONE) visit(queue, seen, m, i + 1, j);
      if (j < m && y[j].kind != Kind.ONE) visit(queue, seen, m, i, j + 1);
      if (i < n && j < m && overlap(x[i].ranges, y[j].ranges)) {
        visit(queue, seen, m, x[i].kind == Kind.STAR ? i : i + 1, y[j].kind == Kind.STAR ? j : j + 1);
      }
    }
    return false;
  }

  private static void visit(ArrayDeque<int[]> queue, boolean[] seen, int m, int i, int j) {
    int k = i * (m + 1) + j;
    if (!seen[k]) {
      seen[k] = true;
      queue.add(new int[] {i, j});
    }
  }

  private static boolean overlap(int[] a, int[] b) {
    int i = 0;
    int j = 0;
    while (i < a.length && j < b.length) {
      if (a[i + 1] < b[j]) i += 2;
      else if (b[j + 1] < a[i]) j += 2;
      else return true;
    }
    return false;
  }

  private static BuiltinError invalid(String input, int pos, String what) {
    return new BuiltinError("input:" + input + ", pos:" + pos + ", " + what + ": the input provided is invalid");
  }

  static Element[] parse(String glob) {
    List<Element> out = new ArrayList<>();
    int[] cps = glob.codePoints().toArray();
    int i = 0;
    boolean quantified = false; // the last element already carries a quantifier
    while (i < cps.length) {
      int c = cps[i];
      int pos = i + 1;
      int[] ranges;
      switch (c) {
        case '*':
        case '+':
        case '?': {
          if (out.isEmpty() || quantified) {
            throw invalid(glob, pos, "quantifier '" + (char) c + "' with no preceding character or set");
          }
          Element prev = out.remove(out.size() - 1);
          if (c == '*') {
            out.add(new Element(prev.ranges, Kind.STAR));
          } else if (c == '?') {
            out.add(new Element(prev.ranges, Kind.OPTIONAL));
          } else {
            out.add(new Element(prev.ranges, Kind.ONE));
            out.add(new Element(prev.ranges, Kind.STAR));
          }
          quantified = true;
          i++;
          continue;
        }
        case ']':
          throw invalid(glob, pos, "set-close ']' with no preceding '['");
        case '.':
          ranges = new int[] {0, MAX_CP};
          i++;
          break;
        case '\\':
          if (i + 1 >= cps.length) throw invalid(glob, pos, "escape '\\' at end of input");
          ranges = new int[] {cps[i + 1], cps[i + 1]};
          i += 2;
          break;
        case '[': {
          int[] next = {i + 1};
          ranges = parseSet(glob, cps, next);
          i = next[0];
          break;
        }
        default:
          ranges = new int[] {c, c};
          i++;
      }
      out.add(new Element(ranges, Kind.ONE));
      quantified = false;
    }
    return out.toArray(new Element[0]);
  }

  private static int[] parseSet(String glob, int[] cps, int[] at) {
    int start = at[0];
    boolean negated = start < cps.length && cps[start] == '^';
    int i = negated ? start + 1 : start;
    List<int[]> items = new ArrayList<>();
    while (true) {
      if (i >= cps.length) throw invalid(glob, start, "set-open '[' with no closing ']'");
      int c = cps[i];
      if (c == ']') break;
      if (c == '[') throw invalid(glob, i + 1, "set-open '[' inside a set");
      if (c == '\\') {
        if (i + 1 >= cps.length) throw invalid(glob, i + 1, "escape '\\' at end of input");
        c = cps[++i];
      }
      int lo = c;
      int hi = c;
      if (i + 2 < cps.length && cps[i + 1] == '-' && cps[i + 2] != ']') {
        int h = cps[i + 2];
        int skip = 2;
        if (h == '\\') {
          if (i + 3 >= cps.length) throw invalid(glob, i + 3, "escape '\\' at end of input");
          h = cps[i + 3];
          skip = 3;
        }
        if (h < lo) throw invalid(glob, i + 1, "range '" + new String(Character.toChars(lo)) + "-"
            + new String(Character.toChars(h)) + "' is out of order");
        hi = h;
        i += skip;
      }
      items.add(new int[] {lo, hi});
      i++;
    }
    if (items.isEmpty()) throw invalid(glob, i + 1, "set-close ']' with an empty set");
    at[0] = i + 1;
    items.sort((p, q) -> Integer.compare(p[0], q[0]));
    List<int[]> merged = new ArrayList<>();
    for (int[] r : items) {
      if (!merged.isEmpty() && r[0] <= merged.get(merged.size() - 1)[1] + 1) {
        int[] last = merged.get(merged.size() - 1);
        last[1] = Math.max(last[1], r[1]);
      } else {
        merged.add(new int[] {r[0], r[1]});
      }
    }
    List<Integer> flat = new ArrayList<>();
    if (!negated) {
      for (int[] r : merged) {
        flat.add(r[0]);
        flat.add(r[1]);
      }
    } else {
      int next = 0;
      for (int[] r : merged) {
        if (r[0] > next) {
          flat.add(next);
          flat.add(r[0] - 1);
        }
        next = r[1] + 1;
      }
      if (next <= MAX_CP) {
        flat.add(next);
        flat.add(MAX_CP);
      }
    }
    int[] out = new int[flat.size()];
    for (int k = 0; k < out.length; k++) out[k] = flat.get(k);
    return out;
  }
}
