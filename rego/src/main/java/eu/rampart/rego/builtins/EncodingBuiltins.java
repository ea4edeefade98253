package eu.rampart.rego.builtins;

import eu.rampart.rego.types.Type;
import eu.rampart.rego.value.ArrayValue;
import eu.rampart.rego.value.BooleanValue;
import eu.rampart.rego.value.ObjectValue;
import eu.rampart.rego.value.SetValue;
import eu.rampart.rego.value.StringValue;
import eu.rampart.rego.value.Value;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * OPA's encoding built-ins (topdown/encoding.go): base64, base64url, hex, urlquery, json and
 * yaml. Strings are their UTF-8 bytes, as in Go; decoded bytes that are not valid UTF-8 come back
 * with U+FFFD replacements, as they would print from OPA.
 */
public final class EncodingBuiltins implements BuiltinFamily {
  @Override
  public void register(BuiltinRegistry r) {
    List<Type> s = List.of(Type.STRING);
    List<Type> any = List.of(Type.ANY);
    r.register("base64.encode", s, Type.STRING,
        (c, a) -> StringValue.of(Base64.getEncoder().encodeToString(TextOperands.utf8(Args.string(a, 0)))));
    r.register("base64.decode", s, Type.STRING, (c, a) -> decodeStd(Args.string(a, 0)));
    r.register("base64.is_valid", s, Type.BOOLEAN, EncodingBuiltins::base64IsValid);
    r.register("base64url.encode", s, Type.STRING,
        (c, a) -> StringValue.of(Base64.getUrlEncoder().encodeToString(TextOperands.utf8(Args.string(a, 0)))));
    r.register("base64url.encode_no_pad", s, Type.STRING,
        (c, a) -> StringValue.of(Base64.getUrlEncoder().withoutPadding().encodeToString(TextOperands.utf8(Args.string(a, 0)))));
    r.register("base64url.decode", s, Type.STRING, (c, a) -> decodeUrl(Args.string(a, 0)));
    r.register("hex.encode", s, Type.STRING, (c, a) -> StringValue.of(hexEncode(TextOperands.utf8(Args.string(a, 0)))));
    r.register("hex.decode", s, Type.STRING, (c, a) -> StringValue.of(TextOperands.fromUtf8(hexDecode(Args.string(a, 0)))));
    r.register("urlquery.encode", s, Type.STRING, (c, a) -> StringValue.of(UrlQuery.escape(Args.string(a, 0))));
    r.register("urlquery.decode", s, Type.STRING, (c, a) -> StringValue.of(UrlQuery.unescape(Args.string(a, 0))));
    r.register("urlquery.encode_object", List.of(Type.OBJECT), Type.STRING, EncodingBuiltins::encodeObject);
    r.register("urlquery.decode_object", s, Type.OBJECT, EncodingBuiltins::decodeObject);
    r.register("json.marshal", any, Type.STRING, (c, a) -> StringValue.of(JsonText.marshal(a[0])));
    r.register("json.marshal_with_options", List.of(Type.ANY, Type.OBJECT), Type.STRING, EncodingBuiltins::marshalWithOptions);
    r.register("json.unmarshal", s, Type.ANY, (c, a) -> JsonText.parse(Args.string(a, 0)));
    r.register("json.is_valid", any, Type.BOOLEAN,
        (c, a) -> BooleanValue.of(a[0] instanceof StringValue str && JsonText.isValid(str.value())));
    r.register("yaml.marshal", any, Type.STRING, (c, a) -> StringValue.of(YamlCodec.marshal(a[0])));
    r.register("yaml.unmarshal", s, Type.ANY, (c, a) -> YamlCodec.unmarshal(Args.string(a, 0)));
    r.register("yaml.is_valid", any, Type.BOOLEAN,
        (c, a) -> BooleanValue.of(a[0] instanceof StringValue str && YamlCodec.isValid(str.value())));
  }

  private static Value decodeStd(String s) {
    try {
      return StringValue.of(TextOperands.fromUtf8(GoBase64.decodeStd(TextOperands.utf8(s))));
    } catch (GoBase64.CorruptInput e) {
      throw new BuiltinError(e.getMessage());
    }
  }

