package eu.rampart.report;

/** Removes characters XML 1.0 cannot carry (control characters other than tab, CR, LF). */
public final class Xml {
  private Xml() {}

  public static String clean(String s) {
    if (s == null) return "";
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
          || Character.isSurrogate(c);
      if (!ok) {
        if (sb == null) sb = new StringBuilder(s.substring(0, i));
        sb.append('\uFFFD');
      } else if (sb != null) {
        sb.append(c);
      }
    }
    return sb == null ? s : sb.toString();
  }
}
