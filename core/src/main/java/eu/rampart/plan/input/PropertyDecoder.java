package eu.rampart.plan.input;

import static eu.rampart.plan.input.PulumiValues.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.rampart.plan.secret.SensitiveNames;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns Pulumi-encoded property values into plain JSON for policies: secrets become
 * {@code "[secret]"}, unknowns {@code "[unknown]"}, resource references their URN, assets and
 * archives a short description; engine-internal keys ({@code __defaults}, {@code __meta},
 * {@code __inputs}, ...) are dropped.
 */
public final class PropertyDecoder {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final String type;
  private final Set<String> secretPaths = new TreeSet<>();
  private final Set<String> unknownPaths = new TreeSet<>();

  private PropertyDecoder(String type) { this.type = type; }

  /** Decodes a resource's {@code inputs} or {@code outputs} object (null or missing gives an empty object). */
  public static DecodedProperties decode(String resourceType, JsonNode properties) {
    PropertyDecoder d = new PropertyDecoder(resourceType);
    ObjectNode out = NODES.objectNode();
    if (properties != null && properties.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        // Top-level "__" keys are engine/provider bookkeeping, not resource configuration.
        if (e.getKey().startsWith("__")) continue;
        out.set(e.getKey(), d.field(e.getKey(), e.getValue(), PropertyPath.top(e.getKey())));
      }
    }
    return new DecodedProperties(out, d.secretPaths, d.unknownPaths);
  }

  private JsonNode field(String key, JsonNode value, PropertyPath path) {
    if (SensitiveNames.isSensitive(type, key) && value != null && !value.isNull() && !value.isBoolean()
        && !isUnknown(value)) {
      secretPaths.add(path.toString());
      return NODES.textNode(SECRET);
    }
    return value(value, path);
  }

  private JsonNode value(JsonNode v, PropertyPath path) {
    if (v == null || v.isNull()) return NODES.nullNode();
    if (v.isTextual()) {
      String s = v.textValue();
      if (s.equals(UNKNOWN_GUID) || s.equals(UNKNOWN)) {
        unknownPaths.add(path.toString());
        return NODES.textNode(UNKNOWN);
      }
      if (s.equals(SECRET)) {
        secretPaths.add(path.toString());
        return v;
      }
      return v;
    }
    if (v.isNumber()) return number(v);
    if (v.isArray()) {
      ArrayNode out = NODES.arrayNode(v.size());
      for (int i = 0; i < v.size(); i++) out.add(value(v.get(i), path.index(i)));
      return out;
    }
    if (v.isObject()) {
      JsonNode sig = v.get(SIG_KEY);
      if (sig != null) return special(sig.asText(), v, path);
      ObjectNode out = NODES.objectNode();
      for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (e.getKey().equals("__defaults")) continue;
        out.set(e.getKey(), field(e.getKey(), e.getValue(), path.key(e.getKey())));
      }
      return out;
    }
    return v;
  }

  private JsonNode special(String sig, JsonNode v, PropertyPath path) {
    switch (sig) {
      case SIG_SECRET:
        secretPaths.add(path.toString());
        return NODES.textNode(SECRET);
      case SIG_RESOURCE_REF: {
        String urn = v.path("urn").asText("");
        return NODES.textNode(urn.isEmpty() ? "resource reference" : urn);
      }
      case SIG_ASSET:
        return NODES.textNode(describe("asset", v));
      case SIG_ARCHIVE:
        return NODES.textNode(describe("archive", v));
      case SIG_OUTPUT:
        if (v.path("secret").asBoolean(false)) {
          secretPaths.add(path.toString());
          return NODES.textNode(SECRET);
        }
        if (!v.has("value")) {
          unknownPaths.add(path.toString());
          return NODES.textNode(UNKNOWN);
        }
        return value(v.get("value"), path);
      default:
        // A marker this reader does not know: its meaning cannot be assumed, so it is unknown.
        unknownPaths.add(path.toString());
        return NODES.textNode(UNKNOWN);
    }
  }

  private static String describe(String kind, JsonNode v) {
    if (v.hasNonNull("path")) return kind + " " + v.get("path").asText();
    if (v.hasNonNull("uri")) return kind + " " + v.get("uri").asText();
    if (v.hasNonNull("text")) return kind + " (inline text, " + v.get("text").asText().length() + " characters)";
    if (v.has("assets") && v.get("assets").isObject()) return kind + " (" + v.get("assets").size() + " entries)";
    return kind;
  }

  /** Pulumi sends every number as a double ({@code 443.0}); integral values are written as integers. */
  private static JsonNode number(JsonNode v) {
    if (v.isIntegralNumber()) return v;
    BigDecimal d = v.decimalValue();
    try {
      BigDecimal s = d.stripTrailingZeros();
      if (s.scale() <= 0 && s.precision() - s.scale() <= 18) return NODES.numberNode(s.longValueExact());
    } catch (ArithmeticException ignored) {
      // not integral after all
    }
    return NODES.numberNode(d);
  }

  static String child(String path, String key) {
    boolean plain = !key.isEmpty() && key.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '$');
    String seg = plain ? key : "[\"" + key.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
    if (path.isEmpty()) return seg;
    return plain ? path + "." + seg : path + seg;
  }

  static boolean isUnknown(JsonNode v) {
    if (v.isTextual()) return v.textValue().equals(UNKNOWN_GUID) || v.textValue().equals(UNKNOWN);
    if (v.isObject() && v.has(SIG_KEY)) {
      String sig = v.get(SIG_KEY).asText();
      return sig.equals(SIG_OUTPUT) && !v.has("value") && !v.path("secret").asBoolean(false);
    }
    return false;
  }
}
