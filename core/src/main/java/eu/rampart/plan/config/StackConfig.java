package eu.rampart.plan.config;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The resolved config of one stack.
 *
 * @param project the project name from {@code Pulumi.yaml}
 * @param stack   the stack name
 * @param values  full keys ({@code namespace:key}) → value; objects and lists as JSON text, as
 *                {@code PULUMI_CONFIG} carries them
 */
public record StackConfig(String project, String stack, Map<String, ConfigValue> values) {
  public StackConfig {
    values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
  }

  /** The keys whose values are secret, sorted (what {@code PULUMI_CONFIG_SECRET_KEYS} lists). */
  public Set<String> secretKeys() {
    Set<String> keys = new TreeSet<>();
    values.forEach((k, v) -> { if (v.secret()) keys.add(k); });
    return keys;
  }

  /** The known values (secret ones included) as the program's {@code PULUMI_CONFIG} takes them. */
  public Map<String, String> knownValues() {
    Map<String, String> out = new java.util.LinkedHashMap<>();
    values.forEach((k, v) -> { if (!v.unknown()) out.put(k, v.value()); });
    return out;
  }

  /** The keys whose values are unknown here (secrets that could not be decrypted), sorted. */
  public Set<String> unknownKeys() {
    Set<String> keys = new TreeSet<>();
    values.forEach((k, v) -> { if (v.unknown()) keys.add(k); });
    return keys;
  }

  /** The value of a full key, or null. */
  public ConfigValue get(String fullKey) { return values.get(fullKey); }

  @Override
  public String toString() { return "StackConfig[" + project + "/" + stack + ", keys=" + values.keySet() + "]"; }
}
