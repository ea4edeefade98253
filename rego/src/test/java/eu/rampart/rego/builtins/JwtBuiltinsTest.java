package eu.rampart.rego.builtins;

import static eu.rampart.rego.builtins.DataBuiltinsTestKit.arr;
import static eu.rampart.rego.builtins.DataBuiltinsTestKit.builtinError;
import static eu.rampart.rego.builtins.DataBuiltinsTestKit.call;
import static eu.rampart.rego.builtins.DataBuiltinsTestKit.j;
import static eu.rampart.rego.builtins.DataBuiltinsTestKit.s;
import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.rampart.rego.value.BooleanValue;
import eu.rampart.rego.value.ObjectValue;
import eu.rampart.rego.value.Value;
import org.junit.jupiter.api.Test;

/** Tokens, keys and expected results from OPA's jwt* conformance cases (opa-v1/jwt*). */
class JwtBuiltinsTest {
  private static final JwtBuiltins F = new JwtBuiltins();

  // jwtbuiltins/simple
  private static final String SIMPLE =
      "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIwIiwiaXNzIjoib3BhIn0.XmVoLoHI3pxMtMO_WRONMSJzGUDP9pDjy8Jp0_tdRXY";

  // jwtverifyhs256/success and failure-bad token (secret "secret")
  private static final String HS256_GOOD =
      "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ1c2VyIjoiYWxpY2UiLCJhenAiOiJhbGljZSIsInN1Ym9yZGluYXRlcyI6W10sImhyIjpmYWxzZX0.rz3jTY033z-NrKfwrK89_dcLF7TN4gwCMj-fVBDyLoM";
  private static final String HS256_BAD =
      "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ1c2VyIjoiYWxpY2UiLCJhenAiOiJhbGljZSIsInN1Ym9yZGluYXRlcyI6W10sImhyIjpmYWxzZX0.R0NDxM1gHTucWQKwayMDre2PbMNR9K9efmOfygDZWcE";

  // jwtverifyrsa/success-es256-cert
  private static final String ES256_TOKEN =
      "eyJ0eXAiOiAiSldUIiwgImFsZyI6ICJFUzI1NiJ9.eyJuYmYiOiAxNDQ0NDc4NDAwLCAiaXNzIjogInh4eCJ9.lArczfN-pIL8oUU-7PU83u-zfXougXBZj6drFeKFsPEoVhy9WAyiZlRshYqjTSXdaw8yw2L-ovt4zTUZb2PWMg";
  private static final String ES256_CERT = "-----BEGIN CERTIFICATE-----\n"
      + "MIIBcDCCARagAwIBAgIJAMZmuGSIfvgzMAoGCCqGSM49BAMCMBMxETAPBgNVBAMM\n"
      + "CHdoYXRldmVyMB4XDTE4MDgxMDE0Mjg1NFoXDTE4MDkwOTE0Mjg1NFowEzERMA8G\n"
      + "A1UEAwwId2hhdGV2ZXIwWTATBgcqhkjOPQIBBggqhkjOPQMBBwNCAATPwn3WCEXL\n"
      + "mjp/bFniDwuwsfu7bASlPae2PyWhqGeWwe23Xlyx+tSqxlkXYe4pZ23BkAAscpGj\n"
      + "yn5gXHExyDlKo1MwUTAdBgNVHQ4EFgQUElRjSoVgKjUqY5AXz2o74cLzzS8wHwYD\n"
      + "VR0jBBgwFoAUElRjSoVgKjUqY5AXz2o74cLzzS8wDwYDVR0TAQH/BAUwAwEB/zAK\n"
      + "BggqhkjOPQQDAgNIADBFAiEA4yQ/88ZrUX68c6kOe9G11u8NUaUzd8pLOtkKhniN\n"
      + "OHoCIHmNX37JOqTcTzGn2u9+c8NlnvZ0uDvsd1BmKPaUmjmm\n"
      + "-----END CERTIFICATE-----\n";

