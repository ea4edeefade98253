package eu.rampart.rego.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.rampart.rego.value.ArrayValue;
import eu.rampart.rego.value.BooleanValue;
import eu.rampart.rego.value.Json;
import eu.rampart.rego.value.NullValue;
import eu.rampart.rego.value.NumberValue;
import eu.rampart.rego.value.ObjectValue;
import eu.rampart.rego.value.StringValue;
import eu.rampart.rego.value.Value;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** crypto.x509.* and crypto.parse_private_keys; inputs and expected values from OPA's conformance cases. */
class CryptoX509BuiltinsTest {
  private static final BuiltinRegistry REGISTRY = new BuiltinRegistry().with(new CryptoX509Builtins());

  /** A query context whose clock reads {@code now}: chain verification depends on it. */
  private static BuiltinContext at(Instant now) {
    Map<Object, Object> cache = new HashMap<>();
    return new BuiltinContext() {
      @Override public long queryTimeNanos() { return now.getEpochSecond() * 1_000_000_000L + now.getNano(); }
      @Override public Map<Object, Object> queryCache() { return cache; }
      @Override public void print(String line) {}
      @Override public void checkBudget() {}
    };
  }

  private static Value call(BuiltinContext ctx, String name, String... args) {
    Value[] v = new Value[args.length];
    for (int i = 0; i < args.length; i++) v[i] = StringValue.of(args[i]);
    return REGISTRY.get(name).fn().call(ctx, v);
  }

  private static Value call(String name, String... args) { return call(at(Instant.now()), name, args); }

  private static Value path(Value v, Object... keys) {
    Value cur = v;
    for (Object k : keys) {
      cur = k instanceof Integer i ? ((ArrayValue) cur).get(i) : ((ObjectValue) cur).get((String) k);
    }
    return cur;
  }

  private static void assertJson(String expectedJson, Value actual) {
    assertEquals(Json.parse(expectedJson), actual);
  }

  @Test
  void derCertificateHasGoFieldShape() {
    Value cert = path(call("crypto.x509.parse_certificates", GOOGLE_DER_B64), 0);
    assertJson("\"mail.google.com\"", path(cert, "Subject", "CommonName"));
    assertJson("[\"US\"]", path(cert, "Subject", "Country"));
    assertJson("[\"California\"]", path(cert, "Subject", "Province"));
    assertJson("[\"Mountain View\"]", path(cert, "Subject", "Locality"));
    assertJson("[\"Google Inc\"]", path(cert, "Issuer", "Organization"));
    assertJson("\"Google Internet Authority G2\"", path(cert, "Issuer", "CommonName"));
    assertJson("{\"Type\": [2, 5, 4, 6], \"Value\": \"US\"}", path(cert, "Issuer", "Names", 0));
    assertJson("null", path(cert, "Subject", "OrganizationalUnit"));
    assertJson("3", path(cert, "Version"));
    assertEquals(NumberValue.of(new java.math.BigInteger("1404354960355712309")), path(cert, "SerialNumber"));
    assertJson("\"2014-01-29T13:27:43Z\"", path(cert, "NotBefore"));
    assertJson("\"2014-05-29T00:00:00Z\"", path(cert, "NotAfter"));
    assertJson("3", path(cert, "SignatureAlgorithm")); // SHA1WithRSA
    assertJson("3", path(cert, "PublicKeyAlgorithm")); // ECDSA
    assertJson("{}", path(cert, "PublicKey", "Curve"));
    assertJson("1", path(cert, "KeyUsage")); // DigitalSignature
    assertJson("[1, 2]", path(cert, "ExtKeyUsage")); // ServerAuth, ClientAuth
    assertJson("[\"mail.google.com\"]", path(cert, "DNSNames"));
    assertJson("null", path(cert, "EmailAddresses"));
    assertJson("null", path(cert, "IPAddresses"));
    assertJson("null", path(cert, "URIStrings"));
    assertJson("true", path(cert, "BasicConstraintsValid"));
    assertJson("false", path(cert, "IsCA"));
    assertJson("-1", path(cert, "MaxPathLen"));
    assertJson("false", path(cert, "MaxPathLenZero"));
    assertJson("[\"http://clients1.google.com/ocsp\"]", path(cert, "OCSPServer"));
    assertJson("[\"http://pki.google.com/GIAG2.crt\"]", path(cert, "IssuingCertificateURL"));
    assertJson("[\"http://pki.google.com/GIAG2.crl\"]", path(cert, "CRLDistributionPoints"));
    assertJson("[[1, 3, 6, 1, 4, 1, 11129, 2, 5, 1]]", path(cert, "PolicyIdentifiers"));
    assertJson("\"iJxtimAuTfwb+aUtBn5UYKreKvM=\"", path(cert, "SubjectKeyId"));
    assertJson("\"St0GFhu89mi1dvWBtrtiGrpagS8=\"", path(cert, "AuthorityKeyId"));
    assertEquals(StringValue.of(GOOGLE_DER_B64), path(cert, "Raw"));
    assertEquals(9, ((ArrayValue) path(cert, "Extensions")).size());
    assertJson("null", path(cert, "UnhandledCriticalExtensions"));
  }

  @Test
  void base64PemWithUriSan() {
    Value cert = path(call("crypto.x509.parse_certificates", SPIFFE_PEM_B64), 0);
    assertJson("[\"spiffe://example.com/opa\"]", path(cert, "URIStrings"));
    assertJson("\"spiffe\"", path(cert, "URIs", 0, "Scheme"));
    assertJson("\"example.com\"", path(cert, "URIs", 0, "Host"));
    assertJson("\"/opa\"", path(cert, "URIs", 0, "Path"));
  }

  @Test
  void pemChainIsParsedInOrder() {
    Value certs = call("crypto.x509.parse_certificates", CHAIN_PEM);
    assertEquals(3, ((ArrayValue) certs).size());
    assertJson("\"OPA Test Root CA\"", path(certs, 0, "Subject", "CommonName"));
    assertJson("true", path(certs, 0, "IsCA"));
    assertJson("1", path(certs, 0, "MaxPathLen"));
    assertJson("\"notarealsite.opa.localhost\"", path(certs, 2, "Subject", "CommonName"));
  }

  @Test
  void malformedInputsFailWithGoErrors() {
    assertEquals("x509: malformed certificate",
        assertThrows(BuiltinError.class, () -> call("crypto.x509.parse_certificates", "YmFkc3RyaW5n")).getMessage());
    assertEquals("illegal base64 data at input byte 4",
        assertThrows(BuiltinError.class, () -> call("crypto.x509.parse_certificates", "foobar")).getMessage());
    assertEquals("PEM block type is 'RSA PRIVATE KEY', expected CERTIFICATE",
        assertThrows(BuiltinError.class, () -> call("crypto.x509.parse_certificates", RSA_PEM)).getMessage());
  }

  @Test
  void chainVerifiesLeafFirst() {
    Value result = call(at(Instant.parse("2025-01-01T00:00:00Z")), "crypto.x509.parse_and_verify_certificates", CHAIN_PEM);
    assertEquals(BooleanValue.TRUE, path(result, 0));
    assertJson("\"notarealsite.opa.localhost\"", path(result, 1, 0, "Subject", "CommonName"));
    assertJson("\"OPA Test Intermediate CA\"", path(result, 1, 1, "Subject", "CommonName"));
    assertJson("\"OPA Test Root CA\"", path(result, 1, 2, "Subject", "CommonName"));
  }

