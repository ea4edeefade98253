package eu.rampart.rego.builtins;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;

/**
 * OPA's chain check: the first certificate is the only root, the last is the leaf, the rest are
 * intermediates; the leaf must chain to the root as Go's {@code Certificate.Verify} with default
 * options (server-auth usage, current time) requires. Returns the chain leaf first.
 */
final class CryptoX509Chain {
  private CryptoX509Chain() {}

  static final class Invalid extends Exception {
    Invalid(String why) { super(why, null, false, false); }
  }

  private static final String SERVER_AUTH = "1.3.6.1.5.5.7.3.1";
  private static final String ANY_USAGE = "2.5.29.37.0";
  private static final int MAX_DEPTH = 16;

  static List<X509Certificate> verify(List<X509Certificate> certs, Date now) throws Invalid {
    if (certs.size() < 2) throw new Invalid("must supply at least two certificates to be able to verify");
    X509Certificate root = certs.get(0);
    List<X509Certificate> intermediates = certs.subList(1, certs.size() - 1);
    X509Certificate leaf = certs.get(certs.size() - 1);
    checkTime(leaf, now);
    List<X509Certificate> chain = new ArrayList<>(List.of(leaf));
    if (!extend(chain, root, intermediates, now)) throw new Invalid("x509: certificate signed by unknown authority");
    return chain;
  }

  private static boolean extend(List<X509Certificate> chain, X509Certificate root,
                                List<X509Certificate> intermediates, Date now) {
    X509Certificate current = chain.get(chain.size() - 1);
    if (chain.size() > MAX_DEPTH) return false;
    if (issued(root, current) && caAcceptable(root, chain, now, false)) {
      chain.add(root);
      if (usageAllowed(chain)) return true;
      chain.remove(chain.size() - 1);
    }
    for (X509Certificate candidate : intermediates) {
      if (chain.contains(candidate) || !issued(candidate, current)) continue;
      if (!caAcceptable(candidate, chain, now, true)) continue;
      chain.add(candidate);
      if (extend(chain, root, intermediates, now)) return true;
      chain.remove(chain.size() - 1);
    }
    return false;
  }

  private static boolean issued(X509Certificate issuer, X509Certificate child) {
    if (!Arrays.equals(issuer.getSubjectX500Principal().getEncoded(), child.getIssuerX500Principal().getEncoded())) {
      return false;
    }
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

  /** Every certificate that restricts extended key usage must allow server auth (Go's default). */
  private static boolean usageAllowed(List<X509Certificate> chain) {
    for (X509Certificate c : chain) {
      List<String> usages;
      try {
        usages = c.getExtendedKeyUsage();
      } catch (Exception e) {
        return false;
      }
      if (usages == null || usages.isEmpty()) continue;
      if (!usages.contains(SERVER_AUTH) && !usages.contains(ANY_USAGE)) return false;
    }
    return true;
  }

  private static void checkTime(X509Certificate c, Date now) throws Invalid {
    if (now.before(c.getNotBefore()) || now.after(c.getNotAfter())) {
      throw new Invalid("x509: certificate has expired or is not yet valid");
    }
  }
}
