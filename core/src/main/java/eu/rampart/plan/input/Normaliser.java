package eu.rampart.plan.input;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.rampart.plan.read.ResourceState;
import eu.rampart.plan.read.StackSnapshot;
import eu.rampart.plan.read.Urns;
import eu.rampart.plan.secret.SensitiveNames;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Builds the policy input of docs/policy-input.md from a {@link StackSnapshot}. */
public final class Normaliser {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private Normaliser() {}

  public static PolicyInput normalise(StackSnapshot snapshot) {
    return normalise(snapshot, null);
  }

  /** @param environment the {@code input.environment} object, or null to leave it out */
  public static PolicyInput normalise(StackSnapshot snapshot, JsonNode environment) {
    Map<String, DecodedProperties> props = new LinkedHashMap<>();
    Map<String, JsonNode> valuesByUrn = new HashMap<>();
    for (ResourceState r : snapshot.resources()) {
      DecodedProperties d = MergedProperties.of(r);
      props.put(r.urn(), d);
      valuesByUrn.put(r.urn(), d.values());
    }
    RegionResolver regions = new RegionResolver(snapshot, valuesByUrn);
    Map<String, ResourceState> byUrn = new HashMap<>();
    for (ResourceState r : snapshot.resources()) byUrn.putIfAbsent(r.urn(), r);

    ObjectNode root = NODES.objectNode();
    root.set("stack", stack(snapshot));
    if (environment != null && !environment.isNull()) root.set("environment", environment);
    ArrayNode resources = root.putArray("resources");
    Map<String, Set<String>> secretPaths = new LinkedHashMap<>();
    for (ResourceState r : snapshot.resources()) {
      DecodedProperties d = props.get(r.urn());
      ObjectNode o = resources.addObject();
      o.put("urn", r.urn());
      o.put("type", r.type());
      o.put("name", r.name());
      o.put("custom", r.custom());
      o.put("cloud", Clouds.cloudOf(r.type()));
      RegionResolver.Resolution region = regions.resolve(r);
      o.put("region", region.region());
      o.put("region_source", region.source());
      o.set("provider", provider(r, regions, byUrn));
      o.put("parent", r.parent());
      ArrayNode deps = o.putArray("dependencies");
      r.dependencies().forEach(deps::add);
      o.set("properties", d.values());
      ArrayNode unknowns = o.putArray("unknowns");
      d.unknownPaths().forEach(unknowns::add);
      o.put("protect", r.protect());
      o.put("retain_on_delete", r.retainOnDelete());
      Set<String> secrets = new java.util.TreeSet<>(d.secretPaths());
      if (r.op() != null) o.put("op", r.op());
      if (r.old() != null) {
        DecodedProperties old = MergedProperties.of(r.old());
        o.set("old", old.values());
        secrets.addAll(old.secretPaths());
      }
      if (!secrets.isEmpty()) secretPaths.put(r.urn(), Set.copyOf(secrets));
    }
    return new PolicyInput(snapshot, root, secretPaths);
  }

  private static ObjectNode stack(StackSnapshot s) {
    ObjectNode o = NODES.objectNode();
    o.put("name", s.stack());
    o.put("project", s.project());
    if (s.environment() != null) o.put("environment", s.environment());
    o.put("source", s.format().source());
    if (s.file() != null) o.put("file", s.file().toString());
    ObjectNode config = o.putObject("config");
    s.config().forEach((k, v) -> config.put(k, v != null && SensitiveNames.isSensitiveConfigKey(k) ? PulumiValues.SECRET : v));
    return o;
  }

  private static JsonNode provider(ResourceState r, RegionResolver regions, Map<String, ResourceState> byUrn) {
    String urn = Urns.providerUrn(r.provider());
    if (urn == null) return NODES.nullNode();
    ObjectNode p = NODES.objectNode();
    p.put("urn", urn);
    p.put("type", Urns.type(urn));
    p.put("name", Urns.name(urn));
    ResourceState pr = byUrn.get(urn);
    p.put("region", pr == null ? null : regions.resolve(pr).region());
    return p;
  }
}
