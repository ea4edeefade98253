package eu.rampart.rego.builtins;

import eu.rampart.rego.types.Type;
import eu.rampart.rego.value.NumberValue;
import eu.rampart.rego.value.ObjectValue;
import eu.rampart.rego.value.StringValue;
import eu.rampart.rego.value.Value;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;

/** uuid.rfc4122 (random v4, one answer per argument within a query) and uuid.parse (google/uuid rules). */
public final class UuidBuiltins implements BuiltinFamily {
  private static final SecureRandom RANDOM = new SecureRandom();
  /** 100-ns intervals between the Gregorian reform (1582-10-15) and the Unix epoch. */
  private static final long GREGORIAN_TO_UNIX_100NS = 122_192_928_000_000_000L;

  @Override
  public void register(BuiltinRegistry r) {
    r.registerNondeterministic("uuid.rfc4122", List.of(Type.STRING), Type.STRING, UuidBuiltins::rfc4122);
    r.register("uuid.parse", List.of(Type.STRING), Type.OBJECT, (c, a) -> parse(Args.string(a, 0)));
  }

  private record CacheKey(String key) {}

  private static Value rfc4122(BuiltinContext ctx, Value[] a) {
    String key = Args.string(a, 0);
    Map<Object, Object> cache = ctx.queryCache();
    return (Value) cache.computeIfAbsent(new CacheKey(key), k -> StringValue.of(randomV4()));
  }

  static String randomV4() {
    byte[] b = new byte[16];
    RANDOM.nextBytes(b);
    b[6] = (byte) ((b[6] & 0x0F) | 0x40);
    b[8] = (byte) ((b[8] & 0x3F) | 0x80);
    return format(b);
  }

  static String format(byte[] b) {
    String h = EncodingBuiltins.hexEncode(b);
    return h.substring(0, 8) + "-" + h.substring(8, 12) + "-" + h.substring(12, 16) + "-" + h.substring(16, 20) + "-" + h.substring(20);
  }

  /** The 16 bytes of a UUID in one of google/uuid's accepted spellings, or null. */
  static byte[] bytes(String s) {
    String hex;
    switch (s.length()) {
      case 36:
        hex = dashed(s);
        break;
      case 38:
        hex = s.charAt(0) == '{' && s.charAt(37) == '}' ? dashed(s.substring(1, 37)) : null;
        break;
      case 45:
        hex = s.regionMatches(true, 0, "urn:uuid:", 0, 9) ? dashed(s.substring(9)) : null;
        break;
      case 32:
        hex = s;
        break;
      default:
        return null;
    }
    if (hex == null) return null;
    byte[] out = new byte[16];
    for (int i = 0; i < 16; i++) {
      int hi = Character.digit(hex.charAt(2 * i), 16);
      int lo = Character.digit(hex.charAt(2 * i + 1), 16);
      if (hi < 0 || lo < 0 || hex.charAt(2 * i) > 'f' || hex.charAt(2 * i + 1) > 'f') return null;
      out[i] = (byte) (hi << 4 | lo);
    }
    return out;
  }

  private static String dashed(String s) {
    if (s.charAt(8) != '-' || s.charAt(13) != '-' || s.charAt(18) != '-' || s.charAt(23) != '-') return null;
    return s.substring(0, 8) + s.substring(9, 13) + s.substring(14, 18) + s.substring(19, 23) + s.substring(24);
  }

  /** OPA's uuid.parse object; undefined (null) for strings that are not UUIDs. */
  static Value parse(String s) {
    byte[] u = bytes(s);
    if (u == null) return null;
    int version = (u[6] & 0xFF) >> 4;
    ObjectValue.Builder b = ObjectValue.builder();
    b.put("version", NumberValue.of(version));
    b.put("variant", StringValue.of(variant(u[8] & 0xFF)));
    if (version == 1 || version == 2) {
      long time = be(u, 0, 4) | (be(u, 4, 2) << 32) | ((be(u, 6, 2) & 0xFFF) << 48);
      long since = time - GREGORIAN_TO_UNIX_100NS;
      long nanos = Math.floorDiv(since, 10_000_000L) * 1_000_000_000L + Math.floorMod(since, 10_000_000L) * 100;
      b.put("time", NumberValue.of(nanos));
      b.put("clocksequence", NumberValue.of(((u[8] & 0x3F) << 8) | (u[9] & 0xFF)));
      StringBuilder node = new StringBuilder();
      for (int i = 10; i < 16; i++) {
        if (i > 10) node.append('-');
        node.append(EncodingBuiltins.hexEncode(new byte[] {u[i]}));
      }
      b.put("nodeid", StringValue.of(node.toString()));
      String scope = (u[10] & 0x02) != 0 ? "local" : "global";
      String cast = (u[10] & 0x01) != 0 ? "multicast" : "unicast";
      b.put("macvariables", StringValue.of(scope + ":" + cast));
      if (version == 2) {
        b.put("id", NumberValue.of(be(u, 0, 4)));
        int domain = u[9] & 0xFF;
        b.put("domain", StringValue.of(domain == 0 ? "Person" : domain == 1 ? "Group" : domain == 2 ? "Org" : "Domain" + domain));
      }
    }
    return b.build();
  }

  private static long be(byte[] b, int off, int len) {
    long v = 0;
    for (int i = 0; i < len; i++) v = (v << 8) | (b[off + i] & 0xFF);
    return v;
  }

  private static String variant(int b8) {
    if ((b8 & 0xC0) == 0x80) return "RFC4122";
    if ((b8 & 0xE0) == 0xC0) return "Microsoft";
    if ((b8 & 0xE0) == 0xE0) return "Future";
    return "Reserved";
  }
}