  @Test
  void chainFailsClosed() {
    String invalid = "[false, []]";
    // The root certificate expires in 2031.
    assertJson(invalid, call(at(Instant.parse("2032-01-01T00:00:00Z")), "crypto.x509.parse_and_verify_certificates", CHAIN_PEM));
    // The first certificate is the trust anchor: with the leaf first nothing chains to it.
    String[] blocks = CHAIN_PEM.split("(?<=-----END CERTIFICATE-----)\n");
    String reversed = blocks[2] + "\n" + blocks[1] + "\n" + blocks[0] + "\n";
    assertJson(invalid, call("crypto.x509.parse_and_verify_certificates", reversed));
    // Without the intermediate the leaf cannot reach the root.
    assertJson(invalid, call("crypto.x509.parse_and_verify_certificates", blocks[0] + "\n" + blocks[2] + "\n"));
    assertJson(invalid, call("crypto.x509.parse_and_verify_certificates", blocks[0]));
    assertJson(invalid, call("crypto.x509.parse_and_verify_certificates", "not base64!"));
  }

  private static Value verifyWith(String optionsJson) {
    Value[] args = {StringValue.of(CHAIN_PEM), Json.parse(optionsJson)};
    return REGISTRY.get("crypto.x509.parse_and_verify_certificates_with_options").fn()
        .call(at(Instant.parse("2025-01-01T00:00:00Z")), args);
  }

  @Test
  void verifyOptions() {
    assertEquals(BooleanValue.TRUE, path(verifyWith("{\"DNSName\": \"notarealsite.opa.localhost\"}"), 0));
    assertEquals(BooleanValue.TRUE, path(verifyWith("{\"DNSName\": \"NotARealSite.opa.localhost.\"}"), 0));
    assertJson("[false, []]", verifyWith("{\"DNSName\": \"other.opa.localhost\"}"));
    assertJson("[false, []]", verifyWith("{\"DNSName\": \"127.0.0.1\"}"));
    long y2032 = Instant.parse("2032-01-01T00:00:00Z").getEpochSecond() * 1_000_000_000L;
    assertJson("[false, []]", verifyWith("{\"CurrentTime\": " + y2032 + "}"));
    long y2030 = Instant.parse("2030-01-01T00:00:00Z").getEpochSecond() * 1_000_000_000L;
    assertEquals(BooleanValue.TRUE, path(verifyWith("{\"CurrentTime\": " + y2030 + "}"), 0));
    // The leaf allows server and client auth only.
    assertEquals(BooleanValue.TRUE, path(verifyWith("{\"KeyUsages\": [\"KeyUsageClientAuth\"]}"), 0));
    assertEquals(BooleanValue.TRUE, path(verifyWith("{\"KeyUsages\": [\"KeyUsageAny\"]}"), 0));
    assertJson("[false, []]", verifyWith("{\"KeyUsages\": [\"KeyUsageCodeSigning\"]}"));
    assertEquals("invalid entries for 'KeyUsages' found: [bogus]",
        assertThrows(BuiltinError.class, () -> verifyWith("{\"KeyUsages\": [\"bogus\"]}")).getMessage());
    assertEquals("'KeyUsages' should be an Array or Set",
        assertThrows(BuiltinError.class, () -> verifyWith("{\"KeyUsages\": \"KeyUsageAny\"}")).getMessage());
    assertEquals("'DNSName' should be a string",
        assertThrows(BuiltinError.class, () -> verifyWith("{\"DNSName\": 1}")).getMessage());
    assertEquals("invalid key option",
        assertThrows(BuiltinError.class, () -> verifyWith("{\"Roots\": []}")).getMessage());
  }

  // Generated with openssl for these tests: a CA with name constraints and IP/email SANs, and a leaf it issued.
  private static final String CONSTRAINED_CA_PEM =
      "-----BEGIN CERTIFICATE-----\n"
      + "MIIB/jCCAaOgAwIBAgIUAM5LTtkpfGakclKMXq9NiIiijT8wCgYIKoZIzj0EAwIw\n"
      + "GTEXMBUGA1UEAwwOQ29uc3RyYWluZWQgQ0EwIBcNMjYxMTIzMDIyNDI5WhgPMjEy\n"
      + "NjEwMzAwMjI0MjlaMBkxFzAVBgNVBAMMDkNvbnN0cmFpbmVkIENBMFkwEwYHKoZI\n"
      + "zj0CAQYIKoZIzj0DAQcDQgAEyFlfggYKTzZ94AOAvckzyjeSyfavGXxEiKQE5i+A\n"
      + "HbGQ/BRzjpzzfYMVFeNcarPPocxYRpeviH0Ervbmf4dpeqOBxjCBwzAPBgNVHRMB\n"
      + "Af8EBTADAQH/MA4GA1UdDwEB/wQEAwICBDBOBgNVHR4BAf8ERDBCoCswDYILZXhh\n"
      + "bXBsZS5jb20wCocICgAAAP8AAAAwDoYMLmV4YW1wbGUuY29toRMwEYEPYmFkQGV4\n"
      + "YW1wbGUuY29tMDEGA1UdEQQqMCiHBMCoAQGHECABDbgAAAAAAAAAAAAAAAGBDmNh\n"
      + "QGV4YW1wbGUuY29tMB0GA1UdDgQWBBTJySpPVsbi48A1CqJID0k0JBvNSTAKBggq\n"
      + "hkjOPQQDAgNJADBGAiEAh+HyzTLvMr5ZwtYYjzvWExqpxO+Bv+/Zu1J0+UUSvYYC\n"
      + "IQCOpXjFUUfok2UQvQL839tSJ9z2eHveQZTiOv+b0akDJA==\n"
      + "-----END CERTIFICATE-----\n";
  private static final String CONSTRAINED_LEAF_PEM =
      "-----BEGIN CERTIFICATE-----\n"
      + "MIIBqjCCAVCgAwIBAgIUKZ7ZJGC2IVA9Fuz427vDRD5pw6cwCgYIKoZIzj0EAwIw\n"
      + "GTEXMBUGA1UEAwwOQ29uc3RyYWluZWQgQ0EwIBcNMjYxMTIzMDIyNDMwWhgPMjEy\n"
      + "NjEwMzAwMjI0MzBaMBoxGDAWBgNVBAMMD3d3dy5leGFtcGxlLmNvbTBZMBMGByqG\n"
      + "SM49AgEGCCqGSM49AwEHA0IABIFgo5ykGNVA3kMBmR9+eDjO3gp2hcmTBKLV7zB+\n"
      + "hNmnDqX6xo5l1+EkfXQpbDF93oPhOeyGZe2jffGW6H83IeWjczBxMBoGA1UdEQQT\n"
      + "MBGCD3d3dy5leGFtcGxlLmNvbTATBgNVHSUEDDAKBggrBgEFBQcDATAdBgNVHQ4E\n"
      + "FgQUoEuRJrPPXiCQkx7dQualrCQglsQwHwYDVR0jBBgwFoAUyckqT1bG4uPANQqi\n"
      + "SA9JNCQbzUkwCgYIKoZIzj0EAwIDSAAwRQIhAJ0a7AdGd5EuS9kUjH+RyYpl7bUg\n"
      + "PhOuVFOW3x4fTEzBAiAiN7q2WRjd/KF6WCZvUNQrnq/g0YYmjhAMH37sdYP9WA==\n"
      + "-----END CERTIFICATE-----\n";

