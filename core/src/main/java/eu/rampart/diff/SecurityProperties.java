package eu.rampart.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides which property paths matter to a security reviewer: encryption and keys, region and
 * location, network exposure (ingress/egress, security group and NSG rules, CIDRs, firewalls),
 * public access (ACLs, public access blocks, allowBlobPublicAccess, publicNetworkAccess,
 * publiclyAccessible), TLS, protection against deletion, key rotation, versioning, replication and
 * backups. Matching is by camelCase words of each path segment, so {@code oracle} does not match
 * {@code acl}.
 */
public final class SecurityProperties {
  private SecurityProperties() {}

  /** A segment matches when one of its words starts with one of these. */
  private static final List<String> WORD_PREFIXES = List.of(
      "encrypt", "kms", "sse", "cmk", "region", "location", "ingress", "egress", "cidr", "acl", "acls",
      "public", "tls", "ssl", "https", "firewall", "rotation", "rotate", "versioning", "replication", "replica",
      "backup", "immutab", "mfa");

  /** A segment matches when its lower-case text contains one of these (multi-word concepts). */
  private static final List<String> JOINED = List.of(
      "securitygroup", "securityrule", "keysource", "keyvault", "keyid", "keyarn", "kmskey", "deletionprotection",
      "deletionwindow", "softdelete", "purgeprotection", "networkacl", "networkrule", "ipaddressorrange",
      "objectlock", "copyaction", "minimumtlsversion", "sourceaddressprefix", "destinationportrange",
      "blockpublic", "ignorepublic", "restrictpublic");

  /** Exact segment names that matter (bucket/key policies are JSON documents under "policy"). */
  private static final Set<String> EXACT = Set.of("policy", "protect", "access", "direction", "fromport", "toport", "port");

  /** Types whose every property is about access or protection. */
  private static final List<String> TYPE_WORDS = List.of(
      "securitygroup", "securityrule", "networkacl", "firewall", "publicaccessblock", "bucketacl", "bucketpolicy",
      "encryption", "versioning", "replication", "backup", "kms/key", "keyvault", "ingressrule", "egressrule");

  public static boolean allPropertiesRelevant(String type) {
    String t = type.toLowerCase(Locale.ROOT);
    for (String w : TYPE_WORDS) if (t.contains(w)) return true;
    return false;
  }

  public static boolean isRelevant(String type, String path) {
    if (allPropertiesRelevant(type)) return true;
    for (String segment : segments(path)) {
      String lower = segment.toLowerCase(Locale.ROOT);
      if (EXACT.contains(lower)) return true;
      for (String j : JOINED) if (lower.contains(j)) return true;
      for (String word : words(segment)) {
        for (String p : WORD_PREFIXES) if (word.startsWith(p)) return true;
      }
    }
    return false;
  }

  static List<String> segments(String path) {
    List<String> out = new ArrayList<>();
    for (String s : path.split("[.\\[\\]\"]+")) if (!s.isEmpty() && !s.chars().allMatch(Character::isDigit)) out.add(s);
    return out;
  }

  /** camelCase, snake_case and kebab-case words, lower case. */
  static List<String> words(String segment) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    for (int i = 0; i < segment.length(); i++) {
      char c = segment.charAt(i);
      boolean boundary = Character.isUpperCase(c) && i > 0 && !Character.isUpperCase(segment.charAt(i - 1));
      if (c == '_' || c == '-' || c == ' ' || c == ':' || boundary) {
        if (cur.length() > 0) out.add(cur.toString().toLowerCase(Locale.ROOT));
        cur.setLength(0);
        if (c == '_' || c == '-' || c == ' ' || c == ':') continue;
      }
      cur.append(c);
    }
    if (cur.length() > 0) out.add(cur.toString().toLowerCase(Locale.ROOT));
    return out;
  }
}
