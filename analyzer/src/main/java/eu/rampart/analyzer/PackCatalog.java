package eu.rampart.analyzer;

import com.fasterxml.jackson.databind.JsonNode;
import eu.rampart.check.PolicyEvaluationException;
import eu.rampart.rego.api.Annotation;
import eu.rampart.rego.value.ArrayValue;
import eu.rampart.rego.value.ObjectValue;
import eu.rampart.rego.value.StringValue;
import eu.rampart.rego.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which controls Pulumi may check one resource at a time, read from each control's METADATA:
 * {@code custom.policy_type: resource} says that the control's verdict on a resource depends on
 * that resource and its provider alone, so Analyze can report it before the resource exists.
 * {@code custom.resource_scope} narrows that to the resources whose normalised fields (see
 * docs/policy-input.md) have one of the listed values, e.g. {@code type: [...]} for a control
 * whose rules for other types join separate resources, or {@code region_source: [...]} for RES-1,
 * whose region may come from a resource group. Only fields that are the same whether a resource is
 * normalised alone or with its whole stack may be used ({@code type}, {@code cloud}, and
 * {@code region_source} restricted to the resource's own sources), so Analyze and AnalyzeStack
 * agree on who reports what: each (control, resource) pair is reported by exactly one of them.
 * Everything else runs in AnalyzeStack; defaulting to "stack" is the safe side, because a join
 * rule run on a lone resource would report false findings.
 */
final class PackCatalog {
  /** Normalised resource fields a scope may name (identical alone and within the stack). */
  static final Set<String> SCOPE_FIELDS = Set.of("type", "cloud", "region_source");

  /** A control checked per resource: the rule that computes its findings, and where it applies. */
  record ResourceControl(String id, String rulePath, Map<String, Set<String>> scope) {
    boolean covers(JsonNode resource) {
      for (Map.Entry<String, Set<String>> e : scope.entrySet()) {
        JsonNode v = resource.get(e.getKey());
        if (v == null || !v.isTextual()) return false;
        String value = e.getKey().equals("type") ? canonicalType(v.asText()) : v.asText();
        if (!e.getValue().contains(value)) return false;
      }
      return true;
    }
  }

  private static final java.util.regex.Pattern VERSIONED_AZURE_TYPE =
      java.util.regex.Pattern.compile("^azure-native:([A-Za-z0-9]+)/v[0-9]{8}(preview)?:");

  /**
   * The type the pack's rules judge: an azure-native type pinned to an API version
   * ({@code azure-native:containerservice/v20240102preview:ManagedCluster}) is judged as the
   * unversioned type, as the pack's {@code lib.canonical_type} does (PackCatalogTest holds the two
   * to the same answers), so a scope listing the unversioned type covers every version of it.
   */
  static String canonicalType(String type) {
    // asked per control for every Analyze: most types cannot match, and need no regex
    if (!type.startsWith("azure-native:") || type.indexOf("/v") < 0) return type;
    return VERSIONED_AZURE_TYPE.matcher(type).replaceFirst("azure-native:$1:");
  }

  private final Map<String, ResourceControl> resourceControls;

  private PackCatalog(Map<String, ResourceControl> resourceControls) {
    this.resourceControls = Map.copyOf(resourceControls);
  }

  static PackCatalog of(List<Annotation> annotations) throws PolicyEvaluationException {
    Map<String, ResourceControl> out = new LinkedHashMap<>();
    for (Annotation a : annotations) {
      if (a.custom() == null) continue;
      Value id = a.custom().get("id");
      Value type = a.custom().get("policy_type");
      if (!(id instanceof StringValue s) || out.containsKey(s.value())) continue;
      if (type == null) continue;
      String where = a.file() + ":" + a.line() + ": METADATA of " + s.value();
      if (!(type instanceof StringValue t) || !(t.value().equals("resource") || t.value().equals("stack"))) {
        throw new PolicyEvaluationException(where + ": custom.policy_type must be resource or stack");
      }
      if (t.value().equals("stack")) continue;
      if (a.path() == null || a.path().isBlank()) throw new PolicyEvaluationException(where + ": annotates no rule");
      out.put(s.value(), new ResourceControl(s.value(), a.path(), scope(a.custom().get("resource_scope"), where)));
    }
    return new PackCatalog(out);
  }

  private static Map<String, Set<String>> scope(Value v, String where) throws PolicyEvaluationException {
    Map<String, Set<String>> scope = new LinkedHashMap<>();
    if (v == null) return scope;
    if (!(v instanceof ObjectValue o)) throw new PolicyEvaluationException(where + ": custom.resource_scope must be a map of field to values");
    for (Map.Entry<Value, Value> e : o.entries()) {
      String field = e.getKey() instanceof StringValue k ? k.value() : e.getKey().toString();
      if (!SCOPE_FIELDS.contains(field)) {
        throw new PolicyEvaluationException(where + ": custom.resource_scope." + field + " is not one of " + SCOPE_FIELDS);
      }
      if (!(e.getValue() instanceof ArrayValue list) || list.size() == 0) {
        throw new PolicyEvaluationException(where + ": custom.resource_scope." + field + " must be a non-empty list");
      }
      Set<String> values = new LinkedHashSet<>();
      for (Value x : list.items()) {
        if (!(x instanceof StringValue sx)) throw new PolicyEvaluationException(where + ": custom.resource_scope." + field + " lists a non-string");
        values.add(sx.value());
      }
      scope.put(field, Set.copyOf(values));
    }
    return scope;
  }

  /** The control has at least some resources it checks one at a time (policy_type: resource). */
  boolean resourceScoped(String controlId) { return resourceControls.containsKey(controlId); }

  /** Analyze reports this control for this normalised resource (so AnalyzeStack must not). */
  boolean decidedPerResource(String controlId, JsonNode resource) {
    ResourceControl c = resourceControls.get(controlId);
    return c != null && resource != null && c.covers(resource);
  }

  /** The per-resource controls that apply to a normalised resource. */
  List<ResourceControl> controlsFor(JsonNode resource) {
    List<ResourceControl> out = new ArrayList<>();
    for (ResourceControl c : resourceControls.values()) if (c.covers(resource)) out.add(c);
    return out;
  }

  List<ResourceControl> resourceControls() { return List.copyOf(resourceControls.values()); }
}