  @Test
  void nameConstraintsAndIpSans() {
    Value ca = path(call("crypto.x509.parse_certificates", CONSTRAINED_CA_PEM), 0);
    assertJson("true", path(ca, "PermittedDNSDomainsCritical"));
    assertJson("[\"example.com\"]", path(ca, "PermittedDNSDomains"));
    assertJson("null", path(ca, "ExcludedDNSDomains"));
    assertJson("[{\"IP\": \"10.0.0.0\", \"Mask\": \"/wAAAA==\"}]", path(ca, "PermittedIPRanges"));
    assertJson("[\".example.com\"]", path(ca, "PermittedURIDomains"));
    assertJson("[\"bad@example.com\"]", path(ca, "ExcludedEmailAddresses"));
    assertJson("[\"192.168.1.1\", \"2001:db8::1\"]", path(ca, "IPAddresses"));
    assertJson("[\"ca@example.com\"]", path(ca, "EmailAddresses"));
    assertJson("32", path(ca, "KeyUsage")); // CertSign
    assertJson("10", path(ca, "SignatureAlgorithm")); // ECDSAWithSHA256
    // Go would check the leaf against the constraints; this engine does not, so it refuses to answer.
    String message = assertThrows(BuiltinError.class,
        () -> call("crypto.x509.parse_and_verify_certificates", CONSTRAINED_CA_PEM + CONSTRAINED_LEAF_PEM)).getMessage();
    assertTrue(message.contains("name constraints"), message);
  }

  @Test
  void certificateRequest() {
    Value csr = call("crypto.x509.parse_certificate_request", CSR_DER_B64);
    assertJson("\"example.com\"", path(csr, "Subject", "CommonName"));
    assertJson("[\"US\"]", path(csr, "Subject", "Country"));
    assertJson("[\" \"]", path(csr, "Subject", "Organization"));
    assertJson("0", path(csr, "Version"));
    assertJson("4", path(csr, "SignatureAlgorithm")); // SHA256WithRSA
    assertJson("1", path(csr, "PublicKeyAlgorithm"));
    assertJson("65537", path(csr, "PublicKey", "E"));
    String pem = "-----BEGIN CERTIFICATE REQUEST-----\n" + CSR_DER_B64 + "\n-----END CERTIFICATE REQUEST-----\n";
    assertEquals(csr, call("crypto.x509.parse_certificate_request", pem));
  }

