package eu.rampart.analyzer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.protobuf.ListValue;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import eu.rampart.plan.input.PropertyPath;
import io.grpc.Status;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Converts the protobuf {@code Struct}s the Pulumi engine sends into Jackson trees, keeping
 * Pulumi's special objects (secrets, resource references, assets: objects tagged with the
 * signature key) and the unknown sentinel as they are, so the normaliser treats them exactly as
 * it treats the same values read from a state file.
 */
final class ProtoJson {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private ProtoJson() {}

  /** The properties of the resource named by {@code owner}, for error messages. */
  static ObjectNode toJson(Struct struct, String owner) {
    return toJson(struct, owner, PropertyPath.ROOT, 1);
  }

  // The path is a chain of segments, spelled out only in an error: this runs for every property of
  // every resource the engine sends.
  private static ObjectNode toJson(Struct struct, String owner, PropertyPath path, int depth) {
    ObjectNode out = F.objectNode();
    for (Map.Entry<String, Value> e : struct.getFieldsMap().entrySet()) {
      out.set(e.getKey(), toJson(e.getValue(), owner, path.key(e.getKey()), depth));
    }
    return out;
  }

  private static JsonNode toJson(Value v, String owner, PropertyPath path, int depth) {
    if (depth > RequestLimits.MAX_PROPERTY_DEPTH) {
      throw Status.INVALID_ARGUMENT.withDescription("properties of " + owner + " nest deeper than "
          + RequestLimits.MAX_PROPERTY_DEPTH + " levels (at " + abbreviate(path) + ")").asRuntimeException();
    }
    switch (v.getKindCase()) {
      case NULL_VALUE:
      case KIND_NOT_SET:
        return F.nullNode();
      case BOOL_VALUE:
        return F.booleanNode(v.getBoolValue());
      case NUMBER_VALUE: {
        double d = v.getNumberValue();
        // JSON (and Pulumi's property values) have no NaN or infinity; evaluating one would fail
        // deep in the engine, so it is refused here with its path
        if (Double.isNaN(d) || Double.isInfinite(d)) {
          throw Status.INVALID_ARGUMENT.withDescription("properties of " + owner + ": " + abbreviate(path) + " is "
              + (Double.isNaN(d) ? "NaN" : "an infinite number") + ", which no Pulumi property value can be").asRuntimeException();
        }
        // Pulumi sends every number as a double; keep integral values integral so that
        // ports and counts print as 443, not 443.0, in findings.
        if (d == Math.rint(d) && Math.abs(d) < 9.0e15) return F.numberNode((long) d);
        return F.numberNode(BigDecimal.valueOf(d));
      }
      case STRING_VALUE:
        return F.textNode(v.getStringValue());
      case STRUCT_VALUE:
        return toJson(v.getStructValue(), owner, path, depth + 1);
      case LIST_VALUE: {
        ListValue l = v.getListValue();
        ArrayNode a = F.arrayNode(l.getValuesCount());
        for (int i = 0; i < l.getValuesCount(); i++) a.add(toJson(l.getValues(i), owner, path.index(i), depth + 1));
        return a;
      }
      default:
        throw Status.INVALID_ARGUMENT.withDescription("properties of " + owner + ": unsupported protobuf value kind "
            + v.getKindCase() + " at " + abbreviate(path)).asRuntimeException();
    }
  }

  /** A path 100 levels deep is long: keep its start and end, so the line stays one readable line. */
  private static String abbreviate(PropertyPath at) {
    String path = at.toString();
    return path.length() <= 160 ? path : path.substring(0, 60) + "..." + path.substring(path.length() - 60);
  }
}
