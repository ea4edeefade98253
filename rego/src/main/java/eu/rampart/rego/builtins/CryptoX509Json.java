package eu.rampart.rego.builtins;

import eu.rampart.rego.builtins.CryptoX509Der.Malformed;
import eu.rampart.rego.builtins.CryptoX509Der.Tlv;
import eu.rampart.rego.value.BooleanValue;
import eu.rampart.rego.value.NullValue;
import eu.rampart.rego.value.NumberValue;
import eu.rampart.rego.value.ObjectValue;
import eu.rampart.rego.value.StringValue;
import eu.rampart.rego.value.Value;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;

/**
 * Go's {@code x509.Certificate} and {@code x509.CertificateRequest} as encoding/json writes them
 * (what OPA returns), built from the DER so raw fields are byte-exact. OPA adds URIStrings to
 * certificates.
 */
final class CryptoX509Json {
  private CryptoX509Json() {}

  static ObjectValue certificate(X509Certificate cert, boolean withUriStrings) throws Malformed {
    byte[] der;
    try {
      der = cert.getEncoded();
    } catch (java.security.cert.CertificateEncodingException e) {
      throw new Malformed("certificate");
    }
    List<Tlv> top = CryptoX509Der.readWhole(der).children();
    if (top.size() != 3) throw new Malformed("certificate");
    Tlv tbs = top.get(0);
    List<Tlv> t = tbs.children();
    int i = 0;
    if (t.get(0).isContext(0)) i++;
    Tlv serial = t.get(i);
    Tlv issuer = t.get(i + 2);
    Tlv subject = t.get(i + 4);
    Tlv spki = t.get(i + 5);
    CryptoX509Extensions.Fields f = new CryptoX509Extensions.Fields();
    for (int j = i + 6; j < t.size(); j++) {
      if (t.get(j).isContext(3)) CryptoX509Extensions.read(t.get(j).children().get(0), f);
    }
    int publicKeyAlgorithm = CryptoX509Algorithms.publicKeyAlgorithm(spki);
    ObjectValue.Builder b = ObjectValue.builder()
        .put("Raw", b64(der)).put("RawTBSCertificate", b64(tbs.encoded()))
        .put("RawSubjectPublicKeyInfo", b64(spki.encoded())).put("RawSubject", b64(subject.encoded()))
        .put("RawIssuer", b64(issuer.encoded())).put("Signature", b64(top.get(2).bits()))
        .put("SignatureAlgorithm", NumberValue.of(CryptoX509Algorithms.signatureAlgorithm(top.get(1))))
        .put("PublicKeyAlgorithm", NumberValue.of(publicKeyAlgorithm))
        .put("PublicKey", CryptoX509Algorithms.publicKey(spki, publicKeyAlgorithm))
        .put("Version", NumberValue.of(cert.getVersion()))
        .put("SerialNumber", NumberValue.of(serial.integer()))
        .put("Issuer", CryptoX509Names.name(issuer)).put("Subject", CryptoX509Names.name(subject))
        .put("NotBefore", StringValue.of(cert.getNotBefore().toInstant().toString()))
        .put("NotAfter", StringValue.of(cert.getNotAfter().toInstant().toString()))
        .put("KeyUsage", NumberValue.of(f.keyUsage))
        .put("Extensions", CryptoX509Names.listOrNull(f.extensions))
        .put("ExtraExtensions", NullValue.NULL)
        .put("UnhandledCriticalExtensions", CryptoX509Names.listOrNull(f.unhandledCritical))
        .put("ExtKeyUsage", CryptoX509Names.listOrNull(f.extKeyUsage))
        .put("UnknownExtKeyUsage", CryptoX509Names.listOrNull(f.unknownExtKeyUsage))
        .put("BasicConstraintsValid", BooleanValue.of(f.basicConstraintsValid))
        .put("IsCA", BooleanValue.of(f.isCa))
        .put("MaxPathLen", NumberValue.of(f.maxPathLen))
        .put("MaxPathLenZero", BooleanValue.of(f.basicConstraintsValid && f.maxPathLen == 0))
        .put("SubjectKeyId", f.subjectKeyId).put("AuthorityKeyId", f.authorityKeyId)
        .put("OCSPServer", CryptoX509Names.listOrNull(f.ocspServer))
        .put("IssuingCertificateURL", CryptoX509Names.listOrNull(f.issuingCertificateUrl))
        .put("DNSNames", CryptoX509Names.listOrNull(f.dnsNames))
        .put("EmailAddresses", CryptoX509Names.listOrNull(f.emailAddresses))
        .put("IPAddresses", CryptoX509Names.listOrNull(f.ipAddresses))
        .put("URIs", CryptoX509Names.listOrNull(f.uris))
        .put("PermittedDNSDomainsCritical", BooleanValue.of(f.permittedDnsDomainsCritical))
        .put("PermittedDNSDomains", CryptoX509Names.listOrNull(f.permitted.dnsDomains))
        .put("ExcludedDNSDomains", CryptoX509Names.listOrNull(f.excluded.dnsDomains))
        .put("PermittedIPRanges", CryptoX509Names.listOrNull(f.permitted.ipRanges))
        .put("ExcludedIPRanges", CryptoX509Names.listOrNull(f.excluded.ipRanges))
        .put("PermittedEmailAddresses", CryptoX509Names.listOrNull(f.permitted.emailAddresses))
        .put("ExcludedEmailAddresses", CryptoX509Names.listOrNull(f.excluded.emailAddresses))
        .put("PermittedURIDomains", CryptoX509Names.listOrNull(f.permitted.uriDomains))
        .put("ExcludedURIDomains", CryptoX509Names.listOrNull(f.excluded.uriDomains))
        .put("CRLDistributionPoints", CryptoX509Names.listOrNull(f.crlDistributionPoints))
        .put("PolicyIdentifiers", CryptoX509Names.listOrNull(f.policyIdentifiers))
        .put("Policies", CryptoX509Names.listOrNull(f.policies));
    if (withUriStrings) b.put("URIStrings", CryptoX509Names.listOrNull(f.uriStrings));
    return b.build();
  }

