package eu.rampart.rego.builtins;

import eu.rampart.rego.types.Type;
import eu.rampart.rego.value.ArrayValue;
import eu.rampart.rego.value.BooleanValue;
import eu.rampart.rego.value.ObjectValue;
import eu.rampart.rego.value.StringValue;
import eu.rampart.rego.value.Value;
import java.security.Key;
import java.util.List;

/**
 * OPA's io.jwt.* built-ins (topdown/tokens.go): decode, decode_verify, encode_sign(_raw) and the
 * verify_* family. Tokens are JWS compact serialisations; JWE is rejected.
 */
public final class JwtBuiltins implements BuiltinFamily {
  @Override
  public void register(BuiltinRegistry r) {
    List<Type> ss = List.of(Type.STRING, Type.STRING);
    r.register("io.jwt.decode", List.of(Type.STRING), Type.ARRAY, (c, a) -> decode(Args.string(a, 0)));
    r.register("io.jwt.decode_verify", List.of(Type.STRING, Type.OBJECT), Type.ARRAY,
        (c, a) -> JwtDecodeVerify.run(c, Args.string(a, 0), Args.object(a, 1)));
    r.register("io.jwt.encode_sign", List.of(Type.OBJECT, Type.OBJECT, Type.OBJECT), Type.STRING,
        (c, a) -> encodeSign(JsonText.marshal(Args.object(a, 0)), JsonText.marshal(Args.object(a, 1)),
            JsonText.marshal(Args.object(a, 2))));
    r.register("io.jwt.encode_sign_raw", List.of(Type.STRING, Type.STRING, Type.STRING), Type.STRING,
        (c, a) -> encodeSign(Args.string(a, 0), Args.string(a, 1), Args.string(a, 2)));
    for (String hs : new String[] {"HS256", "HS384", "HS512"}) {
      JwtAlgorithm alg = JwtAlgorithm.byName(hs);
      r.register("io.jwt.verify_" + hs.toLowerCase(), ss, Type.BOOLEAN,
          (c, a) -> BooleanValue.of(verifyHmac(alg, Args.string(a, 0), Args.string(a, 1))));
    }
    for (String name : new String[] {"RS256", "RS384", "RS512", "PS256", "PS384", "PS512",
        "ES256", "ES384", "ES512", "EdDSA"}) {
      JwtAlgorithm alg = JwtAlgorithm.byName(name);
      r.register("io.jwt.verify_" + name.toLowerCase(), ss, Type.BOOLEAN,
          (c, a) -> BooleanValue.of(verifyAsymmetric(alg, Args.string(a, 0), Args.string(a, 1))));
    }
  }

  /** [header, payload, signature as hex]; a payload whose cty is "JWT" is decoded in turn. */
  static Value decode(String encoded) {
    while (true) {
      JwtToken token = JwtToken.split(encoded);
      ObjectValue header = token.decodeHeader();
      String payload = token.decodePayloadText();
      if (header.get("cty") instanceof StringValue cty && cty.value().equals("JWT")) {
        // A nested token arrives quoted (as jwt.io produces it); OPA trims the quotes.
        encoded = trim(payload, "\"'");
        continue;
      }
      ObjectValue claims = JwtToken.jsonObject(payload);
      byte[] signature;
      try {
        signature = token.decodeSignature();
      } catch (BuiltinError e) {
        throw new BuiltinError("JWT signature had invalid encoding: " + e.getMessage());
      }
      return ArrayValue.of(header, claims, StringValue.of(EncodingBuiltins.hexEncode(signature)));
    }
  }

  private static String trim(String s, String cutset) {
    int from = 0;
    int to = s.length();
    while (from < to && cutset.indexOf(s.charAt(from)) >= 0) from++;
    while (to > from && cutset.indexOf(s.charAt(to - 1)) >= 0) to--;
    return s.substring(from, to);
  }

  private static boolean verifyHmac(JwtAlgorithm alg, String encoded, String secret) {
    JwtToken token = JwtToken.split(encoded);
    byte[] signature = token.decodeSignature();
    return alg.verify(JwtDecodeVerify.secretKey(secret), token.signingInput(), signature);
  }

  /**
   * OPA's builtinJWTVerify: a key whose kid matches the header's decides alone; otherwise any key
   * verifies, skipping keys that name a different alg than the header.
   */
  private static boolean verifyAsymmetric(JwtAlgorithm alg, String encoded, String keyText) {
    JwtToken token = JwtToken.split(encoded);
    List<JwtKeys.VerificationKey> keys = JwtKeys.fromCertOrJwk(keyText);
    byte[] signature = token.decodeSignature();
    JwtHeader header = JwtHeader.parse(token.decodeHeader());
    byte[] input = token.signingInput();
    if (!header.kid().isEmpty()) {
      for (JwtKeys.VerificationKey k : keys) {
        if (k.kid().equals(header.kid())) return quietly(alg, k.key(), input, signature);
      }
    }
    for (JwtKeys.VerificationKey k : keys) {
      if (!k.alg().isEmpty() && !k.alg().equals(header.alg())) continue;
      if (quietly(alg, k.key(), input, signature)) return true;
    }
    return false;
  }

  /** A key of the wrong kind simply does not verify when several keys are tried. */
  static boolean quietly(JwtAlgorithm alg, Key key, byte[] input, byte[] signature) {
    try {
      return alg.verify(key, input, signature);
    } catch (BuiltinError e) {
      return false;
    }
  }

  /** Signs with the first key of a JWK (set); the header and payload texts are signed verbatim. */
  static Value encodeSign(String headerText, String payloadText, String jwkText) {
    List<ObjectValue> jwks = JwtKeys.parseJwkSet(jwkText);
    if (jwks.isEmpty()) throw new BuiltinError("no keys found in the JWK set");
    Key key = JwtKeys.privateKey(jwks.get(0));
    if (headerText.isEmpty()) {
      throw new BuiltinError("missing or invalid 'alg' header: cannot parse JSON: cannot parse empty string");
    }
    ObjectValue header = headerObject(headerText);
    if (header == null || !(header.get("alg") instanceof StringValue algName)) {
      throw new BuiltinError("missing or invalid 'alg' header: jwsbb: header \"alg\" not found");
    }
    JwtAlgorithm alg = JwtAlgorithm.byName(algName.value());
    if (alg == null) throw new BuiltinError("unknown signature algorithm: " + algName.value());
    Value typ = header.get("typ");
    boolean jwtType = typ == null || (typ instanceof StringValue t && (t.value().isEmpty() || t.value().equals("JWT")));
    if (jwtType && !JsonText.isValid(payloadText)) throw new BuiltinError("type is JWT but payload is not JSON");
    String input = JwtBase64.encode(TextOperands.utf8(headerText)) + "." + JwtBase64.encode(TextOperands.utf8(payloadText));
    byte[] signature = alg.sign(key, TextOperands.utf8(input));
    return StringValue.of(input + "." + JwtBase64.encode(signature));
  }

  private static ObjectValue headerObject(String text) {
    try {
      return JsonText.parse(text) instanceof ObjectValue o ? o : null;
    } catch (BuiltinError e) {
      return null;
    }
  }
}
