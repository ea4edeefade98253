package eu.rampart.plan.config;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The types a project may declare for its config, checked as pulumi/pulumi
 * {@code sdk/go/common/workspace/project.go} {@code ValidateConfigValue} checks them (integers may
 * be whole floats or integer text, booleans may be the text true/false).
 */
final class ConfigTypes {
  static final Set<String> NAMES = Set.of("string", "integer", "boolean", "array", "object");

  private ConfigTypes() {}

  static boolean matches(String type, Object items, Object value) {
    switch (type) {
      case "string":
        return value instanceof String;
      case "integer":
        if (value instanceof Long) return true;
        if (value instanceof Double d) return d == Math.rint(d);
        if (value instanceof String s) {
          try {
            Long.parseLong(s); // Go strconv.Atoi: 64-bit int
            return true;
          } catch (NumberFormatException e) {
            return false;
          }
        }
        return false;
      case "boolean":
        return value instanceof Boolean || "true".equals(value) || "false".equals(value);
      case "object":
        return value instanceof Map;
      default:
        if (!(value instanceof List<?> list) || !(items instanceof Map<?, ?> itemDecl)) return false;
        Object itemType = itemDecl.get("type");
        if (!(itemType instanceof String t)) return false;
        for (Object item : list) if (!matches(t, itemDecl.get("items"), item)) return false;
        return true;
    }
  }

  /** {@code InferFullTypeName}: array<array<string>> and so on. */
  static String fullName(String type, Object items) {
    if (items instanceof Map<?, ?> m) {
      Object inner = m.get("type");
      return "array<" + fullName(inner == null ? "" : inner.toString(), m.get("items")) + ">";
    }
    return type;
  }
}
