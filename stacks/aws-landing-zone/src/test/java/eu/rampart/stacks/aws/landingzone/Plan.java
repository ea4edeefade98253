package eu.rampart.stacks.aws.landingzone;

import eu.rampart.plan.mock.InProcessPlanner;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A plan of the AWS landing zone for one environment, with look-ups for the assertions. */
final class Plan {
  private static final Map<String, Plan> CACHE = new ConcurrentHashMap<>();

  final String env;
  final Map<String, Object> values;
  final Map<String, Object> document;
  final List<Map<String, Object>> resources;

  @SuppressWarnings("unchecked")
  private Plan(String env, Map<String, Object> values, Map<String, Object> document) {
    this.env = env;
    this.values = values;
    this.document = document;
    this.resources = (List<Map<String, Object>>) document.get("resources");
  }

  static Plan of(String env) {
    return CACHE.computeIfAbsent(env, e -> {
      Map<String, Object> values = EnvironmentFiles.values(e);
      try {
        return new Plan(e, values, InProcessPlanner.plan("aws-landing-zone", e, e, EnvironmentFiles.config(values),
            List.of(), App::stack));
      } catch (InProcessPlanner.PlanFailedException ex) {
        throw new AssertionError("planning " + e + " failed: " + ex.getMessage(), ex);
      }
    });
  }

  List<Map<String, Object>> ofType(String type) {
    return resources.stream().filter(r -> type.equals(r.get("type"))).toList();
  }

  List<Map<String, Object>> custom() {
    return resources.stream().filter(r -> Boolean.TRUE.equals(r.get("custom"))).toList();
  }

  Optional<Map<String, Object>> byId(String type, Object id) {
    return ofType(type).stream().filter(r -> Objects.equals(r.get("id"), id)).findFirst();
  }

  Optional<Map<String, Object>> byOutput(String type, String key, Object value) {
    return ofType(type).stream().filter(r -> Objects.equals(outputs(r).get(key), value)).findFirst();
  }

  Object setting(String dotted) {
    return EnvironmentFiles.lookup(values, "rampart." + dotted);
  }

  @SuppressWarnings("unchecked")
  List<String> allowedRegions() {
    return (List<String>) EnvironmentFiles.lookup(values, "rampart.policy.allowedRegions.aws");
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> inputs(Map<String, Object> r) {
    return (Map<String, Object>) r.get("inputs");
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> outputs(Map<String, Object> r) {
    return (Map<String, Object>) r.get("outputs");
  }

  static String urn(Map<String, Object> r) {
    return (String) r.get("urn");
  }

  /** A nested input by path of keys and list indexes, e.g. {@code "rules", 0, "lifecycle"}. */
  @SuppressWarnings("unchecked")
  static Object at(Object node, Object... path) {
    Object cur = node;
    for (Object p : path) {
      if (p instanceof Integer i) {
        if (!(cur instanceof List<?> l) || i >= l.size()) return null;
        cur = l.get(i);
      } else {
        if (!(cur instanceof Map<?, ?> m)) return null;
        cur = ((Map<String, Object>) m).get(p);
      }
    }
    return cur;
  }

  static double number(Object o) {
    if (!(o instanceof Number n)) throw new AssertionError("expected a number, got " + o);
    return n.doubleValue();
  }

  /** Subnet id → tier tag. */
  Map<Object, String> subnetTiers() {
    Map<Object, String> out = new HashMap<>();
    for (Map<String, Object> s : ofType("aws:ec2/subnet:Subnet")) out.put(s.get("id"), (String) at(inputs(s), "tags", "tier"));
    return out;
  }
}
