package eu.rampart.plan.engine;

import com.google.protobuf.Value;
import com.pulumi.core.annotations.CustomType;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether a value can be read as a declared output type. The SDK's deserialiser fails the whole
 * program on a mismatch (an echoed list where the provider answers a map), so the planner answers
 * such an output as unknown instead, as a preview does for what the provider computes.
 */
final class Conformance {
  private static final int MAX_DEPTH = 12;

  private Conformance() {}

  static boolean conforms(Value v, Type t) {
    return conforms(v, t, 0);
  }

  private static boolean conforms(Value v, Type t, int depth) {
    if (depth > MAX_DEPTH) return true;
    if (Wire.isSecret(v)) return conforms(Wire.unwrap(v), t, depth + 1);
    if (Wire.isUnknown(v) || v.getKindCase() == Value.KindCase.NULL_VALUE) return true;
    if (Wire.signature(v) != null) return true; // resource references, assets: the SDK knows them
    if (t instanceof WildcardType w) return conforms(v, w.getUpperBounds()[0], depth + 1);
    if (t instanceof ParameterizedType p) {
      Type raw = p.getRawType();
      Type[] args = p.getActualTypeArguments();
      if (raw == Optional.class) return conforms(v, args[0], depth + 1);
      if (raw == List.class) {
        if (v.getKindCase() != Value.KindCase.LIST_VALUE) return false;
        for (Value item : v.getListValue().getValuesList()) if (!conforms(item, args[0], depth + 1)) return false;
        return true;
      }
      if (raw == Map.class) {
        if (v.getKindCase() != Value.KindCase.STRUCT_VALUE) return false;
        for (Value item : v.getStructValue().getFieldsMap().values()) if (!conforms(item, args[1], depth + 1)) return false;
        return true;
      }
      return true; // Either and other generic shapes: let the SDK decide
    }
    if (!(t instanceof Class<?> c)) return true;
    if (c == String.class) return v.getKindCase() == Value.KindCase.STRING_VALUE;
    if (c == Boolean.class || c == boolean.class) return v.getKindCase() == Value.KindCase.BOOL_VALUE;
    if (Number.class.isAssignableFrom(c) || (c.isPrimitive() && c != boolean.class)) return v.getKindCase() == Value.KindCase.NUMBER_VALUE;
    if (c.isEnum()) return v.getKindCase() == Value.KindCase.STRING_VALUE || v.getKindCase() == Value.KindCase.NUMBER_VALUE;
    if (c.isAnnotationPresent(CustomType.class)) {
      if (v.getKindCase() != Value.KindCase.STRUCT_VALUE) return false;
      Map<String, Value> fields = v.getStructValue().getFieldsMap();
      for (Field f : c.getDeclaredFields()) {
        if (Modifier.isStatic(f.getModifiers())) continue;
        Value item = fields.get(f.getName());
        if (item != null && !conforms(item, f.getGenericType(), depth + 1)) return false;
      }
      return true;
    }
    return true;
  }
}
