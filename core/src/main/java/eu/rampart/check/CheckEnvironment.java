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

  /** What the checker needs from a loaded environment file. */
  public static CheckEnvironment of(eu.rampart.env.Environment env) {
    ObjectValue policyEnv = (ObjectValue) eu.rampart.rego.value.Json.parse(env.toPolicyEnvironment().toString());
    return new CheckEnvironment(env.name(), policyEnv, env.policy().waivers(), env.file().toString());
  }
}
