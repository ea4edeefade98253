package eu.rampart.plan.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads {@code Pulumi.yaml} and {@code Pulumi.<stack>.yaml} as the Pulumi CLI does: a scalar keeps
 * its literal text (go-yaml decodes {@code 1.50} into a string field as "1.50", see
 * {@code config.Value.unmarshalValue}), and its typed value is kept beside it for the places where
 * Pulumi uses the typed form (objects marshalled to JSON, project defaults). Built from the node
 * graph so that no YAML tag can instantiate a class.
 */
final class PulumiYaml {
  /** A scalar: the text as written, and its YAML 1.2 core-schema value (String, Long, Double, Boolean or null). */
  record Scalar(String text, Object typed) {
    @Override
    public String toString() { return text; }
  }

  private PulumiYaml() {}

  /** The document's root: maps (insertion order), lists and {@link Scalar}s; null for an empty file. */
  static Object read(Path file) {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setMaxAliasesForCollections(50);
    Node node;
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      node = new Yaml(options).compose(r);
    } catch (MarkedYAMLException e) {
      int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
      throw new ConfigException(file + (line > 0 ? ":" + line : "") + ": invalid YAML: " + e.getProblem());
    } catch (IOException e) {
      throw new ConfigException(file + ": cannot read: " + e.getMessage());
    } catch (RuntimeException e) {
      throw new ConfigException(file + ": invalid YAML: " + firstLine(e.getMessage()));
    }
    return node == null ? null : convert(file, node);
  }

  private static Object convert(Path file, Node node) {
    if (node instanceof MappingNode m) {
      Map<String, Object> out = new LinkedHashMap<>();
      for (NodeTuple t : m.getValue()) {
        if (!(t.getKeyNode() instanceof ScalarNode k)) {
          throw new ConfigException(file + ":" + (t.getKeyNode().getStartMark().getLine() + 1) + ": keys must be plain strings");
        }
        out.put(k.getValue(), convert(file, t.getValueNode()));
      }
      return out;
    }
    if (node instanceof SequenceNode s) {
      List<Object> out = new ArrayList<>();
      for (Node item : s.getValue()) out.add(convert(file, item));
      return out;
    }
    ScalarNode scalar = (ScalarNode) node;
    Tag tag = scalar.getTag();
    if (!tag.equals(Tag.STR) && !tag.equals(Tag.INT) && !tag.equals(Tag.FLOAT) && !tag.equals(Tag.BOOL) && !tag.equals(Tag.NULL)) {
      throw new ConfigException(file + ":" + (scalar.getStartMark().getLine() + 1) + ": unsupported YAML tag " + tag + " (plain values only)");
    }
    return new Scalar(scalar.getValue(), typed(scalar));
  }

  /**
   * YAML 1.2 core schema, as go-yaml v3 resolves plain scalars: only true/false are booleans
   * (snakeyaml's YAML 1.1 would also take yes/no/on/off), quoted scalars are always strings.
   */
  private static Object typed(ScalarNode s) {
    String v = s.getValue();
    if (s.getScalarStyle() != org.yaml.snakeyaml.DumperOptions.ScalarStyle.PLAIN) return v;
    Tag tag = s.getTag();
    if (tag.equals(Tag.NULL)) return null;
    if (tag.equals(Tag.BOOL)) {
      String lower = v.toLowerCase(Locale.ROOT);
      return lower.equals("true") ? Boolean.TRUE : lower.equals("false") ? Boolean.FALSE : v;
    }
    if (tag.equals(Tag.INT)) {
      try {
        return Long.decode(v.replace("_", ""));
      } catch (NumberFormatException e) {
        return v;
      }
    }
    if (tag.equals(Tag.FLOAT)) {
      try {
        return Double.parseDouble(v.replace("_", ""));
      } catch (NumberFormatException e) {
        return v;
      }
    }
    return v;
  }

  /** The plain Java value of a subtree: Scalars replaced by their typed values. */
  static Object typedTree(Object node) {
    if (node instanceof Scalar s) return s.typed();
    if (node instanceof Map<?, ?> m) {
      Map<String, Object> out = new LinkedHashMap<>();
      m.forEach((k, v) -> out.put((String) k, typedTree(v)));
      return out;
    }
    if (node instanceof List<?> l) {
      List<Object> out = new ArrayList<>();
      for (Object item : l) out.add(typedTree(item));
      return out;
    }
    return node;
  }

  /** The text of a scalar, or null when the node is absent, null, or not a scalar. */
  static String text(Object node) {
    return node instanceof Scalar s && s.typed() != null ? s.text() : null;
  }

  private static String firstLine(String message) {
    if (message == null) return "unreadable";
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}
