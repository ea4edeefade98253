package eu.rampart.rego.builtins;

import eu.rampart.rego.builtins.CryptoX509Der.Malformed;
import eu.rampart.rego.builtins.CryptoX509Der.Tlv;
import eu.rampart.rego.value.BooleanValue;
import eu.rampart.rego.value.NullValue;
import eu.rampart.rego.value.NumberValue;
import eu.rampart.rego.value.ObjectValue;
import eu.rampart.rego.value.StringValue;
import eu.rampart.rego.value.Value;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Decodes the X.509 extensions Go's x509 package understands into the fields it fills. */
final class CryptoX509Extensions {
  private CryptoX509Extensions() {}

  static final String SUBJECT_ALT_NAME = "2.5.29.17";
  private static final Set<String> HANDLED = Set.of(
      "2.5.29.15", "2.5.29.19", SUBJECT_ALT_NAME, "2.5.29.30", "2.5.29.31", "2.5.29.35", "2.5.29.37",
      "2.5.29.14", "2.5.29.32");

  private static final Map<String, Integer> EXT_KEY_USAGE = Map.ofEntries(
      Map.entry("2.5.29.37.0", 0), Map.entry("1.3.6.1.5.5.7.3.1", 1), Map.entry("1.3.6.1.5.5.7.3.2", 2),
      Map.entry("1.3.6.1.5.5.7.3.3", 3), Map.entry("1.3.6.1.5.5.7.3.4", 4), Map.entry("1.3.6.1.5.5.7.3.5", 5),
      Map.entry("1.3.6.1.5.5.7.3.6", 6), Map.entry("1.3.6.1.5.5.7.3.7", 7), Map.entry("1.3.6.1.5.5.7.3.8", 8),
      Map.entry("1.3.6.1.5.5.7.3.9", 9), Map.entry("1.3.6.1.4.1.311.10.3.3", 10),
      Map.entry("2.16.840.1.113730.4.1", 11), Map.entry("1.3.6.1.4.1.311.2.1.22", 12),
      Map.entry("1.3.6.1.4.1.311.61.1.1", 13));

  /** The certificate fields that come from extensions, with Go's zero values as defaults. */
  static final class Fields {
    final List<Value> extensions = new ArrayList<>();
    final List<Value> unhandledCritical = new ArrayList<>();
    int keyUsage;
    final List<Value> extKeyUsage = new ArrayList<>();
    final List<Value> unknownExtKeyUsage = new ArrayList<>();
    boolean basicConstraintsValid;
    boolean isCa;
    int maxPathLen;
    Value subjectKeyId = NullValue.NULL;
    Value authorityKeyId = NullValue.NULL;
    final List<Value> ocspServer = new ArrayList<>();
    final List<Value> issuingCertificateUrl = new ArrayList<>();
    final List<Value> dnsNames = new ArrayList<>();
    final List<Value> emailAddresses = new ArrayList<>();
    final List<Value> ipAddresses = new ArrayList<>();
    final List<Value> uris = new ArrayList<>();
    final List<Value> uriStrings = new ArrayList<>();
    final List<Value> crlDistributionPoints = new ArrayList<>();
    final List<Value> policyIdentifiers = new ArrayList<>();
    final List<Value> policies = new ArrayList<>();
    boolean permittedDnsDomainsCritical;
    final NameConstraints permitted = new NameConstraints();
    final NameConstraints excluded = new NameConstraints();
  }

  /** One side (permitted or excluded) of a name constraints extension, as Go splits it by name type. */
  static final class NameConstraints {
    final List<Value> dnsDomains = new ArrayList<>();
    final List<Value> ipRanges = new ArrayList<>();
    final List<Value> emailAddresses = new ArrayList<>();
    final List<Value> uriDomains = new ArrayList<>();
  }

