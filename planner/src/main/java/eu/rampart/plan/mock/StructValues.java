package eu.rampart.plan.mock;

import com.google.protobuf.ListValue;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the protobuf values the SDK sends to the engine into plain Java values for the plan, the
 * way the engine would show them to a policy: secrets masked, unknowns marked, resource
 * references replaced by their URN and assets by a short description.
 */
final class StructValues {
  /** Pulumi's special-object signature key and the signatures it may carry: the engine's, one source. */
  static final String SIG_KEY = eu.rampart.plan.engine.Wire.SIG_KEY;
  static final String SECRET_SIG = eu.rampart.plan.engine.Wire.SECRET_SIG;
  static final String RESOURCE_SIG = eu.rampart.plan.engine.Wire.RESOURCE_SIG;
  static final String ASSET_SIG = eu.rampart.plan.engine.Wire.ASSET_SIG;
  static final String ARCHIVE_SIG = eu.rampart.plan.engine.Wire.ARCHIVE_SIG;
  static final String OUTPUT_SIG = eu.rampart.plan.engine.Wire.OUTPUT_SIG;
  static final String UNKNOWN = eu.rampart.plan.engine.Wire.UNKNOWN;
  static final String SECRET_TEXT = "[secret]";
  static final String UNKNOWN_TEXT = "[unknown]";

  private StructValues() {}

  static Map<String, Object> toMap(Struct struct) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<String, Value> e : struct.getFieldsMap().entrySet()) {
      out.put(e.getKey(), toJava(e.getValue()));
    }
    return out;
  }

  static Object toJava(Value v) {
    switch (v.getKindCase()) {
      case NULL_VALUE:
      case KIND_NOT_SET:
        return null;
      case BOOL_VALUE:
        return v.getBoolValue();
      case NUMBER_VALUE:
        return v.getNumberValue();
      case STRING_VALUE:
        return UNKNOWN.equals(v.getStringValue()) ? UNKNOWN_TEXT : v.getStringValue();
      case LIST_VALUE:
        return toList(v.getListValue());
      case STRUCT_VALUE:
        return special(v.getStructValue());
      default:
        throw new IllegalStateException("unexpected protobuf value kind " + v.getKindCase());
    }
  }

  private static List<Object> toList(ListValue list) {
    List<Object> out = new ArrayList<>(list.getValuesCount());
    for (Value item : list.getValuesList()) out.add(toJava(item));
    return out;
  }

  private static Object special(Struct s) {
    Value sig = s.getFieldsMap().get(SIG_KEY);
    if (sig == null || sig.getKindCase() != Value.KindCase.STRING_VALUE) return toMap(s);
    String kind = sig.getStringValue();
    Map<String, Value> f = s.getFieldsMap();
    switch (kind) {
      case SECRET_SIG:
        return SECRET_TEXT;
      case RESOURCE_SIG:
        return f.containsKey("urn") ? f.get("urn").getStringValue() : UNKNOWN_TEXT;
      case ASSET_SIG:
        return describe("asset", f);
      case ARCHIVE_SIG:
        return describe("archive", f);
      case OUTPUT_SIG:
        // an output value: secret wins, then unknown (no "value" field), else the plain value
        if (f.containsKey("secret") && f.get("secret").getBoolValue()) return SECRET_TEXT;
        return f.containsKey("value") ? toJava(f.get("value")) : UNKNOWN_TEXT;
      default:
        return toMap(s);
    }
  }

  /** The plain text of every secret in {@code struct}, to scrub them from the mock's echoed outputs. */
  static Set<String> secretTexts(Struct struct) {
    Set<String> out = new HashSet<>();
    for (Value v : struct.getFieldsMap().values()) collectSecrets(v, false, out);
    return out;
  }

  private static void collectSecrets(Value v, boolean inSecret, Set<String> out) {
    switch (v.getKindCase()) {
      case STRING_VALUE -> {
        if (inSecret && !v.getStringValue().isEmpty()) out.add(v.getStringValue());
      }
      case NUMBER_VALUE -> {
        if (inSecret) out.add(String.valueOf(v.getNumberValue()));
      }
      case LIST_VALUE -> v.getListValue().getValuesList().forEach(item -> collectSecrets(item, inSecret, out));
      case STRUCT_VALUE -> {
        Map<String, Value> f = v.getStructValue().getFieldsMap();
        Value sig = f.get(SIG_KEY);
        boolean secret = inSecret || (sig != null && (SECRET_SIG.equals(sig.getStringValue())
            || (OUTPUT_SIG.equals(sig.getStringValue()) && f.containsKey("secret") && f.get("secret").getBoolValue())));
        f.forEach((k, item) -> {
          if (!k.equals(SIG_KEY)) collectSecrets(item, secret, out);
        });
      }
      default -> { }
    }
  }

  /**
   * {@code outputs} with every value masked whose input was secret (same path) or that contains a
   * secret's text: the mocks echo inputs back in plain text, the engine would keep them secret.
   */
  @SuppressWarnings("unchecked")
  static Object maskLike(Object output, Object maskedInput, Set<String> secrets) {
    if (SECRET_TEXT.equals(maskedInput)) return SECRET_TEXT;
    if (output instanceof String s) {
      for (String secret : secrets) {
        if (s.equals(secret) || (secret.length() >= 4 && s.contains(secret))) return SECRET_TEXT;
      }
      return s;
    }
    if (output instanceof Map<?, ?> m) {
      Map<String, Object> in = maskedInput instanceof Map<?, ?> im ? (Map<String, Object>) im : Map.of();
      Map<String, Object> out = new LinkedHashMap<>();
      m.forEach((k, v) -> out.put((String) k, maskLike(v, in.get(k), secrets)));
      return out;
    }
    if (output instanceof List<?> l) {
      List<?> in = maskedInput instanceof List<?> il ? il : List.of();
      List<Object> out = new ArrayList<>();
      for (int i = 0; i < l.size(); i++) out.add(maskLike(l.get(i), i < in.size() ? in.get(i) : null, secrets));
      return out;
    }
    if (output instanceof Number n && secrets.contains(String.valueOf(n.doubleValue()))) return SECRET_TEXT;
    return output;
  }

  private static String describe(String what, Map<String, Value> f) {
    for (String k : new String[] {"path", "uri"}) {
      if (f.containsKey(k)) return what + " " + k + " " + f.get(k).getStringValue();
    }
    return f.containsKey("text") ? what + " (inline text)" : what + " (inline)";
  }
}
