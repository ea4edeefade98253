package eu.rampart.plan.config;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The encrypting side of Pulumi's passphrase provider, for fixtures only (rampart never encrypts
 * config): {@code NewPassphraseSecretsManager} makes an 8-byte salt and encrypts "pulumi" as the
 * check value; {@code symmetricCrypter.EncryptValue} writes {@code v1:<nonce>:<ciphertext>}.
 * Derives its key with an independent PBKDF2 (the JDK's), so a wrong derivation in
 * {@link Pbkdf2} cannot hide behind a matching one here.
 */
final class TestEncrypter {
  private static final SecureRandom RANDOM = new SecureRandom();

  final String encryptionSalt;
  private final byte[] key;

  TestEncrypter(String passphrase) {
    byte[] salt = new byte[8];
    RANDOM.nextBytes(salt);
    this.key = jdkPbkdf2(passphrase, salt);
    this.encryptionSalt = "v1:" + Base64.getEncoder().encodeToString(salt) + ":" + encrypt("pulumi");
  }

  String encrypt(String plaintext) {
    try {
      byte[] nonce = new byte[12];
      RANDOM.nextBytes(nonce);
      Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
      gcm.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, nonce));
      byte[] sealed = gcm.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
      return "v1:" + Base64.getEncoder().encodeToString(nonce) + ":" + Base64.getEncoder().encodeToString(sealed);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] jdkPbkdf2(String passphrase, byte[] salt) {
    try {
      javax.crypto.SecretKeyFactory f = javax.crypto.SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256");
      return f.generateSecret(new javax.crypto.spec.PBEKeySpec(passphrase.toCharArray(), salt, 1_000_000, 256)).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
