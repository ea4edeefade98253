package eu.rampart.rego.builtins;

/** Go's strconv.Quote / QuoteToASCII / QuoteRune / CanBackquote and unicode.IsPrint. */
final class Quoting {
  private Quoting() {}

  /** unicode.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space. */
  static boolean isPrint(int cp) {
    if (cp < 0x80) return cp >= 0x20 && cp < 0x7F;
    switch (Character.getType(cp)) {
      case Character.UNASSIGNED:
      case Character.CONTROL:
      case Character.FORMAT:
      case Character.PRIVATE_USE:
      case Character.SURROGATE:
      case Character.LINE_SEPARATOR:
      case Character.PARAGRAPH_SEPARATOR:
      case Character.SPACE_SEPARATOR:
        return false;
      default:
        return true;
    }
  }

  static String quote(String s, boolean asciiOnly) {
    StringBuilder sb = new StringBuilder(s.length() + 2);
    sb.append('"');
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      appendEscaped(sb, cp, '"', asciiOnly);
    }
    return sb.append('"').toString();
  }

  static String quoteRune(int cp, boolean asciiOnly) {
    StringBuilder sb = new StringBuilder("'");
    appendEscaped(sb, cp, '\'', asciiOnly);
    return sb.append('\'').toString();
  }

  private static void appendEscaped(StringBuilder sb, int cp, char quote, boolean asciiOnly) {
    if (cp == quote || cp == '\\') {
      sb.append('\\').append((char) cp);
      return;
    }
    if (asciiOnly ? (cp < 0x80 && isPrint(cp)) : isPrint(cp)) {
      sb.appendCodePoint(cp);
      return;
    }
    switch (cp) {
      case 0x07: sb.append("\\a"); return;
      case '\b': sb.append("\\b"); return;
      case '\f': sb.append("\\f"); return;
      case '\n': sb.append("\\n"); return;
      case '\r': sb.append("\\r"); return;
      case '\t': sb.append("\\t"); return;
      case 0x0B: sb.append("\\v"); return;
      default:
    }
    if (cp < ' ' || cp == 0x7F) {
      sb.append("\\x").append(hex(cp, 2));
    } else if (cp < 0x10000) {
      sb.append("\\u").append(hex(cp, 4));
    } else {
      sb.append("\\U").append(hex(cp, 8));
    }
  }

  private static String hex(int v, int width) {
    String h = Integer.toHexString(v);
    return "0".repeat(Math.max(0, width - h.length())) + h;
  }

  static boolean canBackquote(String s) {
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == '`' || cp == 0xFEFF) return false;
      if (cp < ' ' && cp != '\t') return false;
      if (cp == 0x7F) return false;
    }
    return true;
  }
}
