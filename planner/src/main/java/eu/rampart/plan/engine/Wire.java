package eu.rampart.plan.engine;

import com.google.protobuf.ListValue;
import com.google.protobuf.NullValue;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import eu.rampart.plan.input.PulumiValues;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pulumi's property-value encoding on the wire (pulumi/pulumi {@code sdk/go/common/resource/properties.go}
 * and {@code plugin/rpc.go} {@code MarshalPropertyValue}): special objects carry the signature key,
 * an unknown is the sentinel string.
 */
public final class Wire {
  // the values are Pulumi's, kept once in core (PulumiValues); the names are the engine side's
  public static final String SIG_KEY = PulumiValues.SIG_KEY;
  public static final String SECRET_SIG = PulumiValues.SIG_SECRET;
  public static final String RESOURCE_SIG = PulumiValues.SIG_RESOURCE_REF;
  public static final String ASSET_SIG = PulumiValues.SIG_ASSET;
  public static final String ARCHIVE_SIG = PulumiValues.SIG_ARCHIVE;
  public static final String OUTPUT_SIG = PulumiValues.SIG_OUTPUT;
  public static final String UNKNOWN = PulumiValues.UNKNOWN_GUID;

  /**
   * Whether a text was made from a value the program got marked unknown (it holds the sentinel, in
   * any case: programs upper-case what they read). Such a text is not known until apply.
   */
  static boolean marksUnknown(String s) {
    return s != null && s.length() > UNKNOWN.length() && s.toLowerCase(java.util.Locale.ROOT).contains(UNKNOWN);
  }

  static final Value UNKNOWN_VALUE = Value.newBuilder().setStringValue(UNKNOWN).build();

  private Wire() {}

  static Value string(String s) {
    return Value.newBuilder().setStringValue(s).build();
  }

  static Value of(Object plain) {
    if (plain == null) return Value.newBuilder().setNullValue(NullValue.NULL_VALUE).build();
    if (plain instanceof Value v) return v;
    if (plain instanceof String s) return string(s);
    if (plain instanceof Boolean b) return Value.newBuilder().setBoolValue(b).build();
    if (plain instanceof Number n) return Value.newBuilder().setNumberValue(n.doubleValue()).build();
    if (plain instanceof Map<?, ?> m) {
      Struct.Builder s = Struct.newBuilder();
      m.forEach((k, v) -> s.putFields(String.valueOf(k), of(v)));
      return Value.newBuilder().setStructValue(s).build();
    }
    if (plain instanceof List<?> l) {
      ListValue.Builder b = ListValue.newBuilder();
      for (Object item : l) b.addValues(of(item));
      return Value.newBuilder().setListValue(b).build();
    }
    return string(String.valueOf(plain));
  }

  static Value secret(Value inner) {
    return Value.newBuilder().setStructValue(Struct.newBuilder()
        .putFields(SIG_KEY, string(SECRET_SIG)).putFields("value", inner)).build();
  }

  /** The signature of a special object, or null for a plain value. */
  static String signature(Value v) {
    if (v.getKindCase() != Value.KindCase.STRUCT_VALUE) return null;
    Value sig = v.getStructValue().getFieldsMap().get(SIG_KEY);
    return sig != null && sig.getKindCase() == Value.KindCase.STRING_VALUE ? sig.getStringValue() : null;
  }

  static boolean isSecret(Value v) {
    String sig = signature(v);
    if (SECRET_SIG.equals(sig)) return true;
    if (OUTPUT_SIG.equals(sig)) {
      Value s = v.getStructValue().getFieldsMap().get("secret");
      return s != null && s.getBoolValue();
    }
    return false;
  }

  static boolean isUnknown(Value v) {
    if (v.getKindCase() == Value.KindCase.STRING_VALUE) return UNKNOWN.equals(v.getStringValue());
    return OUTPUT_SIG.equals(signature(v)) && !v.getStructValue().containsFields("value");
  }

  /** The value inside a secret or output wrapper (unknown when an output has none). */
  static Value unwrap(Value v) {
    String sig = signature(v);
    if (SECRET_SIG.equals(sig) || OUTPUT_SIG.equals(sig)) {
      Value inner = v.getStructValue().getFieldsMap().get("value");
      return inner == null ? UNKNOWN_VALUE : unwrap(inner);
    }
    return v;
  }

  /** Adds the plain text of every secret inside {@code v} to {@code out}. */
  static void collectSecretTexts(Value v, boolean inSecret, Set<String> out) {
    switch (v.getKindCase()) {
      case STRING_VALUE -> {
        if (inSecret && !v.getStringValue().isEmpty() && !UNKNOWN.equals(v.getStringValue())) out.add(v.getStringValue());
      }
      case NUMBER_VALUE -> {
        if (inSecret) out.add(Numbers.text(v.getNumberValue()));
      }
      case LIST_VALUE -> v.getListValue().getValuesList().forEach(item -> collectSecretTexts(item, inSecret, out));
      case STRUCT_VALUE -> {
        boolean secret = inSecret || isSecret(v);
        v.getStructValue().getFieldsMap().forEach((k, item) -> {
          if (!k.equals(SIG_KEY)) collectSecretTexts(item, secret, out);
        });
      }
      default -> { }
    }
  }
}
