package eu.rampart.plan.input;

import com.fasterxml.jackson.databind.JsonNode;
import eu.rampart.rego.value.ArrayValue;
import eu.rampart.rego.value.BooleanValue;
import eu.rampart.rego.value.NullValue;
import eu.rampart.rego.value.NumberValue;
import eu.rampart.rego.value.ObjectValue;
import eu.rampart.rego.value.StringValue;
import eu.rampart.rego.value.Value;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/** Converts a Jackson tree to Rego engine values in one pass. */
public final class EngineValues {
  private EngineValues() {}

  public static Value of(JsonNode n) {
    if (n == null || n.isNull() || n.isMissingNode()) return NullValue.NULL;
    if (n.isTextual()) return StringValue.of(n.textValue());
    if (n.isBoolean()) return BooleanValue.of(n.booleanValue());
    if (n.isIntegralNumber()) return n.canConvertToLong() ? NumberValue.of(n.longValue()) : NumberValue.of(n.bigIntegerValue());
    if (n.isNumber()) return NumberValue.of(n.decimalValue());
    if (n.isArray()) {
      Value[] items = new Value[n.size()];
      for (int i = 0; i < items.length; i++) items[i] = of(n.get(i));
      return ArrayValue.wrap(items);
    }
    if (n.isObject()) {
      LinkedHashMap<Value, Value> m = new LinkedHashMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        m.put(StringValue.of(e.getKey()), of(e.getValue()));
      }
      return ObjectValue.wrap(m);
    }
    return StringValue.of(n.asText());
  }
}
