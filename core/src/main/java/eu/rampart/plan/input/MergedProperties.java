package eu.rampart.plan.input;

import static eu.rampart.plan.input.PulumiValues.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.rampart.plan.read.ResourceState;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** A resource's inputs merged with its known outputs, with Pulumi encodings removed. */
public final class MergedProperties {
  private MergedProperties() {}

  public static DecodedProperties of(ResourceState r) {
    DecodedProperties in = PropertyDecoder.decode(r.type(), r.inputs());
    DecodedProperties out = PropertyDecoder.decode(r.type(), r.outputs());
    // the decoder's trees are new and owned here: the inputs' tree becomes the merged one
    ObjectNode merged = in.values();
    for (Iterator<Map.Entry<String, JsonNode>> it = out.values().fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode current = merged.get(e.getKey());
      boolean outputUnknown = e.getValue().isTextual() && e.getValue().textValue().equals(UNKNOWN);
      if (current != null && outputUnknown) continue;             // outputs win only when known
      if (current != null && current.isTextual() && current.textValue().equals(SECRET)) continue; // a secret input stays secret
      merged.set(e.getKey(), e.getValue());
    }
    // Outputs a program declared secret are secret in the inputs too.
    for (String key : r.additionalSecretOutputs()) {
      if (merged.has(key) && !merged.get(key).isNull()) merged.put(key, SECRET);
    }
    Set<String> secrets = new TreeSet<>(in.secretPaths());
    secrets.addAll(out.secretPaths());
    secrets.addAll(r.additionalSecretOutputs());
    Set<String> unknowns = new TreeSet<>();
    collect(merged, PropertyPath.ROOT, secrets, unknowns);
    return new DecodedProperties(merged, secrets, unknowns);
  }

  private static void collect(JsonNode n, PropertyPath path, Set<String> secrets, Set<String> unknowns) {
    if (n.isTextual()) {
      if (n.textValue().equals(UNKNOWN)) unknowns.add(path.toString());
      else if (n.textValue().equals(SECRET)) secrets.add(path.toString());
    } else if (n.isArray()) {
      ArrayNode a = (ArrayNode) n;
      for (int i = 0; i < a.size(); i++) collect(a.get(i), path.index(i), secrets, unknowns);
    } else if (n.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        collect(e.getValue(), path.key(e.getKey()), secrets, unknowns);
      }
    }
  }

  static ObjectNode empty() { return JsonNodeFactory.instance.objectNode(); }
}
