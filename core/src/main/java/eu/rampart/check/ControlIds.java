package eu.rampart.check;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * Validation of control ids named by users (enforcement overrides, waiver rules) against the
 * pack's catalogue, with the nearest id as a suggestion ("LOG3" → "LOG-3").
 */
public final class ControlIds {
  /** The override key that applies to every control (Pulumi's policy config uses the same word). */
  public static final String ALL = "all";

  private ControlIds() {}

  /** " (did you mean LOG-3?)" for the closest known id, or "" when none is reasonably close. */
  public static String suggestion(String given, Collection<String> known) {
    return nearest(given, known).map(id -> " (did you mean " + id + "?)").orElse("");
  }

  static Optional<String> nearest(String given, Collection<String> known) {
    String g = squash(given);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String id : known) {
      int d = distance(g, squash(id));
      if (d < bestDistance) {
        bestDistance = d;
        best = id;
      }
    }
    // more than half the id changed is no longer a typo
    return best != null && bestDistance <= Math.max(1, squash(best).length() / 2) ? Optional.of(best) : Optional.empty();
  }

  /** Case and separators do not count as typos: "log_3", "Log 3" and "LOG3" are all near "LOG-3". */
  private static String squash(String s) {
    return s.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
  }

  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) prev[j] = j;
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
