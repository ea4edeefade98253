package eu.rampart.rego.compile;

import eu.rampart.rego.api.Annotation;
import eu.rampart.rego.ast.Module;
import eu.rampart.rego.value.ArrayValue;
import eu.rampart.rego.value.JavaValues;
import eu.rampart.rego.value.ObjectValue;
import eu.rampart.rego.value.StringValue;
import eu.rampart.rego.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Attaches METADATA blocks to the package or rule that follows them, normalises them as OPA
 * does (authors and related_resources as objects, default scopes) and precomputes the values of
 * {@code rego.metadata.rule()} and {@code rego.metadata.chain()} for every rule.
 */
final class MetadataBinder {
  private final Compiler c;
  final List<Annotation> annotations = new ArrayList<>();
  private final Map<String, ObjectValue> packageAnn = new LinkedHashMap<>();
  private final Map<String, ObjectValue> subpackagesAnn = new LinkedHashMap<>();
  private final Map<String, ObjectValue> documentAnn = new LinkedHashMap<>();

  MetadataBinder(Compiler c) { this.c = c; }

  void bind() {
    Map<CompiledRule, ObjectValue> ruleAnn = new LinkedHashMap<>();
    for (Module m : c.modules) {
      List<CompiledRule> rules = new ArrayList<>();
      for (CompiledRule r : c.allRules) if (r.file.equals(m.file()) && r.pkg == m.pkg()) rules.add(r);
      String pkgPath = "data." + String.join(".", m.pkg());
      for (Module.MetadataBlock b : m.metadata()) {
        CompiledRule target = null;
        if (b.attachLine() >= m.pkgLoc().line()) {
          for (CompiledRule r : rules) {
            if (r.rule.loc().line() > b.attachLine() && (target == null || r.rule.loc().line() < target.rule.loc().line())) target = r;
          }
        }
        String defScope = target == null ? "package" : "rule";
        ObjectValue ann = normalise(b.yaml(), defScope);
        String scope = ((StringValue) ann.get("scope")).value();
        String path = target == null ? pkgPath : target.dataPath();
        annotations.add(new Annotation(scope, str(ann, "title"), str(ann, "description"),
            ann.get("custom") instanceof ObjectValue o ? o : ObjectValue.EMPTY, path, m.file(), b.loc().line(), ann));
        switch (scope) {
          case "package": packageAnn.put(pkgPath, ann); break;
          case "subpackages": subpackagesAnn.put(pkgPath, ann); break;
          case "document": if (target != null) documentAnn.put(target.dataPath(), ann); break;
          default: if (target != null) ruleAnn.put(target, ann);
        }
      }
    }
    for (CompiledRule r : c.allRules) {
      ObjectValue own = ruleAnn.get(r);
      List<Value> chain = new ArrayList<>();
      chain.add(entry(r.path, own));
      ObjectValue doc = documentAnn.get(r.dataPath());
      if (doc != null) chain.add(entry(r.path, doc));
      List<String> pkg = r.pkg;
      ObjectValue pa = packageAnn.get("data." + String.join(".", pkg));
      if (pa != null) chain.add(entry(pkg, pa));
      for (int n = pkg.size(); n >= 0; n--) {
        List<String> prefix = pkg.subList(0, n);
        ObjectValue sp = subpackagesAnn.get("data." + String.join(".", prefix));
        if (sp != null) chain.add(entry(prefix, sp));
      }
      r.metadata = own != null ? own : (doc != null ? doc : ObjectValue.EMPTY);
      r.metadataChain = ArrayValue.of(chain);
    }
  }

  private static Value entry(List<String> path, ObjectValue ann) {
    ObjectValue.Builder b = ObjectValue.builder();
    List<Value> p = new ArrayList<>();
    for (String s : path) p.add(StringValue.of(s));
    b.put("path", ArrayValue.of(p));
    if (ann != null) b.put("annotations", ann);
    return b.build();
  }

  private static String str(ObjectValue o, String k) {
    return o.get(k) instanceof StringValue s ? s.value() : null;
  }

  private static ObjectValue normalise(Map<String, Object> yaml, String defScope) {
    ObjectValue.Builder b = ObjectValue.builder();
    for (Map.Entry<String, Object> e : yaml.entrySet()) {
      Object v = e.getValue();
      // an empty value (title:) leaves the field unset, as OPA's decoder does (MetadataCheck)
      if (v == null) continue;
      switch (e.getKey()) {
        case "authors": {
          List<Value> out = new ArrayList<>();
          for (Object a : v instanceof List<?> l ? l : List.of(v)) out.add(person(a));
          b.put("authors", ArrayValue.of(out));
          break;
        }
        case "title":
        case "description":
          // a scalar other than a string (title: 2024) reads as its text, as OPA's decoder does
          b.put(e.getKey(), v instanceof java.util.Date d ? StringValue.of(d.toInstant().toString()) : StringValue.of(String.valueOf(v)));
          break;
        case "related_resources": {
          List<Value> out = new ArrayList<>();
          for (Object a : v instanceof List<?> l ? l : List.of(v)) {
            out.add(a instanceof String s ? ObjectValue.builder().put("ref", StringValue.of(s)).build() : JavaValues.from(a));
          }
          b.put("related_resources", ArrayValue.of(out));
          break;
        }
        default:
          b.put(e.getKey(), fromYaml(v));
      }
    }
    if (!b.containsKey(StringValue.of("scope"))) b.put("scope", StringValue.of(defScope));
    return b.build();
  }

  private static Value fromYaml(Object v) {
    if (v instanceof java.util.Date d) return StringValue.of(d.toInstant().toString());
    if (v instanceof Map<?, ?> m) {
      LinkedHashMap<Value, Value> out = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : m.entrySet()) out.put(StringValue.of(String.valueOf(e.getKey())), fromYaml(e.getValue()));
      return ObjectValue.wrap(out);
    }
    if (v instanceof List<?> l) {
      List<Value> out = new ArrayList<>();
      for (Object x : l) out.add(fromYaml(x));
      return ArrayValue.of(out);
    }
    return JavaValues.from(v);
  }

  private static Value person(Object a) {
    if (a instanceof String s) {
      ObjectValue.Builder b = ObjectValue.builder();
      int lt = s.indexOf('<');
      if (lt >= 0 && s.endsWith(">")) {
        String name = s.substring(0, lt).trim();
        if (!name.isEmpty()) b.put("name", StringValue.of(name));
        b.put("email", StringValue.of(s.substring(lt + 1, s.length() - 1).trim()));
      } else {
        b.put("name", StringValue.of(s.trim()));
      }
      return b.build();
    }
    return fromYaml(a);
  }
}
