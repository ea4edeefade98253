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
 * Resolves each resource's region in the documented order (docs/policy-input.md): its own
 * {@code region}/{@code location}, its explicit provider's, the stack config ({@code aws:region},
 * {@code azure-native:location}), then (Azure) its resource group's location. The one resolver of
 * rampart: the readers use it, and the planner writes its answers into plans ({@link #forPlan}).
 */
public final class RegionResolver {
  /** A resolved region; {@code region} is null when unknown. */
  public record Resolution(String region, String source) {
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

  /**
   * Every resource's region as a plan records it: as {@link #resolve}, and for components and the
   * stack (which have no region of their own) the one region of their cloud resources; when those
   * span regions (a bucket and its replica), the stack's default region for their cloud if some of
   * them live there (source {@code stack-config}). A region or location counts only as an input:
   * a plan's outputs are partly synthesised by the planner. Keyed by URN.
   */
  public static Map<String, Resolution> forPlan(StackSnapshot snapshot) {
    // a region is what the program said (its inputs), not what the planner synthesised as an
    // output; names (of resource groups) may come from outputs
    Map<String, JsonNode> values = new HashMap<>();
    for (ResourceState r : snapshot.resources()) {
      com.fasterxml.jackson.databind.node.ObjectNode merged = MergedProperties.of(r).values();
      JsonNode inputs = PropertyDecoder.decode(r.type(), r.inputs()).values();
      for (String key : List.of("region", "location")) {
        if (inputs.has(key)) merged.set(key, inputs.get(key));
        else merged.remove(key);
      }
      values.put(r.urn(), merged);
    }
    RegionResolver resolver = new RegionResolver(snapshot, values);
    Map<String, List<ResourceState>> children = new HashMap<>();
    for (ResourceState r : snapshot.resources()) {
      if (r.parent() != null) children.computeIfAbsent(r.parent(), k -> new java.util.ArrayList<>()).add(r);
    }
    Map<String, Resolution> out = new java.util.LinkedHashMap<>();
    for (ResourceState r : snapshot.resources()) {
      Resolution own = resolver.resolve(r);
      if (own.region() == null && !r.custom()) own = resolver.fromChildren(r, children);
      out.put(r.urn(), own);
    }
    return out;
  }

  private Resolution fromChildren(ResourceState component, Map<String, List<ResourceState>> children) {
    java.util.Set<String> regions = new java.util.TreeSet<>();
    java.util.Set<String> configKeys = new java.util.TreeSet<>();
    java.util.ArrayDeque<ResourceState> todo = new java.util.ArrayDeque<>(children.getOrDefault(component.urn(), List.of()));
    while (!todo.isEmpty()) {
      ResourceState c = todo.pop();
      if (c.custom() && !c.isProvider()) {
        Resolution region = resolve(c);
        if (region.region() != null) regions.add(region.region());
        List<String> keys = configKeys(c.type());
        if (!keys.isEmpty()) configKeys.add(keys.get(0));
      }
      todo.addAll(children.getOrDefault(c.urn(), List.of()));
    }
    if (regions.size() == 1) return new Resolution(regions.iterator().next(), "children");
    if (configKeys.size() == 1) {
      String configured = snapshot.config().get(configKeys.iterator().next());
      if (configured != null && regions.contains(configured)) return new Resolution(configured, "stack-config");
    }
    return Resolution.UNKNOWN_REGION;
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

  /** The stack config keys that set the default region of a type's package, most specific first. */
  private static List<String> configKeys(String type) {
    String pkg = Clouds.packageOf(type);
    return switch (Clouds.cloudOf(type)) {
      case "aws" -> pkg.equals("aws-native") ? List.of("aws-native:region", "aws:region") : List.of("aws:region");
      case "azure" -> pkg.equals("azure") ? List.of("azure:location", "azure-native:location") : List.of("azure-native:location");
      default -> List.of();
    };
  }

  private String stackConfigRegion(String type) {
    for (String k : configKeys(type)) {
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
