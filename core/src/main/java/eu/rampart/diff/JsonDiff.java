package eu.rampart.diff;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/** Renders a {@link DiffReport} as JSON for pipelines ({@code "format": "rampart-diff/v1"}). */
public final class JsonDiff {
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private JsonDiff() {}

  public static String render(DiffReport r) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("format", "rampart-diff/v1");
    root.put("before", r.before());
    if (r.after() == null) root.putNull("after");
    else root.put("after", r.after());
    ObjectNode summary = root.putObject("summary");
    for (Map.Entry<ChangeKind, Integer> e : r.counts().entrySet()) summary.put(e.getKey().label(), e.getValue());
    summary.put("destructive", r.destructive().size());
    ArrayNode destructive = root.putArray("destructive");
    for (ResourceChange c : r.destructive()) destructive.add(c.urn());
    ArrayNode changes = root.putArray("changes");
    for (ResourceChange c : r.ordered()) {
      ObjectNode o = changes.addObject();
      o.put("urn", c.urn());
      o.put("type", c.type());
      o.put("name", c.name());
      o.put("change", c.kind().label());
      o.put("stateful", c.stateful());
      o.put("destructive", c.destructiveToData());
      if (!c.reason().isEmpty()) o.put("reason", c.reason());
      ArrayNode props = o.putArray("security_changes");
      for (PropertyChange p : c.securityChanges()) {
        ObjectNode x = props.addObject();
        x.put("path", p.path());
        x.put("before", p.before());
        x.put("after", p.after());
      }
      if (c.omitted() > 0) o.put("security_changes_omitted", c.omitted());
    }
    ObjectNode delta = root.putObject("policy_delta");
    delta.put("evaluated", r.delta().evaluated());
    if (!r.delta().evaluated()) delta.put("reason", r.delta().reason());
    else {
      findings(delta.putArray("new"), r.delta().added());
      findings(delta.putArray("fixed"), r.delta().fixed());
      findings(delta.putArray("unchanged"), r.delta().unchanged());
    }
    try {
      return MAPPER.writeValueAsString(root) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void findings(ArrayNode out, List<PolicyFinding> fs) {
    for (PolicyFinding f : fs) {
      ObjectNode o = out.addObject();
      o.put("id", f.id());
      o.put("severity", f.severity());
      o.put("enforcement", f.enforcement());
      o.put("urn", f.urn());
      o.put("message", f.message());
    }
  }
}
