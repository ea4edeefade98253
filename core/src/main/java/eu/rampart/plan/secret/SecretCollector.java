package eu.rampart.plan.secret;

import static eu.rampart.plan.input.PulumiValues.*;

import com.fasterxml.jackson.databind.JsonNode;
import eu.rampart.plan.read.ResourceState;
import eu.rampart.plan.read.StackSnapshot;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects every secret plaintext a snapshot reveals: plaintext secret objects, {@code b64}
 * ciphertexts (which are only base64), inputs whose outputs are secret or listed in
 * {@code additionalSecretOutputs}, inputs under sensitive names ({@link SensitiveNames}) and
 * sensitive stack config values.
 */
public final class SecretCollector {
  private final boolean base64Ciphertexts;
  private final Set<String> found = new LinkedHashSet<>();

  private SecretCollector(boolean base64Ciphertexts) { this.base64Ciphertexts = base64Ciphertexts; }

  public static SecretMasker maskerFor(StackSnapshot... snapshots) {
    return maskerFor(List.of(snapshots));
  }

  public static SecretMasker maskerFor(Collection<StackSnapshot> snapshots) {
    Set<String> all = new LinkedHashSet<>();
    for (StackSnapshot s : snapshots) all.addAll(collect(s));
    return new SecretMasker(all);
  }

  /** The secret plaintexts in one snapshot. */
  public static Set<String> collect(StackSnapshot s) {
    SecretCollector c = new SecretCollector("b64".equals(s.secretsProvider()));
    for (Map.Entry<String, String> e : s.config().entrySet()) {
      if (e.getValue() != null && SensitiveNames.isSensitiveConfigKey(e.getKey())) c.found.add(e.getValue());
    }
    for (ResourceState r : s.resources()) {
      c.resource(r);
      if (r.old() != null) c.resource(r.old());
    }
    c.found.remove(SECRET);
    c.found.remove(UNKNOWN);
    c.found.remove(UNKNOWN_GUID);
    return c.found;
  }

  private void resource(ResourceState r) {
    JsonNode in = r.inputs();
    JsonNode out = r.outputs();
    walk(r.type(), in, false);
    walk(r.type(), out, false);
    if (!in.isObject()) return;
    List<String> secretKeys = new ArrayList<>(r.additionalSecretOutputs());
    if (out.isObject()) {
      out.fields().forEachRemaining(e -> {
        if (isSecretObject(e.getValue())) secretKeys.add(e.getKey());
      });
    }
    for (String k : secretKeys) {
      JsonNode v = in.get(k);
      if (v != null && !isSecretObject(v)) leaves(v);
    }
  }

  /** A node still to visit and whether it sits under a sensitive name. */
  private record Pending(JsonNode node, boolean sensitive) {}

  /**
   * Visits a value tree, collecting plaintext secrets and sensitive-name values. Iterative (an
   * explicit stack), so no nesting the parser accepts can overflow the thread's stack.
   */
  private void walk(String type, JsonNode root, boolean rootSensitive) {
    java.util.ArrayDeque<Pending> todo = new java.util.ArrayDeque<>();
    todo.push(new Pending(root, rootSensitive));
    while (!todo.isEmpty()) {
      Pending p = todo.pop();
      JsonNode n = p.node();
      boolean sensitive = p.sensitive();
      if (n == null || n.isNull()) continue;
      if (n.isObject()) {
        if (isSecretObject(n)) {
          secretPayload(n);
          continue;
        }
        if (n.has(SIG_KEY)) continue; // assets, archives, resource references hold no secrets
        for (java.util.Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> e = it.next();
          // __inputs is the provider's copy of all inputs, secret as a whole only because some input
          // is; that input is found under its own name. Its leaves ("REGIONAL", names) are not
          // secrets, so only the decoded text as a whole is masked.
          if (e.getKey().equals("__inputs")) {
            wholePayload(e.getValue());
            continue;
          }
          todo.push(new Pending(e.getValue(), sensitive || SensitiveNames.isSensitive(type, e.getKey())));
        }
      } else if (n.isArray()) {
        for (JsonNode e : n) todo.push(new Pending(e, sensitive));
      } else if (sensitive && (n.isTextual() || n.isNumber())) {
        found.add(n.asText());
      }
    }
  }

  /**
   * Secrets visible in a document before it is validated, so that an error message about it can
   * already be masked: plaintexts of secret objects anywhere, values under sensitive names, and
   * sensitive config keys ({@code db:password}). Over-collecting is harmless; it only masks more.
   */
  public static Set<String> collectRaw(JsonNode document) {
    SecretCollector c = new SecretCollector(true);
    c.walk(null, document, false);
    java.util.ArrayDeque<JsonNode> todo = new java.util.ArrayDeque<>();
    todo.push(document);
    while (!todo.isEmpty()) {
      JsonNode n = todo.pop();
      if (n == null) continue;
      if (n.isObject()) {
        for (java.util.Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> e = it.next();
          if (SensitiveNames.isSensitiveConfigKey(e.getKey())) c.leaves(e.getValue());
          todo.push(e.getValue());
        }
      } else if (n.isArray()) {
        for (JsonNode e : n) todo.push(e);
      }
    }
    c.found.remove(SECRET);
    c.found.remove(UNKNOWN);
    c.found.remove(UNKNOWN_GUID);
    return c.found;
  }

  private void secretPayload(JsonNode secret) {
    if (!secret.hasNonNull("plaintext") && !secret.hasNonNull("ciphertext") && secret.has("value")) {
      leaves(secret.get("value"));
      return;
    }
    String json = decoded(secret);
    if (json == null) return;
    try {
      // the plaintext of a secret is JSON text; it is read with the inputs' own limits
      leaves(eu.rampart.plan.read.JsonDocuments.mapper().readTree(json));
    } catch (Exception notJson) {
      found.add(json);
    }
  }

  private void wholePayload(JsonNode secret) {
    if (!isSecretObject(secret)) return;
    String json = decoded(secret);
    if (json != null) found.add(json);
  }

  private String decoded(JsonNode secret) {
    if (secret.hasNonNull("plaintext")) return secret.get("plaintext").asText();
    if (base64Ciphertexts && secret.hasNonNull("ciphertext")) {
      try {
        return new String(Base64.getDecoder().decode(secret.get("ciphertext").asText()), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException notBase64) {
        return null;
      }
    }
    return null;
  }

  /** Every scalar under a value (iteratively, as {@link #walk}). */
  private void leaves(JsonNode root) {
    java.util.ArrayDeque<JsonNode> todo = new java.util.ArrayDeque<>();
    todo.push(root);
    while (!todo.isEmpty()) {
      JsonNode n = todo.pop();
      if (n == null || n.isNull()) continue;
      if (n.isTextual() || n.isNumber()) found.add(n.asText());
      else if (n.isArray() || n.isObject()) {
        if (isSecretObject(n)) {
          secretPayload(n);
          continue;
        }
        for (JsonNode e : n) todo.push(e);
      }
    }
  }

  static boolean isSecretObject(JsonNode n) {
    return n != null && n.isObject() && SIG_SECRET.equals(n.path(SIG_KEY).asText(null));
  }
}
