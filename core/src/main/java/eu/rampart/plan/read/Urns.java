package eu.rampart.plan.read;

/**
 * Pulumi URNs: {@code urn:pulumi:<stack>::<project>::<parent types $ separated>$<type>::<name>}.
 * Names may themselves contain {@code ::}, so the name is everything after the fourth separator.
 */
public final class Urns {
  private Urns() {}

  public static boolean looksLikeUrn(String s) {
    return parts(s) != null;
  }

  public static String stack(String urn) {
    String[] p = parts(urn);
    return p == null ? null : p[0].substring("urn:pulumi:".length());
  }

  public static String project(String urn) {
    String[] p = parts(urn);
    return p == null ? null : p[1];
  }

  /** The resource's own type: the last {@code $}-separated element of the qualified type. */
  public static String type(String urn) {
    String[] p = parts(urn);
    if (p == null) return null;
    String q = p[2];
    int dollar = q.lastIndexOf('$');
    return dollar < 0 ? q : q.substring(dollar + 1);
  }

  /**
   * A resource's type, checked against its URN. Pulumi keys every resource by its URN and derives
   * the type from it; a file whose {@code type} says otherwise has been edited or is corrupt, and
   * judging it by either field could pass what the other describes, so it is refused.
   */
  static String checkedType(Fields f, com.fasterxml.jackson.databind.JsonNode r, String urn, String path) {
    String fromUrn = type(urn);
    String declared = f.optText(r, "type", path);
    if (declared != null && !declared.equals(fromUrn)) throw typeContradiction(f, path, declared, urn);
    return fromUrn;
  }

  static InputException typeContradiction(Fields f, String path, String declared, String urn) {
    return f.error(path + ".type", "the type '" + declared + "' contradicts the type in the resource's URN ('" + type(urn)
        + "'): a resource is what its URN says, so the file is refused as edited or corrupt");
  }

  public static String name(String urn) {
    String[] p = parts(urn);
    return p == null ? null : p[3];
  }

  /**
   * The four parts of {@code urn.split("::", 4)}, found with indexOf: String.split compiles a regex
   * for a two-character separator, and this runs several times for every resource the analyzer sees.
   */
  private static String[] parts(String urn) {
    if (urn == null || !urn.startsWith("urn:pulumi:")) return null;
    String[] p = new String[4];
    int from = 0;
    for (int i = 0; i < 3; i++) {
      int sep = urn.indexOf("::", from);
      if (sep < 0) return null;
      p[i] = urn.substring(from, sep);
      from = sep + 2;
    }
    p[3] = urn.substring(from);
    // "urn:pulumi::..." splits its own prefix ("urn:pulumi" + "::"): no stack part, not a URN
    return p[0].startsWith("urn:pulumi:") ? p : null;
  }

  /** The URN part of a provider reference {@code <urn>::<id>}: split at the last {@code ::}. */
  public static String providerUrn(String providerRef) {
    if (providerRef == null || providerRef.isEmpty()) return null;
    int i = providerRef.lastIndexOf("::");
    return i < 0 ? providerRef : providerRef.substring(0, i);
  }

  /** The id part of a provider reference; Pulumi's unknown id in previews stays as written. */
  public static String providerId(String providerRef) {
    if (providerRef == null || providerRef.isEmpty()) return null;
    int i = providerRef.lastIndexOf("::");
    return i < 0 ? null : providerRef.substring(i + 2);
  }
}
