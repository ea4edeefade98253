package eu.rampart.rego.builtins;

import java.nio.charset.StandardCharsets;

/**
 * Go's {@code encoding/pem.Decode}: finds the next well-formed block, skipping text and broken
 * blocks before it, and returns it with the remaining input. Headers ("Proc-Type: ...") are
 * skipped; the body is base64 with any whitespace.
 */
final class CryptoX509Pem {
  private CryptoX509Pem() {}

  record Block(String type, byte[] bytes) {}

  record Decoded(Block block, String rest) {}

  private static final String BEGIN = "-----BEGIN ";
  private static final String DASHES = "-----";

  /** The next block, or a null block when none is left. */
  static Decoded decode(String data) {
    String rest = data;
    while (true) {
      int at = startOfBegin(rest);
      if (at < 0) return new Decoded(null, data);
      String afterBegin = rest.substring(at + BEGIN.length());
      int eol = afterBegin.indexOf('\n');
      String typeLine = (eol < 0 ? afterBegin : afterBegin.substring(0, eol)).stripTrailing();
      if (eol < 0 || !typeLine.endsWith(DASHES)) {
        rest = afterBegin;
        continue;
      }
      String type = typeLine.substring(0, typeLine.length() - DASHES.length());
      String body = afterBegin.substring(eol + 1);
      String end = "-----END " + type + DASHES;
      int endAt = indexAtLineStart(body, end);
      if (endAt < 0) {
        rest = afterBegin;
        continue;
      }
      byte[] bytes = decodeBody(body.substring(0, endAt));
      if (bytes == null) {
        rest = afterBegin;
        continue;
      }
      String after = body.substring(endAt + end.length());
      int nl = after.indexOf('\n');
      String tail = nl < 0 ? "" : after.substring(nl + 1);
      if (nl >= 0 && !after.substring(0, nl).isBlank() || nl < 0 && !after.isBlank()) {
        rest = afterBegin;
        continue;
      }
      return new Decoded(new Block(type, bytes), tail);
    }
  }

  private static int startOfBegin(String s) {
    if (s.startsWith(BEGIN)) return 0;
    int i = s.indexOf("\n" + BEGIN);
    return i < 0 ? -1 : i + 1;
  }

  private static int indexAtLineStart(String s, String needle) {
    if (s.startsWith(needle)) return 0;
    int i = s.indexOf("\n" + needle);
    return i < 0 ? -1 : i + 1;
  }

  /** Skips RFC 1421 headers (lines with a colon before the blank line), then base64. */
  private static byte[] decodeBody(String body) {
    String b = body;
    if (b.contains(":")) {
      int blank = b.indexOf("\n\n");
      int blankCr = b.indexOf("\r\n\r\n");
      if (blank < 0 && blankCr < 0) return null;
      b = blankCr >= 0 && (blank < 0 || blankCr < blank) ? b.substring(blankCr + 4) : b.substring(blank + 2);
    }
    StringBuilder clean = new StringBuilder(b.length());
    for (int i = 0; i < b.length(); i++) {
      char c = b.charAt(i);
      if (c != ' ' && c != '\t' && c != '\r' && c != '\n') clean.append(c);
    }
    try {
      return GoBase64.decodeStd(clean.toString().getBytes(StandardCharsets.ISO_8859_1));
    } catch (GoBase64.CorruptInput e) {
      return null;
    }
  }

  static boolean startsWithBegin(byte[] b) {
    byte[] p = "-----BEGIN".getBytes(StandardCharsets.US_ASCII);
    if (b.length < p.length) return false;
    for (int i = 0; i < p.length; i++) if (b[i] != p[i]) return false;
    return true;
  }

  static String text(byte[] b) { return new String(b, StandardCharsets.ISO_8859_1); }
}
