package eu.rampart.rego.builtins;

/**
 * Recognises regular expressions that are plain literals, optionally anchored ("eu-", "^eu-",
 * "-prod$", "^arn:aws:kms$", "^a\.b"), which policies use a lot. For those, regex.match is
 * decided with String operations: the same answer as RE2 (without (?m), ^ and $ only match at
 * the ends of the text), at a fraction of the cost of running the automaton.
 */
record RegexLiteral(String text, boolean anchoredStart, boolean anchoredEnd) {
  private static final String META = "\\.+*?()|[]{}^$";

  /** The literal form of the pattern, or null when it uses any regex feature. */
  static RegexLiteral of(String pattern) {
    int i = 0;
    int end = pattern.length();
    boolean start = false;
    boolean stop = false;
    if (i < end && pattern.charAt(i) == '^') {
      start = true;
      i++;
    }
    if (end > i && pattern.charAt(end - 1) == '$' && !escaped(pattern, end - 1)) {
      stop = true;
      end--;
    }
    StringBuilder sb = new StringBuilder(end - i);
    while (i < end) {
      char c = pattern.charAt(i);
      if (c == '\\') {
        if (i + 1 >= end) return null;
        char e = pattern.charAt(i + 1);
        // RE2: a backslash before ASCII punctuation is that character; before anything else it is a class or an escape.
        if (e >= 0x80 || Character.isLetterOrDigit(e) || e == ' ' || e < 0x20) return null;
        sb.append(e);
        i += 2;
      } else if (META.indexOf(c) >= 0) {
        return null;
      } else {
        sb.append(c);
        i++;
      }
    }
    return new RegexLiteral(sb.toString(), start, stop);
  }

  private static boolean escaped(String s, int at) {
    int n = 0;
    for (int k = at - 1; k >= 0 && s.charAt(k) == '\\'; k--) n++;
    return n % 2 == 1;
  }

  boolean matches(String s) {
    if (anchoredStart && anchoredEnd) return s.equals(text);
    if (anchoredStart) return s.startsWith(text);
    if (anchoredEnd) return s.endsWith(text);
    return s.contains(text);
  }
}
