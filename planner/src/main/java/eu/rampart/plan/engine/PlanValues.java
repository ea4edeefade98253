package eu.rampart.plan.engine;

import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Property values as the plan writes them (docs/plan-format.md): plain JSON, except a secret, which
 * keeps Pulumi's secret form with its value withheld ({@code {"4dabf…": "1b47…"}}, plus
 * {@code "value": "04da6b54-…"} when it is not known until apply), and an unknown, which stays the
 * engine's unknown sentinel. Resource references become the referenced URN, assets and archives a
 * short description. No secret's plain text ever leaves this class.
 */
final class PlanValues {
  private PlanValues() {}

  /**
   * @param secrets plain texts known to be secret: a string that contains one is secret too (a
   *     secret config value read with plain {@code require}, and what the program built from it)
   */
  static Map<String, Object> of(Struct struct, SecretTexts secrets) {
    Map<String, Object> out = new LinkedHashMap<>();
    struct.getFieldsMap().forEach((k, v) -> out.put(k, of(v, secrets)));
    return out;
  }

  static Object of(Value v, SecretTexts secrets) {
    switch (v.getKindCase()) {
      case NULL_VALUE, KIND_NOT_SET -> { return null; }
      case BOOL_VALUE -> { return v.getBoolValue(); }
      case NUMBER_VALUE -> { return v.getNumberValue(); }
      case STRING_VALUE -> {
        String s = v.getStringValue();
        if (secrets.contains(s)) return secret(false);
        // text built from a value the program got as the unknown sentinel (an undecryptable secret
        // read with plain require): not known until apply, and secret when such a secret exists
        if (Wire.marksUnknown(s)) return secrets.hasUnknownSecrets() ? secret(true) : Wire.UNKNOWN;
        return s;
      }
      case LIST_VALUE -> {
        List<Object> out = new ArrayList<>(v.getListValue().getValuesCount());
        for (Value item : v.getListValue().getValuesList()) out.add(of(item, secrets));
        return out;
      }
      case STRUCT_VALUE -> { return special(v, secrets); }
      default -> throw new IllegalStateException("unexpected protobuf value kind " + v.getKindCase());
    }
  }

  /** The plan's form of a secret: the signature alone, or with the unknown sentinel as its value. */
  static Map<String, Object> secret(boolean unknown) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put(Wire.SIG_KEY, Wire.SECRET_SIG);
    if (unknown) m.put("value", Wire.UNKNOWN);
    return m;
  }

  private static Object special(Value v, SecretTexts secrets) {
    String sig = Wire.signature(v);
    Map<String, Value> f = v.getStructValue().getFieldsMap();
    if (sig == null) return of(v.getStructValue(), secrets);
    switch (sig) {
      case Wire.SECRET_SIG:
        return secret(Wire.isUnknown(Wire.unwrap(v)));
      case Wire.OUTPUT_SIG:
        if (Wire.isSecret(v)) return secret(!f.containsKey("value") || Wire.isUnknown(Wire.unwrap(v)));
        return f.containsKey("value") ? of(f.get("value"), secrets) : Wire.UNKNOWN;
      case Wire.RESOURCE_SIG:
        return f.containsKey("urn") ? f.get("urn").getStringValue() : Wire.UNKNOWN;
      case Wire.ASSET_SIG:
        return describe("asset", f);
      case Wire.ARCHIVE_SIG:
        return describe("archive", f);
      default:
        // a special object this planner does not know: its meaning cannot be assumed
        return Wire.UNKNOWN;
    }
  }

  private static String describe(String what, Map<String, Value> f) {
    for (String k : new String[] {"path", "uri"}) {
      if (f.containsKey(k)) return what + " " + k + " " + f.get(k).getStringValue();
    }
    return f.containsKey("text") ? what + " (inline text)" : what + " (inline)";
  }
}
