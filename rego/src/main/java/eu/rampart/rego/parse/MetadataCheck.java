package eu.rampart.rego.parse;

import eu.rampart.rego.api.RegoError;
import eu.rampart.rego.api.RegoException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The shape OPA's annotation parser requires of a METADATA block's well-known keys, checked where
 * the block is read so that the compiler can rely on it: {@code scope} one of OPA's four,
 * {@code title} and {@code description} scalars (read as strings), {@code entrypoint} a boolean, {@code authors},
 * {@code organizations} and {@code related_resources} a value or a list without empty entries,
 * {@code custom} a mapping. A key whose value is empty ({@code title:}) counts as absent, as OPA's
 * YAML decoder leaves the field unset.
 */
final class MetadataCheck {
  private static final Set<String> SCOPES = Set.of("rule", "document", "package", "subpackages");

  private MetadataCheck() {}

  static void check(Map<String, Object> block, String file, int line, int col) {
    for (Map.Entry<String, Object> e : block.entrySet()) {
      Object v = e.getValue();
      if (v == null) continue;
      switch (e.getKey()) {
        case "scope":
          if (!(v instanceof String s) || !SCOPES.contains(s)) {
            throw error("invalid annotation scope '" + v + "': expected one of rule, document, package, subpackages", file, line, col);
          }
          break;
        case "title":
        case "description":
          // OPA's YAML decoder reads any scalar into these string fields (title: 2024 is "2024")
          if (v instanceof Map<?, ?> || v instanceof List<?>) throw error(e.getKey() + ": expected a string, found " + kind(v), file, line, col);
          break;
        case "entrypoint":
          if (!(v instanceof Boolean)) throw error("entrypoint: expected true or false, found " + kind(v), file, line, col);
          break;
        case "custom":
          if (!(v instanceof Map<?, ?>)) throw error("custom: expected a mapping, found " + kind(v), file, line, col);
          break;
        case "authors":
        case "organizations":
        case "related_resources":
          if (v instanceof List<?> l && l.contains(null)) throw error(e.getKey() + ": expected no empty entries", file, line, col);
          break;
        default:
          break;
      }
    }
  }

  private static String kind(Object v) {
    if (v instanceof Map<?, ?>) return "a mapping";
    if (v instanceof List<?>) return "a list";
    if (v instanceof String) return "a string";
    if (v instanceof Boolean) return "a boolean";
    if (v instanceof Number) return "a number";
    return "a " + v.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT);
  }

  private static RegoException error(String msg, String file, int line, int col) {
    return new RegoException(new RegoError("rego_parse_error", msg, file, line, col));
  }
}
