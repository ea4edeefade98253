package eu.rampart.rego.builtins;

import eu.rampart.rego.builtins.CryptoX509Der.Malformed;
import eu.rampart.rego.builtins.CryptoX509Der.Tlv;
import eu.rampart.rego.value.ArrayValue;
import eu.rampart.rego.value.NumberValue;
import eu.rampart.rego.value.ObjectValue;
import eu.rampart.rego.value.StringValue;
import eu.rampart.rego.value.Value;
import java.math.BigInteger;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * Private keys from PKCS#1 ("RSA PRIVATE KEY"), PKCS#8 ("PRIVATE KEY") and SEC 1 ("EC PRIVATE
 * KEY") DER. The JDK reads only PKCS#8, so the other two are wrapped first. An EC key keeps the
 * public point from its encoding because Go's JSON shows it.
 */
final class CryptoX509Keys {
  private CryptoX509Keys() {}

  private static final String RSA_OID = "1.2.840.113549.1.1.1";
  private static final String EC_OID = "1.2.840.10045.2.1";

  /** A parsed key and, for EC keys, the public point (04 || X || Y) when the encoding carries it. */
  record ParsedKey(PrivateKey key, byte[] ecPublicPoint) {}

  static ParsedKey pkcs1(byte[] der) throws Malformed {
    CryptoX509Der.readWhole(der);
    byte[] algorithm = CryptoX509Der.encode(CryptoX509Der.SEQUENCE, CryptoX509Der.encodeOid(RSA_OID),
        new byte[] {CryptoX509Der.NULL, 0});
    return new ParsedKey(generate("RSA", wrapPkcs8(algorithm, der)), null);
  }

  static ParsedKey sec1(byte[] der) throws Malformed {
    List<Tlv> parts = CryptoX509Der.readWhole(der).children();
    byte[] curve = null;
    byte[] point = null;
    for (Tlv p : parts) {
      if (p.isContext(0)) curve = p.children().get(0).encoded();
      if (p.isContext(1)) point = p.children().get(0).bits();
    }
    if (curve == null) throw new Malformed("EC key without named curve");
    byte[] algorithm = CryptoX509Der.encode(CryptoX509Der.SEQUENCE, CryptoX509Der.encodeOid(EC_OID), curve);
    return new ParsedKey(generate("EC", wrapPkcs8(algorithm, der)), point);
  }

  static ParsedKey pkcs8(byte[] der) throws Malformed {
    List<Tlv> parts = CryptoX509Der.readWhole(der).children();
    if (parts.size() < 3) throw new Malformed("PKCS#8");
    String oid = CryptoX509Der.dotted(parts.get(1).children().get(0).oid());
    return switch (oid) {
      case RSA_OID -> new ParsedKey(generate("RSA", der), null);
      case EC_OID -> {
        byte[] point = null;
        for (Tlv p : CryptoX509Der.readWhole(parts.get(2).value()).children()) {
          if (p.isContext(1)) point = p.children().get(0).bits();
        }
        yield new ParsedKey(generate("EC", der), point);
      }
      case "1.3.101.112" -> new ParsedKey(generate("Ed25519", der), null);
      default -> throw new Malformed("x509: PKCS#8 wrapping contained private key with unknown algorithm: " + oid);
    };
  }

  private static byte[] wrapPkcs8(byte[] algorithm, byte[] key) {
    return CryptoX509Der.encode(CryptoX509Der.SEQUENCE, new byte[] {CryptoX509Der.INTEGER, 1, 0}, algorithm,
        CryptoX509Der.encode(CryptoX509Der.OCTET_STRING, key));
  }

  private static PrivateKey generate(String algorithm, byte[] pkcs8) throws Malformed {
    try {
      return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
    } catch (Exception e) {
      throw new Malformed("x509: failed to parse private key");
    }
  }

