package eu.rampart.rego.compile;

import eu.rampart.rego.ast.Rule;
import eu.rampart.rego.ast.Term;
import eu.rampart.rego.value.ObjectValue;
import eu.rampart.rego.value.Value;
import java.util.List;

/**
 * A rule after name resolution and safety reordering. {@code path} is the ground part of its
 * head below {@code data}; {@code suffix} the remaining (dynamic) head terms.
 * {@code conditions} are input comparisons every solution must satisfy (for the index).
 */
public final class CompiledRule {
  public final Rule rule;
  public final List<String> path;
  public final List<Term> suffix;
  public final List<String> pkg;
  public final String file;
  public final List<Condition> conditions;
  /** rego.metadata.rule() value and rego.metadata.chain() value. */
  public ObjectValue metadata = ObjectValue.EMPTY;
  public Value metadataChain;

  public record Condition(List<Value> inputPath, Value value) {}

  CompiledRule(Rule rule, List<String> path, List<Term> suffix, List<String> pkg, String file, List<Condition> conditions) {
    this.rule = rule;
    this.path = path;
    this.suffix = suffix;
    this.pkg = pkg;
    this.file = file;
    this.conditions = conditions;
  }

  public String dataPath() { return "data." + String.join(".", path); }
}
