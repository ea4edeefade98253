package eu.rampart.plan.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the steps of a preview or event stream into one {@link ResourceState} per URN, in order
 * of first appearance. The last new state seen wins (an event's outputs come after its pre-event);
 * the first old state seen is the one before the change.
 */
final class ChangeAccumulator {
  private final Fields f;
  private final StateResources states;
  private final Map<String, String> ops = new LinkedHashMap<>();
  /**
   * Pulumi's ops whose step carries the resource's new state (deployment.Step.New is set for them);
   * delete-replaced, discard-replaced and remove-pending-replace legitimately have none.
   */
  static final java.util.Set<String> OPS_WITH_NEW_STATE = java.util.Set.of("create", "update", "replace", "create-replacement",
      "import", "import-replacement", "read-replacement");
  /** URNs with at least one step that must carry a new state. */
  private final java.util.Set<String> needsNewState = new java.util.HashSet<>();
  /** Where each URN's first step is, for messages. */
  private final Map<String, String> firstPath = new LinkedHashMap<>();
  private final Map<String, ResourceState> newStates = new LinkedHashMap<>();
  private final Map<String, ResourceState> oldStates = new LinkedHashMap<>();
  private final Map<String, java.util.Set<String>> replaceReasons = new LinkedHashMap<>();

  ChangeAccumulator(Fields f) {
    this.f = f;
    this.states = new StateResources(f);
  }

  /** Property names Pulumi gives as the cause of a replacement ({@code replaceReasons} in previews, {@code keys} in events). */
  void replaceReasons(String urn, JsonNode names, String path) {
    if (names == null || names.isNull()) return;
    if (!names.isArray()) throw f.error(path, "expected an array of property names, found " + Fields.kind(names));
    for (JsonNode n : names) if (n.isTextual()) replaceReasons.computeIfAbsent(urn, k -> new java.util.LinkedHashSet<>()).add(n.textValue());
  }

  void add(String path, String pulumiOp, String urn, JsonNode oldState, JsonNode newState, String oldPath, String newPath) {
    String op = Ops.normalise(pulumiOp);
    if (op == null) throw f.error(path + ".op", "unknown step operation '" + pulumiOp + "': expected one of same, create, update, delete, replace, create-replacement, delete-replaced, read, refresh, import, discard");
    ops.put(urn, Ops.combine(ops.get(urn), op));
    firstPath.putIfAbsent(urn, path);
    if (OPS_WITH_NEW_STATE.contains(pulumiOp) && !needsNewState.contains(urn)) {
      needsNewState.add(urn);
      firstPath.put(urn, path);
    }
    if (oldState != null && !oldState.isNull() && !oldStates.containsKey(urn)) {
      oldStates.put(urn, states.parse(oldState, oldPath));
    }
    if (newState != null && !newState.isNull()) {
      ResourceState parsed = states.parse(newState, newPath);
      ResourceState previous = newStates.get(urn);
      // A pre-event's new state may be followed by an outputs event whose new state has no more data.
      if (previous == null || parsed.outputsKnown() || !previous.outputsKnown()) newStates.put(urn, parsed);
    }
  }

  StackSnapshot snapshot(Path file, InputFormat format, Map<String, String> config) {
    List<ResourceState> out = new ArrayList<>();
    String project = null;
    String stack = null;
    for (Map.Entry<String, String> e : ops.entrySet()) {
      String urn = e.getKey();
      String op = e.getValue();
      ResourceState old = oldStates.get(urn);
      ResourceState now = newStates.get(urn);
      if (now == null && needsNewState.contains(urn)) {
        // Dropping it would let a create/update/replace through unchecked.
        throw f.error(firstPath.get(urn), "a '" + op + "' step without the resource's new state: the change cannot be judged "
            + "(expected newState in a preview step, metadata.new in an engine event)");
      }
      if (op.equals("delete") || now == null) {
        if (old == null) throw f.error(firstPath.get(urn), "a '" + op + "' step with neither an old nor a new state: the resource cannot be judged");
        out.add(old.withOp(op, old));
        continue;
      }
      if (op.equals("same") && old != null && !now.outputsKnown() && old.outputsKnown()) {
        // Previews give an unchanged resource's new state without outputs; they equal the old ones.
        now = new ResourceState(now.urn(), now.type(), now.name(), now.custom(), now.id() == null ? old.id() : now.id(),
            now.parent(), now.provider(), now.dependencies(), now.inputs(), old.outputs(), true,
            now.additionalSecretOutputs(), now.protect(), now.retainOnDelete(), null, null, null, null,
            now.propertyDependencies());
      }
      ResourceState planned = now.withOp(op, old);
      if (op.equals("replace") && replaceReasons.containsKey(urn)) planned = planned.withReplaceReasons(List.copyOf(replaceReasons.get(urn)));
      out.add(planned);
      if (project == null) {
        project = Urns.project(urn);
        stack = Urns.stack(urn);
      }
    }
    if (project == null && !ops.isEmpty()) {
      String urn = ops.keySet().iterator().next();
      project = Urns.project(urn);
      stack = Urns.stack(urn);
    }
    return new StackSnapshot(file, format, project, stack, null, config, out, null);
  }
}