  /** The key as Go's encoding/json writes *rsa.PrivateKey, *ecdsa.PrivateKey or ed25519.PrivateKey. */
  static Value goJson(ParsedKey parsed) throws Malformed {
    PrivateKey k = parsed.key();
    if (k instanceof RSAPrivateCrtKey r) {
      ObjectValue precomputed = ObjectValue.builder().put("Dp", num(r.getPrimeExponentP()))
          .put("Dq", num(r.getPrimeExponentQ())).put("Qinv", num(r.getCrtCoefficient()))
          .put("CRTValues", ArrayValue.EMPTY).build();
      return ObjectValue.builder().put("N", num(r.getModulus())).put("E", num(r.getPublicExponent()))
          .put("D", num(r.getPrivateExponent()))
          .put("Primes", ArrayValue.of(num(r.getPrimeP()), num(r.getPrimeQ())))
          .put("Precomputed", precomputed).build();
    }
    if (k instanceof ECPrivateKey e) {
      BigInteger[] xy = point(parsed.ecPublicPoint());
      return ObjectValue.builder().put("Curve", ObjectValue.EMPTY).put("X", num(xy[0])).put("Y", num(xy[1]))
          .put("D", num(e.getS())).build();
    }
    if (k.getAlgorithm().equals("Ed25519") || k.getAlgorithm().equals("EdDSA")) {
      return StringValue.of(Base64.getEncoder().encodeToString(k.getEncoded()));
    }
    throw new Malformed("unsupported private key type " + k.getAlgorithm());
  }

  /** RFC 7517 JWK of an RSA private key, as lestrrat-go/jwx (used by OPA) writes it. */
  static ObjectValue rsaJwk(RSAPrivateCrtKey r) {
    return ObjectValue.builder().put("kty", StringValue.of("RSA"))
        .put("n", b64url(r.getModulus())).put("e", b64url(r.getPublicExponent()))
        .put("d", b64url(r.getPrivateExponent())).put("p", b64url(r.getPrimeP())).put("q", b64url(r.getPrimeQ()))
        .put("dp", b64url(r.getPrimeExponentP())).put("dq", b64url(r.getPrimeExponentQ()))
        .put("qi", b64url(r.getCrtCoefficient())).build();
  }

  /** RFC 7518 EC private JWK; coordinates and d padded to the curve size as jwx writes them. */
  static ObjectValue ecJwk(ParsedKey parsed) throws Malformed {
    ECPrivateKey e = (ECPrivateKey) parsed.key();
    int bits = e.getParams().getCurve().getField().getFieldSize();
    String crv = switch (bits) {
      case 256 -> "P-256";
      case 384 -> "P-384";
      case 521 -> "P-521";
      default -> throw new Malformed("unsupported elliptic curve of " + bits + " bits");
    };
    int size = (bits + 7) / 8;
    BigInteger[] xy = point(parsed.ecPublicPoint());
    return ObjectValue.builder().put("kty", StringValue.of("EC")).put("crv", StringValue.of(crv))
        .put("x", b64url(xy[0], size)).put("y", b64url(xy[1], size)).put("d", b64url(e.getS(), size)).build();
  }

  private static StringValue b64url(BigInteger b, int size) {
    byte[] raw = b.toByteArray();
    byte[] out = new byte[size];
    int n = Math.min(raw.length, size);
    System.arraycopy(raw, raw.length - n, out, size - n, n);
    return StringValue.of(Base64.getUrlEncoder().withoutPadding().encodeToString(out));
  }

  private static BigInteger[] point(byte[] p) throws Malformed {
    if (p == null || p.length < 3 || p[0] != 4 || (p.length - 1) % 2 != 0) {
      throw new Malformed("x509: EC private key without an uncompressed public point");
    }
    int n = (p.length - 1) / 2;
    return new BigInteger[] {
        new BigInteger(1, Arrays.copyOfRange(p, 1, 1 + n)), new BigInteger(1, Arrays.copyOfRange(p, 1 + n, p.length))};
  }

  private static StringValue b64url(BigInteger b) {
    byte[] bytes = b.toByteArray();
    if (bytes.length > 1 && bytes[0] == 0) bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
    return StringValue.of(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
  }

  private static NumberValue num(BigInteger b) { return NumberValue.of(b); }
}