  // jwtverifyrsa/success-ps256-jwk: signed by Go with the maximum salt length, not the hash length
  private static final String PS256_TOKEN =
      "eyJ0eXAiOiAiSldUIiwgImFsZyI6ICJQUzI1NiJ9.eyJuYmYiOiAxNDQ0NDc4NDAwLCAiZm9vIjogImJhciJ9.i0F3MHWzOsBNLqjQzK1UVeQid9xPMowCoUsoM-C2BDxUY-FMKmCeJ1NJ4TGnS9HzFK1ftEvRnPT7EOxOkHPoCk1rz3feTFgtHtNzQqLM1IBTnz6aHHOrda_bKPHH9ZIYCRQUPXhpC90ivW_IJR-f7Z1WLrMXaJ71i1XteruENHrJJJDn0HedHG6N0VHugBHrak5k57cbE31utAdx83TEd8v2Y8wAkCJXKrdmTa-8419LNxW_yjkvoDD53n3X5CHhYkSymU77p0v6yWO38qDWeKJ-Fm_PrMAo72_rizDBj_yPa5LA3bT_EnsgZtC-sp8_SCDIH41bjiCGpRHhqgZmyw";
  private static final String PS256_JWK =
      "{\"kty\":\"RSA\",\"e\":\"AQAB\",\"kid\":\"bf688c97-bf51-49ba-b9d3-115195bb0eb8\",\"n\":\"uJApsyzFv-Y85M5JjezHvMDw_spgVCI7BqpYhnzK3xXw1dnkz1bWXGA9yF6AeADlE-1yc1ozrAURTnFSihIgj414i3MC2_0FkNcdAbnX7d9q9_jdCkHda4HER0zzXCaHlgnzoAz6edUU800-h0LleLnfgg4UST-0DFTCIGpfTbs7OPSy2WgT1vP6xbB45CUOJA7o0q6XE-hdhWWN0plrDiYD-0Y1SpOQYXmHhSmr-WVeKeoh5_0zeEVab6TQYec_16ByEyepaZB0g6WyGkFE6aG1NrpvDd24s_h7BAJg_S2mtu1lKWEqYjOgwzEl5XQQyXbpnq1USb12ArX16rZdew\"}";

  // jwtverifyeddsa/success-cert
  private static final String EDDSA_TOKEN =
      "eyJhbGciOiJFZERTQSIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiYWRtaW4iOnRydWUsImlhdCI6MTUxNjIzOTAyMn0.JkKWCY39IdWEQttmdqR7VdsvT-_QxheW_eb0S5wr_j83ltux_JDUIXs7a3Dtn3xuqzuhetiuJrWIvy5TzimeCg";
  private static final String EDDSA_PUBLIC_PEM =
      "-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEAwmK6SSAu2E9V7uynkCKEaj5nZJyTvNG4x0KohsRzLpg=\n-----END PUBLIC KEY-----";

  // jwtencodesign: RFC 7515 A.1 claims and HMAC key, and the EdDSA key of jwtencodesign/EdDSA
  private static final String CLAIMS =
      "{\"aud\": [\"bob\", \"saul\"], \"exp\": 1300819380, \"http://example.com/is_root\": true, \"iss\": \"joe\", \"privateParams\": {\"private_one\": \"one\", \"private_two\": \"two\"}}";
  private static final String OCT_KEY =
      "{\"k\": \"AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow\", \"kty\": \"oct\"}";
  private static final String OKP_KEY =
      "{\"kty\": \"OKP\", \"alg\": \"EdDSA\", \"crv\": \"Ed25519\", \"x\": \"wEZFfoAj1rFKTLOOmjJjVZlCHwksuvMb2I5y_hg70E8\", \"d\": \"9XI34uQzYUJfWhDZf_0nYsLMBRVu8a6dFsy60P8uugk\"}";

  @Test
  void decodeReturnsHeaderPayloadAndHexSignature() {
    assertEquals(j("[{\"alg\": \"HS256\", \"typ\": \"JWT\"}, {\"iss\": \"opa\", \"sub\": \"0\"},"
            + " \"5e65682e81c8de9c4cb4c3bf59138d3122731940cff690e3cbc269d3fb5d4576\"]"),
        call(F, "io.jwt.decode", s(SIMPLE)));
  }

