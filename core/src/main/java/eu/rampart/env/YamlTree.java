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
import eu.rampart.limits.Limits;
import eu.rampart.plan.read.InputException;
import eu.rampart.plan.read.InputFiles;
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
    byte[] bytes;
    try {
      bytes = InputFiles.read(file, "an environment YAML file");
    } catch (InputException e) {
      String prefix = file + ": ";
      throw new EnvironmentException(file, 0, e.getMessage().startsWith(prefix) ? e.getMessage().substring(prefix.length()) : e.getMessage());
    }
    return parse(file, bytes);
  }

  /** Parses bytes already read from {@code file} (which only names them in messages), with the same bounds. */
  static YamlTree parse(Path file, byte[] bytes) {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setMaxAliasesForCollections(50);
    options.setNestingDepthLimit(Limits.YAML_DEPTH.intValue());
    options.setCodePointLimit(Limits.INPUT_BYTES.intValue());
    Node node;
    try (Reader r = new java.io.InputStreamReader(new java.io.ByteArrayInputStream(bytes),
        StandardCharsets.UTF_8.newDecoder().onMalformedInput(java.nio.charset.CodingErrorAction.REPORT))) {
      node = new Yaml(options).compose(r);
    } catch (MarkedYAMLException e) {
      int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
      throw new EnvironmentException(file, line, "invalid YAML: " + e.getProblem());
    } catch (IOException e) {
      throw new EnvironmentException(file, 0, "is not UTF-8 text: expected an environment YAML file");
    } catch (RuntimeException e) {
      // SnakeYAML's limits (nesting, code points, aliases) end here; its messages say which one
      String why = String.valueOf(e.getMessage()).replace('\n', ' ');
      if (e.getCause() instanceof java.nio.charset.CharacterCodingException) why = "not UTF-8 text";
      throw new EnvironmentException(file, 0, "invalid YAML: " + why);
    }
    if (node == null) throw new EnvironmentException(file, 0, "the file is empty");
    Map<String, Integer> lines = new HashMap<>();
    return new YamlTree(new Converter(file, lines).convert(node, "", 0), lines);
  }

  /**
   * Turns the node graph into plain values. An alias is a reference in the graph but a copy in the
   * result, so a few aliases of aliases (a "billion laughs") or an alias of its own parent would
   * expand without end: both the values produced and the nesting are bounded.
   */
  private static final class Converter {
    private final Path file;
    private final Map<String, Integer> lines;
    private final long maxValues = Limits.YAML_VALUES.value();
    private final int maxDepth = Limits.YAML_DEPTH.intValue();
    private long values;

    Converter(Path file, Map<String, Integer> lines) {
      this.file = file;
      this.lines = lines;
    }

    Object convert(Node node, String path, int depth) {
      if (++values > maxValues) {
        throw new EnvironmentException(file, node.getStartMark().getLine() + 1, "the file expands to more than " + maxValues
            + " values (aliases of aliases?): " + Limits.YAML_VALUES.howToRaise());
      }
      if (depth > maxDepth) {
        throw new EnvironmentException(file, node.getStartMark().getLine() + 1, "values nested deeper than " + maxDepth
            + " levels (a recursive alias?): " + Limits.YAML_DEPTH.howToRaise());
      }
      return YamlTree.convert(this, file, node, path, lines, depth);
    }
  }

  private static Object convert(Converter c, Path file, Node node, String path, Map<String, Integer> lines, int depth) {
    if (lines.size() < 100_000) lines.put(path, node.getStartMark().getLine() + 1);
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
        out.put(k.getValue(), c.convert(t.getValueNode(), childPath, depth + 1));
      }
      return out;
    }
    if (node instanceof SequenceNode s) {
      List<Object> out = new ArrayList<>();
      for (int i = 0; i < s.getValue().size(); i++) out.add(c.convert(s.getValue().get(i), path + "[" + i + "]", depth + 1));
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
    if (tag.equals(Tag.FLOAT)) {
      // YAML 1.1 resolves more as float than Java parses (".inf", ".nan", "1:30.5", "._"): every
      // one of them is refused in one line, as are values beyond a double's range (1e999)
      double d;
      try {
        d = Double.parseDouble(v.replace("_", ""));
      } catch (NumberFormatException e) {
        throw new EnvironmentException(file, s.getStartMark().getLine() + 1,
            "expected a number, found a YAML float Java cannot read (write it as digits, e.g. 0.5 or 1e3)");
      }
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        throw new EnvironmentException(file, s.getStartMark().getLine() + 1, "expected a finite number, found a float out of range");
      }
      return d;
    }
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