  private static Value base64IsValid(BuiltinContext ctx, Value[] a) {
    try {
      GoBase64.decodeStd(TextOperands.utf8(Args.string(a, 0)));
      return BooleanValue.TRUE;
    } catch (GoBase64.CorruptInput e) {
      return BooleanValue.FALSE;
    }
  }

  /** Unpadded input is padded first (RFC 7515 appendix C), as OPA does. */
  private static Value decodeUrl(String s) {
    if (!s.endsWith("=")) {
      switch (TextOperands.utf8(s).length % 4) {
        case 0: break;
        case 2: s += "=="; break;
        case 3: s += "="; break;
        default: throw new BuiltinError("illegal base64url string: " + s);
      }
    }
    try {
      return StringValue.of(TextOperands.fromUtf8(GoBase64.decodeUrl(TextOperands.utf8(s))));
    } catch (GoBase64.CorruptInput e) {
      throw new BuiltinError(e.getMessage());
    }
  }

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  static String hexEncode(byte[] b) {
    char[] out = new char[b.length * 2];
    for (int i = 0; i < b.length; i++) {
      out[2 * i] = HEX[(b[i] >> 4) & 0xF];
      out[2 * i + 1] = HEX[b[i] & 0xF];
    }
    return new String(out);
  }

  /** Go's hex.DecodeString, with its error texts. */
  static byte[] hexDecode(String s) {
    byte[] src = TextOperands.utf8(s);
    byte[] out = new byte[src.length / 2];
    int i = 0;
    for (; i + 1 < src.length; i += 2) {
      int hi = fromHex(src[i]);
      if (hi < 0) throw invalidHexByte(s, i);
      int lo = fromHex(src[i + 1]);
      if (lo < 0) throw invalidHexByte(s, i + 1);
      out[i / 2] = (byte) (hi << 4 | lo);
    }
    if (src.length % 2 == 1) {
      if (fromHex(src[src.length - 1]) < 0) throw invalidHexByte(s, src.length - 1);
      throw new BuiltinError("encoding/hex: odd length hex string");
    }
    return out;
  }

  private static int fromHex(byte b) {
    if (b >= '0' && b <= '9') return b - '0';
    if (b >= 'a' && b <= 'f') return b - 'a' + 10;
    if (b >= 'A' && b <= 'F') return b - 'A' + 10;
    return -1;
  }

  /** Go prints the offending byte with %#U, e.g. U+0067 'g'. */
  private static BuiltinError invalidHexByte(String s, int byteIndex) {
    int b = TextOperands.utf8(s)[byteIndex] & 0xFF;
    StringBuilder sb = new StringBuilder("encoding/hex: invalid byte: U+");
    String h = Integer.toHexString(b).toUpperCase();
    sb.append("0".repeat(4 - h.length())).append(h);
    if (Quoting.isPrint(b)) sb.append(" '").appendCodePoint(b).append('\'');
    return new BuiltinError(sb.toString());
  }

