package eu.rampart.analyzer;

import eu.rampart.check.Control;
import eu.rampart.check.PolicyEvaluationException;
import eu.rampart.check.PolicyPack;
import eu.rampart.check.RegoPolicyPack;
import eu.rampart.rego.api.PreparedQuery;
import eu.rampart.rego.value.SetValue;
import eu.rampart.rego.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Evaluates only the rules a resource can trigger: each per-resource control's own rule (the
 * rule its METADATA annotates, e.g. {@code data.rampart.res.res_1}) is prepared once at start-up,
 * and an Analyze call runs just the rules of the controls that cover the resource, on the
 * calling thread. The rest of the pack (joins, stack-level checks) is never evaluated per resource.
 */
final class ResourceChecks {
  private final RegoPolicyPack pack;
  private final Map<String, PreparedQuery> ruleOf = new LinkedHashMap<>();
  private final Map<String, PolicyPack> views = new ConcurrentHashMap<>();

  ResourceChecks(RegoPolicyPack pack, PackCatalog catalog) throws PolicyEvaluationException {
    this.pack = pack;
    for (PackCatalog.ResourceControl c : catalog.resourceControls()) ruleOf.put(c.id(), pack.prepare(c.rulePath()));
  }

  /** The pack restricted to these controls' rules, as the Checker sees a pack. */
  PolicyPack packFor(List<PackCatalog.ResourceControl> controls) {
    StringBuilder key = new StringBuilder();
    for (PackCatalog.ResourceControl c : controls) key.append(c.id()).append(' ');
    return views.computeIfAbsent(key.toString(), k -> new View(controls.stream().map(c -> ruleOf.get(c.id())).toList()));
  }

  private final class View implements PolicyPack {
    private final List<PreparedQuery> rules;

    View(List<PreparedQuery> rules) { this.rules = new ArrayList<>(rules); }

    @Override public List<Control> controls() { return pack.controls(); }

    @Override
    public Value evaluateFindings(Value input) throws PolicyEvaluationException {
      LinkedHashSet<Value> all = new LinkedHashSet<>();
      for (PreparedQuery q : rules) {
        Value v = pack.evaluateOnOneThread(q, input);
        if (v == null) continue; // a partial set rule with no element
        if (!(v instanceof SetValue s)) {
          throw new PolicyEvaluationException("rule " + q + " must be a set of findings, got " + v.typeName());
        }
        all.addAll(s.elements());
      }
      return SetValue.wrap(all);
    }
  }
}
