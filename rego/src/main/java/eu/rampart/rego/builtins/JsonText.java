package eu.rampart.rego.builtins;

import eu.rampart.rego.value.ArrayValue;
import eu.rampart.rego.value.BooleanValue;
import eu.rampart.rego.value.Json;
import eu.rampart.rego.value.NumberValue;
import eu.rampart.rego.value.ObjectValue;
import eu.rampart.rego.value.SetValue;
import eu.rampart.rego.value.StringValue;
import eu.rampart.rego.value.Value;
import java.util.Arrays;
import java.util.Comparator;

/**
 * JSON text exactly as OPA's json.marshal produces it with Go's encoding/json: keys sorted by
 * their UTF-8 bytes, sets as sorted arrays, non-string keys as their JSON text, and Go's
 * HTML-safe escaping (&lt; &gt; &amp; U+2028 U+2029 as \\u escapes). Indented output follows
 * json.MarshalIndent, with OPA's prefix also before the first line.
 */
final class JsonText {
  private JsonText() {}

  /** Code point order equals UTF-8 byte order, which is how Go sorts map keys. */
  private static final Comparator<String> UTF8_ORDER = (a, b) -> {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int x = a.codePointAt(i);
      int y = b.codePointAt(j);
      if (x != y) return Integer.compare(x, y);
      i += Character.charCount(x);
      j += Character.charCount(y);
    }
    return Integer.compare(a.length() - i, b.length() - j);
  };

  static String marshal(Value v) {
    StringBuilder sb = new StringBuilder();
    write(sb, v, null, null, 0);
    return sb.toString();
  }

  static String marshalIndent(Value v, String prefix, String indent) {
    StringBuilder sb = new StringBuilder(prefix);
    write(sb, v, prefix, indent, 0);
    return sb.toString();
  }

  private static void newline(StringBuilder sb, String prefix, String indent, int depth) {
    sb.append('\n').append(prefix);
    for (int i = 0; i < depth; i++) sb.append(indent);
  }

  private static void write(StringBuilder sb, Value v, String prefix, String indent, int depth) {
    boolean pretty = indent != null;
    if (v instanceof StringValue s) {
      quote(sb, s.value());
    } else if (v instanceof NumberValue n) {
      sb.append(n.toJsonText());
    } else if (v instanceof BooleanValue b) {
      sb.append(b.value());
    } else if (v instanceof ArrayValue a) {
      Value[] items = new Value[a.size()];
      for (int i = 0; i < items.length; i++) items[i] = a.get(i);
      writeArray(sb, items, prefix, indent, depth);
    } else if (v instanceof SetValue s) {
      writeArray(sb, s.sorted(), prefix, indent, depth);
    } else if (v instanceof ObjectValue o) {
      if (o.size() == 0) {
        sb.append("{}");
        return;
      }
      String[] keys = new String[o.size()];
      Value[] vals = new Value[o.size()];
      Integer[] order = new Integer[o.size()];
      int k = 0;
      for (Value key : o.sortedKeys()) {
        keys[k] = key instanceof StringValue s ? s.value() : marshal(key);
        vals[k] = o.get(key);
        order[k] = k;
        k++;
      }
      Arrays.sort(order, (x, y) -> UTF8_ORDER.compare(keys[x], keys[y]));
      sb.append('{');
      for (int i = 0; i < order.length; i++) {
        if (i > 0) sb.append(',');
        if (pretty) newline(sb, prefix, indent, depth + 1);
        quote(sb, keys[order[i]]);
        sb.append(pretty ? ": " : ":");
        write(sb, vals[order[i]], prefix, indent, depth + 1);
      }
      if (pretty) newline(sb, prefix, indent, depth);
      sb.append('}');
    } else {
      sb.append("null");
    }
  }

  private static void writeArray(StringBuilder sb, Value[] items, String prefix, String indent, int depth) {
    if (items.length == 0) {
      sb.append("[]");
      return;
    }
    boolean pretty = indent != null;
    sb.append('[');
    for (int i = 0; i < items.length; i++) {
      if (i > 0) sb.append(',');
      if (pretty) newline(sb, prefix, indent, depth + 1);
      write(sb, items[i], prefix, indent, depth + 1);
    }
    if (pretty) newline(sb, prefix, indent, depth);
    sb.append(']');
  }

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  /** Go's encodeState.string with HTML escaping on. */
  static void quote(StringBuilder sb, String s) {
    sb.append('"');
    int start = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String esc = null;
      if (c < 0x20 || c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' || c == 0x2028 || c == 0x2029) {
        switch (c) {
          case '"': esc = "\\\""; break;
          case '\\': esc = "\\\\"; break;
          case '\b': esc = "\\b"; break;
          case '\f': esc = "\\f"; break;
          case '\n': esc = "\\n"; break;
          case '\r': esc = "\\r"; break;
          case '\t': esc = "\\t"; break;
          default:
            esc = "\\u" + HEX[(c >> 12) & 0xF] + HEX[(c >> 8) & 0xF] + HEX[(c >> 4) & 0xF] + HEX[c & 0xF];
        }
      } else if (Character.isSurrogate(c)) {
        boolean paired = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        if (paired) {
          i++;
          continue;
        }
        esc = "\\ufffd"; // Go replaces invalid UTF-8 the same way
      }
      if (esc != null) {
        sb.append(s, start, i).append(esc);
        start = i + 1;
      }
    }
    sb.append(s, start, s.length()).append('"');
  }

  /** Parses JSON text into a value; the error message is Go-like where it matters. */
  static Value parse(String text) {
    try (com.fasterxml.jackson.core.JsonParser p = Json.factory().createParser(text)) {
      Value v;
      try {
        com.fasterxml.jackson.core.JsonToken t = p.nextToken();
        if (t == null) throw new BuiltinError("unexpected end of JSON input");
        v = Json.read(p, t);
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new BuiltinError(goMessage(e.getOriginalMessage()));
      }
      try {
        if (p.nextToken() != null) throw new BuiltinError(afterValue(text, p));
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new BuiltinError(afterValue(text, p));
      }
      return v;
    } catch (java.io.IOException e) {
      throw new BuiltinError(goMessage(e.getMessage()));
    }
  }

  /** Go: "invalid character 'x' after top-level value", naming the first non-space character after the value. */
  private static String afterValue(String text, com.fasterxml.jackson.core.JsonParser p) {
    int from = (int) Math.min(text.length(), Math.max(0, p.currentTokenLocation().getCharOffset()));
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        return "invalid character '" + new String(Character.toChars(text.codePointAt(i))) + "' after top-level value";
      }
    }
    return "invalid character after top-level value";
  }

  static boolean isValid(String text) {
    try (com.fasterxml.jackson.core.JsonParser p = Json.factory().createParser(text)) {
      if (p.nextToken() == null) return false;
      p.skipChildren();
      return p.nextToken() == null;
    } catch (java.io.IOException e) {
      return false;
    }
  }

  /** Go's encoding/json wording for the usual failures; Jackson's own text otherwise. */
  static String goMessage(String msg) {
    if (msg == null) return "invalid JSON";
    if (msg.contains("end-of-input") || msg.startsWith("empty document")) return "unexpected end of JSON input";
    for (String prefix : new String[] {"Unexpected character ('", "Unrecognized token '", "Unexpected close marker '"}) {
      if (msg.startsWith(prefix) && msg.length() > prefix.length()) {
        int cp = msg.codePointAt(prefix.length());
        return "invalid character '" + new String(Character.toChars(cp)) + "' looking for beginning of value";
      }
    }
    return firstLine(msg);
  }

  private static String firstLine(String s) {
    if (s == null) return "invalid JSON";
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