  /**
   * Go's url.Values.Encode over OPA's JSON view of the object: keys sorted (non-string keys as
   * their JSON text), each value a string or an array/set of strings, escaped with QueryEscape.
   */
  private static Value encodeObject(BuiltinContext ctx, Value[] a) {
    ObjectValue o = Args.object(a, 0);
    TreeMap<String, List<String>> values = new TreeMap<>();
    for (Map.Entry<Value, Value> e : o.entries()) {
      String key = e.getKey() instanceof StringValue k ? k.value() : JsonText.marshal(e.getKey());
      List<String> vs = new ArrayList<>();
      Value v = e.getValue();
      if (v instanceof StringValue s) {
        vs.add(s.value());
      } else if (v instanceof ArrayValue arr) {
        for (int i = 0; i < arr.size(); i++) vs.add(urlValue(arr.get(i)));
      } else if (v instanceof SetValue set) {
        for (Value x : set.sorted()) vs.add(urlValue(x));
      } else {
        throw ENCODE_OBJECT_VALUE;
      }
      values.put(key, vs);
    }
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, List<String>> e : values.entrySet()) {
      String key = UrlQuery.escape(e.getKey());
      for (String v : e.getValue()) {
        if (sb.length() > 0) sb.append('&');
        sb.append(key).append('=').append(UrlQuery.escape(v));
      }
    }
    return StringValue.of(sb.toString());
  }

  private static final BuiltinError ENCODE_OBJECT_VALUE =
      new BuiltinError("encode_object: value must be a string, an array of strings or a set of strings");

  private static String urlValue(Value v) {
    if (v instanceof StringValue s) return s.value();
    throw ENCODE_OBJECT_VALUE;
  }

  /** Go's url.ParseQuery: each key maps to the array of its values in order. */
  private static Value decodeObject(BuiltinContext ctx, Value[] a) {
    String query = Args.string(a, 0);
    LinkedHashMap<String, List<Value>> values = new LinkedHashMap<>();
    for (String part : query.split("&", -1)) {
      if (part.isEmpty()) continue;
      if (part.indexOf(';') >= 0) throw new BuiltinError("invalid semicolon separator in query");
      int eq = part.indexOf('=');
      String key = eq < 0 ? part : part.substring(0, eq);
      String value = eq < 0 ? "" : part.substring(eq + 1);
      key = UrlQuery.unescape(key);
      value = UrlQuery.unescape(value);
      values.computeIfAbsent(key, k -> new ArrayList<>()).add(StringValue.of(value));
    }
    ObjectValue.Builder b = ObjectValue.builder();
    for (Map.Entry<String, List<Value>> e : values.entrySet()) b.put(e.getKey(), ArrayValue.of(e.getValue()));
    return b.build();
  }

  private static Value marshalWithOptions(BuiltinContext ctx, Value[] a) {
    ObjectValue opts = Args.object(a, 1);
    String prefix = "";
    String indent = "\t";
    Boolean pretty = null;
    boolean formatted = false;
    for (Value k : opts.sortedKeys()) {
      Value v = opts.get(k);
      String key = k instanceof StringValue s ? s.value() : null;
      if ("prefix".equals(key)) {
        if (!(v instanceof StringValue s)) throw new BuiltinTypeError("operand 2 prefix must be string but got " + v.typeName());
        prefix = s.value();
        formatted = true;
      } else if ("indent".equals(key)) {
        if (!(v instanceof StringValue s)) throw new BuiltinTypeError("operand 2 indent must be string but got " + v.typeName());
        indent = s.value();
        formatted = true;
      } else if ("pretty".equals(key)) {
        if (!(v instanceof BooleanValue b)) throw new BuiltinTypeError("operand 2 pretty must be boolean but got " + v.typeName());
        pretty = b.value();
      } else {
        throw new BuiltinTypeError("operand 2 object contained unknown key " + k);
      }
    }
    // Pretty printing is on when asked for, or implied by a prefix or indent unless pretty is false.
    boolean doPretty = pretty != null ? pretty : formatted;
    return StringValue.of(doPretty ? JsonText.marshalIndent(a[0], prefix, indent) : JsonText.marshal(a[0]));
  }

  /** Go's net/url query escaping. */
  static final class UrlQuery {
    private UrlQuery() {}

    private static final char[] UPPER_HEX = "0123456789ABCDEF".toCharArray();

    static String escape(String s) {
      byte[] b = TextOperands.utf8(s);
      StringBuilder sb = new StringBuilder(b.length + 8);
      for (byte x : b) {
        int c = x & 0xFF;
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.' || c == '~') {
          sb.append((char) c);
        } else if (c == ' ') {
          sb.append('+');
        } else {
          sb.append('%').append(UPPER_HEX[c >> 4]).append(UPPER_HEX[c & 0xF]);
        }
      }
      return sb.toString();
    }

    static String unescape(String s) {
      byte[] b = TextOperands.utf8(s);
      ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
      for (int i = 0; i < b.length; i++) {
        int c = b[i] & 0xFF;
        if (c == '%') {
          if (i + 2 >= b.length || fromHex(b[i + 1]) < 0 || fromHex(b[i + 2]) < 0) {
            String bad = new String(b, i, Math.min(3, b.length - i), java.nio.charset.StandardCharsets.UTF_8);
            throw new BuiltinError("invalid URL escape " + Quoting.quote(bad, false));
          }
          out.write(fromHex(b[i + 1]) << 4 | fromHex(b[i + 2]));
          i += 2;
        } else if (c == '+') {
          out.write(' ');
        } else {
          out.write(c);
        }
      }
      return TextOperands.fromUtf8(out.toByteArray());
    }
  }
}
