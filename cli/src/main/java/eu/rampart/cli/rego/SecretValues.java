package eu.rampart.cli.rego;

import eu.rampart.rego.value.ArrayValue;
import eu.rampart.rego.value.ObjectValue;
import eu.rampart.rego.value.SetValue;
import eu.rampart.rego.value.StringValue;
import eu.rampart.rego.value.Value;
import java.util.Map;
import java.util.Set;

/**
 * Finds Pulumi secret values in documents given to {@code rampart rego eval} (objects carrying
 * Pulumi's signature key, with plaintext/ciphertext/value), so the output can be masked.
 */
final class SecretValues {
  static final String SIGNATURE_KEY = eu.rampart.plan.input.PulumiValues.SIG_KEY;

  private SecretValues() {}

  static void collect(Value v, Set<String> out) {
    if (v instanceof ObjectValue o) {
      boolean secret = o.get(SIGNATURE_KEY) != null;
      for (Map.Entry<Value, Value> e : o.entries()) {
        if (secret && e.getKey() instanceof StringValue k && !k.value().equals(SIGNATURE_KEY)) addAll(e.getValue(), out);
        collect(e.getValue(), out);
      }
    } else if (v instanceof ArrayValue a) {
      for (Value x : a.items()) collect(x, out);
    } else if (v instanceof SetValue s) {
      for (Value x : s.elements()) collect(x, out);
    }
  }

  private static void addAll(Value v, Set<String> out) {
    if (v instanceof StringValue s) {
      out.add(s.value());
      return;
    }
    if (v instanceof ObjectValue o) for (Value x : o.asMap().values()) addAll(x, out);
    else if (v instanceof ArrayValue a) for (Value x : a.items()) addAll(x, out);
    else if (v != null && !(v instanceof SetValue)) out.add(v.toString());
  }
}
