package eu.rampart.plan.config;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * PBKDF2 with HMAC-SHA256 (RFC 8018 §5.2), the key derivation of Pulumi's passphrase secrets
 * provider ({@code config.NewSymmetricCrypterFromPassphrase}: golang.org/x/crypto/pbkdf2 with
 * sha256). Written out rather than taken from {@code SecretKeyFactory} because Pulumi accepts an
 * empty passphrase, which the JDK's PBKDF2 key spec and {@code SecretKeySpec} both refuse.
 */
final class Pbkdf2 {
  private static final int HMAC_BLOCK_BYTES = 64;

  private Pbkdf2() {}

  static byte[] hmacSha256(String passphrase, byte[] salt, int iterations, int keyBytes) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      byte[] password = passphrase.getBytes(StandardCharsets.UTF_8);
      // HMAC zero-pads a key shorter than its block, so an all-zero block key is the empty key.
      mac.init(new SecretKeySpec(password.length == 0 ? new byte[HMAC_BLOCK_BYTES] : password, "HmacSHA256"));
      int hashBytes = mac.getMacLength();
      byte[] out = new byte[keyBytes];
      for (int block = 1, offset = 0; offset < keyBytes; block++, offset += hashBytes) {
        mac.update(salt);
        mac.update(new byte[] {(byte) (block >>> 24), (byte) (block >>> 16), (byte) (block >>> 8), (byte) block});
        byte[] u = mac.doFinal();
        byte[] t = u.clone();
        for (int i = 1; i < iterations; i++) {
          u = mac.doFinal(u);
          for (int j = 0; j < t.length; j++) t[j] ^= u[j];
        }
        System.arraycopy(t, 0, out, offset, Math.min(hashBytes, keyBytes - offset));
      }
      return out;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available in this JDK", e);
    }
  }
}
