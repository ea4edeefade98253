package eu.rampart.plan.mock;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * URNs as the engine writes them. The SDK's mock monitor puts the root stack's type in front of
 * its children's types ({@code ...::pulumi:pulumi:Stack$aws:s3/bucketV2:BucketV2::b}); the engine
 * leaves the root stack out ({@code ...::aws:s3/bucketV2:BucketV2::b}), and policies and readers
 * must see the same URNs from a plan as from a preview.
 */
final class Urns {
  private static final String ROOT_PREFIX = "::pulumi:pulumi:Stack$";

  private Urns() {}

  static String normalize(String s) {
    if (s == null || !s.startsWith("urn:pulumi:")) return s;
    int at = s.indexOf(ROOT_PREFIX);
    return at < 0 ? s : s.substring(0, at) + "::" + s.substring(at + ROOT_PREFIX.length());
  }

  static List<String> normalize(List<String> urns) {
    List<String> out = new ArrayList<>(urns.size());
    for (String u : urns) out.add(normalize(u));
    return out;
  }

  /** Every URN inside a plain value (resource references become URN strings). */
  @SuppressWarnings("unchecked")
  static Object normalizeValues(Object v) {
    if (v instanceof String s) return normalize(s);
    if (v instanceof Map<?, ?> m) {
      Map<String, Object> out = new LinkedHashMap<>();
      m.forEach((k, val) -> out.put((String) k, normalizeValues(val)));
      return out;
    }
    if (v instanceof List<?> l) {
      List<Object> out = new ArrayList<>(l.size());
      for (Object item : l) out.add(normalizeValues(item));
      return out;
    }
    return v;
  }
}
