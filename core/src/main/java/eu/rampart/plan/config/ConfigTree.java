package eu.rampart.plan.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Config values before they become text: strings, Long, Double, Boolean, null, maps, lists, and
 * two secret leaves, {@link Secure} (a ciphertext from a stack file) and {@link Secret} (a known
 * plaintext marked secret, from ESC {@code fn::secret}).
 */
final class ConfigTree {
  /** A {@code secure:} ciphertext. */
  record Secure(String ciphertext) {
    @Override
    public String toString() { return "[secure]"; }
  }

  /** A value ESC marks secret ({@code fn::secret}); its text never leaves through toString. */
  record Secret(Object value) {
    @Override
    public String toString() { return "[secret]"; }
  }

  /** Opens a {@link Secure} leaf. */
  interface Opener {
    String open(Secure leaf) throws PassphraseCrypter.Failure;
  }

  // Go's json.Marshal writes map keys sorted, as PULUMI_CONFIG carries objects
  private static final ObjectMapper JSON = new ObjectMapper()
      .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
      .enable(com.fasterxml.jackson.core.JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

  private ConfigTree() {}

  static boolean containsSecure(Object v) {
    if (v instanceof Secure) return true;
    if (v instanceof Secret s) return containsSecure(s.value());
    if (v instanceof Map<?, ?> m) return m.values().stream().anyMatch(ConfigTree::containsSecure);
    if (v instanceof List<?> l) return l.stream().anyMatch(ConfigTree::containsSecure);
    return false;
  }

  /** Whether Pulumi treats the value as secret ({@code config.Value.Secure}, {@code Plaintext.Secure}). */
  static boolean isSecret(Object v) {
    if (v instanceof Secure || v instanceof Secret) return true;
    if (v instanceof Map<?, ?> m) return m.values().stream().anyMatch(ConfigTree::isSecret);
    if (v instanceof List<?> l) return l.stream().anyMatch(ConfigTree::isSecret);
    return false;
  }

  /**
   * JSON merge patch (RFC 7386), the patch winning, as {@code mergeConfig} in pulumi/pulumi
   * {@code sdk/go/common/workspace/config.go} merges a stack value over an environment value, and
   * as ESC merges imported environments (objects deep, anything else replaced).
   */
  static Object merge(Object target, Object patch) {
    if (!(patch instanceof Map<?, ?> p)) return patch;
    Map<String, Object> out = new LinkedHashMap<>();
    if (target instanceof Map<?, ?> t) t.forEach((k, v) -> out.put((String) k, v));
    p.forEach((k, v) -> {
      if (v == null) out.remove((String) k);
      else out.put((String) k, merge(out.get((String) k), v));
    });
    return out;
  }

  /** The plain value with every secret leaf opened (for type checks and the program's text). */
  static Object open(Object v, Opener opener) throws PassphraseCrypter.Failure {
    if (v instanceof Secure s) return opener.open(s);
    if (v instanceof Secret s) return open(s.value(), opener);
    if (v instanceof Map<?, ?> m) {
      Map<String, Object> out = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : m.entrySet()) out.put((String) e.getKey(), open(e.getValue(), opener));
      return out;
    }
    if (v instanceof List<?> l) {
      List<Object> out = new ArrayList<>();
      for (Object item : l) out.add(open(item, opener));
      return out;
    }
    return v;
  }

  /**
   * The text the program receives ({@code Plaintext.marshalText}): a string as is, anything else as
   * JSON with sorted keys and Go's number formatting. Call on an opened value.
   */
  static String text(Object opened) {
    if (opened instanceof String s) return s;
    if (opened == null) return "";
    try {
      return JSON.writeValueAsString(goNumbers(opened));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("config value cannot be written as JSON: " + e.getOriginalMessage());
    }
  }

  /** Doubles as Go's encoding/json writes float64: no trailing ".0", no exponent in the usual range. */
  private static Object goNumbers(Object v) {
    if (v instanceof Double d && !d.isNaN() && !d.isInfinite()) {
      double abs = Math.abs(d);
      if (abs == 0 || (abs >= 1e-6 && abs < 1e21)) return new BigDecimal(Double.toString(d)).stripTrailingZeros();
      return d;
    }
    if (v instanceof Map<?, ?> m) {
      Map<String, Object> out = new TreeMap<>();
      m.forEach((k, val) -> out.put((String) k, goNumbers(val)));
      return out;
    }
    if (v instanceof List<?> l) return l.stream().map(ConfigTree::goNumbers).toList();
    return v;
  }
}
