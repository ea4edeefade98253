package eu.rampart.check;

import eu.rampart.rego.value.ObjectValue;
import java.util.List;

/**
 * What a check needs from an environment: its name, the {@code input.environment} object the
 * policies see, and the raw waiver maps with the file they came from (for error messages).
 */
public record CheckEnvironment(String name, ObjectValue policyEnvironment, List<?> rawWaivers, String sourceFile) {
  public CheckEnvironment {
    rawWaivers = rawWaivers == null ? List.of() : rawWaivers;
  }

  /**
   * This environment with more enforcement overrides (the analyzer's policy config) laid over the
   * file's own; the pack then decides every finding's enforcement from one map.
   */
  public CheckEnvironment withEnforcement(java.util.Map<String, Enforcement> overrides) {
    if (overrides.isEmpty()) return this;
    java.util.LinkedHashMap<eu.rampart.rego.value.Value, eu.rampart.rego.value.Value> levels = new java.util.LinkedHashMap<>();
    eu.rampart.rego.value.Value own = policyEnvironment == null ? null : policyEnvironment.get("enforcement");
    if (own instanceof ObjectValue o) levels.putAll(o.asMap());
    overrides.forEach((id, level) -> levels.put(eu.rampart.rego.value.StringValue.of(id), eu.rampart.rego.value.StringValue.of(level.label())));
    java.util.LinkedHashMap<eu.rampart.rego.value.Value, eu.rampart.rego.value.Value> env = new java.util.LinkedHashMap<>();
    if (policyEnvironment != null) env.putAll(policyEnvironment.asMap());
    env.put(eu.rampart.rego.value.StringValue.of("enforcement"), ObjectValue.wrap(levels));
    return new CheckEnvironment(name, ObjectValue.wrap(env), rawWaivers, sourceFile);
  }

  /**
   * This environment with its scope model ({@code platform}: stacks and the controls they provide)
   * replaced by one given elsewhere (the analyzer's policy config); null keeps the file's own.
   * {@link PlatformScope} judges it either way, so the plugin and {@code rampart check} credit alike.
   */
  public CheckEnvironment withPlatform(ObjectValue platform) {
    if (platform == null) return this;
    java.util.LinkedHashMap<eu.rampart.rego.value.Value, eu.rampart.rego.value.Value> env = new java.util.LinkedHashMap<>();
    if (policyEnvironment != null) env.putAll(policyEnvironment.asMap());
    env.put(eu.rampart.rego.value.StringValue.of("platform"), platform);
    return new CheckEnvironment(name, ObjectValue.wrap(env), rawWaivers, sourceFile);
  }

  /** What the checker needs from a loaded environment file. */
  public static CheckEnvironment of(eu.rampart.env.Environment env) {
    ObjectValue policyEnv = (ObjectValue) eu.rampart.rego.value.Json.parse(env.toPolicyEnvironment().toString());
    return new CheckEnvironment(env.name(), policyEnv, env.policy().waivers(), env.file().toString());
  }
}
