package eu.rampart.rego.value;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;

/**
 * JSON to {@link Value} and back, streaming through Jackson's core parser so that a large input
 * is converted to engine values exactly once, with no intermediate tree.
 */
public final class Json {
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxNestingDepth(10_000)
          .maxStringLength(Integer.MAX_VALUE)
          .maxNumberLength(100_000)
          .build())
      .build();

  private Json() {}

  public static JsonFactory factory() { return FACTORY; }

  public static Value parse(String json) {
    try {
      return parse(new StringReader(json));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Value parse(Reader reader) throws IOException {
    try (JsonParser p = FACTORY.createParser(reader)) {
      return parseDocument(p);
    }
  }

  public static Value parse(InputStream in) throws IOException {
    try (JsonParser p = FACTORY.createParser(in)) {
      return parseDocument(p);
    }
  }

  /** A JSON number; one whose exponent does not fit (1e99999999999) is refused at its place like bad JSON. */
  private static Value number(JsonParser p) throws IOException {
    String text = p.getText();
    try {
      return NumberValue.parse(text);
    } catch (NumberFormatException e) {
      throw new com.fasterxml.jackson.core.JsonParseException(p, "number " + (text.length() > 40 ? text.substring(0, 40) + "..." : text)
          + " is out of range");
    }
  }

  private static Value parseDocument(JsonParser p) throws IOException {
    JsonToken t = p.nextToken();
    if (t == null) throw new com.fasterxml.jackson.core.JsonParseException(p, "empty document: expected a JSON value");
    Value v = read(p, t);
    if (p.nextToken() != null) {
      throw new com.fasterxml.jackson.core.JsonParseException(p, "unexpected content after the JSON value");
    }
    return v;
  }

  /** Reads one value whose first token is {@code t}; leaves the parser on its last token. */
  public static Value read(JsonParser p, JsonToken t) throws IOException {
    switch (t) {
      case START_OBJECT: {
        LinkedHashMap<Value, Value> m = new LinkedHashMap<>();
        JsonToken k;
        while ((k = p.nextToken()) == JsonToken.FIELD_NAME) {
          StringValue key = StringValue.of(p.currentName());
          m.put(key, read(p, p.nextToken()));
        }
        return ObjectValue.wrap(m);
      }
      case START_ARRAY: {
        ArrayList<Value> items = new ArrayList<>();
        JsonToken e;
        while ((e = p.nextToken()) != JsonToken.END_ARRAY) items.add(read(p, e));
        return ArrayValue.of(items);
      }
      case VALUE_STRING:
        return StringValue.of(p.getText());
      case VALUE_NUMBER_INT:
        if (p.getNumberType() == JsonParser.NumberType.INT || p.getNumberType() == JsonParser.NumberType.LONG) {
          return NumberValue.of(p.getLongValue());
        }
        return number(p);
      case VALUE_NUMBER_FLOAT:
        return number(p);
      case VALUE_TRUE:
        return BooleanValue.TRUE;
      case VALUE_FALSE:
        return BooleanValue.FALSE;
      case VALUE_NULL:
        return NullValue.NULL;
      default:
        throw new com.fasterxml.jackson.core.JsonParseException(p, "unexpected token " + t);
    }
  }

  /** Compact JSON; sets become sorted arrays, object keys in canonical order, non-string keys as their JSON text. */
  public static String write(Value v) {
    StringWriter w = new StringWriter();
    write(v, w, false);
    return w.toString();
  }

  public static String writePretty(Value v) {
    StringWriter w = new StringWriter();
    write(v, w, true);
    return w.toString();
  }

  public static void write(Value v, Writer w, boolean pretty) {
    try (JsonGenerator g = FACTORY.createGenerator(w)) {
      if (pretty) g.useDefaultPrettyPrinter();
      write(v, g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static void write(Value v, JsonGenerator g) throws IOException {
    if (v instanceof ObjectValue o) {
      g.writeStartObject();
      for (Value k : o.sortedKeys()) {
        g.writeFieldName(k instanceof StringValue s ? s.value() : write(k));
        write(o.get(k), g);
      }
      g.writeEndObject();
    } else if (v instanceof ArrayValue a) {
      g.writeStartArray();
      for (int i = 0; i < a.size(); i++) write(a.get(i), g);
      g.writeEndArray();
    } else if (v instanceof SetValue s) {
      g.writeStartArray();
      for (Value e : s.sorted()) write(e, g);
      g.writeEndArray();
    } else if (v instanceof StringValue s) {
      g.writeString(s.value());
    } else if (v instanceof NumberValue n) {
      g.writeNumber(n.toJsonText());
    } else if (v instanceof BooleanValue b) {
      g.writeBoolean(b.value());
    } else {
      g.writeNull();
    }
  }

  /** Appends s as a JSON string literal (Go's escaping of control characters). */
  public static void appendQuoted(StringBuilder sb, String s) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"': sb.append("\\\""); break;
        case '\\': sb.append("\\\\"); break;
        case '\n': sb.append("\\n"); break;
        case '\r': sb.append("\\r"); break;
        case '\t': sb.append("\\t"); break;
        default:
          if (c < 0x20) appendUnicodeEscape(sb, c, false);
          else sb.append(c);
      }
    }
    sb.append('"');
  }

  private static final String HEX_LOWER = "0123456789abcdef";
  private static final String HEX_UPPER = "0123456789ABCDEF";

  /**
   * Appends a backslash, {@code u} and four hex digits for c (lower-case hex as Go writes it, upper-case as Jackson does): by
   * hand, since String.format parses its pattern on every call and escaping runs per character of
   * every string a writer or the secret masker handles.
   */
  public static void appendUnicodeEscape(StringBuilder sb, char c, boolean upperHex) {
    String hex = upperHex ? HEX_UPPER : HEX_LOWER;
    sb.append('\\').append('u')
        .append(hex.charAt((c >> 12) & 0xF)).append(hex.charAt((c >> 8) & 0xF))
        .append(hex.charAt((c >> 4) & 0xF)).append(hex.charAt(c & 0xF));
  }
}
