package eu.rampart.rego.parse;

/**
 * Finds the extent of template strings ({@code $"..."} and {@code $`...`}) including nested
 * templates and strings inside their {@code {expr}} parts. Returns -1 when unterminated.
 */
final class TemplateScanner {
  private TemplateScanner() {}

  /** pos is just after the opening delimiter; returns the index just after the closing one. */
  static int body(String s, int pos, boolean raw) {
    while (pos < s.length()) {
      char c = s.charAt(pos);
      if (c == '\\') {
        if (raw) pos += pos + 1 < s.length() && s.charAt(pos + 1) == '{' ? 2 : 1;
        else pos += 2;
        continue;
      }
      if (!raw && c == '"') return pos + 1;
      if (raw && c == '`') return pos + 1;
      if (!raw && c == '\n') return -1;
      if (c == '{') {
        pos = expr(s, pos + 1);
        if (pos < 0) return -1;
        continue;
      }
      pos++;
    }
    return -1;
  }

  /** pos is just after '{'; returns the index just after the matching '}'. */
  static int expr(String s, int pos) {
    int depth = 1;
    while (pos < s.length()) {
      char c = s.charAt(pos);
      if (c == '$' && pos + 1 < s.length() && (s.charAt(pos + 1) == '"' || s.charAt(pos + 1) == '`')) {
        pos = body(s, pos + 2, s.charAt(pos + 1) == '`');
        if (pos < 0) return -1;
        continue;
      }
      if (c == '"') {
        pos++;
        while (pos < s.length() && s.charAt(pos) != '"') pos += s.charAt(pos) == '\\' ? 2 : 1;
        pos++;
        continue;
      }
      if (c == '`') {
        int e = s.indexOf('`', pos + 1);
        if (e < 0) return -1;
        pos = e + 1;
        continue;
      }
      if (c == '{') depth++;
      else if (c == '}' && --depth == 0) return pos + 1;
      pos++;
    }
    return -1;
  }
}
