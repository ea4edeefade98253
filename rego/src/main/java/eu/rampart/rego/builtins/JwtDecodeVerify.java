package eu.rampart.rego.builtins;

import eu.rampart.rego.value.ArrayValue;
import eu.rampart.rego.value.BooleanValue;
import eu.rampart.rego.value.NumberValue;
import eu.rampart.rego.value.ObjectValue;
import eu.rampart.rego.value.StringValue;
import eu.rampart.rego.value.Value;
import java.math.BigDecimal;
import java.security.Key;
import java.util.List;
import javax.crypto.spec.SecretKeySpec;

/**
 * io.jwt.decode_verify(token, constraints): [valid, header, payload]. A bad signature or unmet
 * constraint gives [false, {}, {}]; malformed tokens and constraints are errors (OPA semantics).
 */
final class JwtDecodeVerify {
  private JwtDecodeVerify() {}

  private static final Value UNVERIFIED = ArrayValue.of(BooleanValue.of(false), ObjectValue.EMPTY, ObjectValue.EMPTY);

  /** Parsed constraints object; time is in ns since the epoch. */
  private static final class Constraints {
    List<JwtKeys.VerificationKey> keys;
    String secret = "";
    String alg = "";
    String iss = "";
    String aud = "";
    double time = -1;
  }

  static Value run(BuiltinContext ctx, String encoded, ObjectValue constraintsObject) {
    Constraints c = parse(constraintsObject, ctx.queryTimeNanos());
    int keySources = (c.keys != null ? 1 : 0) + (c.secret.isEmpty() ? 0 : 1);
    if (keySources > 1) throw new BuiltinError("duplicate key constraints");
    if (keySources < 1) throw new BuiltinError("no key constraint");

    JwtToken token;
    String payloadText;
    while (true) {
      token = JwtToken.split(encoded);
      JwtHeader header = JwtHeader.parse(token.decodeHeader());
      if (!header.valid()) return UNVERIFIED;
      if (!c.alg.isEmpty() && !c.alg.equals(header.alg())) return UNVERIFIED;
      byte[] signature = token.decodeSignature();
      if (!verified(c, header, token.signingInput(), signature)) return UNVERIFIED;
      payloadText = token.decodePayloadText();
      if (header.cty().equalsIgnoreCase("JWT")) {
        encoded = payloadText; // nested token: verify the inner one with the same constraints
        continue;
      }
      break;
    }
    ObjectValue payload = JwtToken.jsonObject(payloadText);
    ObjectValue header = token.decodeHeader();

    if (!c.iss.isEmpty() && !(payload.get("iss") instanceof StringValue iss && iss.value().equals(c.iss))) {
      return UNVERIFIED;
    }
    Value aud = payload.get("aud");
    if (aud != null ? !audienceMatches(aud, c.aud) : !c.aud.isEmpty()) return UNVERIFIED;

    // OPA compares claims in seconds against the constraint time converted to seconds as a float64.
    BigDecimal now = shortestDecimal(c.time / 1_000_000_000d);
    Value exp = payload.get("exp");
    if (exp != null) {
      if (!(exp instanceof NumberValue n)) throw new BuiltinError("exp value must be a number");
      if (now.compareTo(n.bigDecimal()) >= 0) return UNVERIFIED;
    }
    Value nbf = payload.get("nbf");
    if (nbf != null) {
      if (!(nbf instanceof NumberValue n)) throw new BuiltinError("nbf value must be a number");
      if (now.compareTo(n.bigDecimal()) < 0) return UNVERIFIED;
    }
    return ArrayValue.of(BooleanValue.of(true), header, payload);
  }

  /** The shortest decimal that reads back as d, as Go's strconv.FormatFloat(d, 'g', -1, 64) gives it. */
  static BigDecimal shortestDecimal(double d) {
    for (int digits = 1; digits < 17; digits++) {
      String s = String.format(java.util.Locale.ROOT, "%." + (digits - 1) + "e", d);
      if (Double.parseDouble(s) == d) return new BigDecimal(s);
    }
    return new BigDecimal(String.format(java.util.Locale.ROOT, "%.16e", d));
  }

  private static boolean audienceMatches(Value aud, String wanted) {
    if (aud instanceof StringValue s) return s.value().equals(wanted);
    if (aud instanceof ArrayValue a) {
      for (Value v : a.items()) if (v instanceof StringValue s && s.value().equals(wanted)) return true;
    }
    return false;
  }

  private static boolean verified(Constraints c, JwtHeader header, byte[] input, byte[] signature) {
    JwtAlgorithm alg = JwtAlgorithm.byName(header.alg());
    if (alg == null) throw new BuiltinError("unknown JWS algorithm: " + header.alg());
    if (c.keys != null) {
      if (!header.kid().isEmpty()) {
        for (JwtKeys.VerificationKey k : c.keys) {
          if (k.kid().equals(header.kid())) return JwtBuiltins.quietly(alg, k.key(), input, signature);
        }
      }
      for (JwtKeys.VerificationKey k : c.keys) {
        if (!k.alg().isEmpty() && !k.alg().equals(header.alg())) continue;
        if (JwtBuiltins.quietly(alg, k.key(), input, signature)) return true;
      }
      return false;
    }
    // With a secret, an asymmetric alg is a key type error, as in OPA.
    return alg.verify(secretKey(c.secret), input, signature);
  }

  static Key secretKey(String secret) {
    byte[] k = TextOperands.utf8(secret);
    // SecretKeySpec rejects an empty key; HMAC pads keys with zeros, so one zero byte is equivalent.
    return new SecretKeySpec(k.length == 0 ? new byte[1] : k, "HMAC");
  }

  private static Constraints parse(ObjectValue o, long queryTimeNanos) {
    Constraints c = new Constraints();
    for (Value k : o.sortedKeys()) {
      String name = k instanceof StringValue s ? s.value() : k.toString();
      Value v = o.get(k);
      switch (name) {
        case "cert" -> {
          if (!(v instanceof StringValue s)) throw new BuiltinError("cert constraint: must be a string");
          c.keys = JwtKeys.fromCertOrJwk(s.value());
        }
        case "secret" -> c.secret = string(name, v);
        case "alg" -> c.alg = string(name, v);
        case "iss" -> c.iss = string(name, v);
        case "aud" -> c.aud = string(name, v);
        case "time" -> c.time = time(v);
        default -> throw new BuiltinError("unknown token validation constraint: " + name);
      }
    }
    if (c.time == -1) c.time = time(NumberValue.of(queryTimeNanos));
    return c;
  }

  private static String string(String name, Value v) {
    if (v instanceof StringValue s) return s.value();
    throw new BuiltinError(name + " constraint: must be a string");
  }

  private static double time(Value v) {
    if (!(v instanceof NumberValue n)) throw new BuiltinError("token time constraint: must be a number");
    double t = n.doubleValue();
    if (Double.isInfinite(t) || Double.isNaN(t)) throw new BuiltinError("token time constraint: unvalid float64");
    if (t < 0) throw new BuiltinError("token time constraint: must not be negative");
    return t;
  }
}
