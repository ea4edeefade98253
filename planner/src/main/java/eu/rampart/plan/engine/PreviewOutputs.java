package eu.rampart.plan.engine;

import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a preview answers for a new custom resource. In pulumi/pulumi a create during preview runs the
 * provider's {@code Check} and a preview {@code Create} ({@code pkg/resource/deploy/step.go}
 * {@code CreateStep.Apply} with {@code preview=true}): the checked inputs come back as outputs and
 * what the provider computes is unknown. The planner does the same, and fills in the values it can
 * synthesise faithfully (ids, ARNs in the resource's region with a placeholder account, names),
 * because policies join resources through them. Every output the resource class declares is
 * present: echoed, synthesised, or unknown; a value that does not fit the declared type is unknown.
 */
final class PreviewOutputs {
  record Answer(String id, Struct outputs) {}

  private PreviewOutputs() {}

  static Answer custom(String type, String name, Struct inputs, String region, Map<String, Type> declared,
                       List<String> additionalSecretOutputs) {
    Set<String> secretTexts = new HashSet<>();
    inputs.getFieldsMap().values().forEach(v -> Wire.collectSecretTexts(v, false, secretTexts));
    Map<String, Object> plainInputs = new LinkedHashMap<>();
    inputs.getFieldsMap().forEach((k, v) -> {
      Object p = plain(v);
      if (p != null) plainInputs.put(k, p);
    });
    Map<String, Object> state = new LinkedHashMap<>(plainInputs);
    String id;
    if (type.startsWith("aws:")) {
      id = AwsIdentity.complete(type, name, state, region);
    } else if (type.startsWith("azure-native:")) {
      id = AzureIdentity.complete(type, name, state);
    } else {
      id = name + "-" + MockIds.shortHash(type, name);
      state.putIfAbsent("id", id);
    }

    Map<String, Value> out = new LinkedHashMap<>(inputs.getFieldsMap());
    state.forEach((k, v) -> {
      Value input = inputs.getFieldsMap().get(k);
      if (input != null && Objects.equals(plainInputs.get(k), v)) return; // echoed as given, secrets still wrapped
      Value synthesised = Wire.of(v);
      boolean secret = (input != null && Wire.isSecret(input)) || containsAny(v, secretTexts);
      out.put(k, secret ? Wire.secret(synthesised) : synthesised);
    });
    if (secretTexts.contains(id)) id = Wire.UNKNOWN; // an id made of a secret would print it
    for (Map.Entry<String, Type> d : declared.entrySet()) {
      Value v = out.get(d.getKey());
      if (v == null || !Conformance.conforms(v, d.getValue())) out.put(d.getKey(), Wire.UNKNOWN_VALUE);
    }
    for (String key : additionalSecretOutputs) {
      Value v = out.get(key);
      if (v != null && !Wire.isSecret(v)) out.put(key, Wire.secret(v));
    }
    return new Answer(id, Struct.newBuilder().putAllFields(out).build());
  }

  /** A provider answers with its inputs: its id is what resources on it refer to. */
  static Answer provider(String type, String name, Struct inputs) {
    return new Answer(MockIds.uuid("provider", type, name), inputs);
  }

  /** Plain Java value with secrets unwrapped and unknowns dropped (null), for synthesis only. */
  static Object plain(Value v) {
    Value u = Wire.unwrap(v);
    if (Wire.isUnknown(u)) return null;
    switch (u.getKindCase()) {
      case STRING_VALUE -> { return u.getStringValue(); }
      case BOOL_VALUE -> { return u.getBoolValue(); }
      case NUMBER_VALUE -> { return u.getNumberValue(); }
      case LIST_VALUE -> {
        List<Object> l = new ArrayList<>();
        for (Value item : u.getListValue().getValuesList()) {
          Object p = plain(item);
          if (p != null) l.add(p);
        }
        return l;
      }
      case STRUCT_VALUE -> {
        String sig = Wire.signature(u);
        if (Wire.RESOURCE_SIG.equals(sig)) {
          Value urn = u.getStructValue().getFieldsMap().get("urn");
          return urn == null ? null : urn.getStringValue();
        }
        if (sig != null) return null;
        Map<String, Object> m = new LinkedHashMap<>();
        u.getStructValue().getFieldsMap().forEach((k, item) -> {
          Object p = plain(item);
          if (p != null) m.put(k, p);
        });
        return m;
      }
      default -> { return null; }
    }
  }

  private static boolean containsAny(Object v, Set<String> secretTexts) {
    if (secretTexts.isEmpty()) return false;
    if (v instanceof String s) {
      for (String secret : secretTexts) if (s.equals(secret) || (secret.length() >= 4 && s.contains(secret))) return true;
      return false;
    }
    if (v instanceof Map<?, ?> m) return m.values().stream().anyMatch(x -> containsAny(x, secretTexts));
    if (v instanceof List<?> l) return l.stream().anyMatch(x -> containsAny(x, secretTexts));
    return false;
  }
}