  @Test
  void decodeFollowsNestedTokens() {
    // jwtbuiltins/nested: cty JWT, the inner token quoted inside the payload
    String nested = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCIsImN0eSI6IkpXVCJ9.ImV5SmhiR2NpT2lKSVV6STFOaUlzSW5SNWNDSTZJa3BYVkNKOS5leUp6ZFdJaU9pSXdJaXdpYVhOeklqb2liM0JoSW4wLlhtVm9Mb0hJM3B4TXRNT19XUk9OTVNKekdVRFA5cERqeThKcDBfdGRSWFki.8W0qx4mLxslmZl7wEMUWBxH7tST3XsEuWXxesXqFnRI";
    assertEquals(call(F, "io.jwt.decode", s(SIMPLE)), call(F, "io.jwt.decode", s(nested)));
  }

  @Test
  void decodeErrorsUseOpaWording() {
    builtinError("encoded JWT had no period separators", F, "io.jwt.decode",
        s("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9eyJzdWIiOiIwIiwiaXNzIjoib3BhIn0XmVoLoHI3pxMtMO_WRONMSJzGUDP9pDjy8Jp0_tdRXY"));
    builtinError("encoded JWT must have 3 sections, found 2", F, "io.jwt.decode",
        s("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXV.CJ9eyJzdWIiOiIwIiwiaXNzIjoib3BhIn0XmVoLoHI3pxMtMO_WRONMSJzGUDP9pDjy8Jp0_tdRXY"));
    builtinError("JWT header had invalid encoding: illegal base64 data at input byte 13", F, "io.jwt.decode",
        s("eyJhbGciOiJIU^%zI1NiI+sInR5cCI6IkpXVCJ9.eyJzdWIiOiIwIiwiaXNzIjoib3BhIn0.XmVoLoHI3pxMtMO_WRONMSJzGUDP9pDjy8Jp0_tdRXY"));
    builtinError("JWT payload had invalid encoding: illegal base64 data at input byte 17", F, "io.jwt.decode",
        s("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIwIiwia/XNzIjoib3BhIn0.XmVoLoHI3pxMtMO_WRONMSJzGUDP9pDjy8Jp0_tdRXY"));
    builtinError("JWT signature had invalid encoding: illegal base64 data at input byte 15", F, "io.jwt.decode",
        s("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIwIiwiaXNzIjoib3BhIn0.XmVoLoHI3pxMtMO(_WRONMSJzGUDP9pDjy8Jp0_tdRXY"));
    builtinError("JWT is a JWE object, which is not supported", F, "io.jwt.decode",
        s("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCIsImVuYyI6ImJsYWgifQ.eyJuZXciOiJJIGFtIGEgdXNlciBjcmVhdGVkIGZpZWxkIiwiaXNzIjoib3BhIn0.McGUb1e-UviZKy6UyQErNNQzEUgeV25Buwk7OHOa8U8"));
  }

  @Test
  void verifyHmac() {
    assertEquals(BooleanValue.TRUE, call(F, "io.jwt.verify_hs256", s(HS256_GOOD), s("secret")));
    assertEquals(BooleanValue.FALSE, call(F, "io.jwt.verify_hs256", s(HS256_BAD), s("secret")));
  }

  @Test
  void verifyEcdsaWithCertificate() {
    assertEquals(BooleanValue.TRUE, call(F, "io.jwt.verify_es256", s(ES256_TOKEN), s(ES256_CERT)));
  }

  @Test
  void verifyPssRecoversGoSaltLength() {
    assertEquals(BooleanValue.TRUE, call(F, "io.jwt.verify_ps256", s(PS256_TOKEN), s(PS256_JWK)));
    // jwtverifyrsa/failure-wrong alg: the same token is not a PKCS#1 v1.5 signature
    assertEquals(BooleanValue.FALSE, call(F, "io.jwt.verify_rs256", s(PS256_TOKEN), s(PS256_JWK)));
  }

