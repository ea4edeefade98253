package eu.rampart.rego.builtins;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * OPA's chain check: the first certificate is the only root, the last is the leaf, the rest are
 * intermediates; the leaf must chain to the root as Go's {@code Certificate.Verify} requires
 * (validity at the given time, CA and path-length constraints, requested extended key usages,
 * host name, no SHA-1/MD5/DSA signatures, no unhandled critical extension on the leaf).
 * Returns the chain leaf first. Name constraints are not evaluated, so a chain through a
 * constrained CA is an error rather than a possibly wrong verdict.
 */
final class CryptoX509Chain {
  private CryptoX509Chain() {}

  static final class Invalid extends Exception {
    Invalid(String why) { super(why, null, false, false); }
  }

  static final String SERVER_AUTH = "1.3.6.1.5.5.7.3.1";
  static final String ANY_USAGE = "2.5.29.37.0";
  private static final String NAME_CONSTRAINTS = "2.5.29.30";
  private static final int MAX_DEPTH = 16;
  // Go refuses to verify signatures made with these (MD2, MD5, SHA-1 with RSA/ECDSA/DSA, DSA-SHA256).
  private static final Set<String> INSECURE_SIGNATURES = Set.of(
      "1.2.840.113549.1.1.2", "1.2.840.113549.1.1.4", "1.2.840.113549.1.1.5", "1.2.840.10045.4.1",
      "1.2.840.10040.4.3", "2.16.840.1.101.3.4.3.2");
  // Critical extensions Go's parser handles; any other critical extension fails verification.
  private static final Set<String> HANDLED_CRITICAL = Set.of(
      "2.5.29.15", "2.5.29.19", "2.5.29.17", NAME_CONSTRAINTS, "2.5.29.31", "2.5.29.35", "2.5.29.37",
      "2.5.29.14", "2.5.29.32");

  /** x509.VerifyOptions as OPA fills them; an empty {@code keyUsages} means server auth. */
  record Options(String dnsName, Date currentTime, Set<String> keyUsages) {}

  static List<X509Certificate> verify(List<X509Certificate> certs, Options options) throws Invalid {
    if (certs.size() < 2) throw new Invalid("must supply at least two certificates to be able to verify");
    X509Certificate root = certs.get(0);
    List<X509Certificate> intermediates = certs.subList(1, certs.size() - 1);
    X509Certificate leaf = certs.get(certs.size() - 1);
    checkTime(leaf, options.currentTime());
    // Go checks unhandled critical extensions on the leaf only.
    if (hasUnhandledCritical(leaf)) throw new Invalid("x509: unhandled critical extension");
    if (!options.dnsName().isEmpty()) CryptoX509Hostname.verify(leaf, options.dnsName());
    Set<String> usages = options.keyUsages().isEmpty() ? Set.of(SERVER_AUTH) : options.keyUsages();
    List<X509Certificate> chain = new ArrayList<>(List.of(leaf));
    if (!extend(chain, root, intermediates, options.currentTime(), usages)) {
      throw new Invalid("x509: certificate signed by unknown authority");
    }
    for (X509Certificate c : chain.subList(1, chain.size())) {
      if (c.getExtensionValue(NAME_CONSTRAINTS) != null) {
        throw new BuiltinError("x509: name constraints of \"" + c.getSubjectX500Principal().getName()
            + "\" cannot be evaluated by this engine");
      }
    }
    return chain;
  }

  private static boolean extend(List<X509Certificate> chain, X509Certificate root,
                                List<X509Certificate> intermediates, Date now, Set<String> usages) {
    X509Certificate current = chain.get(chain.size() - 1);
    if (chain.size() > MAX_DEPTH) return false;
    if (issued(root, current) && caAcceptable(root, chain, now, false)) {
      chain.add(root);
      if (usageAllowed(chain, usages)) return true;
      chain.remove(chain.size() - 1);
    }
    for (X509Certificate candidate : intermediates) {
      if (chain.contains(candidate) || !issued(candidate, current)) continue;
      if (!caAcceptable(candidate, chain, now, true)) continue;
      chain.add(candidate);
      if (extend(chain, root, intermediates, now, usages)) return true;
      chain.remove(chain.size() - 1);
    }
    return false;
  }

  private static boolean hasUnhandledCritical(X509Certificate c) {
    Set<String> critical = c.getCriticalExtensionOIDs();
    if (critical == null) return false;
    for (String oid : critical) if (!HANDLED_CRITICAL.contains(oid)) return true;
    return false;
  }

  private static boolean issued(X509Certificate issuer, X509Certificate child) {
    if (!Arrays.equals(issuer.getSubjectX500Principal().getEncoded(), child.getIssuerX500Principal().getEncoded())) {
      return false;
    }
    if (INSECURE_SIGNATURES.contains(child.getSigAlgOID())) return false;
    try {
      child.verify(issuer.getPublicKey());
      return true;
    } catch (Exception e) {
      return false;
    }
  }

  /** Go's isValid for CA certificates: in validity, intermediates must be CAs, path length respected. */
  private static boolean caAcceptable(X509Certificate ca, List<X509Certificate> chainBelow, Date now, boolean intermediate) {
    try {
      checkTime(ca, now);
    } catch (Invalid e) {
      return false;
    }
    int pathLen = ca.getBasicConstraints();
    if (intermediate && pathLen < 0) return false;
    int intermediatesBelow = chainBelow.size() - 1;
    return pathLen < 0 || intermediatesBelow <= pathLen;
  }

  /**
   * Go's checkChainForKeyUsage: certificates that restrict extended key usage narrow the
   * requested usages; the chain is acceptable while at least one remains. "Any" disables the check.
   */
  private static boolean usageAllowed(List<X509Certificate> chain, Set<String> requested) {
    if (requested.contains(ANY_USAGE)) return true;
    Set<String> remaining = new HashSet<>(requested);
    for (X509Certificate c : chain) {
      List<String> usages;
      try {
        usages = c.getExtendedKeyUsage();
      } catch (Exception e) {
        return false;
      }
      if (usages == null || usages.isEmpty() || usages.contains(ANY_USAGE)) continue;
      remaining.retainAll(usages);
      if (remaining.isEmpty()) return false;
    }
    return true;
  }

  private static void checkTime(X509Certificate c, Date now) throws Invalid {
    if (now.before(c.getNotBefore()) || now.after(c.getNotAfter())) {
      throw new Invalid("x509: certificate has expired or is not yet valid");
    }
  }
}