  /** x509.CertificateRequest: parsed from PKCS#10 DER; Go does not check the signature when parsing. */
  static ObjectValue certificateRequest(byte[] der) throws Malformed {
    List<Tlv> top = CryptoX509Der.readWhole(der).children();
    if (top.size() != 3) throw new Malformed("certificate request");
    Tlv info = top.get(0);
    List<Tlv> parts = info.children();
    if (parts.size() < 3) throw new Malformed("certificate request");
    Tlv subject = parts.get(1);
    Tlv spki = parts.get(2);
    CryptoX509Extensions.Fields f = new CryptoX509Extensions.Fields();
    java.util.List<Value> attributes = new java.util.ArrayList<>();
    if (parts.size() > 3 && parts.get(3).isContext(0)) {
      for (Tlv attribute : parts.get(3).children()) {
        List<Tlv> a = attribute.children();
        int[] oid = a.get(0).oid();
        if (CryptoX509Der.dotted(oid).equals("1.2.840.113549.1.9.14")) {
          for (Tlv set : a.get(1).children()) CryptoX509Extensions.read(set, f);
        }
        Value values = attributeValues(a.get(1));
        if (values != null) {
          attributes.add(ObjectValue.builder().put("Type", CryptoX509Names.oidArray(oid)).put("Value", values).build());
        }
      }
    }
    int publicKeyAlgorithm = CryptoX509Algorithms.publicKeyAlgorithm(spki);
    return ObjectValue.builder()
        .put("Raw", b64(der)).put("RawTBSCertificateRequest", b64(info.encoded()))
        .put("RawSubjectPublicKeyInfo", b64(spki.encoded())).put("RawSubject", b64(subject.encoded()))
        .put("Version", NumberValue.of(parts.get(0).integer()))
        .put("Signature", b64(top.get(2).bits()))
        .put("SignatureAlgorithm", NumberValue.of(CryptoX509Algorithms.signatureAlgorithm(top.get(1))))
        .put("PublicKeyAlgorithm", NumberValue.of(publicKeyAlgorithm))
        .put("PublicKey", CryptoX509Algorithms.publicKey(spki, publicKeyAlgorithm))
        .put("Subject", CryptoX509Names.name(subject))
        .put("Attributes", CryptoX509Names.listOrNull(attributes))
        .put("Extensions", CryptoX509Names.listOrNull(f.extensions))
        .put("ExtraExtensions", NullValue.NULL)
        .put("DNSNames", CryptoX509Names.listOrNull(f.dnsNames))
        .put("EmailAddresses", CryptoX509Names.listOrNull(f.emailAddresses))
        .put("IPAddresses", CryptoX509Names.listOrNull(f.ipAddresses))
        .put("URIs", CryptoX509Names.listOrNull(f.uris))
        .build();
  }

  /**
   * The deprecated CertificateRequest.Attributes: Go decodes each attribute's SET OF SEQUENCE OF
   * (type, value) pairs and silently drops attributes of any other shape, e.g. extension
   * requests that carry a critical flag.
   */
  private static Value attributeValues(Tlv set) throws Malformed {
    List<Value> outer = new java.util.ArrayList<>();
    for (Tlv seq : set.children()) {
      if (seq.tag() != CryptoX509Der.SEQUENCE) return null;
      List<Value> inner = new java.util.ArrayList<>();
      for (Tlv pair : seq.children()) {
        if (pair.tag() != CryptoX509Der.SEQUENCE) return null;
        List<Tlv> tv = pair.children();
        if (tv.size() != 2 || tv.get(0).tag() != CryptoX509Der.OID) return null;
        inner.add(ObjectValue.builder().put("Type", CryptoX509Names.oidArray(tv.get(0).oid()))
            .put("Value", CryptoX509Names.attributeValue(tv.get(1))).build());
      }
      outer.add(eu.rampart.rego.value.ArrayValue.of(inner));
    }
    return eu.rampart.rego.value.ArrayValue.of(outer);
  }

  static StringValue b64(byte[] b) { return StringValue.of(Base64.getEncoder().encodeToString(b)); }
}