  @Test
  void rsaPrivateKeyAsJwk() {
    assertJson(RSA_JWK, call("crypto.x509.parse_rsa_private_key", RSA_PEM));
    String base64Pem = java.util.Base64.getEncoder().encodeToString(RSA_PEM.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    assertJson(RSA_JWK, call("crypto.x509.parse_rsa_private_key", base64Pem));
    assertEquals("illegal base64 data at input byte 4",
        assertThrows(BuiltinError.class, () -> call("crypto.x509.parse_rsa_private_key", "invalid")).getMessage());
    assertEquals("PEM block type is 'CERTIFICATE', expected RSA PRIVATE KEY or PRIVATE KEY",
        assertThrows(BuiltinError.class, () -> call("crypto.x509.parse_rsa_private_key", PAIR_CERT_PEM)).getMessage());
  }

  // A P-256 key generated with openssl for these tests, as SEC 1 and as PKCS#8; JWK values from `openssl ec -text`.
  private static final String EC_SEC1_PEM = "-----BEGIN EC PRIVATE KEY-----\n"
      + "MHcCAQEEIGx8AYomTGu9wfQZkAgrKs628XJglI+zzS/VEEOHn46aoAoGCCqGSM49\n"
      + "AwEHoUQDQgAEpfIBDZ2N16IiqQ7Qg2UHVTXLEfWErH0HsL1Q8Uf8KPeBgQITOSNk\n"
      + "gVkXo3W4ixjJ+Rnddr6tLmlYMLswOwicWQ==\n"
      + "-----END EC PRIVATE KEY-----\n";
  private static final String EC_PKCS8_PEM = "-----BEGIN PRIVATE KEY-----\n"
      + "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgbHwBiiZMa73B9BmQ\n"
      + "CCsqzrbxcmCUj7PNL9UQQ4efjpqhRANCAASl8gENnY3XoiKpDtCDZQdVNcsR9YSs\n"
      + "fQewvVDxR/wo94GBAhM5I2SBWRejdbiLGMn5Gd12vq0uaVgwuzA7CJxZ\n"
      + "-----END PRIVATE KEY-----\n";

  @Test
  void ecKeys() {
    assertJson("{\"kty\": \"EC\", \"crv\": \"P-256\", \"x\": \"pfIBDZ2N16IiqQ7Qg2UHVTXLEfWErH0HsL1Q8Uf8KPc\","
        + " \"y\": \"gYECEzkjZIFZF6N1uIsYyfkZ3Xa-rS5pWDC7MDsInFk\", \"d\": \"bHwBiiZMa73B9BmQCCsqzrbxcmCUj7PNL9UQQ4efjpo\"}",
        call("crypto.x509.parse_rsa_private_key", EC_PKCS8_PEM));
    Value keys = call("crypto.parse_private_keys", EC_SEC1_PEM + EC_PKCS8_PEM);
    assertEquals(2, ((ArrayValue) keys).size());
    assertEquals(path(keys, 0), path(keys, 1));
    assertJson("{}", path(keys, 0, "Curve"));
    assertEquals(NumberValue.of(new java.math.BigInteger(1, java.util.Base64.getUrlDecoder()
        .decode("bHwBiiZMa73B9BmQCCsqzrbxcmCUj7PNL9UQQ4efjpo"))), path(keys, 0, "D"));
  }

  @Test
  void privateKeys() {
    Value keys = call("crypto.parse_private_keys", RSA_PEM + "\n" + PAIR_KEY_PEM);
    assertEquals(2, ((ArrayValue) keys).size());
    ObjectValue jwk = (ObjectValue) Json.parse(RSA_JWK);
    assertEquals(65537L, ((NumberValue) path(keys, 0, "E")).longValue());
    assertEquals(2, ((ArrayValue) path(keys, 0, "Primes")).size());
    assertJson("[]", path(keys, 0, "Precomputed", "CRTValues"));
    assertTrue(jwk.get("kty").equals(StringValue.of("RSA")));
    assertJson("[]", call("crypto.parse_private_keys", "nope"));
    assertEquals(NullValue.NULL, call("crypto.parse_private_keys", ""));
  }

  @Test
  void keyPair() {
    Value pair = call("crypto.x509.parse_keypair", PAIR_CERT_PEM, PAIR_KEY_PEM);
    assertEquals(StringValue.of(PAIR_CERT_DER_B64), path(pair, "Certificate", 0));
    assertJson("\"example.com\"", path(pair, "Leaf", "Subject", "CommonName"));
    assertEquals(path(pair, "Leaf", "PublicKey", "N"), path(pair, "PrivateKey", "N"));
    // DER certificate given as base64 is wrapped as a CERTIFICATE block, as OPA does.
    assertEquals(pair, call("crypto.x509.parse_keypair", PAIR_CERT_DER_B64, PAIR_KEY_PEM));
    assertEquals("tls: private key does not match public key",
        assertThrows(BuiltinError.class, () -> call("crypto.x509.parse_keypair", PAIR_CERT_PEM, RSA_PEM)).getMessage());
    assertEquals("tls: found a certificate rather than a key in the PEM for the private key",
        assertThrows(BuiltinError.class, () -> call("crypto.x509.parse_keypair", PAIR_CERT_PEM, PAIR_CERT_PEM)).getMessage());
    assertEquals("tls: failed to find certificate PEM data in certificate input, but did find a private key; PEM inputs may have been switched",
        assertThrows(BuiltinError.class, () -> call("crypto.x509.parse_keypair", PAIR_KEY_PEM, PAIR_CERT_PEM)).getMessage());
    assertEquals("tls: failed to find any PEM data in key input",
        assertThrows(BuiltinError.class, () -> call("crypto.x509.parse_keypair", PAIR_CERT_PEM, "-----BEGIN nothing")).getMessage());
  }

  private static final String GOOGLE_DER_B64 =
      "MIIDujCCAqKgAwIBAgIIE31FZVaPXTUwDQYJKoZIhvcNAQEFBQAwSTELMAkGA1UEBhMCVVMxEzARBgNVBAoTCkdvb2dsZSBJbmMx"
      + "JTAjBgNVBAMTHEdvb2dsZSBJbnRlcm5ldCBBdXRob3JpdHkgRzIwHhcNMTQwMTI5MTMyNzQzWhcNMTQwNTI5MDAwMDAwWjBpMQsw"
      + "CQYDVQQGEwJVUzETMBEGA1UECAwKQ2FsaWZvcm5pYTEWMBQGA1UEBwwNTW91bnRhaW4gVmlldzETMBEGA1UECgwKR29vZ2xlIElu"
      + "YzEYMBYGA1UEAwwPbWFpbC5nb29nbGUuY29tMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEfRrObuSW5T7q5CnSEqefEmtH4CCv"
      + "6+5EckuriNr1CjfVvqzwfAhopXkLrq45EQm8vkmf7W96XJhC7ZM0dYi1/qOCAU8wggFLMB0GA1UdJQQWMBQGCCsGAQUFBwMBBggr"
      + "BgEFBQcDAjAaBgNVHREEEzARgg9tYWlsLmdvb2dsZS5jb20wCwYDVR0PBAQDAgeAMGgGCCsGAQUFBwEBBFwwWjArBggrBgEFBQcw"
      + "AoYfaHR0cDovL3BraS5nb29nbGUuY29tL0dJQUcyLmNydDArBggrBgEFBQcwAYYfaHR0cDovL2NsaWVudHMxLmdvb2dsZS5jb20v"
      + "b2NzcDAdBgNVHQ4EFgQUiJxtimAuTfwb+aUtBn5UYKreKvMwDAYDVR0TAQH/BAIwADAfBgNVHSMEGDAWgBRK3QYWG7z2aLV29YG2"
      + "u2IaulqBLzAXBgNVHSAEEDAOMAwGCisGAQQB1nkCBQEwMAYDVR0fBCkwJzAloCOgIYYfaHR0cDovL3BraS5nb29nbGUuY29tL0dJ"
      + "QUcyLmNybDANBgkqhkiG9w0BAQUFAAOCAQEAH6RYHxHdcGpMpFE3oxDoFnP+gtuBCHan2yE2GRbJ2Cw8Lw0MmuKqHlf9RSeYfd3B"
      + "XeKkj1qO6TVKwCh+0HdZk283TZZyzmEOyclm3UGFYe82P/iDFt+CeQ3NpmBg+GoaVCuWAARJN/KfglbLyyYygcQq0SgeDh8dRKUi"
      + "aW3HQSoYvTvdTuqzwK4CXsr3b5/dAOY8uMuG/IAR3FgwTbZ1dtoWRvOTa8hYiU6A475WuZKyEHcwnGYe57u2I2KbMgcKjPniocj4"
      + "QzgYsVAVKW3IwaOhyE+vPxsiUkvQHdO2fojCkY8jg70jxM+gu59tPDNbw3Uh/2Ij310FgTHsnGQMyA==";

  private static final String SPIFFE_PEM_B64 =
      "LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUIxekNDQVh5Z0F3SUJBZ0lJZGxpT1dVY1NXM3N3Q2dZSUtvWkl6ajBFQXdJ"
      + "d1BURUxNQWtHQTFVRUJoTUMKUjBJeEVEQU9CZ05WQkFvVEIwVjRZVzF3YkdVeEhEQWFCZ05WQkFVVEV6RTFPREV4TnpnNU56UTJP"
      + "RFkxTmpneQpOalF3SUJjTk1qTXhNVEl3TVRZMU5USTRXaGdQTWpFeU1qRXdNamN4TmpVMU1qaGFNRDB4Q3pBSkJnTlZCQVlUCkFr"
      + "ZENNUkF3RGdZRFZRUUtFd2RGZUdGdGNHeGxNUnd3R2dZRFZRUUZFeE00TlRJM056SXlOREE0TlRJeE5qVXoKTVRFMU1Ga3dFd1lI"
      + "S29aSXpqMENBUVlJS29aSXpqMERBUWNEUWdBRXp0UDNrQnNpQXY4UUF5eWxUalJZSFlWegpjWTB5YmpBdC9VbWpZb3Fxb0o4SEtI"
      + "dXF1ckRaUmVwa05qUXdwV3pmZndZZ0xaNk42SisyVUlPdlZ0TDZEcU5rCk1HSXdEZ1lEVlIwUEFRSC9CQVFEQWdlQU1CMEdBMVVk"
      + "SlFRV01CUUdDQ3NHQVFVRkJ3TUNCZ2dyQmdFRkJRY0QKQVRBTUJnTlZIUk1CQWY4RUFqQUFNQ01HQTFVZEVRUWNNQnFHR0hOd2FX"
      + "Wm1aVG92TDJWNFlXMXdiR1V1WTI5dApMMjl3WVRBS0JnZ3Foa2pPUFFRREFnTkpBREJHQWlFQXlRNDhPd25lTHkzMjZqYitEUjd5"
      + "RjJhcS94Wnl1cW9qCitUU3ZLVVB5NEU0Q0lRQ0VMUlp3K0dWTjhJR0drVGV4MGxxTDNxY21mWldJbm15VitrbnQ0d3p3L3c9PQot"
      + "LS0tLUVORCBDRVJUSUZJQ0FURS0tLS0tCg==";

  private static final String CHAIN_PEM =
      "-----BEGIN CERTIFICATE-----\nMIIBoDCCAUagAwIBAgIRAJXcMYZALXooNq/VV"
      + "/grXhMwCgYIKoZIzj0EAwIwLjER\nMA8GA1UEChMIT1BBIFRlc3QxGTAXBgNVBAMTE"
      + "E9QQSBUZXN0IFJvb3QgQ0EwHhcN\nMjEwNzAxMTc0MTUzWhcNMzEwNjI5MTc0MTUzW"
      + "jAuMREwDwYDVQQKEwhPUEEgVGVz\ndDEZMBcGA1UEAxMQT1BBIFRlc3QgUm9vdCBDQ"
      + "TBZMBMGByqGSM49AgEGCCqGSM49\nAwEHA0IABFqhdZA5LjsJgzsBvhgzfayZFOk+C"
      + "7PmGCi7xz6zOC3xWORJZSNOyZeJ\nYzSKFmoMZkcFMfslTW1jp9fwe1xl3HWjRTBDM"
      + "A4GA1UdDwEB/wQEAwIBBjASBgNV\nHRMBAf8ECDAGAQH/AgEBMB0GA1UdDgQWBBTch"
      + "60qxQvLl+AfDfcaXmjvT8GvpzAK\nBggqhkjOPQQDAgNIADBFAiBqraIP0l2U0oNuH"
      + "0+rf36hDks94wSB5EGlGH3lYNMR\nugIhANkbukX5hOP8pJDRWP/pYuv6MBnRY4BS8"
      + "gpp9Vu31qOb\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----"
      + "\nMIIByDCCAW6gAwIBAgIQC0k4DPGrh9me73EJX5zntTAKBggqhkjOPQQDAjAuMREw"
      + "\nDwYDVQQKEwhPUEEgVGVzdDEZMBcGA1UEAxMQT1BBIFRlc3QgUm9vdCBDQTAeFw0y"
      + "\nMTA3MDExNzQxNTNaFw0zMTA2MjkxNzQxNTNaMDYxETAPBgNVBAoTCE9QQSBUZXN0"
      + "\nMSEwHwYDVQQDExhPUEEgVGVzdCBJbnRlcm1lZGlhdGUgQ0EwWTATBgcqhkjOPQIB"
      + "\nBggqhkjOPQMBBwNCAARvXQa7fy476gDI81nqLYb2SnD459WxBmU0hk2bA3ZuNtI+"
      + "\nH20KXz6ISmxH3MZ2WBm6rOy7y4Gn+WMCJuxzcl5jo2YwZDAOBgNVHQ8BAf8EBAMC"
      + "\nAQYwEgYDVR0TAQH/BAgwBgEB/wIBADAdBgNVHQ4EFgQUuslZNjJl0V8I1Gj17IID"
      + "\nALy/9WEwHwYDVR0jBBgwFoAU3IetKsULy5fgHw33Gl5o70/Br6cwCgYIKoZIzj0E"
      + "\nAwIDSAAwRQIgUwsYApW9Tsm6AstWswaKGie0srB4FUkUbfKwWmUI2JgCIQCBTySN"
      + "\nMF+EiQAMKyz/N9KUuXEckC356WvKcyJaYYcV0w==\n-----END CERTIFICATE---"
      + "--\n-----BEGIN CERTIFICATE-----\nMIIB8zCCAZqgAwIBAgIRAID4gPKg7DDiuO"
      + "fzUYFSXLAwCgYIKoZIzj0EAwIwNjER\nMA8GA1UEChMIT1BBIFRlc3QxITAfBgNVBA"
      + "MTGE9QQSBUZXN0IEludGVybWVkaWF0\nZSBDQTAeFw0yMTA3MDUxNzQ5NTBaFw0zNj"
      + "A3MDExNzQ5NDdaMCUxIzAhBgNVBAMT\nGm5vdGFyZWFsc2l0ZS5vcGEubG9jYWxob3"
      + "N0MFkwEwYHKoZIzj0CAQYIKoZIzj0D\nAQcDQgAE1YSXZXeaGGL+XeYyoPi/QdA39D"
      + "s4fgxSHJTMh+js393kByPm2PNtFkem\ntUii3KCRJw3SEh3z0JWr/9y4+ua2L6OBmT"
      + "CBljAOBgNVHQ8BAf8EBAMCB4AwHQYD\nVR0lBBYwFAYIKwYBBQUHAwEGCCsGAQUFBw"
      + "MCMB0GA1UdDgQWBBRL0P0g17viZHo9\nCnXe3ZQJm48LXTAfBgNVHSMEGDAWgBS6yV"
      + "k2MmXRXwjUaPXsggMAvL/1YTAlBgNV\nHREEHjAcghpub3RhcmVhbHNpdGUub3BhLm"
      + "xvY2FsaG9zdDAKBggqhkjOPQQDAgNH\nADBEAiAtmZewL94ijN0YwUGaJM9BXCaoTQ"
      + "PwkzugqjCj+K912QIgKKFvbPu4asrE\nnwy7dzejHmQUcZ/aUNbc4VTbiv15ESk=\n-"
      + "----END CERTIFICATE-----\n";

  private static final String CSR_DER_B64 =
      "MIICmDCCAYACAQAwUzELMAkGA1UEBhMCVVMxFDASBgNVBAMMC2V4YW1wbGUuY29tMQowCAYDVQQHDAEgMQowCAYDVQQKDAEgMQow"
      + "CAYDVQQIDAEgMQowCAYDVQQLDAEgMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA2ZdhmshDAU0XbxgNMFAkxGVBschw"
      + "Vok9upASfUX08TYj0VkWEq6+fzgNvdPJwz6meP9g/MaFhOaou6huPHfoSU9J7QbMnzRKlsEIO3htC5AKw9v2fWUdjBA/vCWYuu5i"
      + "G5e7mPsWZ7uplnTfRzC8RK+K+Yrm4D84q5lty4C3KkQsAcSLPfOL1s/b2rWmJGAhWsRkghMY6WwskuXYtH59G9yUDGQHhjZkpqed"
      + "V49C8sCp1O/YZoSHgp7G+BbhTmkNBG678VGDJeNpwHozvtcUrASFDRxZxOu1GG17/QbUoR5Ud93piKZSE6PuCSeBs/TBaIsvpPkn"
      + "uXd9r8Xj/mWykQIDAQABoAAwDQYJKoZIhvcNAQELBQADggEBAAx2dh+d1MBhL0h2XfIqh5Dc/eajSLZtaMMiIcXup/zQ9vxCWJFe"
      + "Hf3s0Iuyb0Hd2VMgPRaO2uddcbYtQe+2gYKkO1LXBtwPqw0Xp0yAvt51G2ofeBl+EkJm697FSmzh8x2IdQAJC3Z/Q8WLVhw4X6ZU"
      + "brxj2gN2fiXcKDJledqH1cexYUonyKH6nln0o43QKD8YRdoa5Qjor1oBdcwRM04T38jMWPwwbYN3kTODkKbiQUUlUxVn6qge9MMk"
      + "tsINZG4x65Bb0ilStq1Ed07f96eglsJhYTOUFvid6UJEDpBsr8rdTNImIBHBvI+kPGKajqo7gEMsxEbCdzaGQ3YfsXY=";

  private static final String RSA_PEM =
      "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA9D/bK4171aiTNUkrU"
      + "CHKGMLSQooV+o3wdz2889h9iv0HhhBJ\nCAGU54K3duB8ofHpmYL50QodcR4RLw1vS"
      + "kaI+FPdPDMyKxKj/YcmofJjz4kW+Iqw\nFbBcbMnKnEVzye+CyW9YYOTu0xWtcgen8"
      + "0zGp2opG0GZX86hBjjXJnjOdrJTk6x2\nNAiJIbjsQevysmj+2MyqVm8widxw0x+rG"
      + "hTaCD+ZXWitN0a0WO1aaA8c/7i99I9z\nhe2peKvXzEtMaqYO9ptHcYmq2z0QWvZuJ"
      + "VMv5Yn0mScLWyh91R099IOtn6sNaMMs\nOyTpi7E/2IlVgI2uKGPEopKkMFV8Fl2Ya"
      + "Abo7wIDAQABAoIBAAyMZ08ygqU0dvOq\n4a3JPp/NCo5el8h6mFsX8eg5PCHy4/sQR"
      + "SBDLIpEXfaei+iqDA1V/E2wDlksaUeY\nkhony4uui1Q3cSFjYMd6tRJm6JfV/Dcis"
      + "O88U1NHfsBOlSdPxdFhhhHcUSTJHVMZ\nb5iBXkdlnd0HnsCcVguCyhLw6/KPFyiA+"
      + "NYRz68flxze7admyVp5C6i/HbMPq8Pr\nMilBUvOFtxuaGeJBAiavuzUe9I70dRwpe"
      + "424tMvisSA8h7Xbm8BeN/PJHDV/2JrI\nURgQ563yQ5So/Qg8AgxXRkpgWM9zAh7r3"
      + "1PBO86vq/B4ZbON/TtWdcZVsAcVB4Pk\ntqc8JNkCgYEA+g8V+y92SETdcwUkbd5O9"
      + "Fg5CkfdsALsBXVH6FunrCUV5HS9l5o6\nMMBbJ/08odW/bP5BmOa4A/Hbk9uG/UfQn"
      + "2KQ3HCgPlxUEwQO07R1/FcQOe4xmyG6\nJpDgQ30viE1RtlCkceQWUeitCIqZsYu0i"
      + "8sLZLWJH+V/07OB4G17ELMCgYEA+g1v\nhrlAFNhZvrIX/zcP3xF2pZ+AqkFXdL/tW"
      + "QZkWAVToONn/LlXTH71C/TO2x+OaQRm\nqX1bA9Zhyjf1gYQN9RenjUswvggk0aY2T"
      + "k28wUqowMGSsjQHmZ20EphHNMWNJpdS\nfKFfrQIFKCnLlpQVNz+j3bLWZUnq+jPaY"
      + "nJP7NUCgYEA48qcVo7c7Ga3aNEVZ3St\nbg90HrZq760pvqshDz13V+0MrWnfUFxxh"
      + "/mi0KHy+uYRlMNllFkQ5p8LTP0dUlt6\nY8dReU6r20MWX6BBtX9eP7o8ENm4nL4zq"
      + "nAtq609gKgWuMNrmkiSQJl6Dx7bdY5z\nsSkNPvfUa5cQRBTxSjXRdtsCgYBHrzpdw"
      + "RXh4/Q2ew/uFnbyWCtPZ96W8IyF58+/\nSdnSchR7dzYEeY3RXEQb3V6/6tgEu0JDL"
      + "LC+9OKr+kbjjlwB+3oJQ5kBoYwMnj3L\nTPXj4+dk+xl3BPt4yoEpI4amVkwU2CTJn"
      + "emzy3R3AyReUq2SXSg5El/sQbifaeYd\neu/20QKBgH/5IZHGBKiRAe1ww2FzOpDtL"
      + "8VXXTe3EAXKutfajrHTqPz9+lXknX/D\nUMosh264nYXYS29WqxhJVutbE9u8e0Vpu"
      + "Y1qIN9/3R0WKfTLTMUFlZtbqTepvsy1\nW2UbK732I4Nfp0/mtUvOSdMZO8dxbSdEe"
      + "Mnw/Ec8QgxK9a1rRu9+\n-----END RSA PRIVATE KEY-----";

  private static final String RSA_JWK =
      "{\"d\": \"DIxnTzKCpTR286rhrck-n80Kjl6XyHqYWxfx6Dk8IfLj-xBFIEMsikRd9p6L6KoMDVX8TbAOWSxpR5iSGifLi66LVDdxI"
      + "WNgx3q1Embol9X8NyKw7zxTU0d-wE6VJ0_F0WGGEdxRJMkdUxlvmIFeR2Wd3QeewJxWC4LKEvDr8o8XKID41hHPrx-XHN7tp2bJW"
      + "nkLqL8dsw-rw-syKUFS84W3G5oZ4kECJq-7NR70jvR1HCl7jbi0y-KxIDyHtdubwF4388kcNX_YmshRGBDnrfJDlKj9CDwCDFdGS"
      + "mBYz3MCHuvfU8E7zq-r8Hhls439O1Z1xlWwBxUHg-S2pzwk2Q\", \"dp\": \"48qcVo7c7Ga3aNEVZ3Stbg90HrZq760pvqshDz13V"
      + "-0MrWnfUFxxh_mi0KHy-uYRlMNllFkQ5p8LTP0dUlt6Y8dReU6r20MWX6BBtX9eP7o8ENm4nL4zqnAtq609gKgWuMNrmkiSQJl6D"
      + "x7bdY5zsSkNPvfUa5cQRBTxSjXRdts\", \"dq\": \"R686XcEV4eP0NnsP7hZ28lgrT2felvCMhefPv0nZ0nIUe3c2BHmN0VxEG91e"
      + "v-rYBLtCQyywvvTiq_pG445cAft6CUOZAaGMDJ49y0z14-PnZPsZdwT7eMqBKSOGplZMFNgkyZ3ps8t0dwMkXlKtkl0oORJf7EG4"
      + "n2nmHXrv9tE\", \"e\": \"AQAB\", \"kty\": \"RSA\", \"n\": \"9D_bK4171aiTNUkrUCHKGMLSQooV-o3wdz2889h9iv0HhhBJCAGU5"
      + "4K3duB8ofHpmYL50QodcR4RLw1vSkaI-FPdPDMyKxKj_YcmofJjz4kW-IqwFbBcbMnKnEVzye-CyW9YYOTu0xWtcgen80zGp2opG"
      + "0GZX86hBjjXJnjOdrJTk6x2NAiJIbjsQevysmj-2MyqVm8widxw0x-rGhTaCD-ZXWitN0a0WO1aaA8c_7i99I9zhe2peKvXzEtMa"
      + "qYO9ptHcYmq2z0QWvZuJVMv5Yn0mScLWyh91R099IOtn6sNaMMsOyTpi7E_2IlVgI2uKGPEopKkMFV8Fl2YaAbo7w\", \"p\": \"-g"
      + "8V-y92SETdcwUkbd5O9Fg5CkfdsALsBXVH6FunrCUV5HS9l5o6MMBbJ_08odW_bP5BmOa4A_Hbk9uG_UfQn2KQ3HCgPlxUEwQO07"
      + "R1_FcQOe4xmyG6JpDgQ30viE1RtlCkceQWUeitCIqZsYu0i8sLZLWJH-V_07OB4G17ELM\", \"q\": \"-g1vhrlAFNhZvrIX_zcP3x"
      + "F2pZ-AqkFXdL_tWQZkWAVToONn_LlXTH71C_TO2x-OaQRmqX1bA9Zhyjf1gYQN9RenjUswvggk0aY2Tk28wUqowMGSsjQHmZ20Ep"
      + "hHNMWNJpdSfKFfrQIFKCnLlpQVNz-j3bLWZUnq-jPaYnJP7NU\", \"qi\": \"f_khkcYEqJEB7XDDYXM6kO0vxVddN7cQBcq619qOs"
      + "dOo_P36VeSdf8NQyiyHbridhdhLb1arGElW61sT27x7RWm5jWog33_dHRYp9MtMxQWVm1upN6m-zLVbZRsrvfYjg1-nT-a1S85J0"
      + "xk7x3FtJ0R4yfD8RzxCDEr1rWtG734\"}";

  private static final String PAIR_CERT_PEM =
      "-----BEGIN CERTIFICATE-----\nMIIEszCCApsCFDPRm4sTNZqiH601E6E6pEaJa"
      + "CKqMA0GCSqGSIb3DQEBCwUAMBYx\nFDASBgNVBAMMC2V4YW1wbGUuY29tMB4XDTIzM"
      + "DUxMjEyMDIxNFoXDTIzMDYxMTEy\nMDIxNFowFjEUMBIGA1UEAwwLZXhhbXBsZS5jb"
      + "20wggIiMA0GCSqGSIb3DQEBAQUA\nA4ICDwAwggIKAoICAQDTcNASD17ohP3V14LMU"
      + "IkFwAeeeniSXy4Pl3EqIgVpt9ul\n2IZiTm4JOYSgQ681bjt1OdwCkBf2Cg62DUyHM"
      + "MwwnbaznN/Y5piYlaS33XCvcNpM\nOWxwA4Z5Q0jNAshBExp8EzjEojbIUoeSncAP9"
      + "jtOO/NArhLq+XodmONLqBG8KmZc\n2uiAeJ7ZjTpOckASYPYy7tUc4Ha3XUV0SoF/+"
      + "0SJrXYOtpyMuMxwks6jMbpacmZn\njFIe8m2xH97s5inmHkzjBVKbpBQQHROP6A61V"
      + "OrH9FrJRiACZ440zFJ1CGlXZau4\noJgs9S1YRDI4W2Ha1WIYLpUBEMYXVYyn4swTB"
      + "j42HqpSmfppOoR2g1d/AjxpFVAk\nPLrict/nszhTIkEUE39vJh4HuytT49ss/cp4K"
      + "okxBjLz7LmTUEzxJS8dB9714KzO\nhFRHnpap0onU7Yb+Yz8/21bZL4AEL1d2Jg48j"
      + "RET1Mrl9GOnWjzo7JxioUsbLcOo\ny8Qcu2L87BQZqHCVpq6TcJKfPgh9t7y1AHvAf"
      + "oXJdGSwimCZXuR4VEA3NJAHgPOw\nLypB+dukzseWLdN+e7YOYqyWfjJg4aQmCx+nr"
      + "866/QlQ4mrEBTkBsDOO5tEsKugI\nredu+lL6z9QFdmeQpoC+s6JKnV29KHZXNDBZ1"
      + "gnXOyA6lIBjjFjZqnkwT1ToHwID\nAQABMA0GCSqGSIb3DQEBCwUAA4ICAQC8v5BIE"
      + "ooDSe5Kpzwsh9QLK7Ip33v4VHo+\nq82DRjAXiosFoaJ1dg+hwXOUo5VPSOqWCPNYR"
      + "HDabuX4oiZAGPA9O5lTKQ/PQS4y\nYIsD9XgeuDllBo3Y/uBwjoFFAD169fYMmZgGQ"
      + "/PCdFS9nrYduPAIzNnsip+Z+XRK\nqLwm83H/nKKgVvbGprNcivG3c8H42CKQ7aqDk"
      + "EGuSG9EVRnQOMaI7ILMx/oj33Mk\nuJ/21z4AHj7ads3dUF4syEBo5gWCAiBd+g1E/"
      + "BkFnn+G+oOYo7c12dB+r6rbgrA0\nBk+bW0NvU2ApP/LRRGaJD4wW2UoAklL618+CR"
      + "WNtXdT+WeKIPlrEdC/0yzU5t6sA\nII+PfvbeWQfL5CssbWhkTbJFt3JKTrIMc9cMj"
      + "NcqeS+bAELuI16d4CZ5TlmZZeMd\n1WCv6R3YifkR9IogZhix20nPCF1mfo7Q0XAyw"
      + "kx8pPAC4n6uYStU9YobNAGlWXz+\nYbbJDf9r9au88Gu6xFf3eETKu2tJsQgVYBmXi"
      + "c85+FoV45qBI5YZvqiX9XZtWXw2\n391fW+NdK01Jc0tqtADubaF6D4ncnriufqcz+"
      + "70O0p7CzPbTMtUsPFxcfqZ6x1KX\ngP1TgZM++PuYjHEyCFhHQBz9cQlxPdW4alaDY"
      + "BnnKvLZXDOAXCWVWS6SXa5tkU3n\nk9i0HC1bhg==\n-----END CERTIFICATE----"
      + "-\n";

  private static final String PAIR_KEY_PEM =
      "-----BEGIN PRIVATE KEY-----\nMIIJQgIBADANBgkqhkiG9w0BAQEFAASCCSwwg"
      + "gkoAgEAAoICAQDTcNASD17ohP3V\n14LMUIkFwAeeeniSXy4Pl3EqIgVpt9ul2IZiT"
      + "m4JOYSgQ681bjt1OdwCkBf2Cg62\nDUyHMMwwnbaznN/Y5piYlaS33XCvcNpMOWxwA"
      + "4Z5Q0jNAshBExp8EzjEojbIUoeS\nncAP9jtOO/NArhLq+XodmONLqBG8KmZc2uiAe"
      + "J7ZjTpOckASYPYy7tUc4Ha3XUV0\nSoF/+0SJrXYOtpyMuMxwks6jMbpacmZnjFIe8"
      + "m2xH97s5inmHkzjBVKbpBQQHROP\n6A61VOrH9FrJRiACZ440zFJ1CGlXZau4oJgs9"
      + "S1YRDI4W2Ha1WIYLpUBEMYXVYyn\n4swTBj42HqpSmfppOoR2g1d/AjxpFVAkPLric"
      + "t/nszhTIkEUE39vJh4HuytT49ss\n/cp4KokxBjLz7LmTUEzxJS8dB9714KzOhFRHn"
      + "pap0onU7Yb+Yz8/21bZL4AEL1d2\nJg48jRET1Mrl9GOnWjzo7JxioUsbLcOoy8Qcu"
      + "2L87BQZqHCVpq6TcJKfPgh9t7y1\nAHvAfoXJdGSwimCZXuR4VEA3NJAHgPOwLypB+"
      + "dukzseWLdN+e7YOYqyWfjJg4aQm\nCx+nr866/QlQ4mrEBTkBsDOO5tEsKugIredu+"
      + "lL6z9QFdmeQpoC+s6JKnV29KHZX\nNDBZ1gnXOyA6lIBjjFjZqnkwT1ToHwIDAQABA"
      + "oICAAiuKHSdWe2czBjz1IRTyBRK\n2mU4rOuBadAtDPHIXMWGzUclOPsfMihByr6Tm"
      + "MVORbWdzvjx9nHc3ta9fAdOywsx\n5lbAWXY7nUciWZVMy3wAW43mi5uboXEoAHyeI"
      + "R9+y8cNOPblm+8kaDluLXzaRHwF\nPQrKOq+X11oQtUAdYcECUpp8SDBCA291+09OJ"
      + "HA8t87GfExHsMf9VcUc6+0XoSwv\nyVl4SLwEOCxk8oPDnl1pNegJXDO2CyfK4amDF"
      + "3RBiTGGveny1foFX5C4W6Y5Grxj\nvThnHxhKLQ3g13/DfSOf4mldenHaDOcDQbaLl"
      + "dxYh0Lr4qUdDazWj8QyrOMZDgOy\nnNnj9zuaI3Hw+zaGm6SQ4pG/s+IujUxyc0yNj"
      + "GE5R/PswXBkpIR23w5hY7xyr0Eo\n/Gb+jAumKxu/QA1GWY9DL/YKbG0sHJlG8BMzM"
      + "ls5YlWoOhcqw3DHJvLSpI4GlQba\nhC741lNpCrf5FsyDu4ZOVfihDgGq3WteuEZ5v"
      + "NBgLpateuAmCNjmNSDa/bK1cqBh\nUlgPbFTEYBSklgt8oEEfhvn3ZNvxgRMCFu9US"
      + "XRQeMIbB+BVQnarWOTYhKL5dqAh\nuYCQprMRuu4FowAFYb37jEBktVAuJDJE4qwqY"
      + "kLdu2g35SjbUgIJUn3oNDT7sgHs\nSjlWT6005qL6dkjINWXZAoIBAQDXdtWq/jA3R"
      + "swzQdLewjzaJR9wTbl8lV699ei6\n8HUW9fr55mHyVewRihKNKFF0XnSAKBEqosyZ7"
      + "joOdMwon0XmCZfJrjxTca4zhBtl\nk1ku9mnRhck0ztc4OUKGyvb9oJ/PlN1CrU/hB"
      + "wYVjnbWDVtufq/xGxeSzWx2zad/\nb824leawE4c9ozdp1cGtx0iwYAGjjA4BmCQIX"
      + "iNcYa8qKU6SmHtD95pIbZUvqyOg\ndT8TRcvt4jySibZtpWRF1NczNsnPa9TV6vtJq"
      + "lZmF+vB1XZVLW0n/CyhAX8pb6qG\ncImaViA4V6/I1VzCYR6FD+vPL8hv8G36rEpwA"
      + "HLEHWUcvkmHAoIBAQD7ODKXb5XL\nt3L9hxcOYrOshqKUCaT+52/Qmnntb0foxs5Cc"
      + "qBOPerOOTJgEPfn0NW3Ij8zaInk\nNSSSZNJVG3jpWLzOTNUN/Cyep+Tkt50LyvMBa"
      + "4AUUx3HtkDKqaL789A3WfQ8LJbO\n4WRPM9QNFLxh8uitHkVZY0FgI11eZunNv7kpl"
      + "YltrOGJIVGa3u7rLxLw/EeX7BLi\n1lnaQobVwrVWD1NU1J16PdGp3lKPk8J7y2fSj"
      + "+UQW76ABopzFayO5nqi06ULMIDm\nwVweYnYOBvNqqdG28u3ob15WCzH4WFd/RYDor"
      + "XD3Xs9P0LEf9pf/PZ7elU/PEDse\njHXUNSPIVjKpAoIBABqjAEtBXWiYAgqcKpuLW"
      + "8aELFzP3wx90tadHgZuT6tlAX//\ncUBqSuLoNN7qixddzf1B9s1UjwLApsC+w7aJ6"
      + "jREH1W5io+uUCDiRhjKnI3nvLFA\nXt1+bLDwsz7CvMIiJ1+cQbZKgsOJAMGNeTeBM"
      + "zp3wvyFouZtKumNBxYEFmSpc3l1\nEJUYJnOZD3aSWnQjilBTsi+URXAbYze6g9Msh"
      + "CAvZZ3DcHlfwr+/4omltQSG7m0c\nOOzMxZbMiZbwdyJHta9E320KvcIfosrATk8KO"
      + "rTRBtuYm1PUQYo32dcA9qHz38vX\nW03ywqLtKr68dySH/bmI+a+xuQobpBSGpcdl5"
      + "uUCggEAIZBckgcCiHk2D9FgrzdY\nshA64HR5auUY91HsQGDBxsPpAs+1wz5ahLr3l"
      + "AYwWPR52UHmF8Q7yBWhkT2PLHfD\nK8oDT7zMKlYqz/e2iShO/yhaVzI5pn2EWQ5sk"
      + "acgc3EbvIl0LCX48CME9+AA0M6Y\nbK27kIWe1laAgYu4CcjOLAMVhgzIk7KpX1zoP"
      + "jzSxvE/IptSJWYRD+V7k8GXqi+d\ncqYRiB/v+kkQHhXqCey/6zI96M/41rqrNQeqr"
      + "72RlHYOpHqKbnhIgIwM9rJI+47K\nLtIJhtvmFUvr2qscPgXvir2Kf4vMsAAmyo8jW"
      + "xXjMOLWuv5P72ZHv8kcZQHEihua\nIQKCAQEArirbu/1dp/WTPdzhDjRRup8zLHXNz"
      + "dm1WYCx6NSdouZyWpsqjcJEIKkj\nWSv68hF4wp647eKU3/a27lungqCAKFpKzr1Dp"
      + "tvXIJ9iQ53mZ+dL9JYl9hmowtWY\nrrRVLmaroKOvSVgnFRmKm5IEOTmaZhE20F4l0"
      + "tFa4gSdTgbMSkgO3jvlw5nxte0Q\nE22gLpwhfX+YpbOgMETZ/0aH/MIdwJeyYm3GA"
      + "hwVMyRnQztz/P8U0irS3GaNeEXc\nLYpsx8F42L9P11OzEw+82DV2XzoHKZUYnGngX"
      + "s6qByUeuGDTb0daDjOK5on6eNKL\nAj0c+XArCS87P4iflF9maJ3Tk/NfaA==\n----"
      + "-END PRIVATE KEY-----\n";

  private static final String PAIR_CERT_DER_B64 =
      "MIIEszCCApsCFDPRm4sTNZqiH601E6E6pEaJaCKqMA0GCSqGSIb3DQEBCwUAMBYxFDASBgNVBAMMC2V4YW1wbGUuY29tMB4XDTIz"
      + "MDUxMjEyMDIxNFoXDTIzMDYxMTEyMDIxNFowFjEUMBIGA1UEAwwLZXhhbXBsZS5jb20wggIiMA0GCSqGSIb3DQEBAQUAA4ICDwAw"
      + "ggIKAoICAQDTcNASD17ohP3V14LMUIkFwAeeeniSXy4Pl3EqIgVpt9ul2IZiTm4JOYSgQ681bjt1OdwCkBf2Cg62DUyHMMwwnbaz"
      + "nN/Y5piYlaS33XCvcNpMOWxwA4Z5Q0jNAshBExp8EzjEojbIUoeSncAP9jtOO/NArhLq+XodmONLqBG8KmZc2uiAeJ7ZjTpOckAS"
      + "YPYy7tUc4Ha3XUV0SoF/+0SJrXYOtpyMuMxwks6jMbpacmZnjFIe8m2xH97s5inmHkzjBVKbpBQQHROP6A61VOrH9FrJRiACZ440"
      + "zFJ1CGlXZau4oJgs9S1YRDI4W2Ha1WIYLpUBEMYXVYyn4swTBj42HqpSmfppOoR2g1d/AjxpFVAkPLrict/nszhTIkEUE39vJh4H"
      + "uytT49ss/cp4KokxBjLz7LmTUEzxJS8dB9714KzOhFRHnpap0onU7Yb+Yz8/21bZL4AEL1d2Jg48jRET1Mrl9GOnWjzo7JxioUsb"
      + "LcOoy8Qcu2L87BQZqHCVpq6TcJKfPgh9t7y1AHvAfoXJdGSwimCZXuR4VEA3NJAHgPOwLypB+dukzseWLdN+e7YOYqyWfjJg4aQm"
      + "Cx+nr866/QlQ4mrEBTkBsDOO5tEsKugIredu+lL6z9QFdmeQpoC+s6JKnV29KHZXNDBZ1gnXOyA6lIBjjFjZqnkwT1ToHwIDAQAB"
      + "MA0GCSqGSIb3DQEBCwUAA4ICAQC8v5BIEooDSe5Kpzwsh9QLK7Ip33v4VHo+q82DRjAXiosFoaJ1dg+hwXOUo5VPSOqWCPNYRHDa"
      + "buX4oiZAGPA9O5lTKQ/PQS4yYIsD9XgeuDllBo3Y/uBwjoFFAD169fYMmZgGQ/PCdFS9nrYduPAIzNnsip+Z+XRKqLwm83H/nKKg"
      + "VvbGprNcivG3c8H42CKQ7aqDkEGuSG9EVRnQOMaI7ILMx/oj33MkuJ/21z4AHj7ads3dUF4syEBo5gWCAiBd+g1E/BkFnn+G+oOY"
      + "o7c12dB+r6rbgrA0Bk+bW0NvU2ApP/LRRGaJD4wW2UoAklL618+CRWNtXdT+WeKIPlrEdC/0yzU5t6sAII+PfvbeWQfL5CssbWhk"
      + "TbJFt3JKTrIMc9cMjNcqeS+bAELuI16d4CZ5TlmZZeMd1WCv6R3YifkR9IogZhix20nPCF1mfo7Q0XAywkx8pPAC4n6uYStU9Yob"
      + "NAGlWXz+YbbJDf9r9au88Gu6xFf3eETKu2tJsQgVYBmXic85+FoV45qBI5YZvqiX9XZtWXw2391fW+NdK01Jc0tqtADubaF6D4nc"
      + "nriufqcz+70O0p7CzPbTMtUsPFxcfqZ6x1KXgP1TgZM++PuYjHEyCFhHQBz9cQlxPdW4alaDYBnnKvLZXDOAXCWVWS6SXa5tkU3n"
      + "k9i0HC1bhg==";

}
