package eu.rampart.diff;

import static eu.rampart.plan.input.PulumiValues.UNKNOWN;

import com.fasterxml.jackson.databind.JsonNode;
import eu.rampart.plan.input.PolicyInput;
import eu.rampart.plan.read.ResourceState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Computes per-resource changes, from two normalised inputs matched by URN, or from one input
 * whose resources carry Pulumi's planned {@code op} and {@code old} state (preview, event stream).
 */
public final class StackDiff {
  /** Security changes listed per resource before the rest are counted as omitted. */
  static final int MAX_CHANGES_PER_RESOURCE = 40;

  private StackDiff() {}

  /** Changes from BEFORE to AFTER; {@code stateful} is the pack's list of stateful types. */
  public static List<ResourceChange> between(PolicyInput before, PolicyInput after, StatefulTypes stateful) {
    // A preview on either side stands for the state it describes: before it, nothing it creates
    // exists; after it, nothing it deletes does.
    Map<String, JsonNode> old = index(before, "create");
    Map<String, JsonNode> now = index(after, "delete");
    Map<String, Boolean> outputsBefore = outputsKnown(before);
    Map<String, Boolean> outputsAfter = outputsKnown(after);
    List<ResourceChange> out = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : now.entrySet()) {
      String urn = e.getKey();
      JsonNode n = e.getValue();
      JsonNode o = old.get(urn);
      if (o == null) {
        out.add(change(n, ChangeKind.CREATE, "", List.of(), 0, stateful));
        continue;
      }
      String reason = replaceReason(o, n);
      boolean outputsOld = outputsBefore.getOrDefault(urn, false);
      boolean outputsNew = outputsAfter.getOrDefault(urn, false);
      List<PropertyChange> all = propertyChanges(n.path("type").asText(), o, n, outputsOld, outputsNew, false);
      ChangeKind kind = !reason.isEmpty() ? ChangeKind.REPLACE
          : propertyChanges(n.path("type").asText(), o, n, outputsOld, outputsNew, true).isEmpty() && all.isEmpty()
              ? ChangeKind.SAME : ChangeKind.UPDATE;
      ResourceChange c = limited(n, kind, reason, all, stateful);
      // Replacing a stateful resource with one of another type still destroys the old one's data.
      if (!c.stateful() && stateful.isStateful(o.path("type").asText())) {
        c = new ResourceChange(c.urn(), c.type(), c.name(), c.kind(), true, c.reason(), c.securityChanges(), c.omitted());
      }
      out.add(c);
    }
    for (Map.Entry<String, JsonNode> e : old.entrySet()) {
      if (!now.containsKey(e.getKey())) out.add(change(e.getValue(), ChangeKind.DELETE, "", List.of(), 0, stateful));
    }
    return out;
  }

  /** Changes a preview or event stream plans; fails when the input carries no planned operations. */
  public static List<ResourceChange> planned(PolicyInput preview, StatefulTypes stateful) {
    if (!preview.snapshot().hasChanges()) {
      throw new IllegalArgumentException(preview.snapshot().file() + ": a " + preview.snapshot().format().source()
          + " file records a state, not changes: give BEFORE and AFTER, or a preview/event stream");
    }
    List<ResourceChange> out = new ArrayList<>();
    Map<String, Boolean> outputs = outputsKnown(preview);
    Map<String, List<String>> reasons = new java.util.HashMap<>();
    for (ResourceState s : preview.snapshot().resources()) reasons.putIfAbsent(s.urn(), s.replaceReasons());
    for (JsonNode r : preview.json().path("resources")) {
      ChangeKind kind = ChangeKind.fromOp(r.path("op").asText("same"));
      JsonNode old = r.get("old");
      String urn = r.path("urn").asText();
      String reason = "";
      if (kind == ChangeKind.REPLACE) {
        List<String> why = reasons.getOrDefault(urn, List.of());
        reason = why.isEmpty() ? "Pulumi plans a replacement" : "Pulumi plans a replacement because of " + String.join(", ", why);
      }
      List<PropertyChange> changes = List.of();
      if (old != null && (kind == ChangeKind.UPDATE || kind == ChangeKind.REPLACE)) {
        ObjectNodeView before = new ObjectNodeView(old, r.path("protect").asBoolean(false));
        changes = propertyChanges(r.path("type").asText(), before.asResource(r), r,
            true, outputs.getOrDefault(urn, false), false);
      }
      out.add(limited(r, kind, reason, changes, stateful));
    }
    return out;
  }

  private static ResourceChange limited(JsonNode r, ChangeKind kind, String reason, List<PropertyChange> all,
                                        StatefulTypes stateful) {
    int omitted = Math.max(0, all.size() - MAX_CHANGES_PER_RESOURCE);
    return change(r, kind, reason, omitted > 0 ? all.subList(0, MAX_CHANGES_PER_RESOURCE) : all, omitted, stateful);
  }

  private static ResourceChange change(JsonNode r, ChangeKind kind, String reason, List<PropertyChange> changes, int omitted,
                                       StatefulTypes stateful) {
    String type = r.path("type").asText();
    return new ResourceChange(r.path("urn").asText(), type, r.path("name").asText(), kind,
        stateful.isStateful(type), reason, kind == ChangeKind.UPDATE || kind == ChangeKind.REPLACE ? changes : List.of(), omitted);
  }

  private static String replaceReason(JsonNode o, JsonNode n) {
    if (!o.path("type").asText().equals(n.path("type").asText())) {
      return "type changed from " + o.path("type").asText() + " to " + n.path("type").asText();
    }
    String op = o.path("provider").path("urn").asText(null);
    String np = n.path("provider").path("urn").asText(null);
    if (op != null && np != null && !op.equals(np)) return "provider changed from " + op + " to " + np;
    return "";
  }

  /**
   * Property differences. With {@code anyPath} false only security-relevant paths are returned;
   * with true every differing path is (used to tell an update from no change).
   */
  static List<PropertyChange> propertyChanges(String type, JsonNode o, JsonNode n, boolean oldOutputsKnown,
      boolean newOutputsKnown, boolean anyPath) {
    List<PropertyChange> out = new ArrayList<>();
    String oldRegion = o.path("region").isTextual() ? o.get("region").textValue() : null;
    String newRegion = n.path("region").isTextual() ? n.get("region").textValue() : null;
    if (oldRegion != null && newRegion != null && !oldRegion.equals(newRegion)) {
      out.add(new PropertyChange("(region)", quote(oldRegion), quote(newRegion)));
    }
    boolean oldProtect = o.path("protect").asBoolean(false);
    boolean newProtect = n.path("protect").asBoolean(false);
    if (oldProtect != newProtect) out.add(new PropertyChange("(protect)", String.valueOf(oldProtect), String.valueOf(newProtect)));
    Map<String, JsonNode> before = new TreeMap<>();
    Map<String, JsonNode> after = new TreeMap<>();
    flatten(o.path("properties"), "", before);
    flatten(n.path("properties"), "", after);
    Map<String, Boolean> paths = new TreeMap<>();
    before.keySet().forEach(p -> paths.put(p, true));
    after.keySet().forEach(p -> paths.put(p, true));
    for (String path : paths.keySet()) {
      JsonNode a = before.get(path);
      JsonNode b = after.get(path);
      if (Objects.equals(a, b)) continue;
      // A side without recorded outputs (a preview's new state) says nothing about output-only properties.
      if (b == null && !newOutputsKnown) continue;
      if (a == null && !oldOutputsKnown) continue;
      if (!anyPath && !SecurityProperties.isRelevant(type, path)) continue;
      if (anyPath && b != null && b.isTextual() && b.textValue().equals(UNKNOWN)) continue;
      out.add(new PropertyChange(path, text(a), text(b)));
    }
    return out;
  }

  /** Leaf values by path; empty objects and arrays count as leaves so that removing all rules shows. */
  static void flatten(JsonNode n, String path, Map<String, JsonNode> out) {
    if (n == null || n.isMissingNode()) return;
    if (n.isObject() && n.size() > 0) {
      n.fields().forEachRemaining(e -> flatten(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey(), out));
    } else if (n.isArray() && n.size() > 0) {
      for (int i = 0; i < n.size(); i++) flatten(n.get(i), path + "[" + i + "]", out);
    } else if (!path.isEmpty()) {
      out.put(path, n);
    }
  }

  private static String text(JsonNode n) {
    return n == null ? null : n.toString();
  }

  private static String quote(String s) {
    return "\"" + s + "\"";
  }

  private static Map<String, JsonNode> index(PolicyInput in, String absentOp) {
    Map<String, JsonNode> m = new LinkedHashMap<>();
    for (JsonNode r : in.json().path("resources")) {
      if (absentOp.equals(r.path("op").asText(""))) continue;
      m.putIfAbsent(r.path("urn").asText(), r);
    }
    return m;
  }

  private static Map<String, Boolean> outputsKnown(PolicyInput in) {
    Map<String, Boolean> m = new java.util.HashMap<>();
    for (ResourceState r : in.snapshot().resources()) m.putIfAbsent(r.urn(), r.outputsKnown());
    return m;
  }

  /** Presents a resource's {@code old} properties in the shape of a normalised resource. */
  private record ObjectNodeView(JsonNode properties, boolean protect) {
    JsonNode asResource(JsonNode current) {
      com.fasterxml.jackson.databind.node.ObjectNode o = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
      o.set("type", current.path("type"));
      o.set("properties", properties);
      o.put("protect", protect);
      return o;
    }
  }
}
