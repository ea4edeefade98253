package eu.rampart.plan.config;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class PassphraseCrypterTest {
  /** pulumi/pulumi pkg/secrets/passphrase/manager_test.go: this state opens with "password", not "password123". */
  private static final String PULUMI_TEST_STATE = "v1:fozI5u6B030=:v1:F+6ZduKKd8G0/V7L:PGMFeIzwobWRKmEAzUdaQHqC5mMRIQ==";

  @Test
  void pulumisOwnTestStateOpensWithItsPassphrase() throws Exception {
    PassphraseCrypter crypter = PassphraseCrypter.unlock("password", PULUMI_TEST_STATE);
    // the check value itself decrypts to "pulumi" with the derived key
    assertEquals("pulumi", crypter.decrypt("v1:F+6ZduKKd8G0/V7L:PGMFeIzwobWRKmEAzUdaQHqC5mMRIQ=="));
  }

  @Test
  void pulumisOwnTestStateRefusesAnotherPassphrase() {
    assertThrows(PassphraseCrypter.WrongPassphrase.class, () -> PassphraseCrypter.unlock("password123", PULUMI_TEST_STATE));
  }

  @Test
  void pulumisBrokenTestStateIsMalformed() {
    // manager_test.go brokenState: no version tag
    assertThrows(PassphraseCrypter.Failure.class,
        () -> PassphraseCrypter.unlock("password", "fozI5u6B030=:v1:F+6ZduL:PGMFeIzwobWRKmEAzUdaQHqC5mMRIQ=="));
  }

  @Test
  void pbkdf2MatchesPublishedHmacSha256Vectors() {
    HexFormat hex = HexFormat.of();
    byte[] salt = "salt".getBytes(StandardCharsets.US_ASCII);
    assertArrayEquals(hex.parseHex("120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b"),
        Pbkdf2.hmacSha256("password", salt, 1, 32));
    assertArrayEquals(hex.parseHex("ae4d0c95af6b46d32d0adff928f06dd02a303f8ef3c251dfd6e2d85a95474c43"),
        Pbkdf2.hmacSha256("password", salt, 2, 32));
    assertArrayEquals(hex.parseHex("c5e478d59288c841aa530db6845c4c8d962893a001ce4e11a4963873aa98134a"),
        Pbkdf2.hmacSha256("password", salt, 4096, 32));
    // RFC 7914 §11: two output blocks
    assertArrayEquals(hex.parseHex("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"
            + "49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783"),
        Pbkdf2.hmacSha256("passwd", salt, 1, 64));
    // a passphrase longer than the HMAC block is hashed first (RFC 2104); cross-checked with the JDK's PBKDF2
    String longPassphrase = "x".repeat(100);
    byte[] eightBytes = {8, 7, 6, 5, 4, 3, 2, 1};
    assertArrayEquals(TestEncrypter.jdkPbkdf2(longPassphrase, eightBytes), Pbkdf2.hmacSha256(longPassphrase, eightBytes, 1_000_000, 32));
  }

  @Test
  void anEmptyPassphraseDerivesTheSameKeyAsTheJdk() {
    // Pulumi accepts PULUMI_CONFIG_PASSPHRASE=""; the JDK's own PBKDF2 cross-checks the zero-block HMAC key
    byte[] salt = {1, 2, 3, 4, 5, 6, 7, 8};
    byte[] jdk = TestEncrypter.jdkPbkdf2("", salt);
    assertArrayEquals(jdk, Pbkdf2.hmacSha256("", salt, 1_000_000, 32));
  }

  @Test
  void roundTripsWhatTheEncryptingSideWrites() throws Exception {
    TestEncrypter enc = new TestEncrypter("correct horse battery staple");
    PassphraseCrypter crypter = PassphraseCrypter.unlock("correct horse battery staple", enc.encryptionSalt);
    assertEquals("S3cr3t-ünïcode", crypter.decrypt(enc.encrypt("S3cr3t-ünïcode")));
    assertEquals("", crypter.decrypt(enc.encrypt("")));
    assertThrows(PassphraseCrypter.WrongPassphrase.class, () -> PassphraseCrypter.unlock("correct horse battery", enc.encryptionSalt));

    String sealed = enc.encrypt("abc");
    String tampered = sealed.substring(0, sealed.length() - 4) + (sealed.endsWith("AAAA") ? "BBBB" : "AAAA");
    PassphraseCrypter.Failure f = assertThrows(PassphraseCrypter.Failure.class, () -> crypter.decrypt(tampered));
    assertFalse(f.getMessage().contains("abc"));
    assertThrows(PassphraseCrypter.Failure.class, () -> crypter.decrypt("v2:AAAA:BBBB"));
    assertThrows(PassphraseCrypter.Failure.class, () -> crypter.decrypt("v1:AAAA:BBBB")); // 3-byte nonce
  }
}
