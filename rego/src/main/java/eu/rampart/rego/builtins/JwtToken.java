package eu.rampart.rego.builtins;

import eu.rampart.rego.value.ObjectValue;
import eu.rampart.rego.value.Value;

/** The three base64url sections of a compact JWS, split as OPA's decodeJWT does. */
record JwtToken(String header, String payload, String signature) {

  static JwtToken split(String encoded) {
    if (!encoded.contains(".")) throw new BuiltinError("encoded JWT had no period separators");
    String[] parts = encoded.split("\\.", -1);
    if (parts.length != 3) throw new BuiltinError("encoded JWT must have 3 sections, found " + parts.length);
    return new JwtToken(parts[0], parts[1], parts[2]);
  }

  /** The bytes a signature covers: the encoded header and payload as they appear in the token. */
  byte[] signingInput() {
    return TextOperands.utf8(header + "." + payload);
  }

  /** Signature decode errors are reported unprefixed by the verify built-ins, as in OPA. */
  byte[] decodeSignature() {
    return JwtBase64.decode(signature);
  }

  ObjectValue decodeHeader() {
    byte[] h;
    try {
      h = JwtBase64.decode(header);
    } catch (BuiltinError e) {
      throw new BuiltinError("JWT header had invalid encoding: " + e.getMessage());
    }
    ObjectValue o;
    try {
      o = jsonObject(TextOperands.fromUtf8(h));
    } catch (BuiltinError e) {
      throw new BuiltinError("bad JWT header: " + e.getMessage());
    }
    // RFC 7516 section 9: an "enc" member marks a JWE, which OPA does not support.
    if (o.get("enc") != null) throw new BuiltinError("JWT is a JWE object, which is not supported");
    return o;
  }

  String decodePayloadText() {
    try {
      return TextOperands.fromUtf8(JwtBase64.decode(payload));
    } catch (BuiltinError e) {
      throw new BuiltinError("JWT payload had invalid encoding: " + e.getMessage());
    }
  }

  /** OPA's extractJSONObject; duplicate keys keep the last value, as Go's json.Unmarshal does. */
  static ObjectValue jsonObject(String text) {
    Value v;
    try {
      v = JsonText.parse(text);
    } catch (BuiltinError e) {
      throw new BuiltinError("invalid JSON: " + e.getMessage());
    }
    if (v instanceof ObjectValue o) return o;
    throw new BuiltinError("decoded JSON type is not an Object");
  }
}
