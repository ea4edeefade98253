package eu.rampart.rego.compile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A node of the rule tree: the static data path below {@code data}, the rules whose ground
 * head prefix ends here, and child nodes. Immutable once compiled.
 */
public final class RuleNode {
  public final List<String> path;
  public final Map<String, RuleNode> children = new LinkedHashMap<>();
  public final List<CompiledRule> rules = new ArrayList<>();
  public CompiledRule defaultRule;
  public RuleIndex index;
  /** True if a function is defined at this path. */
  public boolean hasFunctions;
  /** True if some module declares this package (an empty package is still an empty object). */
  public boolean isPackage;

  RuleNode(List<String> path) { this.path = path; }

  /** A node that only holds functions: it has no value in the data document. */
  public boolean isFunctionLeaf() {
    return hasFunctions && rules.isEmpty() && defaultRule == null && children.isEmpty() && !isPackage;
  }

  RuleNode child(String k) {
    return children.computeIfAbsent(k, x -> {
      List<String> p = new ArrayList<>(path);
      p.add(x);
      return new RuleNode(List.copyOf(p));
    });
  }

  public String dataPath() {
    return path.isEmpty() ? "data" : "data." + String.join(".", path);
  }

  /** True if some non-function rule is defined at or below this node. */
  public boolean hasValueRules() {
    if (!rules.isEmpty() || defaultRule != null || isPackage) return true;
    for (RuleNode c : children.values()) if (c.hasValueRules()) return true;
    return false;
  }
}
