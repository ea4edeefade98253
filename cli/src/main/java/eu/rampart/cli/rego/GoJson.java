package eu.rampart.cli.rego;

import eu.rampart.rego.value.ArrayValue;
import eu.rampart.rego.value.BooleanValue;
import eu.rampart.rego.value.Json;
import eu.rampart.rego.value.NumberValue;
import eu.rampart.rego.value.ObjectValue;
import eu.rampart.rego.value.SetValue;
import eu.rampart.rego.value.StringValue;
import eu.rampart.rego.value.Value;
import eu.rampart.report.WriterEscapes;
import java.util.List;

/**
 * JSON as OPA's command line prints it: Go's json.Encoder with SetIndent("", "  ") (one member a
 * line, {@code "key": value}, empty collections as {} and []), object keys sorted, and Go's
 * default HTML-safe escaping of {@code <}, {@code >}, {@code &}, U+2028 and U+2029.
 */
final class GoJson {
  private GoJson() {}

  /**
   * A value, or a Go struct's shape: a {@code Map<String, ?>} keeps its (field) order, a
   * {@code List} is an array, and Strings, Numbers and Booleans are themselves.
   */
  static String indent(Object v) {
    StringBuilder sb = new StringBuilder();
    write(v, sb, 0);
    return sb.toString();
  }

  private static void write(Object v, StringBuilder sb, int depth) {
    if (v instanceof java.util.Map<?, ?> m) {
      if (m.isEmpty()) {
        sb.append("{}");
        return;
      }
      sb.append("{\n");
      int i = 0;
      for (java.util.Map.Entry<?, ?> e : m.entrySet()) {
        pad(sb, depth + 1);
        string(String.valueOf(e.getKey()), sb);
        sb.append(": ");
        write(e.getValue(), sb, depth + 1);
        sb.append(++i < m.size() ? ",\n" : "\n");
      }
      pad(sb, depth);
      sb.append('}');
    } else if (v instanceof List<?> l) {
      items(l, sb, depth);
    } else if (v instanceof String s) {
      string(s, sb);
    } else if (v instanceof Number || v instanceof Boolean) {
      sb.append(v);
    } else if (v instanceof ObjectValue o) {
      List<Value> keys = java.util.Arrays.asList(o.sortedKeys());
      if (keys.isEmpty()) {
        sb.append("{}");
        return;
      }
      sb.append("{\n");
      for (int i = 0; i < keys.size(); i++) {
        Value k = keys.get(i);
        pad(sb, depth + 1);
        string(k instanceof StringValue s ? s.value() : Json.write(k), sb);
        sb.append(": ");
        write(o.get(k), sb, depth + 1);
        sb.append(i + 1 < keys.size() ? ",\n" : "\n");
      }
      pad(sb, depth);
      sb.append('}');
    } else if (v instanceof ArrayValue a) {
      items(a.items(), sb, depth);
    } else if (v instanceof SetValue s) {
      items(java.util.Arrays.asList(s.sorted()), sb, depth);
    } else if (v instanceof StringValue s) {
      string(s.value(), sb);
    } else if (v instanceof NumberValue n) {
      sb.append(n.toJsonText());
    } else if (v instanceof BooleanValue b) {
      sb.append(b.value());
    } else {
      sb.append("null");
    }
  }

  private static void items(List<?> items, StringBuilder sb, int depth) {
    if (items.isEmpty()) {
      sb.append("[]");
      return;
    }
    sb.append("[\n");
    for (int i = 0; i < items.size(); i++) {
      pad(sb, depth + 1);
      write(items.get(i), sb, depth + 1);
      sb.append(i + 1 < items.size() ? ",\n" : "\n");
    }
    pad(sb, depth);
    sb.append(']');
  }

  private static void pad(StringBuilder sb, int depth) {
    for (int i = 0; i < depth; i++) sb.append("  ");
  }

  /** The one Go-JSON escaping, shared with the masker's list of writer escapes. */
  private static void string(String s, StringBuilder sb) {
    sb.append('"').append(WriterEscapes.goJson(s)).append('"');
  }
}
