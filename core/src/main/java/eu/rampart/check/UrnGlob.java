package eu.rampart.check;

import java.util.regex.Pattern;

/**
 * A waiver's URN pattern. {@code **} matches anything, {@code *} matches within one
 * {@code ::}-separated part of the URN (it never crosses {@code ::}), {@code ?} matches one
 * character; everything else is literal. Matching is anchored at both ends.
 */
public final class UrnGlob {
  private final String pattern;
  private final Pattern regex;

  private UrnGlob(String pattern, Pattern regex) {
    this.pattern = pattern;
    this.regex = regex;
  }

  public static UrnGlob compile(String pattern) {
    StringBuilder re = new StringBuilder();
    int i = 0;
    while (i < pattern.length()) {
      char c = pattern.charAt(i);
      if (c == '*' && i + 1 < pattern.length() && pattern.charAt(i + 1) == '*') {
        re.append("(?s:.*)");
        i += 2;
      } else if (c == '*') {
        // any run of characters that does not contain "::"
        re.append("(?:[^:]|:(?!:))*?");
        i++;
      } else if (c == '?') {
        re.append("(?s:.)");
        i++;
      } else {
        re.append(Pattern.quote(String.valueOf(c)));
        i++;
      }
    }
    return new UrnGlob(pattern, Pattern.compile(re.toString()));
  }

  public boolean matches(String urn) { return urn != null && regex.matcher(urn).matches(); }

  public String pattern() { return pattern; }

  @Override
  public String toString() { return pattern; }
}
