package eu.rampart.plan.config;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * PBKDF2 with HMAC-SHA256 (RFC 8018 §5.2, HMAC per RFC 2104), the key derivation of Pulumi's
 * passphrase secrets provider ({@code config.NewSymmetricCrypterFromPassphrase}:
 * golang.org/x/crypto/pbkdf2 with sha256, 1,000,000 iterations).
 *
 * <p>Written out because the derivation dominates the cost of a plan with secrets: the digest
 * states after the padded key blocks are computed once and cloned per HMAC, so each of the million
 * iterations costs two SHA-256 compressions instead of the four {@code javax.crypto.Mac} spends
 * (about half the CPU time of {@code Mac} or the JDK's PBKDF2 in a fresh JVM: 0.8 s against 1.6 s
 * user time on the 2-core build machine); and Pulumi accepts an empty passphrase, which
 * the JDK's PBKDF2 key spec and {@code SecretKeySpec} refuse.
 */
final class Pbkdf2 {
  private static final int BLOCK_BYTES = 64;

  private Pbkdf2() {}

  static byte[] hmacSha256(String passphrase, byte[] salt, int iterations, int keyBytes) {
    MessageDigest inner = sha256();
    MessageDigest outer = sha256();
    byte[] key = passphrase.getBytes(StandardCharsets.UTF_8);
    if (key.length > BLOCK_BYTES) key = sha256().digest(key);
    byte[] ipad = new byte[BLOCK_BYTES];
    byte[] opad = new byte[BLOCK_BYTES];
    for (int i = 0; i < BLOCK_BYTES; i++) {
      byte k = i < key.length ? key[i] : 0;
      ipad[i] = (byte) (k ^ 0x36);
      opad[i] = (byte) (k ^ 0x5c);
    }
    inner.update(ipad);
    outer.update(opad);

    int hashBytes = inner.getDigestLength();
    byte[] out = new byte[keyBytes];
    for (int block = 1, offset = 0; offset < keyBytes; block++, offset += hashBytes) {
      byte[] index = {(byte) (block >>> 24), (byte) (block >>> 16), (byte) (block >>> 8), (byte) block};
      byte[] u = hmac(inner, outer, salt, index);
      byte[] t = u.clone();
      for (int i = 1; i < iterations; i++) {
        u = hmac(inner, outer, u, null);
        for (int j = 0; j < t.length; j++) t[j] ^= u[j];
      }
      System.arraycopy(t, 0, out, offset, Math.min(hashBytes, keyBytes - offset));
    }
    return out;
  }

  private static byte[] hmac(MessageDigest inner, MessageDigest outer, byte[] message, byte[] more) {
    MessageDigest in = copy(inner);
    in.update(message);
    if (more != null) in.update(more);
    MessageDigest out = copy(outer);
    out.update(in.digest());
    return out.digest();
  }

  private static MessageDigest copy(MessageDigest d) {
    try {
      return (MessageDigest) d.clone();
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException("this JDK's SHA-256 cannot be cloned", e);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available in this JDK", e);
    }
  }
}
