package eu.rampart.rego.builtins;

import eu.rampart.rego.builtins.CryptoX509Der.Malformed;
import eu.rampart.rego.builtins.CryptoX509Der.Tlv;
import eu.rampart.rego.types.Type;
import eu.rampart.rego.value.ArrayValue;
import eu.rampart.rego.value.BooleanValue;
import eu.rampart.rego.value.NullValue;
import eu.rampart.rego.value.ObjectValue;
import eu.rampart.rego.value.Value;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPrivateCrtKey;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * crypto.x509.parse_certificates, parse_and_verify_certificates, parse_certificate_request,
 * parse_keypair, parse_rsa_private_key and crypto.parse_private_keys, following OPA's
 * topdown/crypto.go: the same input sniffing (PEM, else base64 of PEM or DER) and Go's error texts.
 */
public final class CryptoX509Builtins implements BuiltinFamily {
  private static final String MALFORMED = "x509: malformed certificate";

  @Override
  public void register(BuiltinRegistry r) {
    List<Type> s = List.of(Type.STRING);
    r.register("crypto.x509.parse_certificates", s, Type.ARRAY,
        (c, a) -> certificatesJson(certificates(Args.string(a, 0))));
    r.registerNondeterministic("crypto.x509.parse_and_verify_certificates", s, Type.ARRAY,
        (c, a) -> parseAndVerify(Args.string(a, 0), CryptoX509VerifyOptions.defaults(queryTime(c))));
    r.registerNondeterministic("crypto.x509.parse_and_verify_certificates_with_options",
        List.of(Type.STRING, Type.OBJECT), Type.ARRAY,
        (c, a) -> parseAndVerifyWithOptions(Args.string(a, 0), Args.object(a, 1), queryTime(c)));
    r.register("crypto.x509.parse_certificate_request", s, Type.OBJECT,
        (c, a) -> certificateRequest(Args.string(a, 0)));
    r.register("crypto.x509.parse_keypair", List.of(Type.STRING, Type.STRING), Type.OBJECT,
        (c, a) -> CryptoX509KeyPair.parse(Args.string(a, 0), Args.string(a, 1)));
    r.register("crypto.x509.parse_rsa_private_key", s, Type.OBJECT,
        (c, a) -> rsaPrivateKey(Args.string(a, 0)));
    r.register("crypto.parse_private_keys", s, Type.ARRAY,
        (c, a) -> privateKeys(Args.string(a, 0)));
  }

  /** getX509CertsFromString: PEM; else base64 that holds PEM or concatenated DER. */
  static List<X509Certificate> certificates(String input) {
    if (input.startsWith("-----BEGIN")) return fromPem(input);
    byte[] decoded = base64(input);
    if (CryptoX509Pem.startsWithBegin(decoded)) return fromPem(CryptoX509Pem.text(decoded));
    return parseDer(decoded);
  }

  private static List<X509Certificate> fromPem(String pem) {
    java.io.ByteArrayOutputStream der = new java.io.ByteArrayOutputStream();
    String rest = pem;
    while (!rest.isEmpty()) {
      CryptoX509Pem.Decoded d = CryptoX509Pem.decode(rest);
      if (d.block() == null) break;
      if (!d.block().type().equals("CERTIFICATE")) {
        throw new BuiltinError("PEM block type is '" + d.block().type() + "', expected CERTIFICATE");
      }
      der.writeBytes(d.block().bytes());
      rest = d.rest();
    }
    return parseDer(der.toByteArray());
  }

  /** x509.ParseCertificates: one or more DER certificates back to back. */
  static List<X509Certificate> parseDer(byte[] der) {
    List<X509Certificate> out = new ArrayList<>();
    try {
      CertificateFactory factory = CertificateFactory.getInstance("X.509");
      for (Tlv t : CryptoX509Der.readAll(der, 0, der.length)) {
        if (t.tag() != CryptoX509Der.SEQUENCE) throw new Malformed(MALFORMED);
        out.add((X509Certificate) factory.generateCertificate(new ByteArrayInputStream(t.encoded())));
      }
    } catch (Malformed | java.security.cert.CertificateException | RuntimeException e) {
      throw new BuiltinError(MALFORMED);
    }
    return out;
  }

  static ArrayValue certificatesJson(List<X509Certificate> certs) {
    List<Value> out = new ArrayList<>(certs.size());
    for (X509Certificate cert : certs) out.add(certificateJson(cert, true));
    return ArrayValue.of(out);
  }

  static ObjectValue certificateJson(X509Certificate cert, boolean withUriStrings) {
    try {
      return CryptoX509Json.certificate(cert, withUriStrings);
    } catch (Malformed | RuntimeException e) {
      throw new BuiltinError(MALFORMED);
    }
  }

  private static final ArrayValue INVALID = ArrayValue.of(BooleanValue.FALSE, ArrayValue.EMPTY);

  private static Date queryTime(BuiltinContext ctx) {
    return new Date(Math.floorDiv(ctx.queryTimeNanos(), 1_000_000L));
  }

