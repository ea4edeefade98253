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
  /** The payload fields of Pulumi's apitype.EngineEvent that rampart reads; others are ignored as Pulumi's display does. */
  static final List<String> KNOWN_EVENTS = List.of("preludeEvent", "summaryEvent", "cancelEvent", "resourcePreEvent",
      "resOutputsEvent", "resOpFailedEvent", "diagnosticEvent", "stdoutEvent", "policyEvent");

  private final Path file;
  private final Fields f;

  EventStreamReader(Path file) {
    this.file = file;
    this.f = new Fields(file);
  }

  /** True when {@code n} is an engine event object (has a key ending in {@code Event}, in any case). */
  static boolean isEvent(JsonNode n) {
    if (n == null || !n.isObject()) return false;
    for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      if (isEventKey(k) && n.get(k).isObject()) return true;
    }
    return false;
  }

  private static boolean isEventKey(String k) {
    return k.length() >= 5 && k.regionMatches(true, k.length() - 5, "Event", 0, 5);
  }

  /**
   * The one payload of an event, by its canonical name (Go matches the JSON key case-insensitively);
   * an event with two payloads is refused: Pulumi writes exactly one per event.
   */
  private String eventKey(JsonNode n, String path) {
    String found = null;
    String raw = null;
    for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      if (!isEventKey(k) || !n.get(k).isObject()) continue;
      if (found != null) throw f.error(path, "has two event payloads (\"" + raw + "\" and \"" + k + "\"): an engine event carries exactly one");
      raw = k;
      found = k;
      for (String known : KNOWN_EVENTS) if (Fields.sameField(k, known)) found = known;
    }
    return found;
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
    boolean summary = false;
    int resourceEvents = 0;
    for (int i = 0; i < events.size(); i++) {
      JsonNode e = events.get(i);
      String path = paths.get(i);
      String key = isEvent(e) ? eventKey(e, path) : null;
      if (key == null) throw f.error(path, "expected an engine event object (preludeEvent, resourcePreEvent, resOutputsEvent, summaryEvent, ...), found " + Fields.kind(e));
      JsonNode body = f.get(e, key, path);
      if (key.equals("summaryEvent")) summary = true;
      // (cancelEvent is the engine's end-of-stream signal in event logs, not a cancellation)
      if (key.equals("preludeEvent")) {
        JsonNode c = f.get(body, "config", path + "." + key);
        if (c != null && c.isObject()) c.fields().forEachRemaining(x -> config.put(x.getKey(), ConfigValues.text(x.getValue())));
      } else if (RESOURCE_EVENTS.contains(key)) {
        String mpath = path + "." + key + ".metadata";
        JsonNode md = f.object(body, "metadata", path + "." + key);
        String urn = f.text(md, "urn", mpath);
        String op = f.text(md, "op", mpath);
        acc.add(mpath, op, urn, f.get(md, "old", mpath), f.get(md, "new", mpath), mpath + ".old", mpath + ".new");
        resourceEvents++;
        // In events, "keys" lists the properties that force a replacement (StepEventMetadata.Keys).
        if (Ops.normalise(op) != null && Ops.normalise(op).equals("replace")) acc.replaceReasons(urn, f.get(md, "keys", mpath), mpath + ".keys");
      }
      // Other events (diagnostics, stdout, policy, summary, cancel) say nothing about resource state.
    }
    // A stream cut short (a killed CI step, a truncated upload) would otherwise pass with whatever
    // it still holds. The engine always ends with a summaryEvent and always reports the stack resource.
    if (!summary) throw InputException.of(file, "the event stream has no summaryEvent: it is cut short, so it cannot be judged (expected the engine's full output)");
    if (resourceEvents == 0) throw InputException.of(file, "the event stream has no resource event (resourcePreEvent/resOutputsEvent): expected at least the stack resource");
    return acc.snapshot(file, InputFormat.EVENTS, config);
  }
}
