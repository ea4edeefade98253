package eu.rampart.rego.builtins;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;

/**
 * RSASSA-PSS verification with the salt length recovered from the signature (EMSA-PSS-VERIFY,
 * RFC 8017 section 9.1.2), as Go's rsa.VerifyPSS does with nil options. The JCA verifier needs
 * the salt length up front, and tokens signed by Go use the maximum salt, not the hash length.
 */
final class JwtRsaPss {
  private JwtRsaPss() {}

  static boolean verify(RSAPublicKey key, String digest, byte[] input, byte[] signature)
      throws GeneralSecurityException {
    BigInteger n = key.getModulus();
    int k = (n.bitLength() + 7) / 8;
    if (signature.length != k) return false;
    BigInteger s = new BigInteger(1, signature);
    if (s.compareTo(n) >= 0) return false;
    int emBits = n.bitLength() - 1;
    int emLen = (emBits + 7) / 8;
    byte[] m = s.modPow(key.getPublicExponent(), n).toByteArray();
    if (m.length > emLen) {
      // Leading zero bytes (sign byte, or a whole byte when emBits is a multiple of 8) must be zero.
      for (int i = 0; i < m.length - emLen; i++) if (m[i] != 0) return false;
      m = Arrays.copyOfRange(m, m.length - emLen, m.length);
    }
    byte[] em = new byte[emLen];
    System.arraycopy(m, 0, em, emLen - m.length, m.length);

    MessageDigest md = MessageDigest.getInstance(digest);
    int hLen = md.getDigestLength();
    byte[] mHash = md.digest(input);
    if (emLen < hLen + 2 || em[emLen - 1] != (byte) 0xbc) return false;
    int dbLen = emLen - hLen - 1;
    byte[] db = Arrays.copyOfRange(em, 0, dbLen);
    byte[] h = Arrays.copyOfRange(em, dbLen, dbLen + hLen);
    int topBits = 8 * emLen - emBits;
    int topMask = (0xff >> topBits) & 0xff;
    if ((db[0] & ~topMask & 0xff) != 0) return false;
    byte[] mask = mgf1(md, h, dbLen);
    for (int i = 0; i < dbLen; i++) db[i] ^= mask[i];
    db[0] &= (byte) topMask;
    int i = 0;
    while (i < dbLen && db[i] == 0) i++;
    if (i == dbLen || db[i] != 1) return false;
    byte[] salt = Arrays.copyOfRange(db, i + 1, dbLen);
    md.reset();
    md.update(new byte[8]);
    md.update(mHash);
    md.update(salt);
    return MessageDigest.isEqual(h, md.digest());
  }

  private static byte[] mgf1(MessageDigest md, byte[] seed, int len) {
    byte[] out = new byte[len];
    int done = 0;
    for (int counter = 0; done < len; counter++) {
      md.reset();
      md.update(seed);
      md.update(new byte[] {(byte) (counter >>> 24), (byte) (counter >>> 16), (byte) (counter >>> 8), (byte) counter});
      byte[] block = md.digest();
      int take = Math.min(block.length, len - done);
      System.arraycopy(block, 0, out, done, take);
      done += take;
    }
    return out;
  }
}
