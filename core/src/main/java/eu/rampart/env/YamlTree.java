package eu.rampart.env;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
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
 * A YAML document as plain Java values (maps keep their order) plus the line of every value, so
 * errors can point into the file. Parsed from the node graph rather than with the default
 * constructor so that no YAML tag can instantiate a class.
 */
final class YamlTree {
  final Object root;
  /** dotted path (list items as {@code [i]}) → 1-based line */
  final Map<String, Integer> lines;

  private YamlTree(Object root, Map<String, Integer> lines) {
    this.root = root;
    this.lines = lines;
  }

  static YamlTree parse(Path file) {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setMaxAliasesForCollections(50);
    Node node;
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      node = new Yaml(options).compose(r);
    } catch (MarkedYAMLException e) {
      int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
      throw new EnvironmentException(file, line, "invalid YAML: " + e.getProblem());
    } catch (IOException e) {
      throw new EnvironmentException(file, 0, "cannot read: " + e.getMessage());
    } catch (RuntimeException e) {
      throw new EnvironmentException(file, 0, "invalid YAML: " + e.getMessage());
    }
    if (node == null) throw new EnvironmentException(file, 0, "the file is empty");
    Map<String, Integer> lines = new HashMap<>();
    return new YamlTree(convert(file, node, "", lines), lines);
  }

  private static Object convert(Path file, Node node, String path, Map<String, Integer> lines) {
    lines.put(path, node.getStartMark().getLine() + 1);
    if (!(node instanceof ScalarNode) && !node.getTag().equals(Tag.MAP) && !node.getTag().equals(Tag.SEQ)) {
      throw new EnvironmentException(file, node.getStartMark().getLine() + 1, "unsupported YAML tag " + node.getTag() + " (plain values only)");
    }
    if (node instanceof MappingNode m) {
      Map<String, Object> out = new LinkedHashMap<>();
      for (NodeTuple t : m.getValue()) {
        if (!(t.getKeyNode() instanceof ScalarNode k)) {
          throw new EnvironmentException(file, t.getKeyNode().getStartMark().getLine() + 1, "keys must be plain strings");
        }
        String childPath = path.isEmpty() ? k.getValue() : path + "." + k.getValue();
        out.put(k.getValue(), convert(file, t.getValueNode(), childPath, lines));
      }
      return out;
    }
    if (node instanceof SequenceNode s) {
      List<Object> out = new ArrayList<>();
      for (int i = 0; i < s.getValue().size(); i++) out.add(convert(file, s.getValue().get(i), path + "[" + i + "]", lines));
      return out;
    }
    ScalarNode scalar = (ScalarNode) node;
    return scalar(file, scalar);
  }

  private static Object scalar(Path file, ScalarNode s) {
    String v = s.getValue();
    Tag tag = s.getTag();
    if (tag.equals(Tag.NULL)) return null;
    if (tag.equals(Tag.BOOL)) return Boolean.parseBoolean(v.toLowerCase(java.util.Locale.ROOT));
    if (tag.equals(Tag.INT)) {
      try {
        return Long.parseLong(v.replace("_", ""));
      } catch (NumberFormatException e) {
        throw new EnvironmentException(file, s.getStartMark().getLine() + 1, "integer out of range: " + v);
      }
    }
    if (tag.equals(Tag.FLOAT)) return Double.parseDouble(v.replace("_", ""));
    if (tag.equals(Tag.STR)) return v;
    throw new EnvironmentException(file, s.getStartMark().getLine() + 1, "unsupported YAML tag " + tag + " (plain values only)");
  }

  int line(String path) {
    String p = path;
    while (true) {
      Integer l = lines.get(p);
      if (l != null) return l;
      int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
      if (cut <= 0) return lines.getOrDefault("", 0);
      p = p.substring(0, cut);
    }
  }
}
