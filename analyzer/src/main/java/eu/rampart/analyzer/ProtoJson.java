package eu.rampart.analyzer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.protobuf.ListValue;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
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

  static ObjectNode toJson(Struct struct) {
    ObjectNode out = F.objectNode();
    for (Map.Entry<String, Value> e : struct.getFieldsMap().entrySet()) {
      out.set(e.getKey(), toJson(e.getValue()));
    }
    return out;
  }

  static JsonNode toJson(Value v) {
    switch (v.getKindCase()) {
      case NULL_VALUE:
      case KIND_NOT_SET:
        return F.nullNode();
      case BOOL_VALUE:
        return F.booleanNode(v.getBoolValue());
      case NUMBER_VALUE: {
        double d = v.getNumberValue();
        // Pulumi sends every number as a double; keep integral values integral so that
        // ports and counts print as 443, not 443.0, in findings.
        if (d == Math.rint(d) && Math.abs(d) < 9.0e15) return F.numberNode((long) d);
        return F.numberNode(BigDecimal.valueOf(d));
      }
      case STRING_VALUE:
        return F.textNode(v.getStringValue());
      case STRUCT_VALUE:
        return toJson(v.getStructValue());
      case LIST_VALUE: {
        ListValue l = v.getListValue();
        ArrayNode a = F.arrayNode(l.getValuesCount());
        for (Value item : l.getValuesList()) a.add(toJson(item));
        return a;
      }
      default:
        throw new IllegalArgumentException("unsupported protobuf value kind " + v.getKindCase());
    }
  }
}
