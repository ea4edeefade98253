package eu.rampart.rego.builtins;

import eu.rampart.rego.value.ArrayValue;
import eu.rampart.rego.value.BooleanValue;
import eu.rampart.rego.value.NullValue;
import eu.rampart.rego.value.NumberValue;
import eu.rampart.rego.value.ObjectValue;
import eu.rampart.rego.value.SetValue;
import eu.rampart.rego.value.StringValue;
import eu.rampart.rego.value.Value;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * yaml.marshal / yaml.unmarshal / yaml.is_valid on SnakeYAML, shaped like OPA's
 * sigs.k8s.io/yaml: values go through their JSON form (sets become arrays, keys become
 * strings), timestamps stay strings, and errors read like Go's ("yaml: line 1: did not find
 * expected ',' or ']'"). Alias expansion is bounded against billion-laughs documents.
 */
final class YamlCodec {
  private YamlCodec() {}

  /** Same as the default resolver minus timestamps: Go decodes them as strings into interface{}. */
  private static final class NoTimestampResolver extends Resolver {
    @Override
    protected void addImplicitResolvers() {
      addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.BOOL, BOOL, "yYnNtTfFoO");
      addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.INT, INT, "-+0123456789");
      addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.FLOAT, FLOAT, "-+0123456789.");
      addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.MERGE, MERGE, "<");
      addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.NULL, NULL, "~nN\0");
      addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.NULL, EMPTY, null);
    }
  }

  /**
   * Go's yaml.v2 decodes a node with a tag it does not know (CloudFormation's {@code !Ref x},
   * {@code !GetAtt a.b}, ...) as the untagged node: a scalar as its text, a sequence as a list,
   * a mapping as a map. SnakeYAML's safe constructor refuses such tags; this one does the same as Go.
   */
  private static final class TagTolerantConstructor extends SafeConstructor {
    TagTolerantConstructor(LoaderOptions lo) {
      super(lo);
      this.yamlConstructors.put(null, new org.yaml.snakeyaml.constructor.AbstractConstruct() {
        @Override
        public Object construct(org.yaml.snakeyaml.nodes.Node node) {
          if (node instanceof org.yaml.snakeyaml.nodes.ScalarNode sn) return sn.getValue();
          if (node instanceof org.yaml.snakeyaml.nodes.SequenceNode seq) return constructSequence(seq);
          return constructMapping((org.yaml.snakeyaml.nodes.MappingNode) node);
        }
      });
    }
  }

  private static Yaml loader() {
    LoaderOptions lo = new LoaderOptions();
    lo.setMaxAliasesForCollections(100);
    lo.setAllowDuplicateKeys(true);
    lo.setCodePointLimit(64 * 1024 * 1024);
    DumperOptions dopts = new DumperOptions();
    return new Yaml(new TagTolerantConstructor(lo), new Representer(dopts), dopts, lo, new NoTimestampResolver());
  }

  private static Yaml dumper() {
    DumperOptions o = new DumperOptions();
    o.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    o.setIndent(2);
    o.setWidth(Integer.MAX_VALUE);
    o.setSplitLines(false);
    LoaderOptions lo = new LoaderOptions();
    return new Yaml(new SafeConstructor(lo), new Representer(o), o, lo, new NoTimestampResolver());
  }

  // Yaml instances are not thread-safe; building one is cheap next to parsing.
  private static final ThreadLocal<Yaml> LOADER = ThreadLocal.withInitial(YamlCodec::loader);
  private static final ThreadLocal<Yaml> DUMPER = ThreadLocal.withInitial(YamlCodec::dumper);

  static String marshal(Value v) {
    return DUMPER.get().dump(toJava(v));
  }

  /**
   * Bounds for turning a parsed document into values. SnakeYAML shares one object for every alias
   * of a node, so a document of a few hundred bytes can stand for billions of values ("billion
   * laughs" under the alias limit), and an alias of its own parent is a cycle: both the values
   * produced and the nesting are counted. The builtin's bounds are generous; data files use the
   * environment loader's (rampart.limits.yamlValues / yamlDepth), see {@link YamlDocuments}.
   */
  record Bounds(long maxValues, int maxDepth, String howToRaise) {
    static final Bounds BUILTIN = new Bounds(10_000_000, 1_000, null);
  }

  /** Counts the values one conversion produced, against its bounds. */
  private static final class Budget {
    final Bounds bounds;
    long values;

    Budget(Bounds bounds) { this.bounds = bounds; }

    void enter(int depth) {
      if (++values > bounds.maxValues()) {
        throw new BuiltinError("yaml: the document expands to more than " + bounds.maxValues() + " values (aliases of aliases?)"
            + (bounds.howToRaise() == null ? "" : "; " + bounds.howToRaise()));
      }
      if (depth > bounds.maxDepth()) {
        throw new BuiltinError("yaml: values nested deeper than " + bounds.maxDepth() + " levels (a recursive alias?)"
            + (bounds.howToRaise() == null ? "" : "; " + bounds.howToRaise()));
      }
    }
  }

  static Value unmarshal(String text) {
    return unmarshal(text, Bounds.BUILTIN);
  }

  static Value unmarshal(String text, Bounds bounds) {
    Object o;
    try {
      // Like Go's yaml.v2, only the first document counts; later ones are not even parsed.
      java.util.Iterator<Object> docs = LOADER.get().loadAll(text).iterator();
      o = docs.hasNext() ? docs.next() : null;
    } catch (MarkedYAMLException e) {
      throw new BuiltinError(goMessage(e));
    } catch (YAMLException e) {
      throw new BuiltinError("yaml: " + firstLine(e.getMessage()));
    }
    return fromJava(o, new Budget(bounds), 0);
  }

  static boolean isValid(String text) {
    try {
      unmarshal(text);
      return true;
    } catch (BuiltinError e) {
      return false;
    }
  }

  /** Go's wording: "yaml: line N: did not find expected ',' or ']'". */
  private static String goMessage(MarkedYAMLException e) {
    Mark mark = e.getContextMark() != null ? e.getContextMark() : e.getProblemMark();
    String problem = e.getProblem() == null ? "invalid document" : e.getProblem();
    int butGot = problem.indexOf(", but ");
    if (problem.startsWith("expected ") && butGot > 0) problem = "did not find " + problem.substring(0, butGot);
    StringBuilder sb = new StringBuilder("yaml: ");
    if (mark != null) sb.append("line ").append(mark.getLine() + 1).append(": ");
    return sb.append(firstLine(problem)).toString();
  }

  private static String firstLine(String s) {
    if (s == null) return "invalid document";
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  private static Object toJava(Value v) {
    if (v instanceof NullValue) return null;
    if (v instanceof BooleanValue b) return b.value();
    if (v instanceof StringValue s) return s.value();
    if (v instanceof NumberValue n) {
      if (n.isLong()) return n.longValue();
      if (n.isInteger()) return n.bigInteger();
      return new BigDecimal(n.bigDecimal().stripTrailingZeros().toPlainString()).doubleValue();
    }
    if (v instanceof ArrayValue a) {
      List<Object> out = new ArrayList<>(a.size());
      for (int i = 0; i < a.size(); i++) out.add(toJava(a.get(i)));
      return out;
    }
    if (v instanceof SetValue s) {
      List<Object> out = new ArrayList<>(s.size());
      for (Value e : s.sorted()) out.add(toJava(e));
      return out;
    }
    ObjectValue o = (ObjectValue) v;
    Map<String, Object> out = new TreeMap<>();
    for (Value k : o.sortedKeys()) {
      out.put(k instanceof StringValue s ? s.value() : JsonText.marshal(k), toJava(o.get(k)));
    }
    return out;
  }

  private static Value fromJava(Object o, Budget budget, int depth) {
    budget.enter(depth);
    if (o == null) return NullValue.NULL;
    if (o instanceof String s) return StringValue.of(s);
    if (o instanceof Boolean b) return BooleanValue.of(b);
    if (o instanceof Integer || o instanceof Long) return NumberValue.of(((Number) o).longValue());
    if (o instanceof BigInteger bi) return NumberValue.of(bi);
    if (o instanceof Double d) {
      if (d.isNaN() || d.isInfinite()) throw new BuiltinError("json: unsupported value: " + (d.isNaN() ? "NaN" : d > 0 ? "+Inf" : "-Inf"));
      return NumberValue.of(d);
    }
    if (o instanceof Number n) return NumberValue.of(new BigDecimal(n.toString()));
    if (o instanceof byte[] bytes) return StringValue.of(Base64.getEncoder().encodeToString(bytes));
    if (o instanceof List<?> l) {
      List<Value> out = new ArrayList<>(l.size());
      for (Object e : l) out.add(fromJava(e, budget, depth + 1));
      return ArrayValue.of(out);
    }
    if (o instanceof java.util.Set<?> s) {
      // !!set: a mapping whose values are null, as Go's decoder sees it
      LinkedHashMap<Value, Value> out = new LinkedHashMap<>();
      for (Object e : s) out.put(StringValue.of(keyString(e)), NullValue.NULL);
      return ObjectValue.wrap(out);
    }
    if (o instanceof Map<?, ?> m) {
      LinkedHashMap<Value, Value> out = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : m.entrySet()) out.put(StringValue.of(keyString(e.getKey())), fromJava(e.getValue(), budget, depth + 1));
      return ObjectValue.wrap(out);
    }
    throw new BuiltinError("yaml: unsupported value of type " + o.getClass().getSimpleName());
  }

  /** sigs.k8s.io/yaml turns non-string keys into their text. */
  private static String keyString(Object k) {
    if (k == null) return "null";
    if (k instanceof String s) return s;
    if (k instanceof Double d) return GoFloat.format(d, 'g', -1);
    if (k instanceof Map || k instanceof List) throw new BuiltinError("yaml: invalid map key: " + k);
    return k.toString();
  }
}
