package eu.rampart.plan.config;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Decrypts {@code secure:} config of a stack that uses Pulumi's passphrase secrets provider.
 *
 * <p>Matches pulumi/pulumi {@code pkg/secrets/passphrase/manager.go}
 * ({@code symmetricCrypterFromPhraseAndState}): the stack's {@code encryptionsalt} is
 * {@code v1:<base64 salt>:<ciphertext of "pulumi">}; the key is PBKDF2-HMAC-SHA256 of the
 * passphrase over that salt, 1,000,000 iterations, 32 bytes; the passphrase is right when the
 * ciphertext opens to "pulumi". Values are decrypted as {@code symmetricCrypter.DecryptValue} in
 * {@code sdk/go/common/resource/config/crypt.go} does: {@code v1:<base64 12-byte nonce>:<base64
 * AES-256-GCM ciphertext and tag>}, no associated data.
 */
final class PassphraseCrypter {
  static final int ITERATIONS = 1_000_000;
  static final int KEY_BYTES = 32;
  private static final int GCM_TAG_BITS = 128;
  private static final int NONCE_BYTES = 12;

  private final byte[] key;

  private PassphraseCrypter(byte[] key) {
    this.key = key;
  }

  /** Why an encryption salt or a value cannot be used; never carries key material or plaintext. */
  static final class Failure extends Exception {
    Failure(String message) {
      super(message);
    }
  }

  /** Thrown by {@link #unlock} when the passphrase does not open the salt's check value. */
  static final class WrongPassphrase extends Exception {
    WrongPassphrase() {
      super("incorrect passphrase");
    }
  }

  /**
   * Derives the key once (the expensive step, about half a second) and checks it against the
   * salt's check value.
   */
  static PassphraseCrypter unlock(String passphrase, String encryptionSalt) throws Failure, WrongPassphrase {
    String[] parts = encryptionSalt.split(":", 3);
    if (parts.length != 3) throw new Failure("malformed encryptionsalt (expected v1:<salt>:v1:<nonce>:<ciphertext>)");
    if (!parts[0].equals("v1")) throw new Failure("unknown encryptionsalt version '" + parts[0] + "'");
    byte[] salt;
    try {
      salt = Base64.getDecoder().decode(parts[1]);
    } catch (IllegalArgumentException e) {
      throw new Failure("malformed encryptionsalt: the salt is not base64");
    }
    PassphraseCrypter crypter = new PassphraseCrypter(Pbkdf2.hmacSha256(passphrase, salt, ITERATIONS, KEY_BYTES));
    String check;
    try {
      check = crypter.decrypt(parts[2]);
    } catch (Failure e) {
      // crypt.go: a check value that does not open is an incorrect passphrase, whatever the reason
      throw new WrongPassphrase();
    }
    if (!check.equals("pulumi")) throw new WrongPassphrase();
    return crypter;
  }

  /** The plaintext of one {@code v1:<nonce>:<ciphertext>} value. */
  String decrypt(String value) throws Failure {
    String[] parts = value.split(":", -1);
    if (parts.length != 3) throw new Failure("bad value (expected v1:<nonce>:<ciphertext>)");
    if (!parts[0].equals("v1")) throw new Failure("unknown value version '" + parts[0] + "'");
    byte[] nonce;
    byte[] ciphertext;
    try {
      nonce = Base64.getDecoder().decode(parts[1]);
      ciphertext = Base64.getDecoder().decode(parts[2]);
    } catch (IllegalArgumentException e) {
      throw new Failure("bad value: not base64");
    }
    if (nonce.length != NONCE_BYTES) throw new Failure("bad value: nonce size is incorrect");
    try {
      Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
      gcm.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(GCM_TAG_BITS, nonce));
      return new String(gcm.doFinal(ciphertext), StandardCharsets.UTF_8);
    } catch (GeneralSecurityException e) {
      throw new Failure("message authentication failed (the value was not encrypted with this stack's key)");
    }
  }
}
