package eu.rampart.rego.builtins;

import eu.rampart.rego.value.Value;

/**
 * YAML data files read as OPA's loader reads them (sigs.k8s.io/yaml YAMLToJSON): the first
 * document only, timestamps as strings, keys as strings. The same codec as yaml.unmarshal.
 */
public final class YamlDocuments {
  private YamlDocuments() {}

  /** The first document's value; a malformed document throws IllegalArgumentException with Go's wording. */
  public static Value parse(String text) {
    try {
      return YamlCodec.unmarshal(text);
    } catch (BuiltinError e) {
      throw new IllegalArgumentException(e.getMessage());
    }
  }

  /**
   * As {@link #parse(String)}, with at most {@code maxValues} values after alias expansion and at
   * most {@code maxDepth} levels of nesting (a recursive alias is refused, not followed); the
   * message ends with {@code howToRaise}.
   */
  public static Value parse(String text, long maxValues, int maxDepth, String howToRaise) {
    try {
      return YamlCodec.unmarshal(text, new YamlCodec.Bounds(maxValues, maxDepth, howToRaise));
    } catch (BuiltinError e) {
      throw new IllegalArgumentException(e.getMessage());
    }
  }
}
