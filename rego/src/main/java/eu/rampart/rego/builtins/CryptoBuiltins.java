package eu.rampart.rego.builtins;

import eu.rampart.rego.types.Type;
import eu.rampart.rego.value.BooleanValue;
import eu.rampart.rego.value.StringValue;
import eu.rampart.rego.value.Value;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** crypto.md5 / sha1 / sha256 and crypto.hmac.* over the UTF-8 bytes of their operands, hex encoded. */
public final class CryptoBuiltins implements BuiltinFamily {
  private static final ThreadLocal<MessageDigest> MD5 = digest("MD5");
  private static final ThreadLocal<MessageDigest> SHA1 = digest("SHA-1");
  private static final ThreadLocal<MessageDigest> SHA256 = digest("SHA-256");

  private static ThreadLocal<MessageDigest> digest(String algorithm) {
    return ThreadLocal.withInitial(() -> {
      try {
        return MessageDigest.getInstance(algorithm);
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("JDK lacks " + algorithm, e);
      }
    });
  }

  @Override
  public void register(BuiltinRegistry r) {
    List<Type> s = List.of(Type.STRING);
    List<Type> ss = List.of(Type.STRING, Type.STRING);
    r.register("crypto.md5", s, Type.STRING, (c, a) -> hash(MD5, Args.string(a, 0)));
    r.register("crypto.sha1", s, Type.STRING, (c, a) -> hash(SHA1, Args.string(a, 0)));
    r.register("crypto.sha256", s, Type.STRING, (c, a) -> hash(SHA256, Args.string(a, 0)));
    r.register("crypto.hmac.md5", ss, Type.STRING, (c, a) -> hmac("HmacMD5", a));
    r.register("crypto.hmac.sha1", ss, Type.STRING, (c, a) -> hmac("HmacSHA1", a));
    r.register("crypto.hmac.sha256", ss, Type.STRING, (c, a) -> hmac("HmacSHA256", a));
    r.register("crypto.hmac.sha512", ss, Type.STRING, (c, a) -> hmac("HmacSHA512", a));
    r.register("crypto.hmac.equal", ss, Type.BOOLEAN, (c, a) -> BooleanValue.of(
        MessageDigest.isEqual(TextOperands.utf8(Args.string(a, 0)), TextOperands.utf8(Args.string(a, 1)))));
  }

  private static Value hash(ThreadLocal<MessageDigest> md, String s) {
    MessageDigest d = md.get();
    d.reset();
    return StringValue.of(EncodingBuiltins.hexEncode(d.digest(TextOperands.utf8(s))));
  }

  private static Value hmac(String algorithm, Value[] a) {
    byte[] message = TextOperands.utf8(Args.string(a, 0));
    byte[] key = TextOperands.utf8(Args.string(a, 1));
    try {
      Mac mac = Mac.getInstance(algorithm);
      // An empty key is legal for HMAC (Go accepts it) but SecretKeySpec rejects it; a zero byte is equivalent after padding.
      mac.init(new SecretKeySpec(key.length == 0 ? new byte[1] : key, algorithm));
      return StringValue.of(EncodingBuiltins.hexEncode(mac.doFinal(message)));
    } catch (GeneralSecurityException e) {
      throw new BuiltinError(algorithm + " is unavailable: " + e.getMessage());
    }
  }
}
