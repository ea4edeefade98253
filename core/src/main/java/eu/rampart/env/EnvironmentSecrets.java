package eu.rampart.env;

import eu.rampart.plan.secret.SecretMasker;
import java.util.ArrayDeque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The secret values of an environment file ({@code fn::secret}), found in the raw YAML tree
 * before interpolation or validation, so that every message about the file and every report can
 * mask them.
 */
final class EnvironmentSecrets {
  private EnvironmentSecrets() {}

  /** Every scalar under an {@code fn::secret} mapping (walked iteratively). */
  static Set<String> of(Object root) {
    Set<String> out = new LinkedHashSet<>();
    ArrayDeque<Object[]> todo = new ArrayDeque<>();
    todo.push(new Object[] {root, Boolean.FALSE});
    while (!todo.isEmpty()) {
      Object[] p = todo.pop();
      Object v = p[0];
      boolean secret = (Boolean) p[1];
      if (v instanceof Map<?, ?> m) {
        for (Map.Entry<?, ?> e : m.entrySet()) {
          todo.push(new Object[] {e.getValue(), secret || Environment.SECRET_FN.equals(e.getKey())});
        }
      } else if (v instanceof List<?> l) {
        for (Object item : l) todo.push(new Object[] {item, secret});
      } else if (secret && v != null) {
        out.add(String.valueOf(v));
      }
    }
    return out;
  }

  /** Strings of the resolved tree that contain a secret (a connection string built with ${...}). */
  static Set<String> derived(Object resolved, Set<String> secrets) {
    Set<String> out = new LinkedHashSet<>();
    if (secrets.isEmpty()) return out;
    SecretMasker masker = new SecretMasker(secrets);
    ArrayDeque<Object> todo = new ArrayDeque<>();
    todo.push(resolved);
    while (!todo.isEmpty()) {
      Object v = todo.pop();
      if (v instanceof Map<?, ?> m) m.values().forEach(x -> { if (x != null) todo.push(x); });
      else if (v instanceof List<?> l) l.forEach(x -> { if (x != null) todo.push(x); });
      else if (v instanceof String s && masker.revealsSecret(s)) out.add(s);
    }
    return out;
  }

  static EnvironmentException masked(EnvironmentException e, Set<String> secrets) {
    if (secrets.isEmpty()) return e;
    SecretMasker masker = new SecretMasker(secrets);
    String prefix = e.file() + (e.line() > 0 ? ":" + e.line() : "") + ": ";
    String message = e.getMessage().startsWith(prefix) ? e.getMessage().substring(prefix.length()) : e.getMessage();
    String masked = masker.mask(message);
    return masked.equals(message) ? e : new EnvironmentException(e.file(), e.line(), masked);
  }

  /** What a value is, for "must be X, found Y" messages; never the value itself. */
  static String kind(Object v) {
    if (v instanceof String) return "a string";
    if (v instanceof Boolean) return "a boolean";
    if (v instanceof Number) return "a number";
    if (v instanceof Map) return "a mapping";
    if (v instanceof List) return "a list";
    return "null";
  }
}