  /** Any parse or verification failure is [false, []], not an error, as in OPA. */
  private static Value parseAndVerify(String input, CryptoX509Chain.Options options) {
    List<X509Certificate> certs;
    try {
      certs = certificates(input);
    } catch (BuiltinError e) {
      return INVALID;
    }
    return verified(certs, options);
  }

  /** As OPA: unparsable certificates are [false, []], but bad options are an error. */
  private static Value parseAndVerifyWithOptions(String input, ObjectValue options, Date now) {
    List<X509Certificate> certs;
    try {
      certs = certificates(input);
    } catch (BuiltinError e) {
      return INVALID;
    }
    return verified(certs, CryptoX509VerifyOptions.parse(options, now));
  }

  private static Value verified(List<X509Certificate> certs, CryptoX509Chain.Options options) {
    try {
      return ArrayValue.of(BooleanValue.TRUE, certificatesJson(CryptoX509Chain.verify(certs, options)));
    } catch (CryptoX509Chain.Invalid e) {
      return INVALID;
    }
  }

  private static Value certificateRequest(String input) {
    byte[] bytes = input.getBytes(StandardCharsets.UTF_8);
    if (!input.startsWith("-----BEGIN CERTIFICATE REQUEST-----")) bytes = base64(input);
    CryptoX509Pem.Decoded d = CryptoX509Pem.decode(CryptoX509Pem.text(bytes));
    if (d.block() != null) {
      if (!d.block().type().equals("CERTIFICATE REQUEST")) {
        throw new BuiltinError("invalid PEM-encoded certificate signing request");
      }
      bytes = d.block().bytes();
    }
    try {
      return CryptoX509Json.certificateRequest(bytes);
    } catch (Malformed | RuntimeException e) {
      throw new BuiltinError("x509: malformed certificate request");
    }
  }

  private static Value rsaPrivateKey(String input) {
    byte[] pem = input.startsWith("-----BEGIN") ? input.getBytes(StandardCharsets.UTF_8) : base64(input);
    CryptoX509Pem.Block block = CryptoX509Pem.decode(CryptoX509Pem.text(pem)).block();
    if (block == null) throw new BuiltinError("failed to parse PEM block containing the key");
    CryptoX509Keys.ParsedKey key;
    try {
      key = switch (block.type()) {
        case "RSA PRIVATE KEY" -> CryptoX509Keys.pkcs1(block.bytes());
        case "PRIVATE KEY" -> CryptoX509Keys.pkcs8(block.bytes());
        default -> throw new BuiltinError("PEM block type is '" + block.type()
            + "', expected RSA PRIVATE KEY or PRIVATE KEY");
      };
    } catch (Malformed e) {
      throw new BuiltinError(e.getMessage());
    }
    // Despite its name OPA converts any PKCS#8 key it can parse to a JWK.
    if (key.key() instanceof RSAPrivateCrtKey rsa) return CryptoX509Keys.rsaJwk(rsa);
    if (key.key() instanceof java.security.interfaces.ECPrivateKey) {
      try {
        return CryptoX509Keys.ecJwk(key);
      } catch (Malformed e) {
        throw new BuiltinError(e.getMessage());
      }
    }
    throw new BuiltinError("unsupported private key type " + key.key().getAlgorithm() + " for a JWK");
  }

  /**
   * Declared as an array like OPA, yet empty input gives null as OPA returns it. Input that is not
   * base64 is read as PEM text; blocks that are not private keys are skipped.
   */
  private static Value privateKeys(String input) {
    if (input.isEmpty()) return NullValue.NULL;
    String pem;
    try {
      pem = CryptoX509Pem.text(GoBase64.decodeStd(input.getBytes(StandardCharsets.UTF_8)));
    } catch (GoBase64.CorruptInput e) {
      pem = input;
    }
    List<Value> keys = new ArrayList<>();
    try {
      while (true) {
        CryptoX509Pem.Decoded d = CryptoX509Pem.decode(pem);
        if (d.block() == null) break;
        pem = d.rest();
        CryptoX509Keys.ParsedKey key = switch (d.block().type()) {
          case "RSA PRIVATE KEY" -> CryptoX509Keys.pkcs1(d.block().bytes());
          case "PRIVATE KEY" -> CryptoX509Keys.pkcs8(d.block().bytes());
          case "EC PRIVATE KEY" -> CryptoX509Keys.sec1(d.block().bytes());
          default -> null;
        };
        if (key != null) keys.add(CryptoX509Keys.goJson(key));
      }
    } catch (Malformed e) {
      throw new BuiltinError(e.getMessage());
    }
    return ArrayValue.of(keys);
  }

  static byte[] base64(String s) {
    try {
      return GoBase64.decodeStd(s.getBytes(StandardCharsets.UTF_8));
    } catch (GoBase64.CorruptInput e) {
      throw new BuiltinError(e.getMessage());
    }
  }
}
