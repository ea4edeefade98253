package eu.rampart.rego.builtins;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Just enough DER to read the parts of certificates, CSRs and keys the JDK does not expose
 * (raw names, extensions, PKCS#10), and to wrap PKCS#1/SEC1 keys as PKCS#8. Malformed input
 * throws {@link Malformed}; callers turn it into OPA's error text.
 */
final class CryptoX509Der {
  private CryptoX509Der() {}

  static final int SEQUENCE = 0x30;
  static final int SET = 0x31;
  static final int INTEGER = 0x02;
  static final int BOOLEAN = 0x01;
  static final int BIT_STRING = 0x03;
  static final int OCTET_STRING = 0x04;
  static final int NULL = 0x05;
  static final int OID = 0x06;

  static final class Malformed extends Exception {
    Malformed(String what) { super(what, null, false, false); }
  }

  /** One tag-length-value: {@code start} is where the header begins, the value is [valueStart, end). */
  record Tlv(byte[] buf, int tag, int start, int valueStart, int end) {
    byte[] value() { return Arrays.copyOfRange(buf, valueStart, end); }

    byte[] encoded() { return Arrays.copyOfRange(buf, start, end); }

    List<Tlv> children() throws Malformed { return readAll(buf, valueStart, end); }

    boolean isContext(int n) { return (tag & 0xDF) == (0x80 | n); }

    BigInteger integer() throws Malformed {
      if (tag != INTEGER || end == valueStart) throw new Malformed("integer");
      return new BigInteger(value());
    }

    int[] oid() throws Malformed {
      if (tag != OID) throw new Malformed("object identifier");
      return decodeOid(buf, valueStart, end);
    }

    /** Content of a BIT STRING without its unused-bits byte. */
    byte[] bits() throws Malformed {
      if (tag != BIT_STRING || end == valueStart) throw new Malformed("bit string");
      return Arrays.copyOfRange(buf, valueStart + 1, end);
    }

    boolean bool() throws Malformed {
      if (tag != BOOLEAN || end - valueStart != 1) throw new Malformed("boolean");
      return buf[valueStart] != 0;
    }

    String latin1() { return new String(buf, valueStart, end - valueStart, StandardCharsets.ISO_8859_1); }
  }

  static Tlv read(byte[] buf, int pos, int limit) throws Malformed {
    if (pos + 2 > limit) throw new Malformed("truncated");
    int tag = buf[pos] & 0xFF;
    if ((tag & 0x1F) == 0x1F) throw new Malformed("high tag number");
    int len = buf[pos + 1] & 0xFF;
    int p = pos + 2;
    if (len >= 0x80) {
      int n = len & 0x7F;
      if (n == 0 || n > 4 || p + n > limit) throw new Malformed("length");
      len = 0;
      for (int i = 0; i < n; i++) len = (len << 8) | (buf[p++] & 0xFF);
      if (len < 0) throw new Malformed("length");
    }
    if (len > limit - p) throw new Malformed("truncated");
    return new Tlv(buf, tag, pos, p, p + len);
  }

  static List<Tlv> readAll(byte[] buf, int from, int to) throws Malformed {
    List<Tlv> out = new ArrayList<>();
    int p = from;
    while (p < to) {
      Tlv t = read(buf, p, to);
      out.add(t);
      p = t.end();
    }
    return out;
  }

  static Tlv readWhole(byte[] der) throws Malformed {
    Tlv t = read(der, 0, der.length);
    if (t.end() != der.length) throw new Malformed("trailing data");
    return t;
  }

  static int[] decodeOid(byte[] b, int from, int to) throws Malformed {
    if (from >= to) throw new Malformed("object identifier");
    List<Long> arcs = new ArrayList<>();
    long v = 0;
    for (int i = from; i < to; i++) {
      v = (v << 7) | (b[i] & 0x7F);
      if (v > Integer.MAX_VALUE) throw new Malformed("object identifier");
      if ((b[i] & 0x80) == 0) {
        arcs.add(v);
        v = 0;
      } else if (i == to - 1) {
        throw new Malformed("object identifier");
      }
    }
    long first = arcs.get(0);
    int[] out = new int[arcs.size() + 1];
    out[0] = (int) Math.min(first / 40, 2);
    out[1] = (int) (first - out[0] * 40L);
    for (int i = 1; i < arcs.size(); i++) out[i + 1] = arcs.get(i).intValue();
    return out;
  }

  static String dotted(int[] oid) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < oid.length; i++) {
      if (i > 0) sb.append('.');
      sb.append(oid[i]);
    }
    return sb.toString();
  }

  static byte[] encode(int tag, byte[]... parts) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (byte[] p : parts) body.writeBytes(p);
    int len = body.size();
    ByteArrayOutputStream out = new ByteArrayOutputStream(len + 6);
    out.write(tag);
    if (len < 0x80) {
      out.write(len);
    } else {
      int n = len > 0xFFFFFF ? 4 : len > 0xFFFF ? 3 : len > 0xFF ? 2 : 1;
      out.write(0x80 | n);
      for (int i = n - 1; i >= 0; i--) out.write(len >>> (8 * i));
    }
    out.writeBytes(body.toByteArray());
    return out.toByteArray();
  }

  static byte[] encodeOid(String dotted) {
    String[] arcs = dotted.split("\\.");
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    writeBase128(body, Long.parseLong(arcs[0]) * 40 + Long.parseLong(arcs[1]));
    for (int i = 2; i < arcs.length; i++) writeBase128(body, Long.parseLong(arcs[i]));
    return encode(OID, body.toByteArray());
  }

  private static void writeBase128(ByteArrayOutputStream out, long v) {
    int groups = 1;
    for (long t = v >>> 7; t != 0; t >>>= 7) groups++;
    for (int i = groups - 1; i >= 0; i--) {
      int b = (int) ((v >>> (7 * i)) & 0x7F);
      out.write(i == 0 ? b : b | 0x80);
    }
  }
}
