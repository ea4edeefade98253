package eu.rampart.plan.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses one resource the way Pulumi's engine writes it in states, previews and events
 * ({@code apitype.ResourceV3} and its older forms).
 */
final class StateResources {
  private final Fields f;

  StateResources(Fields fields) { this.f = fields; }

  ResourceState parse(JsonNode r, String path) {
    if (r == null || !r.isObject()) throw f.error(path, "expected a resource object, found " + Fields.kind(r));
    String urn = f.text(r, "urn", path);
    if (!Urns.looksLikeUrn(urn)) throw f.error(path + ".urn", "expected a Pulumi URN (urn:pulumi:<stack>::<project>::<type>::<name>), found '" + urn + "'");
    String type = Urns.checkedType(f, r, urn, path);
    JsonNode inputs = f.get(r, "inputs", path);
    // v0 checkpoints keep provider-computed input defaults apart from the inputs.
    JsonNode defaults = f.get(r, "defaults", path);
    if (defaults != null && defaults.isObject()) {
      ObjectNode merged = JsonDocuments.MAPPER.createObjectNode();
      merged.setAll((ObjectNode) defaults);
      if (inputs != null && inputs.isObject()) merged.setAll((ObjectNode) inputs);
      inputs = merged;
    }
    checkObjectOrAbsent(inputs, path + ".inputs");
    JsonNode outputs = f.get(r, "outputs", path);
    checkObjectOrAbsent(outputs, path + ".outputs");
    boolean outputsKnown = outputs != null && outputs.isObject() && outputs.size() > 0;
    return new ResourceState(
        urn, type, Urns.name(urn),
        f.optBool(r, "custom", path, false),
        f.optText(r, "id", path),
        f.optText(r, "parent", path),
        f.optText(r, "provider", path),
        f.optStrings(r, "dependencies", path),
        inputs, outputs, outputsKnown,
        f.optStrings(r, "additionalSecretOutputs", path),
        f.optBool(r, "protect", path, false),
        f.optBool(r, "retainOnDelete", path, false),
        null, null, null, null,
        propertyDependencies(r, path));
  }

  /** Pending deletions of replaced resources share the URN of their replacement. */
  boolean isPendingDelete(JsonNode r, String path) {
    JsonNode d = f.get(r, "delete", path);
    return d != null && d.isBoolean() && d.booleanValue();
  }

  private Map<String, List<String>> propertyDependencies(JsonNode r, String path) {
    JsonNode pd = f.get(r, "propertyDependencies", path);
    if (pd == null || pd.isNull()) return Map.of();
    if (!pd.isObject()) throw f.error(path + ".propertyDependencies", "expected an object, found " + Fields.kind(pd));
    Map<String, List<String>> out = new LinkedHashMap<>();
    pd.fieldNames().forEachRemaining(k -> out.put(k, f.optStrings(pd, k, path + ".propertyDependencies")));
    return out;
  }

  private void checkObjectOrAbsent(JsonNode n, String path) {
    if (n != null && !n.isNull() && !n.isObject()) throw f.error(path, "expected an object, found " + Fields.kind(n));
  }
}
