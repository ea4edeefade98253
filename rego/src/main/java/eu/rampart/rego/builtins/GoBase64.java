package eu.rampart.rego.builtins;

import java.io.ByteArrayOutputStream;

/**
 * Go's encoding/base64 decoder for the padded standard and URL alphabets: '=' padding is
 * required, CR and LF are skipped, and errors name the offending input byte exactly as Go's
 * CorruptInputError does ("illegal base64 data at input byte 4"). Java's decoder accepts and
 * rejects different inputs, which would change which policies pass.
 */
final class GoBase64 {
  private GoBase64() {}

  private static final byte[] STD = decodeMap("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/");
  private static final byte[] URL = decodeMap("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");

  private static byte[] decodeMap(String alphabet) {
    byte[] m = new byte[256];
    java.util.Arrays.fill(m, (byte) -1);
    for (int i = 0; i < alphabet.length(); i++) m[alphabet.charAt(i)] = (byte) i;
    return m;
  }

  static final class CorruptInput extends Exception {
    CorruptInput(int at) { super("illegal base64 data at input byte " + at, null, false, false); }
  }

  static byte[] decodeStd(byte[] src) throws CorruptInput { return decode(src, STD); }

  static byte[] decodeUrl(byte[] src) throws CorruptInput { return decode(src, URL); }

  private static byte[] decode(byte[] src, byte[] map) throws CorruptInput {
    ByteArrayOutputStream out = new ByteArrayOutputStream(src.length * 3 / 4 + 3);
    int si = 0;
    int[] dbuf = new int[4];
    while (true) {
      int dlen = 4;
      java.util.Arrays.fill(dbuf, 0);
      boolean end = false;
      CorruptInput trailing = null;
      for (int j = 0; j < 4; j++) {
        if (si == src.length) {
          if (j == 0) return out.toByteArray();
          throw new CorruptInput(si - j); // padded encodings need whole quanta
        }
        int in = src[si] & 0xFF;
        si++;
        int v = map[in];
        if (v >= 0) {
          dbuf[j] = v;
          continue;
        }
        if (in == '\n' || in == '\r') {
          j--;
          continue;
        }
        if (in != '=') throw new CorruptInput(si - 1);
        switch (j) {
          case 0:
          case 1:
            throw new CorruptInput(si - 1);
          case 2:
            while (si < src.length && (src[si] == '\n' || src[si] == '\r')) si++;
            if (si == src.length) throw new CorruptInput(src.length);
            if (src[si] != '=') throw new CorruptInput(si - 1);
            si++;
            break;
          default:
        }
        while (si < src.length && (src[si] == '\n' || src[si] == '\r')) si++;
        if (si < src.length) trailing = new CorruptInput(si);
        dlen = j;
        end = true;
        break;
      }
      int val = dbuf[0] << 18 | dbuf[1] << 12 | dbuf[2] << 6 | dbuf[3];
      if (dlen >= 2) out.write((val >> 16) & 0xFF);
      if (dlen >= 3) out.write((val >> 8) & 0xFF);
      if (dlen >= 4) out.write(val & 0xFF);
      if (trailing != null) throw trailing;
      if (end) return out.toByteArray();
    }
  }
}
