package eu.rampart.rego.builtins;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.EdECPrivateKey;
import java.security.interfaces.EdECPublicKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.util.Arrays;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/** The JWS algorithms OPA knows (RFC 7518 HS/RS/PS/ES plus EdDSA), for signing and verifying. */
enum JwtAlgorithm {
  HS256(Family.HMAC, "SHA-256"), HS384(Family.HMAC, "SHA-384"), HS512(Family.HMAC, "SHA-512"),
  RS256(Family.RSA, "SHA-256"), RS384(Family.RSA, "SHA-384"), RS512(Family.RSA, "SHA-512"),
  PS256(Family.PSS, "SHA-256"), PS384(Family.PSS, "SHA-384"), PS512(Family.PSS, "SHA-512"),
  ES256(Family.ECDSA, "SHA-256"), ES384(Family.ECDSA, "SHA-384"), ES512(Family.ECDSA, "SHA-512"),
  EdDSA(Family.EDDSA, null);

  enum Family { HMAC, RSA, PSS, ECDSA, EDDSA }

  final Family family;
  final String digest;

  JwtAlgorithm(Family family, String digest) {
    this.family = family;
    this.digest = digest;
  }

  private static final Map<String, JwtAlgorithm> BY_NAME = Map.ofEntries(
      Arrays.stream(values()).map(a -> Map.entry(a.name(), a)).toArray(Map.Entry[]::new));

  /** null for names that are not a supported JWS algorithm. */
  static JwtAlgorithm byName(String name) {
    return BY_NAME.get(name);
  }

  private String jcaHash() { return digest.replace("-", ""); }

  /**
   * Whether {@code signature} is valid for {@code input}. A key of the wrong kind for this
   * algorithm throws, as OPA's "incorrect public key type"; callers trying several keys catch it.
   */
  boolean verify(Key key, byte[] input, byte[] signature) {
    try {
      switch (family) {
        case HMAC: {
          if (!(key instanceof SecretKey)) throw new BuiltinError("incorrect symmetric key type");
          return MessageDigest.isEqual(hmac(key.getEncoded(), input), signature);
        }
        case RSA: {
          if (!(key instanceof RSAPublicKey rsa)) throw new BuiltinError("incorrect public key type");
          Signature s = Signature.getInstance(jcaHash() + "withRSA");
          s.initVerify(rsa);
          s.update(input);
          return s.verify(signature);
        }
        case PSS: {
          if (!(key instanceof RSAPublicKey rsa)) throw new BuiltinError("incorrect public key type");
          return JwtRsaPss.verify(rsa, digest, input, signature);
        }
        case ECDSA: {
          if (!(key instanceof ECPublicKey ec)) throw new BuiltinError("incorrect public key type");
          // JOSE signatures are R || S; Go's verifier splits them in half whatever the length.
          int n = signature.length / 2;
          BigInteger r = new BigInteger(1, Arrays.copyOfRange(signature, 0, n));
          BigInteger sv = new BigInteger(1, Arrays.copyOfRange(signature, n, signature.length));
          if (r.signum() == 0 || sv.signum() == 0) return false;
          Signature s = Signature.getInstance(jcaHash() + "withECDSA");
          s.initVerify(ec);
          s.update(input);
          return s.verify(derSequence(r, sv));
        }
        case EDDSA: {
          if (!(key instanceof EdECPublicKey ed)) throw new BuiltinError("incorrect public key type");
          Signature s = Signature.getInstance("Ed25519");
          s.initVerify(ed);
          s.update(input);
          return s.verify(signature);
        }
        default:
          throw new IllegalStateException(family.name());
      }
    } catch (java.security.SignatureException e) {
      return false; // malformed signature bytes: not a valid signature
    } catch (GeneralSecurityException e) {
      throw new BuiltinError(name() + " verification unavailable: " + e.getMessage());
    }
  }

