package eu.rampart.plan.input;

import static eu.rampart.plan.input.PulumiValues.*;

import com.fasterxml.jackson.databind.JsonNode;
import eu.rampart.plan.read.ResourceState;
import eu.rampart.plan.read.StackSnapshot;
import eu.rampart.plan.read.Urns;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves each resource's region in the documented order: its own {@code region}/{@code location},
 * its explicit provider's, the stack config ({@code aws:region}, {@code azure-native:location}),
 * then (Azure) its resource group's location.
 */
final class RegionResolver {
  /** A resolved region; {@code region} is null when unknown. */
  record Resolution(String region, String source) {
    static final Resolution UNKNOWN_REGION = new Resolution(null, "unknown");
  }

  private final StackSnapshot snapshot;
  private final Map<String, JsonNode> propertiesByUrn;
  private final Map<String, String> resourceGroupLocations = new HashMap<>();

  RegionResolver(StackSnapshot snapshot, Map<String, JsonNode> propertiesByUrn) {
    this.snapshot = snapshot;
    this.propertiesByUrn = propertiesByUrn;
    for (ResourceState r : snapshot.resources()) {
      if (!isResourceGroup(r.type())) continue;
      JsonNode p = propertiesByUrn.get(r.urn());
      String loc = known(p, "location");
      if (loc == null) continue;
      for (String nameKey : List.of("resourceGroupName", "name")) {
        String n = known(p, nameKey);
        if (n != null) resourceGroupLocations.putIfAbsent(n.toLowerCase(java.util.Locale.ROOT), loc);
      }
    }
  }

  Resolution resolve(ResourceState r) {
    if (r.declaredRegionSource() != null) {
      return new Resolution(r.declaredRegion(), r.declaredRegion() == null ? "unknown" : r.declaredRegionSource());
    }
    JsonNode own = propertiesByUrn.get(r.urn());
    Resolution mine = ownRegion(own);
    if (mine != null) return mine.region() == null ? Resolution.UNKNOWN_REGION : new Resolution(mine.region(), "input");
    String providerUrn = Urns.providerUrn(r.provider());
    if (providerUrn != null) {
      Resolution p = ownRegion(propertiesByUrn.get(providerUrn));
      if (p != null) return p.region() == null ? Resolution.UNKNOWN_REGION : new Resolution(p.region(), "provider");
    }
    String configured = stackConfigRegion(r.type());
    if (configured != null) return new Resolution(configured, "stack-config");
    if (Clouds.cloudOf(r.type()).equals("azure")) {
      String rg = known(own, "resourceGroupName");
      if (rg != null) {
        String loc = resourceGroupLocations.get(rg.toLowerCase(java.util.Locale.ROOT));
        if (loc != null) return new Resolution(loc, "resource-group");
      }
    }
    return Resolution.UNKNOWN_REGION;
  }

  /** Null when the properties say nothing about region; a null region when they say "unknown until apply". */
  private static Resolution ownRegion(JsonNode p) {
    if (p == null) return null;
    for (String key : List.of("region", "location")) {
      JsonNode v = p.get(key);
      if (v == null || v.isNull() || !v.isTextual() || v.textValue().isEmpty()) continue;
      String s = v.textValue();
      if (s.equals(UNKNOWN) || s.equals(SECRET)) return Resolution.UNKNOWN_REGION;
      return new Resolution(s, "input");
    }
    return null;
  }

  private String stackConfigRegion(String type) {
    String pkg = Clouds.packageOf(type);
    List<String> keys = switch (Clouds.cloudOf(type)) {
      case "aws" -> pkg.equals("aws-native") ? List.of("aws-native:region", "aws:region") : List.of("aws:region");
      case "azure" -> pkg.equals("azure") ? List.of("azure:location", "azure-native:location") : List.of("azure-native:location");
      default -> List.of();
    };
    for (String k : keys) {
      String v = snapshot.config().get(k);
      if (v != null && !v.isEmpty() && !v.equals(SECRET) && !v.equals(UNKNOWN)) return v;
    }
    return null;
  }

  private static String known(JsonNode p, String key) {
    if (p == null) return null;
    JsonNode v = p.get(key);
    if (v == null || !v.isTextual()) return null;
    String s = v.textValue();
    return s.isEmpty() || s.equals(UNKNOWN) || s.equals(SECRET) ? null : s;
  }

  static boolean isResourceGroup(String type) {
    return type.equals("azure-native:resources:ResourceGroup") || type.equals("azure:core/resourceGroup:ResourceGroup")
        || (type.startsWith("azure-native:resources/") && type.endsWith(":ResourceGroup"));
  }
}