  @Test
  void verifyEdDsaWithPemPublicKey() {
    assertEquals(BooleanValue.TRUE, call(F, "io.jwt.verify_eddsa", s(EDDSA_TOKEN), s(EDDSA_PUBLIC_PEM)));
  }

  @Test
  void keyErrors() {
    String body = ES256_CERT.substring(ES256_CERT.indexOf('\n') + 1, ES256_CERT.indexOf("-----END"));
    builtinError("failed to extract a Key from the PEM certificate", F, "io.jwt.verify_es256",
        s(ES256_TOKEN), s("-----BEGIN CERT-----\n" + body + "-----END CERT-----"));
    builtinError("extra data after a PEM certificate block", F, "io.jwt.verify_es256",
        s(ES256_TOKEN), s(ES256_CERT + "EXTRA"));
  }

  @Test
  void encodeSignHmacMatchesRfc7515() {
    assertEquals(s("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJhdWQiOlsiYm9iIiwic2F1bCJdLCJleHAiOjEzMDA4MTkzODAsImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlLCJpc3MiOiJqb2UiLCJwcml2YXRlUGFyYW1zIjp7InByaXZhdGVfb25lIjoib25lIiwicHJpdmF0ZV90d28iOiJ0d28ifX0.-Or2eol8bzly-Ztb0v7_7UkcKBkN_aNNpK33HK0MeOY"),
        call(F, "io.jwt.encode_sign", j("{\"alg\": \"HS256\", \"typ\": \"JWT\"}"), j(CLAIMS), j(OCT_KEY)));
  }

  @Test
  void encodeSignEdDsaIsDeterministic() {
    assertEquals(s("eyJhbGciOiJFZERTQSIsInR5cCI6IkpXVCJ9.eyJhdWQiOlsiYm9iIiwic2F1bCJdLCJleHAiOjEzMDA4MTkzODAsImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlLCJpc3MiOiJqb2UiLCJwcml2YXRlUGFyYW1zIjp7InByaXZhdGVfb25lIjoib25lIiwicHJpdmF0ZV90d28iOiJ0d28ifX0.T_X7SzKEehTnRdgYrDobpKO-EqZ0LW3Y-idx16wNHXCL5aiR24h2Ei0pWRHG2X2BYomwbvNwyxPcasgHqs_eBA"),
        call(F, "io.jwt.encode_sign", j("{\"alg\": \"EdDSA\", \"typ\": \"JWT\"}"), j(CLAIMS), j(OKP_KEY)));
  }

  @Test
  void encodeSignRawErrors() {
    String claims = "{\"iss\":\"joe\",\r\n \"exp\":1300819380,\r\n \"http://example.com/is_root\":true}";
    String key = "{\n\"kty\":\"oct\",\n\"k\":\"AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow\"\n}";
    builtinError("missing or invalid 'alg' header: cannot parse JSON: cannot parse empty string", F,
        "io.jwt.encode_sign_raw", s(""), s(claims), s(key));
    builtinError("missing or invalid 'alg' header: jwsbb: header \"alg\" not found", F,
        "io.jwt.encode_sign_raw", s("{}"), s(claims), s(key));
    builtinError("type is JWT but payload is not JSON", F,
        "io.jwt.encode_sign_raw", s("{\"typ\":\"JWT\",\r\n \"alg\":\"HS256\"}"), s(""), s(key));
    // jwtencodesignraw/text/plain media type: a non-JSON payload is fine when typ says so
    assertEquals(s("eyJ0eXAiOiJ0ZXh0L3BsYWluIiwNCiAiYWxnIjoiSFMyNTYifQ.ZQ.oO8Vnc4Jv7-J231a1bEcQrgXfKbNW-kEvVY7BP1v5rM"),
        call(F, "io.jwt.encode_sign_raw", s("{\"typ\":\"text/plain\",\r\n \"alg\":\"HS256\"}"), s("e"), s(key)));
  }

