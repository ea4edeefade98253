package eu.rampart.rego.builtins;

import eu.rampart.rego.builtins.CryptoX509Der.Malformed;
import eu.rampart.rego.value.ArrayValue;
import eu.rampart.rego.value.NullValue;
import eu.rampart.rego.value.ObjectValue;
import eu.rampart.rego.value.Value;
import java.security.PublicKey;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

/**
 * crypto.x509.parse_keypair: Go's tls.X509KeyPair on OPA's normalised input (base64 decoded when
 * not PEM; bare DER treated as a CERTIFICATE / PRIVATE KEY block), returned as tls.Certificate JSON.
 */
final class CryptoX509KeyPair {
  private CryptoX509KeyPair() {}

  static Value parse(String certInput, String keyInput) {
    List<CryptoX509Pem.Block> certBlocks = blocks(certInput, "CERTIFICATE");
    List<CryptoX509Pem.Block> keyBlocks = blocks(keyInput, "PRIVATE KEY");

    List<Value> der = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    List<byte[]> certs = new ArrayList<>();
    for (CryptoX509Pem.Block b : certBlocks) {
      if (b.type().equals("CERTIFICATE")) {
        certs.add(b.bytes());
        der.add(CryptoX509Json.b64(b.bytes()));
      } else {
        skipped.add(b.type());
      }
    }
    if (certs.isEmpty()) {
      if (skipped.isEmpty()) throw new BuiltinError("tls: failed to find any PEM data in certificate input");
      if (skipped.size() == 1 && skipped.get(0).endsWith("PRIVATE KEY")) {
        throw new BuiltinError("tls: failed to find certificate PEM data in certificate input, but did find a private key; PEM inputs may have been switched");
      }
      throw new BuiltinError("tls: failed to find \"CERTIFICATE\" PEM block in certificate input after skipping PEM blocks of the following types: " + goList(skipped));
    }
    CryptoX509Pem.Block keyBlock = null;
    List<String> skippedKeys = new ArrayList<>();
    for (CryptoX509Pem.Block b : keyBlocks) {
      if (b.type().equals("PRIVATE KEY") || b.type().endsWith(" PRIVATE KEY")) {
        keyBlock = b;
        break;
      }
      skippedKeys.add(b.type());
    }
    if (keyBlock == null) {
      if (skippedKeys.isEmpty()) throw new BuiltinError("tls: failed to find any PEM data in key input");
      if (skippedKeys.size() == 1 && skippedKeys.get(0).equals("CERTIFICATE")) {
        throw new BuiltinError("tls: found a certificate rather than a key in the PEM for the private key");
      }
      throw new BuiltinError("tls: failed to find PEM block with type ending in \"PRIVATE KEY\" in key input after skipping PEM blocks of the following types: " + goList(skippedKeys));
    }
    CryptoX509Keys.ParsedKey key = parseKey(keyBlock.bytes());
    List<X509Certificate> leafList = CryptoX509Builtins.parseDer(certs.get(0));
    X509Certificate leaf = leafList.get(0);
    checkMatch(leaf.getPublicKey(), key);
    Value privateKey;
    try {
      privateKey = CryptoX509Keys.goJson(key);
    } catch (Malformed e) {
      throw new BuiltinError("tls: failed to parse private key");
    }
    return ObjectValue.builder().put("Certificate", ArrayValue.of(der)).put("PrivateKey", privateKey)
        .put("SupportedSignatureAlgorithms", NullValue.NULL).put("OCSPStaple", NullValue.NULL)
        .put("SignedCertificateTimestamps", NullValue.NULL)
        .put("Leaf", CryptoX509Builtins.certificateJson(leaf, false)).build();
  }

  /** Go's %v of a []string: [a b]. */
  private static String goList(List<String> items) { return "[" + String.join(" ", items) + "]"; }

  /** All PEM blocks of the input; a bare DER input becomes one block of {@code derType}. */
  private static List<CryptoX509Pem.Block> blocks(String input, String derType) {
    String text = input.startsWith("-----BEGIN") ? input : CryptoX509Pem.text(CryptoX509Builtins.base64(input));
    if (!text.startsWith("-----BEGIN")) {
      return List.of(new CryptoX509Pem.Block(derType, text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)));
    }
    List<CryptoX509Pem.Block> out = new ArrayList<>();
    String rest = text;
    while (true) {
      CryptoX509Pem.Decoded d = CryptoX509Pem.decode(rest);
      if (d.block() == null) return out;
      out.add(d.block());
      rest = d.rest();
    }
  }

  /** tls.parsePrivateKey: PKCS#1, then PKCS#8, then SEC 1. */
  private static CryptoX509Keys.ParsedKey parseKey(byte[] der) {
    try {
      return CryptoX509Keys.pkcs1(der);
    } catch (Malformed | RuntimeException ignored) {
      // not PKCS#1; try the next format as Go does
    }
    try {
      return CryptoX509Keys.pkcs8(der);
    } catch (Malformed | RuntimeException ignored) {
      // not PKCS#8
    }
    try {
      return CryptoX509Keys.sec1(der);
    } catch (Malformed | RuntimeException e) {
      throw new BuiltinError("tls: failed to parse private key");
    }
  }

  private static void checkMatch(PublicKey pub, CryptoX509Keys.ParsedKey parsed) {
    Object priv = parsed.key();
    if (pub instanceof RSAPublicKey r) {
      if (!(priv instanceof RSAPrivateCrtKey k)) throw new BuiltinError("tls: private key type does not match public key type");
      if (!r.getModulus().equals(k.getModulus())) throw new BuiltinError("tls: private key does not match public key");
    } else if (pub instanceof ECPublicKey e) {
      if (!(priv instanceof ECPrivateKey)) throw new BuiltinError("tls: private key type does not match public key type");
      byte[] point = parsed.ecPublicPoint();
      byte[] expected = e.getW().getAffineX().toByteArray();
      if (point == null || !new java.math.BigInteger(1, java.util.Arrays.copyOfRange(point, 1, 1 + (point.length - 1) / 2))
          .equals(new java.math.BigInteger(1, expected))) {
        throw new BuiltinError("tls: private key does not match public key");
      }
    } else if (!pub.getAlgorithm().equals(((java.security.PrivateKey) priv).getAlgorithm())) {
      throw new BuiltinError("tls: private key type does not match public key type");
    }
  }
}