  /** Reads a SEQUENCE OF Extension into {@code f}. */
  static void read(Tlv extensionList, Fields f) throws Malformed {
    for (Tlv ext : extensionList.children()) {
      List<Tlv> parts = ext.children();
      if (parts.size() < 2) throw new Malformed("extension");
      int[] id = parts.get(0).oid();
      boolean critical = parts.size() == 3 && parts.get(1).bool();
      Tlv value = parts.get(parts.size() - 1);
      if (value.tag() != CryptoX509Der.OCTET_STRING) throw new Malformed("extension value");
      f.extensions.add(ObjectValue.builder().put("Id", CryptoX509Names.oidArray(id))
          .put("Critical", BooleanValue.of(critical))
          .put("Value", StringValue.of(Base64.getEncoder().encodeToString(value.value()))).build());
      String oid = CryptoX509Der.dotted(id);
      if (critical && !HANDLED.contains(oid)) f.unhandledCritical.add(CryptoX509Names.oidArray(id));
      byte[] v = value.value();
      switch (oid) {
        case "2.5.29.15" -> f.keyUsage = keyUsage(CryptoX509Der.readWhole(v));
        case "2.5.29.19" -> basicConstraints(CryptoX509Der.readWhole(v), f);
        case SUBJECT_ALT_NAME -> generalNames(CryptoX509Der.readWhole(v), f);
        case "2.5.29.37" -> {
          for (Tlv u : CryptoX509Der.readWhole(v).children()) {
            int[] uo = u.oid();
            Integer known = EXT_KEY_USAGE.get(CryptoX509Der.dotted(uo));
            if (known != null) f.extKeyUsage.add(NumberValue.of(known));
            else f.unknownExtKeyUsage.add(CryptoX509Names.oidArray(uo));
          }
        }
        case "2.5.29.30" -> {
          f.permittedDnsDomainsCritical = critical;
          for (Tlv side : CryptoX509Der.readWhole(v).children()) {
            if (side.isContext(0)) subtrees(side, f.permitted);
            else if (side.isContext(1)) subtrees(side, f.excluded);
          }
        }
        case "2.5.29.14" -> f.subjectKeyId = bytes(CryptoX509Der.readWhole(v).value());
        case "2.5.29.35" -> {
          for (Tlv t : CryptoX509Der.readWhole(v).children()) if (t.isContext(0)) f.authorityKeyId = bytes(t.value());
        }
        case "1.3.6.1.5.5.7.1.1" -> authorityInfoAccess(CryptoX509Der.readWhole(v), f);
        case "2.5.29.31" -> crlDistributionPoints(CryptoX509Der.readWhole(v), f);
        case "2.5.29.32" -> {
          for (Tlv info : CryptoX509Der.readWhole(v).children()) {
            int[] po = info.children().get(0).oid();
            f.policyIdentifiers.add(CryptoX509Names.oidArray(po));
            f.policies.add(StringValue.of(CryptoX509Der.dotted(po)));
          }
        }
        default -> { }
      }
    }
  }

  private static int keyUsage(Tlv bitString) throws Malformed {
    byte[] b = bitString.bits();
    int usage = 0;
    for (int i = 0; i < 9 && i / 8 < b.length; i++) {
      if ((b[i / 8] & (0x80 >> (i % 8))) != 0) usage |= 1 << i;
    }
    return usage;
  }

  private static void basicConstraints(Tlv seq, Fields f) throws Malformed {
    f.basicConstraintsValid = true;
    f.maxPathLen = -1;
    for (Tlv t : seq.children()) {
      if (t.tag() == CryptoX509Der.BOOLEAN) f.isCa = t.bool();
      else if (t.tag() == CryptoX509Der.INTEGER) f.maxPathLen = t.integer().intValue();
    }
  }

  static void generalNames(Tlv seq, Fields f) throws Malformed {
    for (Tlv n : seq.children()) {
      switch (n.tag() & 0x1F) {
        case 1 -> f.emailAddresses.add(StringValue.of(n.latin1()));
        case 2 -> f.dnsNames.add(StringValue.of(n.latin1()));
        case 6 -> {
          String s = n.latin1();
          f.uris.add(uri(s));
          f.uriStrings.add(StringValue.of(s));
        }
        case 7 -> f.ipAddresses.add(ip(n.value()));
        default -> { }
      }
    }
  }

  private static void authorityInfoAccess(Tlv seq, Fields f) throws Malformed {
    for (Tlv desc : seq.children()) {
      List<Tlv> p = desc.children();
      if (p.size() != 2 || (p.get(1).tag() & 0x1F) != 6) continue;
      String method = CryptoX509Der.dotted(p.get(0).oid());
      StringValue location = StringValue.of(p.get(1).latin1());
      if (method.equals("1.3.6.1.5.5.7.48.1")) f.ocspServer.add(location);
      else if (method.equals("1.3.6.1.5.5.7.48.2")) f.issuingCertificateUrl.add(location);
    }
  }

  private static void crlDistributionPoints(Tlv seq, Fields f) throws Malformed {
    for (Tlv point : seq.children()) {
      for (Tlv field : point.children()) {
        if (!field.isContext(0)) continue;
        for (Tlv name : field.children()) {
          if (!name.isContext(0)) continue;
          for (Tlv general : name.children()) {
            if ((general.tag() & 0x1F) == 6) f.crlDistributionPoints.add(StringValue.of(general.latin1()));
          }
        }
      }
    }
  }

