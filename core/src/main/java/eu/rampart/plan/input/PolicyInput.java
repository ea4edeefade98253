package eu.rampart.plan.input;

import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.rampart.plan.read.StackSnapshot;
import eu.rampart.rego.value.Value;
import java.util.Map;
import java.util.Set;

/**
 * The {@code input} document every policy sees (docs/policy-input.md), plus what reports need
 * beside it: for each resource URN the property paths whose values were secret.
 *
 * <p>The JSON tree is converted to engine values once, on first use of {@link #value()}; callers
 * evaluating many rules share that one conversion.
 */
public final class PolicyInput {
  private final StackSnapshot snapshot;
  private final ObjectNode json;
  private final Map<String, Set<String>> secretPaths;
  private volatile Value value;

  PolicyInput(StackSnapshot snapshot, ObjectNode json, Map<String, Set<String>> secretPaths) {
    this.snapshot = snapshot;
    this.json = json;
    this.secretPaths = Map.copyOf(secretPaths);
  }

  public StackSnapshot snapshot() { return snapshot; }

  /** The input as JSON. Callers must not modify it after {@link #value()} has been called. */
  public ObjectNode json() { return json; }

  public Value value() {
    Value v = value;
    if (v == null) {
      synchronized (this) {
        v = value;
        if (v == null) value = v = EngineValues.of(json);
      }
    }
    return v;
  }

  /** Paths (Pulumi syntax {@code a.b[0].c}) of a resource's properties that were secret; empty if none. */
  public Set<String> secretPaths(String urn) {
    return secretPaths.getOrDefault(urn, Set.of());
  }

  public Map<String, Set<String>> secretPaths() { return secretPaths; }
}
