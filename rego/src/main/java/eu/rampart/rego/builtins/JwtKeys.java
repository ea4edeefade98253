package eu.rampart.rego.builtins;

import eu.rampart.rego.value.ArrayValue;
import eu.rampart.rego.value.ObjectValue;
import eu.rampart.rego.value.StringValue;
import eu.rampart.rego.value.Value;
import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.cert.CertificateFactory;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPrivateKeySpec;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPrivateCrtKeySpec;
import java.security.spec.RSAPrivateKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keys for the io.jwt built-ins: a PEM certificate or public key, or a JWK / JWK set (RSA, EC
 * P-256/384/521, OKP Ed25519, oct), as OPA's getKeysFromCertOrJWK reads them.
 */
final class JwtKeys {
  private JwtKeys() {}

  /** One usable key; alg and kid are "" when the source (e.g. a certificate) does not name them. */
  record VerificationKey(String alg, String kid, Key key) {}

  // DER prefixes that wrap a raw 32-byte Ed25519 key into SubjectPublicKeyInfo / PKCS#8.
  private static final byte[] ED25519_SPKI_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");
  private static final byte[] ED25519_PKCS8_PREFIX = HexFormat.of().parseHex("302e020100300506032b657004220420");

  static List<VerificationKey> fromCertOrJwk(String text) {
    Pem pem = Pem.decode(text);
    if (pem != null) {
      if (!pem.rest.isEmpty()) throw new BuiltinError("extra data after a PEM certificate block");
      if (pem.type.equals("CERTIFICATE")) {
        try {
          PublicKey k = CertificateFactory.getInstance("X.509")
              .generateCertificate(new ByteArrayInputStream(pem.der)).getPublicKey();
          return List.of(new VerificationKey("", "", k));
        } catch (GeneralSecurityException | RuntimeException e) {
          throw new BuiltinError("failed to parse a PEM certificate: " + e.getMessage());
        }
      }
      if (pem.type.equals("PUBLIC KEY")) {
        return List.of(new VerificationKey("", "", publicKeyFromSpki(pem.der)));
      }
      throw new BuiltinError("failed to extract a Key from the PEM certificate");
    }
    List<ObjectValue> jwks;
    try {
      jwks = parseJwkSet(text);
    } catch (BuiltinError e) {
      throw new BuiltinError("failed to parse a JWK key (set): " + e.getMessage());
    }
    List<VerificationKey> keys = new ArrayList<>();
    for (ObjectValue jwk : jwks) {
      Key k;
      try {
        k = publicKey(jwk);
      } catch (BuiltinError e) {
        throw new BuiltinError("failed to parse a JWK key (set): " + e.getMessage());
      }
      keys.add(new VerificationKey(optString(jwk, "alg"), optString(jwk, "kid"), k));
    }
    return keys;
  }

  private static PublicKey publicKeyFromSpki(byte[] der) {
    // The DER does not say up front which KeyFactory reads it, so each supported kind is tried.
    for (String alg : new String[] {"RSA", "EC", "Ed25519"}) {
      try {
        return KeyFactory.getInstance(alg).generatePublic(new X509EncodedKeySpec(der));
      } catch (GeneralSecurityException | RuntimeException e) {
        // not this kind; try the next
      }
    }
    throw new BuiltinError("failed to parse a PEM public key: not a valid RSA, EC or Ed25519 SubjectPublicKeyInfo");
  }

  /** A JSON JWK, or a JWK set ({"keys": [...]}), as a list of key objects. */
  static List<ObjectValue> parseJwkSet(String text) {
    Value v;
    try {
      v = JsonText.parse(text);
    } catch (BuiltinError e) {
      throw new BuiltinError("failed to unmarshal JSON into key (set): " + e.getMessage());
    }
    if (!(v instanceof ObjectValue o)) throw new BuiltinError("invalid JWK: expected a JSON object");
    Value keys = o.get("keys");
    if (keys == null) return List.of(o);
    if (!(keys instanceof ArrayValue a)) throw new BuiltinError("invalid JWK set: \"keys\" must be an array");
    List<ObjectValue> out = new ArrayList<>();
    for (Value k : a.items()) {
      if (!(k instanceof ObjectValue ko)) throw new BuiltinError("invalid JWK set: each key must be an object");
      out.add(ko);
    }
    return out;
  }

  /** The verification side of a JWK: a public key, or the secret of an oct key. */
  static Key publicKey(ObjectValue jwk) {
    String kty = requiredString(jwk, "kty");
    try {
      switch (kty) {
        case "RSA":
          return KeyFactory.getInstance("RSA").generatePublic(
              new RSAPublicKeySpec(bigInt(jwk, "n"), bigInt(jwk, "e")));
        case "EC": {
          ECParameterSpec params = curve(requiredString(jwk, "crv"));
          return KeyFactory.getInstance("EC").generatePublic(
              new ECPublicKeySpec(new ECPoint(bigInt(jwk, "x"), bigInt(jwk, "y")), params));
        }
        case "OKP":
          requireEd25519(jwk);
          return KeyFactory.getInstance("Ed25519").generatePublic(
              new X509EncodedKeySpec(concat(ED25519_SPKI_PREFIX, fixedBytes(jwk, "x", 32))));
        case "oct":
          return secret(jwk);
        default:
          throw new BuiltinError("invalid key type from JSON (" + kty + ")");
      }
    } catch (GeneralSecurityException e) {
      throw new BuiltinError("failed to build " + kty + " key: " + e.getMessage());
    }
  }