  private static void subtrees(Tlv list, NameConstraints out) throws Malformed {
    for (Tlv subtree : list.children()) {
      Tlv base = subtree.children().get(0);
      switch (base.tag() & 0x1F) {
        case 1 -> out.emailAddresses.add(StringValue.of(base.latin1()));
        case 2 -> out.dnsDomains.add(StringValue.of(base.latin1()));
        case 6 -> out.uriDomains.add(StringValue.of(base.latin1()));
        case 7 -> {
          // net.IPNet: address as text, mask as base64 bytes
          byte[] b = base.value();
          if (b.length != 8 && b.length != 32) throw new Malformed("IP name constraint");
          int n = b.length / 2;
          out.ipRanges.add(ObjectValue.builder().put("IP", ip(java.util.Arrays.copyOfRange(b, 0, n)))
              .put("Mask", bytes(java.util.Arrays.copyOfRange(b, n, b.length))).build());
        }
        default -> { }
      }
    }
  }

  private static Value bytes(byte[] b) { return StringValue.of(Base64.getEncoder().encodeToString(b)); }

  /** net.IP's text form; IPv4-mapped IPv6 addresses print as IPv4 as in Go. */
  private static Value ip(byte[] b) throws Malformed {
    if (b.length != 4 && b.length != 16) throw new Malformed("IP address");
    try {
      InetAddress a = InetAddress.getByAddress(b);
      String s = a.getHostAddress();
      if (b.length == 16) s = IpNetText.compress(b);
      return StringValue.of(s);
    } catch (UnknownHostException e) {
      throw new Malformed("IP address");
    }
  }

  /** Go's url.URL struct as encoding/json writes it. */
  static Value uri(String s) {
    ObjectValue.Builder b = ObjectValue.builder();
    String scheme = "", opaque = "", host = "", path = "", rawQuery = "", fragment = "";
    Value user = NullValue.NULL;
    try {
      URI u = new URI(s);
      scheme = u.getScheme() == null ? "" : u.getScheme();
      if (u.isOpaque()) {
        opaque = u.getRawSchemeSpecificPart();
      } else {
        host = u.getRawAuthority() == null ? "" : u.getRawAuthority();
        if (u.getRawUserInfo() != null) {
          host = host.substring(u.getRawUserInfo().length() + 1);
          user = ObjectValue.EMPTY;
        }
        path = u.getPath() == null ? "" : u.getPath();
      }
      rawQuery = u.getRawQuery() == null ? "" : u.getRawQuery();
      fragment = u.getFragment() == null ? "" : u.getFragment();
    } catch (URISyntaxException e) {
      path = s;
    }
    return b.put("Scheme", StringValue.of(scheme)).put("Opaque", StringValue.of(opaque)).put("User", user)
        .put("Host", StringValue.of(host)).put("Path", StringValue.of(path)).put("RawPath", StringValue.of(""))
        .put("OmitHost", BooleanValue.FALSE).put("ForceQuery", BooleanValue.FALSE)
        .put("RawQuery", StringValue.of(rawQuery)).put("Fragment", StringValue.of(fragment))
        .put("RawFragment", StringValue.of("")).build();
  }

  /** IPv6 text as Go prints it: IPv4-mapped as dotted quad, longest zero run compressed. */
  static final class IpNetText {
    static String compress(byte[] b) {
      boolean mapped = true;
      for (int i = 0; i < 10; i++) if (b[i] != 0) mapped = false;
      if (mapped && (b[10] & 0xFF) == 0xFF && (b[11] & 0xFF) == 0xFF) {
        return (b[12] & 0xFF) + "." + (b[13] & 0xFF) + "." + (b[14] & 0xFF) + "." + (b[15] & 0xFF);
      }
      int[] w = new int[8];
      for (int i = 0; i < 8; i++) w[i] = ((b[2 * i] & 0xFF) << 8) | (b[2 * i + 1] & 0xFF);
      int bestStart = -1, bestLen = 1;
      for (int i = 0; i < 8; ) {
        if (w[i] != 0) { i++; continue; }
        int j = i;
        while (j < 8 && w[j] == 0) j++;
        if (j - i > bestLen) { bestStart = i; bestLen = j - i; }
        i = j;
      }
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < 8; i++) {
        if (i == bestStart) {
          sb.append("::");
          i += bestLen - 1;
          continue;
        }
        if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') sb.append(':');
        sb.append(Integer.toHexString(w[i]));
      }
      return sb.toString();
    }
  }
}
