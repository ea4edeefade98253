package eu.rampart.plan.engine;

import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import com.pulumi.core.annotations.CustomType;
import com.pulumi.core.annotations.EnumType;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A result for a plain-form invoke ({@link InvokeForm}) whose answer only the cloud has: every
 * property of the function's result type present and known, so that the program goes on as it
 * would after a real preview's provider call. Strings carry the unknown sentinel inside them
 * ({@code "<property>-04da6b54-…"}): the SDK takes them as known (it only treats the sentinel itself
 * as unknown), while the plan writes every string that contains it as unknown ({@link PlanValues}),
 * so nothing made up reaches a plan or a policy. Lists have one element, so that code reading the
 * first result works; numbers are 0 and booleans false (they cannot carry the mark; they are
 * rarely what a policy judges).
 *
 * <p>The property names and types are the ones the SDK's converter reads: the {@code @CustomType.Setter}
 * methods of the result type's builder (pulumi-java {@code Converter}, builder path).
 */
final class PlaceholderResults {
  private static final int MAX_DEPTH = 6;

  private PlaceholderResults() {}

  static Struct of(Class<?> resultType) {
    return struct(resultType, 0);
  }

  private static Struct struct(Class<?> type, int depth) {
    Struct.Builder s = Struct.newBuilder();
    for (Map.Entry<String, Type> p : properties(type).entrySet()) {
      Value v = value(p.getKey(), p.getValue(), depth + 1);
      if (v != null) s.putFields(p.getKey(), v);
    }
    return s.build();
  }

  /** Wire name → declared type, from the builder's setters (the single-value overload of each). */
  static Map<String, Type> properties(Class<?> type) {
    Map<String, Type> out = new LinkedHashMap<>();
    for (Class<?> nested : type.getDeclaredClasses()) {
      if (!nested.isAnnotationPresent(CustomType.Builder.class)) continue;
      for (Method m : nested.getDeclaredMethods()) {
        CustomType.Setter setter = m.getAnnotation(CustomType.Setter.class);
        if (setter == null || m.getParameterCount() != 1 || m.getParameterTypes()[0].isArray()) continue;
        String name = setter.value().isEmpty() ? m.getName() : setter.value();
        out.putIfAbsent(name, m.getGenericParameterTypes()[0]);
      }
    }
    return out;
  }

  private static Value value(String name, Type t, int depth) {
    if (depth > MAX_DEPTH) return null;
    if (t instanceof WildcardType w) return value(name, w.getUpperBounds()[0], depth);
    if (t instanceof ParameterizedType p) {
      Type raw = p.getRawType();
      Type[] args = p.getActualTypeArguments();
      if (raw == Optional.class) return value(name, args[0], depth);
      if (raw == List.class) {
        Value item = value(name, args[0], depth + 1);
        List<Value> items = new ArrayList<>();
        if (item != null) items.add(item);
        return Value.newBuilder().setListValue(com.google.protobuf.ListValue.newBuilder().addAllValues(items)).build();
      }
      if (raw == Map.class) return Value.newBuilder().setStructValue(Struct.getDefaultInstance()).build();
      return null; // Either and other shapes: left out, the SDK then gives null or empty
    }
    if (!(t instanceof Class<?> c)) return null;
    if (c == String.class || c == Object.class) return Wire.of(name + "-" + Wire.UNKNOWN);
    if (c == Boolean.class || c == boolean.class) return Wire.of(false);
    if (Number.class.isAssignableFrom(c) || (c.isPrimitive() && c != boolean.class)) return Wire.of(0);
    if (c.isEnum()) return enumValue(c);
    if (c.isAnnotationPresent(CustomType.class)) return Value.newBuilder().setStructValue(struct(c, depth)).build();
    return null;
  }

  private static Value enumValue(Class<?> c) {
    Object[] constants = c.getEnumConstants();
    if (constants == null || constants.length == 0) return null;
    for (Method m : c.getDeclaredMethods()) {
      if (!m.isAnnotationPresent(EnumType.Converter.class)) continue;
      try {
        m.setAccessible(true);
        return Wire.of(m.invoke(constants[0]));
      } catch (ReflectiveOperationException | RuntimeException e) {
        return null;
      }
    }
    return null;
  }
}
