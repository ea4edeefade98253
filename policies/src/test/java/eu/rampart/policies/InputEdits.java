package eu.rampart.policies;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Edits of a normalised policy input (docs/policy-input.md) used by the mutation tests: find
 * resources by type, tag or join, change properties, add and remove resources. Every lookup that
 * finds nothing throws, so a mutation can never silently become a no-op.
 */
final class InputEdits {
  static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final ObjectNode input;

  InputEdits(ObjectNode input) { this.input = input; }

  ObjectNode input() { return input; }

  ArrayNode resources() { return (ArrayNode) input.get("resources"); }

  List<ObjectNode> all(Predicate<ObjectNode> p) {
    List<ObjectNode> out = new ArrayList<>();
    for (JsonNode r : resources()) if (p.test((ObjectNode) r)) out.add((ObjectNode) r);
    return out;
  }

  List<ObjectNode> ofType(String type) { return all(r -> type.equals(r.path("type").asText())); }

  ObjectNode first(String type) { return first(type, r -> true, "any"); }

  ObjectNode first(String type, Predicate<ObjectNode> p, String what) {
    return ofType(type).stream().filter(p).findFirst().orElseThrow(() ->
        new AssertionError("the plan has no " + type + " (" + what + ") to mutate; resources: " + types()));
  }

  List<String> types() {
    return all(r -> true).stream().map(r -> r.path("type").asText()).distinct().sorted().toList();
  }

  static ObjectNode props(ObjectNode r) {
    JsonNode p = r.get("properties");
    if (p == null || !p.isObject()) {
      p = NODES.objectNode();
      r.set("properties", p);
    }
    return (ObjectNode) p;
  }

  static String tag(ObjectNode r, String key) {
    JsonNode t = props(r).path("tags").path(key);
    return t.isTextual() ? t.asText() : null;
  }

  /** The strings that identify a resource when another one refers to it. */
  static Set<String> identities(ObjectNode r) {
    Set<String> ids = new java.util.HashSet<>();
    ids.add(r.path("urn").asText());
    for (String k : List.of("id", "arn", "bucket", "name")) {
      JsonNode v = props(r).get(k);
      if (v != null && v.isTextual() && !v.asText().isEmpty()) ids.add(v.asText());
    }
    return ids;
  }

  /** s refers to t through property key (by id/name/ARN), or depends on t. */
  static boolean joined(ObjectNode s, String key, ObjectNode t) {
    JsonNode v = props(s).get(key);
    Set<String> ids = identities(t);
    if (v != null && v.isTextual() && ids.contains(v.asText())) return true;
    if (v != null && v.isArray()) for (JsonNode x : v) if (x.isTextual() && ids.contains(x.asText())) return true;
    for (JsonNode d : s.path("dependencies")) if (d.asText().equals(t.path("urn").asText())) return true;
    return false;
  }

  void remove(Predicate<ObjectNode> p, String what) {
    int before = resources().size();
    ArrayNode kept = NODES.arrayNode();
    for (JsonNode r : resources()) if (!p.test((ObjectNode) r)) kept.add(r);
    if (kept.size() == before) throw new AssertionError("nothing to remove: " + what + "; resources: " + types());
    input.set("resources", kept);
  }

  void removeType(String type) { remove(r -> type.equals(r.path("type").asText()), type); }

  /** Adds a custom resource of the given cloud/region with the ownership tags of the environment. */
  ObjectNode add(String type, String name, String cloud, String region, Map<String, Object> properties, List<ObjectNode> dependsOn) {
    ObjectNode r = NODES.objectNode();
    String stack = input.path("stack").path("name").asText("prod");
    String project = input.path("stack").path("project").asText("project");
    r.put("urn", "urn:pulumi:" + stack + "::" + project + "::" + type + "::" + name);
    r.put("type", type);
    r.put("name", name);
    r.put("custom", true);
    r.put("cloud", cloud);
    r.put("region", region);
    r.put("region_source", "stack-config");
    r.putNull("parent");
    ArrayNode deps = r.putArray("dependencies");
    for (ObjectNode d : dependsOn) deps.add(d.path("urn").asText());
    r.set("properties", Json.MAPPER.valueToTree(properties));
    r.putArray("unknowns");
    r.put("protect", false);
    resources().add(r);
    return r;
  }

  Map<String, String> ownershipTags() {
    return Map.of("environment", input.path("environment").path("name").asText("prod"), "owner", "platform-team",
        "data-classification", "internal");
  }

  static final class Json {
    static final com.fasterxml.jackson.databind.ObjectMapper MAPPER = new com.fasterxml.jackson.databind.ObjectMapper();
    private Json() {}
  }
}