  @Test
  void decodeVerifyWithSecret() {
    assertEquals(j("[true, {\"alg\": \"HS256\", \"typ\": \"JWT\"}, {\"azp\": \"alice\", \"hr\": false, \"subordinates\": [], \"user\": \"alice\"}]"),
        call(F, "io.jwt.decode_verify", s(HS256_GOOD), j("{\"secret\": \"secret\"}")));
    assertEquals(unverified(), call(F, "io.jwt.decode_verify", s(HS256_GOOD), j("{\"secret\": \"the wrong key\"}")));
  }

  @Test
  void decodeVerifyComparesFloatNbfAgainstConstraintTime() {
    // jwtdecodeverify/hs256-float-*-nbf: nbf 1589385770.1234 (written as 1.5893857701234e+09)
    String token = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJ4eHgiLCJuYmYiOjEuNTg5Mzg1NzcwMTIzNGUrMDl9.lvrsV1nam-BZr0SomWwsr4dBfu6BDrR2FzQ1iS_Xnrw";
    assertEquals(unverified(), call(F, "io.jwt.decode_verify", s(token),
        j("{\"secret\": \"secret\", \"time\": 1589385770023400000}")));
    Value ok = call(F, "io.jwt.decode_verify", s(token), j("{\"secret\": \"secret\", \"time\": 1589385770124400000}"));
    assertEquals(j("[true, {\"alg\": \"HS256\", \"typ\": \"JWT\"}, {\"iss\": \"xxx\", \"nbf\": 1589385770.1234}]"), ok);
  }

  @Test
  void decodeVerifyRejectsNonNumericExp() {
    // jwtdecodeverify/invalid-exp: the token is signed by encode_sign with {"exp": null}
    Value token = call(F, "io.jwt.encode_sign", j("{\"alg\": \"HS256\"}"), j("{\"exp\": null}"),
        ObjectValue.builder().put("kty", s("oct")).put("k", s(JwtBase64.encode("42".getBytes()))).build());
    builtinError("exp value must be a number", F, "io.jwt.decode_verify", token, j("{\"secret\": \"42\"}"));
  }

  @Test
  void decodeVerifyWithCertificateUsesQueryTimeWhenNoneGiven() {
    // nbf 1444478400 lies before the kit's query time, so the token is valid now
    Value result = call(F, "io.jwt.decode_verify", s(ES256_TOKEN), j("{\"cert\": " + quote(ES256_CERT) + "}"));
    assertEquals(j("[true, {\"alg\": \"ES256\", \"typ\": \"JWT\"}, {\"iss\": \"xxx\", \"nbf\": 1444478400}]"), result);
  }

  @Test
  void shortestDecimalMatchesGoFormatting() {
    assertEquals("1589385770.1234", JwtDecodeVerify.shortestDecimal(1589385770123400000d / 1e9).toPlainString());
    assertEquals("2000.0000000001", JwtDecodeVerify.shortestDecimal(2000000000000.1 / 1e9).toPlainString());
    // JDK 17's Double.toString gives 2.82879384806159008E17 here; Go (and this) give the shortest form.
    assertEquals("282879384806159000", JwtDecodeVerify.shortestDecimal(2.82879384806159E17).toPlainString());
  }