  /** The signing side of a JWK: a private key, or the secret of an oct key. */
  static Key privateKey(ObjectValue jwk) {
    String kty = requiredString(jwk, "kty");
    try {
      switch (kty) {
        case "RSA": {
          BigInteger n = bigInt(jwk, "n");
          BigInteger d = bigInt(jwk, "d");
          KeyFactory f = KeyFactory.getInstance("RSA");
          if (jwk.get("p") != null && jwk.get("q") != null && jwk.get("dp") != null
              && jwk.get("dq") != null && jwk.get("qi") != null) {
            return f.generatePrivate(new RSAPrivateCrtKeySpec(n, bigInt(jwk, "e"), d, bigInt(jwk, "p"),
                bigInt(jwk, "q"), bigInt(jwk, "dp"), bigInt(jwk, "dq"), bigInt(jwk, "qi")));
          }
          return f.generatePrivate(new RSAPrivateKeySpec(n, d));
        }
        case "EC":
          return KeyFactory.getInstance("EC").generatePrivate(
              new ECPrivateKeySpec(bigInt(jwk, "d"), curve(requiredString(jwk, "crv"))));
        case "OKP":
          requireEd25519(jwk);
          return KeyFactory.getInstance("Ed25519").generatePrivate(
              new PKCS8EncodedKeySpec(concat(ED25519_PKCS8_PREFIX, fixedBytes(jwk, "d", 32))));
        case "oct":
          return secret(jwk);
        default:
          throw new BuiltinError("invalid key type from JSON (" + kty + ")");
      }
    } catch (GeneralSecurityException e) {
      throw new BuiltinError("failed to build " + kty + " key: " + e.getMessage());
    }
  }

  private static Key secret(ObjectValue jwk) {
    byte[] k = bytes(jwk, "k");
    // SecretKeySpec rejects an empty key; HMAC pads keys with zeros, so one zero byte is equivalent.
    return new SecretKeySpec(k.length == 0 ? new byte[1] : k, "HMAC");
  }

  private static void requireEd25519(ObjectValue jwk) {
    String crv = requiredString(jwk, "crv");
    if (!crv.equals("Ed25519")) throw new BuiltinError("unsupported OKP curve: " + crv);
  }

  private static ECParameterSpec curve(String crv) throws GeneralSecurityException {
    String name = switch (crv) {
      case "P-256" -> "secp256r1";
      case "P-384" -> "secp384r1";
      case "P-521" -> "secp521r1";
      default -> throw new BuiltinError("unsupported elliptic curve: " + crv);
    };
    AlgorithmParameters p = AlgorithmParameters.getInstance("EC");
    p.init(new ECGenParameterSpec(name));
    return p.getParameterSpec(ECParameterSpec.class);
  }

  private static String optString(ObjectValue o, String field) {
    return o.get(field) instanceof StringValue s ? s.value() : "";
  }

  private static String requiredString(ObjectValue o, String field) {
    Value v = o.get(field);
    if (v == null) throw new BuiltinError("required field \"" + field + "\" is missing");
    if (!(v instanceof StringValue s)) throw new BuiltinError("field \"" + field + "\" must be a string");
    return s.value();
  }

  private static byte[] bytes(ObjectValue o, String field) {
    String s = requiredString(o, field);
    try {
      // JWK members are unpadded base64url (RFC 7518); padded input is tolerated, as jwx does.
      return Base64.getUrlDecoder().decode(s.endsWith("=") ? s.replaceAll("=+$", "") : s);
    } catch (IllegalArgumentException e) {
      throw new BuiltinError("failed to decode field \"" + field + "\": " + e.getMessage());
    }
  }

  private static byte[] fixedBytes(ObjectValue o, String field, int size) {
    byte[] b = bytes(o, field);
    if (b.length != size) throw new BuiltinError("field \"" + field + "\" must be " + size + " bytes, got " + b.length);
    return b;
  }

  private static BigInteger bigInt(ObjectValue o, String field) {
    return new BigInteger(1, bytes(o, field));
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  /** The first PEM block of a text, with what follows its END line, as Go's pem.Decode finds it. */
  private record Pem(String type, byte[] der, String rest) {
    static Pem decode(String text) {
      int from = 0;
      while (true) {
        int begin = text.indexOf("-----BEGIN ", from);
        if (begin < 0) return null;
        from = begin + 1;
        if (begin > 0 && text.charAt(begin - 1) != '\n') continue;
        int typeEnd = text.indexOf("-----", begin + 11);
        if (typeEnd < 0) return null;
        String type = text.substring(begin + 11, typeEnd);
        int lineEnd = text.indexOf('\n', typeEnd);
        if (lineEnd < 0 || !text.substring(typeEnd + 5, lineEnd).isBlank()) continue;
        String endLine = "-----END " + type + "-----";
        int end = text.indexOf("\n" + endLine, lineEnd);
        int bodyStart = lineEnd + 1;
        if (end < 0) {
          if (!text.startsWith(endLine, bodyStart)) continue;
          end = bodyStart - 1; // empty body
        }
        String body = end + 1 > bodyStart ? text.substring(bodyStart, end + 1) : "";
        int afterEnd = end + 1 + endLine.length();
        int nl = text.indexOf('\n', afterEnd);
        String restOfLine = nl < 0 ? text.substring(afterEnd) : text.substring(afterEnd, nl);
        if (!restOfLine.isBlank()) continue;
        byte[] der;
        try {
          der = Base64.getDecoder().decode(stripHeaders(body));
        } catch (IllegalArgumentException e) {
          continue;
        }
        return new Pem(type, der, nl < 0 ? "" : text.substring(nl + 1));
      }
    }

    /** RFC 1421 headers ("Proc-Type: ...") precede the base64 body; they carry nothing we use. */
    private static String stripHeaders(String body) {
      StringBuilder sb = new StringBuilder();
      for (String line : body.split("\n")) {
        if (!line.contains(":")) sb.append(line.strip());
      }
      return sb.toString();
    }
  }
}
