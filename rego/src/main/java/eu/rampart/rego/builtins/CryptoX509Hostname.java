package eu.rampart.rego.builtins;

import java.net.InetAddress;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Go's {@code Certificate.VerifyHostname}: an IP literal must be among the IP SANs; a name must
 * match a DNS SAN exactly or through a leading "*." wildcard label (case-insensitive, trailing dot
 * ignored). The Common Name is never consulted, as in Go.
 */
final class CryptoX509Hostname {
  private CryptoX509Hostname() {}

  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
  private static final int DNS_NAME = 2;
  private static final int IP_ADDRESS = 7;

  static void verify(X509Certificate leaf, String host) throws CryptoX509Chain.Invalid {
    String candidate = host.length() >= 3 && host.startsWith("[") && host.endsWith("]")
        ? host.substring(1, host.length() - 1) : host;
    byte[] ip = ipLiteral(candidate);
    Collection<List<?>> sans;
    try {
      sans = leaf.getSubjectAlternativeNames();
    } catch (CertificateParsingException e) {
      throw new CryptoX509Chain.Invalid("x509: malformed subject alternative names");
    }
    if (sans != null) {
      for (List<?> san : sans) {
        int type = (Integer) san.get(0);
        String value = String.valueOf(san.get(1));
        if (ip != null && type == IP_ADDRESS && Arrays.equals(ip, ipLiteral(value))) return;
        if (ip == null && type == DNS_NAME && matches(value, host)) return;
      }
    }
    throw new CryptoX509Chain.Invalid("x509: certificate is not valid for " + host);
  }

  private static boolean matches(String pattern, String host) {
    String p = trimDot(pattern.toLowerCase(Locale.ROOT));
    String h = trimDot(host.toLowerCase(Locale.ROOT));
    if (p.isEmpty() || h.isEmpty()) return false;
    String[] pl = p.split("\\.", -1);
    String[] hl = h.split("\\.", -1);
    if (pl.length != hl.length) return false;
    for (int i = 0; i < pl.length; i++) {
      if (i == 0 && pl[i].equals("*") && !hl[i].isEmpty()) continue;
      if (!pl[i].equals(hl[i])) return false;
    }
    return true;
  }

  private static String trimDot(String s) { return s.endsWith(".") ? s.substring(0, s.length() - 1) : s; }

  /** The address bytes of an IP literal (IPv4 as 4 bytes), or null; never a DNS lookup. */
  private static byte[] ipLiteral(String s) {
    if (IPV4.matcher(s).matches()) {
      byte[] v4 = new byte[4];
      String[] parts = s.split("\\.");
      for (int i = 0; i < 4; i++) {
        int octet = Integer.parseInt(parts[i]);
        if (octet > 255) return null;
        v4[i] = (byte) octet;
      }
      return v4;
    }
    // only colon-bearing text reaches InetAddress, which parses it as an IPv6 literal without a lookup
    if (!s.contains(":")) return null;
    try {
      byte[] b = InetAddress.getByName(s).getAddress();
      if (b.length == 16) {
        boolean mapped = true;
        for (int i = 0; i < 10; i++) if (b[i] != 0) mapped = false;
        if (mapped && (b[10] & 0xFF) == 0xFF && (b[11] & 0xFF) == 0xFF) return Arrays.copyOfRange(b, 12, 16);
      }
      return b;
    } catch (Exception e) {
      return null;
    }
  }
}
