package eu.rampart.rego.builtins;

import eu.rampart.rego.builtins.CryptoX509Der.Malformed;
import eu.rampart.rego.builtins.CryptoX509Der.Tlv;
import eu.rampart.rego.value.NullValue;
import eu.rampart.rego.value.NumberValue;
import eu.rampart.rego.value.ObjectValue;
import eu.rampart.rego.value.StringValue;
import eu.rampart.rego.value.Value;
import java.math.BigInteger;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.interfaces.DSAPublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** Go's x509.SignatureAlgorithm / PublicKeyAlgorithm numbering and its JSON for public keys. */
final class CryptoX509Algorithms {
  private CryptoX509Algorithms() {}

  private static final Map<String, Integer> SIGNATURE = Map.ofEntries(
      Map.entry("1.2.840.113549.1.1.2", 1), Map.entry("1.2.840.113549.1.1.4", 2),
      Map.entry("1.2.840.113549.1.1.5", 3), Map.entry("1.2.840.113549.1.1.11", 4),
      Map.entry("1.2.840.113549.1.1.12", 5), Map.entry("1.2.840.113549.1.1.13", 6),
      Map.entry("1.2.840.10040.4.3", 7), Map.entry("2.16.840.1.101.3.4.3.2", 8),
      Map.entry("1.2.840.10045.4.1", 9), Map.entry("1.2.840.10045.4.3.2", 10),
      Map.entry("1.2.840.10045.4.3.3", 11), Map.entry("1.2.840.10045.4.3.4", 12),
      Map.entry("1.3.101.112", 16));

  private static final String RSA_PSS = "1.2.840.113549.1.1.10";
  private static final Map<String, Integer> PSS_BY_HASH = Map.of(
      "2.16.840.1.101.3.4.2.1", 13, "2.16.840.1.101.3.4.2.2", 14, "2.16.840.1.101.3.4.2.3", 15);

  private static final Map<String, Integer> PUBLIC_KEY = Map.of(
      "1.2.840.113549.1.1.1", 1, "1.2.840.10040.4.1", 2, "1.2.840.10045.2.1", 3, "1.3.101.112", 4);

  /** Go's SignatureAlgorithm for an AlgorithmIdentifier; 0 (UnknownSignatureAlgorithm) when unknown. */
  static int signatureAlgorithm(Tlv algorithmIdentifier) throws Malformed {
    List<Tlv> parts = algorithmIdentifier.children();
    if (parts.isEmpty()) throw new Malformed("algorithm identifier");
    String oid = CryptoX509Der.dotted(parts.get(0).oid());
    if (!oid.equals(RSA_PSS)) return SIGNATURE.getOrDefault(oid, 0);
    // RSASSA-PSS names its hash in the parameters: [0] HashAlgorithm.
    if (parts.size() < 2) return 0;
    for (Tlv p : parts.get(1).children()) {
      if (p.isContext(0)) {
        List<Tlv> hash = p.children().get(0).children();
        return PSS_BY_HASH.getOrDefault(CryptoX509Der.dotted(hash.get(0).oid()), 0);
      }
    }
    return 0;
  }

  static int publicKeyAlgorithm(Tlv spki) throws Malformed {
    List<Tlv> alg = spki.children().get(0).children();
    return PUBLIC_KEY.getOrDefault(CryptoX509Der.dotted(alg.get(0).oid()), 0);
  }

  /** The public key as Go marshals *rsa.PublicKey, *ecdsa.PublicKey, *dsa.PublicKey or ed25519.PublicKey. */
  static Value publicKey(Tlv spki, int algorithm) {
    try {
      return switch (algorithm) {
        case 1 -> rsa((RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(spki.encoded())));
        case 3 -> ec((ECPublicKey) KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(spki.encoded())));
        case 2 -> dsa((DSAPublicKey) KeyFactory.getInstance("DSA").generatePublic(new X509EncodedKeySpec(spki.encoded())));
        case 4 -> StringValue.of(Base64.getEncoder().encodeToString(spki.children().get(1).bits()));
        default -> NullValue.NULL;
      };
    } catch (Exception e) {
      // Go leaves PublicKey nil for keys it cannot decode rather than failing the whole certificate.
      return NullValue.NULL;
    }
  }

  static Value publicKey(PublicKey key) {
    if (key instanceof RSAPublicKey r) return rsa(r);
    if (key instanceof ECPublicKey e) return ec(e);
    if (key instanceof DSAPublicKey d) return dsa(d);
    return NullValue.NULL;
  }

  static ObjectValue rsa(RSAPublicKey k) {
    return ObjectValue.builder().put("N", num(k.getModulus())).put("E", num(k.getPublicExponent())).build();
  }

  // Go's named curves have only unexported fields, so the curve marshals as {}.
  static ObjectValue ec(ECPublicKey k) {
    return ObjectValue.builder().put("Curve", ObjectValue.EMPTY)
        .put("X", num(k.getW().getAffineX())).put("Y", num(k.getW().getAffineY())).build();
  }

  private static ObjectValue dsa(DSAPublicKey k) {
    ObjectValue params = ObjectValue.builder().put("P", num(k.getParams().getP()))
        .put("Q", num(k.getParams().getQ())).put("G", num(k.getParams().getG())).build();
    return ObjectValue.builder().put("Parameters", params).put("Y", num(k.getY())).build();
  }

  static NumberValue num(BigInteger b) { return NumberValue.of(b); }
}
