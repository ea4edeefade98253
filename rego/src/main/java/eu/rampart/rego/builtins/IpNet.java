package eu.rampart.rego.builtins;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * An IP network as Go's net.ParseCIDR / net.ParseIP see it: IPv4 networks and addresses are 4
 * bytes, IPv6 ones 16; IPv4-mapped IPv6 addresses count as IPv4. Parsing is purely textual (never
 * a DNS lookup, unlike InetAddress).
 */
final class IpNet {
  final byte[] ip; // masked network address; never written after construction (instances are shared)
  final int prefix;

  IpNet(byte[] ip, int prefix) {
    this.ip = mask(ip, prefix);
    this.prefix = prefix;
  }

  int bits() { return ip.length * 8; }

  /** Go's net.ParseCIDR, or null if s is not a CIDR. */
  static IpNet parseCidr(String s) {
    int slash = s.lastIndexOf('/');
    if (slash < 0) return null;
    String addr = s.substring(0, slash), len = s.substring(slash + 1);
    byte[] ip = addr.indexOf(':') >= 0 ? parseV6(addr) : parseV4(addr);
    if (ip == null || len.isEmpty() || len.length() > 3) return null;
    for (int i = 0; i < len.length(); i++) if (len.charAt(i) < '0' || len.charAt(i) > '9') return null;
    int n = Integer.parseInt(len);
    if (n > ip.length * 8) return null;
    return new IpNet(ip, n);
  }

  /** Go's net.ParseIP, normalised so IPv4 (and IPv4-mapped) addresses are 4 bytes; null if invalid. */
  static byte[] parseIp(String s) {
    if (s.indexOf(':') < 0) return parseV4(s);
    byte[] v6 = parseV6(s);
    return v6 == null ? null : to4(v6);
  }

  static byte[] to4(byte[] ip) {
    if (ip.length == 4) return ip;
    for (int i = 0; i < 10; i++) if (ip[i] != 0) return ip;
    if (ip[10] != (byte) 0xff || ip[11] != (byte) 0xff) return ip;
    return Arrays.copyOfRange(ip, 12, 16);
  }

  /** Dotted quad, each part 0-255 without leading zeros (Go rejects "01.2.3.4"). */
  private static byte[] parseV4(String s) {
    byte[] out = new byte[4];
    int part = 0, i = 0, n = s.length();
    while (part < 4) {
      int start = i, v = 0;
      while (i < n && i - start < 3 && s.charAt(i) >= '0' && s.charAt(i) <= '9') v = v * 10 + (s.charAt(i++) - '0');
      int len = i - start;
      if (len == 0 || v > 255 || (len > 1 && s.charAt(start) == '0')) return null;
      out[part++] = (byte) v;
      if (part < 4) {
        if (i >= n || s.charAt(i) != '.') return null;
        i++;
      }
    }
    return i == n ? out : null;
  }

  private static byte[] parseV6(String s) {
    byte[] out = new byte[16];
    int ellipsis = -1, i = 0, pos = 0;
    if (s.startsWith("::")) {
      ellipsis = 0;
      pos = 2;
      if (pos == s.length()) return out;
    }
    while (i < 16) {
      int end = pos;
      while (end < s.length() && isHex(s.charAt(end))) end++;
      if (end == pos || end - pos > 4) {
        // an embedded IPv4 address may end the text
        if (end < s.length() && s.charAt(end) == '.' && i <= 12) {
          byte[] v4 = parseV4(s.substring(pos));
          if (v4 == null) return null;
          System.arraycopy(v4, 0, out, i, 4);
          i += 4;
          pos = s.length();
          break;
        }
        return null;
      }
      if (end < s.length() && s.charAt(end) == '.') {
        if (i > 12) return null;
        byte[] v4 = parseV4(s.substring(pos));
        if (v4 == null) return null;
        System.arraycopy(v4, 0, out, i, 4);
        i += 4;
        pos = s.length();
        break;
      }
      int v = Integer.parseInt(s.substring(pos, end), 16);
      out[i++] = (byte) (v >> 8);
      out[i++] = (byte) v;
      pos = end;
      if (pos == s.length()) break;
      if (s.charAt(pos) != ':' || pos + 1 == s.length()) return null;
      pos++;
      if (s.charAt(pos) == ':') {
        if (ellipsis >= 0) return null;
        ellipsis = i;
        pos++;
        if (pos == s.length()) break;
      }
    }
    if (pos != s.length()) return null;
    if (i < 16) {
      if (ellipsis < 0) return null;
      int n = 16 - i;
      System.arraycopy(out, ellipsis, out, ellipsis + n, i - ellipsis);
      Arrays.fill(out, ellipsis, ellipsis + n, (byte) 0);
    } else if (ellipsis >= 0) {
      return null; // "::" must stand for at least one group
    }
    return out;
  }

  private static boolean isHex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  static byte[] mask(byte[] ip, int prefix) {
    byte[] out = ip.clone();
    for (int b = 0; b < out.length; b++) {
      int keep = Math.max(0, Math.min(8, prefix - b * 8));
      out[b] &= (byte) (0xff << (8 - keep));
    }
    return out;
  }

  /** Go's IPNet.Contains: the address (IPv4-mapped counts as IPv4) lies in this network. */
  boolean contains(byte[] addr) {
    byte[] a = to4(addr);
    if (a.length != ip.length) return false;
    return Arrays.equals(mask(a, prefix), ip);
  }

  /** The last address of this network. */
  byte[] last() {
    byte[] out = ip.clone();
    for (int b = 0; b < out.length; b++) {
      int keep = Math.max(0, Math.min(8, prefix - b * 8));
      out[b] |= (byte) (0xff >>> keep);
    }
    return out;
  }

  boolean containsNet(IpNet other) {
    return contains(other.ip) && contains(other.last());
  }

  static BigInteger toBig(byte[] ip) { return new BigInteger(1, ip); }

  static byte[] fromBig(BigInteger v, int bytes) {
    byte[] raw = v.toByteArray();
    byte[] out = new byte[bytes];
    int n = Math.min(raw.length, bytes);
    System.arraycopy(raw, raw.length - n, out, bytes - n, n);
    return out;
  }

  @Override
  public String toString() { return format(ip) + "/" + prefix; }

  /** Go's net.IP.String(): dotted IPv4 (also for IPv4-mapped), else RFC 5952 compressed IPv6. */
  static String format(byte[] ip) {
    byte[] p = to4(ip);
    if (p.length == 4) {
      return (p[0] & 0xff) + "." + (p[1] & 0xff) + "." + (p[2] & 0xff) + "." + (p[3] & 0xff);
    }
    int e0 = -1, e1 = -1;
    for (int i = 0; i < 16; i += 2) {
      int j = i;
      while (j < 16 && p[j] == 0 && p[j + 1] == 0) j += 2;
      if (j > i && j - i > e1 - e0) {
        e0 = i;
        e1 = j;
        i = j;
      }
    }
    if (e1 - e0 <= 2) e0 = e1 = -1;
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 16; i += 2) {
      if (i == e0) {
        sb.append("::");
        i = e1;
        if (i >= 16) break;
      } else if (i > 0) {
        sb.append(':');
      }
      sb.append(Integer.toHexString(((p[i] & 0xff) << 8) | (p[i + 1] & 0xff)));
    }
    return sb.toString();
  }
}
