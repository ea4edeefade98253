package eu.rampart.plan.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the planner's {@code rampart-plan/v1} document (contract in docs/policy-input.md and the planner docs). */
final class RampartPlanReader {
  static final String FORMAT = "rampart-plan/v1";
  private static final Set<String> REGION_SOURCES = Set.of("input", "provider", "stack-config", "resource-group", "children", "unknown");

  private final Path file;
  private final Fields f;

  RampartPlanReader(Path file) {
    this.file = file;
    this.f = new Fields(file);
  }

  StackSnapshot read(JsonNode root) {
    String format = f.text(root, "format", "$");
    if (!FORMAT.equals(format)) throw f.error("$.format", "unsupported plan format '" + format + "': expected \"" + FORMAT + "\"");
    JsonNode stack = f.object(root, "stack", "$");
    Map<String, String> config = new LinkedHashMap<>();
    JsonNode c = stack.get("config");
    if (c != null && !c.isNull()) {
      if (!c.isObject()) throw f.error("$.stack.config", "expected an object, found " + Fields.kind(c));
      c.fields().forEachRemaining(e -> config.put(e.getKey(), ConfigValues.text(e.getValue())));
    }
    JsonNode rs = f.array(root, "resources", "$");
    List<ResourceState> resources = new ArrayList<>(rs.size());
    for (int i = 0; i < rs.size(); i++) resources.add(resource(rs.get(i), "$.resources[" + i + "]"));
    return new StackSnapshot(file, InputFormat.RAMPART_PLAN,
        f.text(stack, "project", "$.stack"), f.text(stack, "name", "$.stack"),
        f.optText(stack, "environment", "$.stack"), config, resources, null);
  }

  private ResourceState resource(JsonNode r, String path) {
    if (r == null || !r.isObject()) throw f.error(path, "expected a resource object, found " + Fields.kind(r));
    String urn = f.text(r, "urn", path);
    if (!Urns.looksLikeUrn(urn)) throw f.error(path + ".urn", "expected a Pulumi URN, found '" + urn + "'");
    String type = f.text(r, "type", path);
    if (!type.equals(Urns.type(urn))) throw Urns.typeContradiction(f, path, type, urn);
    String name = f.optText(r, "name", path);
    String regionSource = f.optText(r, "regionSource", path);
    if (regionSource != null && !REGION_SOURCES.contains(regionSource)) {
      throw f.error(path + ".regionSource", "expected one of input, provider, stack-config, resource-group, children, unknown; found '" + regionSource + "'");
    }
    JsonNode inputs = r.get("inputs");
    JsonNode outputs = r.get("outputs");
    for (String k : List.of("inputs", "outputs")) {
      JsonNode n = r.get(k);
      if (n != null && !n.isNull() && !n.isObject()) throw f.error(path + "." + k, "expected an object, found " + Fields.kind(n));
    }
    Map<String, List<String>> pd = new LinkedHashMap<>();
    JsonNode pdn = r.get("propertyDependencies");
    if (pdn != null && pdn.isObject()) pdn.fieldNames().forEachRemaining(k -> pd.put(k, f.optStrings(pdn, k, path + ".propertyDependencies")));
    return new ResourceState(urn, type, name == null ? Urns.name(urn) : name,
        f.optBool(r, "custom", path, true), f.optText(r, "id", path), f.optText(r, "parent", path),
        f.optText(r, "provider", path), f.optStrings(r, "dependencies", path),
        inputs, outputs, outputs != null && outputs.isObject() && outputs.size() > 0,
        List.of(), f.optBool(r, "protect", path, false), f.optBool(r, "retainOnDelete", path, false),
        null, null, f.optText(r, "region", path), regionSource, pd);
  }
}
