package eu.rampart.rego.builtins;

import java.util.Base64;

/** Base64url as OPA's JWT code uses it: lenient about missing padding on input, never padded on output. */
final class JwtBase64 {
  private JwtBase64() {}

  /**
   * OPA's base64url.decode: unpadded input is padded per RFC 7515 appendix C, then decoded strictly
   * (Go's URLEncoding), so the error offsets match Go's.
   */
  static byte[] decode(String s) {
    if (!s.endsWith("=")) {
      switch (s.length() % 4) {
        case 0: break;
        case 2: s += "=="; break;
        case 3: s += "="; break;
        default: throw new BuiltinError("illegal base64url string: " + s);
      }
    }
    try {
      return GoBase64.decodeUrl(TextOperands.utf8(s));
    } catch (GoBase64.CorruptInput e) {
      throw new BuiltinError(e.getMessage());
    }
  }

  static String encode(byte[] b) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }
}
