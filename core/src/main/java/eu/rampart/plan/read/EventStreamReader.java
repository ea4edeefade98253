package eu.rampart.plan.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads Pulumi engine events ({@code pulumi up/preview --json} streams, {@code --event-log}
 * files): one event per line, or a JSON array of events. Resource events carry
 * {@code metadata.op/urn/type/old/new}; {@code preludeEvent.config} carries the stack config.
 */
final class EventStreamReader {
  static final Set<String> RESOURCE_EVENTS = Set.of("resourcePreEvent", "resOutputsEvent", "resOpFailedEvent");

  private final Path file;
  private final Fields f;

  EventStreamReader(Path file) {
    this.file = file;
    this.f = new Fields(file);
  }

  /** True when {@code n} is an engine event object (has a key ending in {@code Event}). */
  static boolean isEvent(JsonNode n) {
    return n != null && n.isObject() && eventKey(n) != null;
  }

  static String eventKey(JsonNode n) {
    for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      if (k.endsWith("Event") && n.get(k).isObject()) return k;
    }
    return null;
  }

  StackSnapshot read(List<JsonDocuments.Doc> docs) {
    ChangeAccumulator acc = new ChangeAccumulator(f);
    Map<String, String> config = new LinkedHashMap<>();
    boolean array = docs.size() == 1 && docs.get(0).node().isArray();
    List<JsonNode> events = new java.util.ArrayList<>();
    List<String> paths = new java.util.ArrayList<>();
    if (array) {
      JsonNode a = docs.get(0).node();
      for (int i = 0; i < a.size(); i++) {
        events.add(a.get(i));
        paths.add("$[" + i + "]");
      }
    } else {
      for (JsonDocuments.Doc d : docs) {
        events.add(d.node());
        paths.add("line " + d.line());
      }
    }
    if (events.isEmpty()) throw InputException.of(file, "contains no engine events: expected JSON lines such as {\"preludeEvent\":...}");
    for (int i = 0; i < events.size(); i++) {
      JsonNode e = events.get(i);
      String path = paths.get(i);
      String key = isEvent(e) ? eventKey(e) : null;
      if (key == null) throw f.error(path, "expected an engine event object (preludeEvent, resourcePreEvent, resOutputsEvent, summaryEvent, ...), found " + Fields.kind(e));
      JsonNode body = e.get(key);
      if (key.equals("preludeEvent")) {
        JsonNode c = body.get("config");
        if (c != null && c.isObject()) c.fields().forEachRemaining(x -> config.put(x.getKey(), ConfigValues.text(x.getValue())));
      } else if (RESOURCE_EVENTS.contains(key)) {
        String mpath = path + "." + key + ".metadata";
        JsonNode md = f.object(body, "metadata", path + "." + key);
        String urn = f.text(md, "urn", mpath);
        String op = f.text(md, "op", mpath);
        acc.add(mpath, op, urn, md.get("old"), md.get("new"), mpath + ".old", mpath + ".new");
        // In events, "keys" lists the properties that force a replacement (StepEventMetadata.Keys).
        if (Ops.normalise(op) != null && Ops.normalise(op).equals("replace")) acc.replaceReasons(urn, md.get("keys"), mpath + ".keys");
      }
      // Other events (diagnostics, stdout, policy, summary, cancel) say nothing about resource state.
    }
    return acc.snapshot(file, InputFormat.EVENTS, config);
  }
}
