package eu.rampart.rego.compile;

import eu.rampart.rego.value.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Value-to-rules hash index over one input path for the rules of a node, so that e.g. rules
 * guarded by {@code input.resource.type == "aws:s3/bucketV2:BucketV2"} are only evaluated for
 * inputs of that type. Rules without a condition on the path are always candidates.
 */
public final class RuleIndex {
  public final List<Value> inputPath;
  public final Map<Value, List<CompiledRule>> byValue;
  public final List<CompiledRule> unindexed;

  private RuleIndex(List<Value> inputPath, Map<Value, List<CompiledRule>> byValue, List<CompiledRule> unindexed) {
    this.inputPath = inputPath;
    this.byValue = byValue;
    this.unindexed = unindexed;
  }

  /** Builds an index on the input path most rules compare, or null when fewer than two rules would use it. */
  static RuleIndex build(List<CompiledRule> rules) {
    Map<List<Value>, Integer> counts = new HashMap<>();
    for (CompiledRule r : rules) {
      for (CompiledRule.Condition c : r.conditions) counts.merge(c.inputPath(), 1, Integer::sum);
    }
    List<Value> best = null;
    int bestCount = 1;
    for (Map.Entry<List<Value>, Integer> e : counts.entrySet()) {
      if (e.getValue() > bestCount) { best = e.getKey(); bestCount = e.getValue(); }
    }
    if (best == null) return null;
    Map<Value, List<CompiledRule>> by = new LinkedHashMap<>();
    List<CompiledRule> rest = new ArrayList<>();
    for (CompiledRule r : rules) {
      Value v = null;
      for (CompiledRule.Condition c : r.conditions) if (c.inputPath().equals(best)) { v = c.value(); break; }
      if (v == null) rest.add(r);
      else by.computeIfAbsent(v, x -> new ArrayList<>()).add(r);
    }
    return new RuleIndex(best, by, rest);
  }
}