  byte[] sign(Key key, byte[] input) {
    try {
      switch (family) {
        case HMAC:
          if (!(key instanceof SecretKey)) throw new BuiltinError("invalid key type for " + name() + ": expected an oct key");
          return hmac(key.getEncoded(), input);
        case RSA:
        case PSS: {
          if (!(key instanceof RSAPrivateKey rsa)) throw new BuiltinError("invalid key type for " + name() + ": expected an RSA private key");
          Signature s;
          if (family == Family.PSS) {
            s = Signature.getInstance("RSASSA-PSS");
            int hLen = MessageDigest.getInstance(digest).getDigestLength();
            s.setParameter(new PSSParameterSpec(digest, "MGF1", new MGF1ParameterSpec(digest), hLen, 1));
          } else {
            s = Signature.getInstance(jcaHash() + "withRSA");
          }
          s.initSign(rsa);
          s.update(input);
          return s.sign();
        }
        case ECDSA: {
          if (!(key instanceof ECPrivateKey ec)) throw new BuiltinError("invalid key type for " + name() + ": expected an EC private key");
          Signature s = Signature.getInstance(jcaHash() + "withECDSA");
          s.initSign(ec);
          s.update(input);
          return derToJose(s.sign(), (ec.getParams().getCurve().getField().getFieldSize() + 7) / 8);
        }
        case EDDSA: {
          if (!(key instanceof EdECPrivateKey ed)) throw new BuiltinError("invalid key type for " + name() + ": expected an Ed25519 private key");
          Signature s = Signature.getInstance("Ed25519");
          s.initSign((PrivateKey) ed);
          s.update(input);
          return s.sign();
        }
        default:
          throw new IllegalStateException(family.name());
      }
    } catch (GeneralSecurityException e) {
      throw new BuiltinError("failed to sign with " + name() + ": " + e.getMessage());
    }
  }

  private byte[] hmac(byte[] secret, byte[] input) throws GeneralSecurityException {
    String alg = "Hmac" + jcaHash();
    Mac mac = Mac.getInstance(alg);
    mac.init(new SecretKeySpec(secret, alg));
    return mac.doFinal(input);
  }

  private static byte[] derSequence(BigInteger r, BigInteger s) {
    byte[] rb = r.toByteArray();
    byte[] sb = s.toByteArray();
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    out.write(0x02);
    out.writeBytes(derLength(rb.length));
    out.writeBytes(rb);
    out.write(0x02);
    out.writeBytes(derLength(sb.length));
    out.writeBytes(sb);
    byte[] ints = out.toByteArray();
    java.io.ByteArrayOutputStream seq = new java.io.ByteArrayOutputStream();
    seq.write(0x30);
    seq.writeBytes(derLength(ints.length));
    seq.writeBytes(ints);
    return seq.toByteArray();
  }

  private static byte[] derLength(int len) {
    if (len < 0x80) return new byte[] {(byte) len};
    if (len < 0x100) return new byte[] {(byte) 0x81, (byte) len};
    return new byte[] {(byte) 0x82, (byte) (len >> 8), (byte) len};
  }

  /** DER SEQUENCE { INTEGER r, INTEGER s } to fixed-width R || S (RFC 7518 section 3.4). */
  private static byte[] derToJose(byte[] der, int size) {
    int i = 2;
    if ((der[1] & 0x80) != 0) i += der[1] & 0x7f;
    byte[][] ints = new byte[2][];
    for (int k = 0; k < 2; k++) {
      i++; // INTEGER tag
      int len = der[i] & 0xff;
      i++;
      if ((len & 0x80) != 0) {
        int n = len & 0x7f;
        len = 0;
        for (int j = 0; j < n; j++) len = (len << 8) | (der[i++] & 0xff);
      }
      ints[k] = Arrays.copyOfRange(der, i, i + len);
      i += len;
    }
    byte[] out = new byte[2 * size];
    for (int k = 0; k < 2; k++) {
      byte[] v = new BigInteger(1, ints[k]).toByteArray();
      int skip = v.length > size ? v.length - size : 0;
      System.arraycopy(v, skip, out, k * size + size - (v.length - skip), v.length - skip);
    }
    return out;
  }
}
