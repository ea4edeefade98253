package eu.rampart.check;

/**
 * A waiver's URN pattern. {@code **} matches anything, {@code *} matches within one
 * {@code ::}-separated part of the URN (it never crosses {@code ::}), {@code ?} matches one
 * character; everything else is literal. Matching is anchored at both ends.
 *
 * <p>Matched by simulating the pattern as a set of positions (a Thompson NFA): time is
 * proportional to URN length × pattern length whatever the pattern, where a backtracking regex
 * takes exponential time on patterns such as {@code **a**a**a...b}.
 */
public final class UrnGlob {
  private static final char LITERAL = 0;
  private static final char ANY_RUN = 1;     // **
  private static final char PART_RUN = 2;    // *
  private static final char ONE = 3;         // ?

  private final String pattern;
  private final char[] kinds;
  private final char[] literals;

  private UrnGlob(String pattern, char[] kinds, char[] literals) {
    this.pattern = pattern;
    this.kinds = kinds;
    this.literals = literals;
  }

  public static UrnGlob compile(String pattern) {
    StringBuilder kinds = new StringBuilder();
    StringBuilder literals = new StringBuilder();
    int i = 0;
    while (i < pattern.length()) {
      char c = pattern.charAt(i);
      if (c == '*' && i + 1 < pattern.length() && pattern.charAt(i + 1) == '*') {
        kinds.append(ANY_RUN);
        literals.append(' ');
        i += 2;
      } else {
        kinds.append(c == '*' ? PART_RUN : c == '?' ? ONE : LITERAL);
        literals.append(c);
        i++;
      }
    }
    return new UrnGlob(pattern, kinds.toString().toCharArray(), literals.toString().toCharArray());
  }

  public boolean matches(String urn) {
    if (urn == null) return false;
    int n = kinds.length;
    boolean[] now = new boolean[n + 1];
    boolean[] next = new boolean[n + 1];
    now[0] = true;
    closure(now);
    for (int i = 0; i < urn.length(); i++) {
      char c = urn.charAt(i);
      // a * run may take ':' only when the next character is not ':' too: it never spans "::"
      boolean partRunMayTake = c != ':' || i + 1 >= urn.length() || urn.charAt(i + 1) != ':';
      java.util.Arrays.fill(next, false);
      boolean any = false;
      for (int s = 0; s < n; s++) {
        if (!now[s]) continue;
        switch (kinds[s]) {
          case LITERAL -> { if (literals[s] == c) { next[s + 1] = true; any = true; } }
          case ONE -> { next[s + 1] = true; any = true; }
          case ANY_RUN -> { next[s] = true; any = true; }
          default -> { if (partRunMayTake) { next[s] = true; any = true; } }
        }
      }
      if (!any) return false;
      closure(next);
      boolean[] t = now;
      now = next;
      next = t;
    }
    return now[n];
  }

  /** Runs may match nothing: a position before a run also stands after it. */
  private void closure(boolean[] states) {
    for (int s = 0; s < kinds.length; s++) {
      if (states[s] && (kinds[s] == ANY_RUN || kinds[s] == PART_RUN)) states[s + 1] = true;
    }
  }

  public String pattern() { return pattern; }

  @Override
  public String toString() { return pattern; }
}
