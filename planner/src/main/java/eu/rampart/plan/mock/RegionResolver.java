package eu.rampart.plan.mock;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves where each resource lives, in the order of the policy input contract: the resource's
 * own {@code region}/{@code location} input, its explicit provider's, the stack config, its Azure
 * resource group's location; otherwise unknown (which a residency rule must report, not pass).
 */
final class RegionResolver {
  enum Source {
    INPUT("input"), PROVIDER("provider"), STACK_CONFIG("stack-config"), RESOURCE_GROUP("resource-group"),
    CHILDREN("children"), UNKNOWN("unknown");
    final String text;
    Source(String text) { this.text = text; }
  }

  record Region(String value, Source source) {}

  private static final Region UNKNOWN = new Region(null, Source.UNKNOWN);

  private final Map<String, CapturedResource> byUrn = new HashMap<>();
  private final Map<String, List<CapturedResource>> childrenByParent = new HashMap<>();
  private final Map<String, CapturedResource> resourceGroupsByName = new HashMap<>();
  private final Map<String, String> stackConfig;

  RegionResolver(List<CapturedResource> resources, Map<String, String> stackConfig) {
    this.stackConfig = stackConfig;
    for (CapturedResource r : resources) {
      byUrn.put(r.urn(), r);
      if (r.parent() != null) childrenByParent.computeIfAbsent(r.parent(), k -> new java.util.ArrayList<>()).add(r);
      if (r.type().equals("azure-native:resources:ResourceGroup")) {
        String name = r.stringOutput("name") != null ? r.stringOutput("name") : r.stringInput("resourceGroupName");
        if (name != null) resourceGroupsByName.put(name, r);
      }
    }
  }

  Region resolve(CapturedResource r) {
    String own = ownRegion(r);
    if (own != null) return new Region(own, Source.INPUT);
    if (r.provider() != null) {
      String viaProvider = providerRegion(r.provider());
      if (viaProvider != null) return new Region(viaProvider, Source.PROVIDER);
    } else if (!r.custom()) {
      // a component has no provider of its own; the providers handed to it say where its children go
      for (String ref : r.providers().values()) {
        String viaProvider = providerRegion(ref);
        if (viaProvider != null) return new Region(viaProvider, Source.PROVIDER);
      }
      return fromChildren(r);
    }
    String configKey = configKeyFor(r.type());
    if (configKey != null && stackConfig.get(configKey) != null && !stackConfig.get(configKey).isEmpty()) {
      return new Region(stackConfig.get(configKey), Source.STACK_CONFIG);
    }
    String rgName = r.stringInput("resourceGroupName");
    if (rgName != null && resourceGroupsByName.containsKey(rgName)) {
      String rgRegion = ownRegion(resourceGroupsByName.get(rgName));
      if (rgRegion != null) return new Region(rgRegion, Source.RESOURCE_GROUP);
    }
    return UNKNOWN;
  }

  /**
   * A component (or the stack) lives where its cloud resources live: their one region when they
   * agree; when they span regions (a bucket and its replica), the stack's default region for their
   * cloud, which is where the component's primary resources are placed.
   */
  private Region fromChildren(CapturedResource component) {
    java.util.Set<String> regions = new java.util.TreeSet<>();
    java.util.Set<String> configKeys = new java.util.TreeSet<>();
    java.util.ArrayDeque<CapturedResource> todo = new java.util.ArrayDeque<>(childrenByParent.getOrDefault(component.urn(), List.of()));
    while (!todo.isEmpty()) {
      CapturedResource c = todo.pop();
      if (c.custom() && !c.type().startsWith("pulumi:providers:")) {
        Region region = resolve(c);
        if (region.value() != null) regions.add(region.value());
        String key = configKeyFor(c.type());
        if (key != null) configKeys.add(key);
      }
      todo.addAll(childrenByParent.getOrDefault(c.urn(), List.of()));
    }
    if (regions.size() == 1) return new Region(regions.iterator().next(), Source.CHILDREN);
    if (configKeys.size() == 1) {
      String configured = stackConfig.get(configKeys.iterator().next());
      if (configured != null && !configured.isEmpty() && regions.contains(configured)) return new Region(configured, Source.STACK_CONFIG);
    }
    return UNKNOWN;
  }

  private String providerRegion(String ref) {
    int at = ref.lastIndexOf("::");
    CapturedResource provider = byUrn.get(at < 0 ? ref : ref.substring(0, at));
    return provider == null ? null : ownRegion(provider);
  }

  private static String ownRegion(CapturedResource r) {
    String region = r.stringInput("region");
    return region != null ? region : r.stringInput("location");
  }

  /** The stack config key that sets the default region of a resource's package. */
  static String configKeyFor(String type) {
    String pkg = type.startsWith("pulumi:providers:") ? type.substring("pulumi:providers:".length()) : type.split(":")[0];
    return switch (pkg) {
      case "aws" -> "aws:region";
      case "azure-native" -> "azure-native:location";
      case "azure" -> "azure:location";
      case "gcp" -> "gcp:region";
      default -> null;
    };
  }
}