  @Test
  void signedTokensVerify() throws Exception {
    // PS256 with the RSA key of jwtencodesignraw (RFC 7515 A.2); PSS signatures are randomised.
    String rsa = """
        {"kty":"RSA",
         "n":"ofgWCuLjybRlzo0tZWJjNiuSfb4p4fAkd_wWJcyQoTbji9k0l8W26mPddxHmfHQp-Vaw-4qPCJrcS2mJPMEzP1Pt0Bm4d4QlL-yRT-SFd2lZS-pCgNMsD1W_YpRPEwOWvG6b32690r2jZ47soMZo9wGzjb_7OMg0LOL-bSf63kpaSHSXndS5z5rexMdbBYUsLA9e-KXBdQOS-UTo7WTBEMa2R2CapHg665xsmtdVMTBQY4uDZlxvb3qCo5ZwKh9kG4LT6_I5IhlJH7aGhyxXFvUK-DWNmoudF8NAco9_h9iaGNj8q2ethFkMLs91kzk2PAcDTW9gb54h4FRWyuXpoQ",
         "e":"AQAB",
         "d":"Eq5xpGnNCivDflJsRQBXHx1hdR1k6Ulwe2JZD50LpXyWPEAeP88vLNO97IjlA7_GQ5sLKMgvfTeXZx9SE-7YwVol2NXOoAJe46sui395IW_GO-pWJ1O0BkTGoVEn2bKVRUCgu-GjBVaYLU6f3l9kJfFNS3E0QbVdxzubSu3Mkqzjkn439X0M_V51gfpRLI9JYanrC4D4qAdGcopV_0ZHHzQlBjudU2QvXt4ehNYTCBr6XCLQUShb1juUO1ZdiYoFaFQT5Tw8bGUl_x_jTj3ccPDVZFD9pIuhLhBOneufuBiB4cS98l2SR_RQyGWSeWjnczT0QU91p1DhOVRuOopznQ"}
        """;
    ObjectValue rsaKey = (ObjectValue) j(rsa);
    Value ps = call(F, "io.jwt.encode_sign", j("{\"alg\": \"PS256\"}"), j(CLAIMS), rsaKey);
    String rsaPublic = "{\"kty\":\"RSA\",\"e\":\"AQAB\",\"n\":" + quote(((eu.rampart.rego.value.StringValue) rsaKey.get("n")).value()) + "}";
    assertEquals(BooleanValue.TRUE, call(F, "io.jwt.verify_ps256", ps, s(rsaPublic)));
    assertEquals(BooleanValue.FALSE, call(F, "io.jwt.verify_rs256", ps, s(rsaPublic)));

    // ES256 with a fresh P-256 key: checks the DER <-> JOSE R||S conversion both ways.
    java.security.KeyPairGenerator g = java.security.KeyPairGenerator.getInstance("EC");
    g.initialize(new java.security.spec.ECGenParameterSpec("secp256r1"));
    java.security.KeyPair kp = g.generateKeyPair();
    java.security.interfaces.ECPublicKey pub = (java.security.interfaces.ECPublicKey) kp.getPublic();
    String x = b64(pub.getW().getAffineX());
    String y = b64(pub.getW().getAffineY());
    String d = b64(((java.security.interfaces.ECPrivateKey) kp.getPrivate()).getS());
    String ecPublic = "{\"kty\":\"EC\",\"crv\":\"P-256\",\"x\":\"" + x + "\",\"y\":\"" + y + "\"}";
    Value es = call(F, "io.jwt.encode_sign_raw", s("{\"alg\":\"ES256\"}"), s("{\"iss\":\"joe\"}"),
        s("{\"kty\":\"EC\",\"crv\":\"P-256\",\"x\":\"" + x + "\",\"y\":\"" + y + "\",\"d\":\"" + d + "\"}"));
    assertEquals(BooleanValue.TRUE, call(F, "io.jwt.verify_es256", es, s(ecPublic)));
    assertEquals(BooleanValue.FALSE, call(F, "io.jwt.verify_es256", es, s(PS256_JWK)));
  }

  /** A JWK coordinate: fixed 32-byte big-endian, base64url without padding. */
  private static String b64(java.math.BigInteger v) {
    byte[] raw = v.toByteArray();
    byte[] fixed = new byte[32];
    int n = Math.min(raw.length, 32);
    System.arraycopy(raw, raw.length - n, fixed, 32 - n, n);
    return JwtBase64.encode(fixed);
  }

  private static Value unverified() {
    return arr(BooleanValue.FALSE, ObjectValue.EMPTY, ObjectValue.EMPTY);
  }

  private static String quote(String text) {
    StringBuilder sb = new StringBuilder();
    JsonText.quote(sb, text);
    return sb.toString();
  }

}
