package eu.rampart.plan.offline;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The order a plan lists resources in. The engine receives registrations concurrently (the SDK
 * registers each resource as soon as its inputs, parent and provider are ready), so arrival order
 * differs from run to run; a plan must not. Resources are listed so that a resource's parent,
 * provider and every resource it depends on come before it, and otherwise by URN.
 */
final class RegistrationOrder {
  private RegistrationOrder() {}

  static List<JsonNode> sort(JsonNode resources) {
    Map<String, JsonNode> byUrn = new HashMap<>();
    for (JsonNode r : resources) byUrn.put(r.path("urn").asText(), r);
    Map<String, Set<String>> waitsFor = new HashMap<>();
    Map<String, List<String>> dependents = new HashMap<>();
    for (JsonNode r : resources) {
      String urn = r.path("urn").asText();
      Set<String> deps = new LinkedHashSet<>();
      add(deps, r.path("parent").asText(null));
      String provider = r.path("provider").asText(null);
      if (provider != null && provider.lastIndexOf("::") > 0) add(deps, provider.substring(0, provider.lastIndexOf("::")));
      r.path("dependencies").forEach(d -> add(deps, d.asText()));
      r.path("propertyDependencies").forEach(list -> list.forEach(d -> add(deps, d.asText())));
      deps.remove(urn);
      deps.retainAll(byUrn.keySet());
      waitsFor.put(urn, deps);
      for (String d : deps) dependents.computeIfAbsent(d, k -> new ArrayList<>()).add(urn);
    }
    TreeMap<String, JsonNode> ready = new TreeMap<>();
    waitsFor.forEach((urn, deps) -> {
      if (deps.isEmpty()) ready.put(urn, byUrn.get(urn));
    });
    List<JsonNode> out = new ArrayList<>(byUrn.size());
    while (!ready.isEmpty()) {
      Map.Entry<String, JsonNode> next = ready.pollFirstEntry();
      out.add(next.getValue());
      for (String d : dependents.getOrDefault(next.getKey(), List.of())) {
        Set<String> w = waitsFor.get(d);
        w.remove(next.getKey());
        if (w.isEmpty()) ready.put(d, byUrn.get(d));
      }
    }
    // a cycle cannot come from a program (the SDK would wait forever); keep whatever is left anyway
    Set<JsonNode> placed = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    placed.addAll(out);
    for (JsonNode r : resources) if (!placed.contains(r)) out.add(r);
    return out;
  }

  private static void add(Set<String> deps, String urn) {
    if (urn != null && !urn.isEmpty() && !urn.equals("null")) deps.add(urn);
  }
}
