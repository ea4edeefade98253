package eu.rampart.analyzer;

import eu.rampart.check.Control;
import eu.rampart.check.PolicyEvaluationException;
import eu.rampart.check.PolicyPack;
import eu.rampart.check.RegoPolicyPack;
import eu.rampart.rego.api.PreparedQuery;
import eu.rampart.rego.value.SetValue;
import eu.rampart.rego.value.Value;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Evaluates only the rules a resource can trigger: each per-resource control's own rule (the
 * rule its METADATA annotates, e.g. {@code data.rampart.res.res_1}) is compiled at start-up, and
 * for each set of controls that covers some resource type one query uniting their rules
 * ({@code data.rampart.res.res_1 | data.rampart.tag.tag_1 | ...}) is prepared once and reused, so a
 * call evaluates once, shares helper documents (catalog, environment) between the rules, and runs
 * on the calling thread. The rest of the pack (joins, stack-level checks) never runs per resource.
 */
final class ResourceChecks {
  private final RegoPolicyPack pack;
  private final Map<String, PolicyPack> views = new ConcurrentHashMap<>();

  ResourceChecks(RegoPolicyPack pack, PackCatalog catalog) throws PolicyEvaluationException {
    this.pack = pack;
    // every rule compiles now, so a broken annotation stops the plugin at start-up, not mid-deployment
    for (PackCatalog.ResourceControl c : catalog.resourceControls()) pack.prepare(c.rulePath());
  }

  /** The pack restricted to these controls' rules, as the Checker sees a pack. */
  PolicyPack packFor(List<PackCatalog.ResourceControl> controls) {
    StringBuilder query = new StringBuilder();
    for (PackCatalog.ResourceControl c : controls) query.append(query.length() == 0 ? "" : " | ").append(c.rulePath());
    String q = query.toString();
    PolicyPack view = views.get(q);
    if (view == null) {
      try {
        view = new View(q, pack.prepare(q));
      } catch (PolicyEvaluationException e) {
        throw io.grpc.Status.INTERNAL.withDescription("rampart could not prepare " + q + ": " + e.getMessage()).asRuntimeException();
      }
      views.putIfAbsent(q, view);
    }
    return view;
  }

  private final class View implements PolicyPack {
    private final String text;
    private final PreparedQuery query;

    View(String text, PreparedQuery query) {
      this.text = text;
      this.query = query;
    }

    @Override public List<Control> controls() { return pack.controls(); }

    @Override
    public Value evaluateFindings(Value input) throws PolicyEvaluationException {
      Value v = pack.evaluateOnOneThread(query, input);
      if (v == null) return SetValue.EMPTY; // partial set rules with no element
      if (!(v instanceof SetValue)) throw new PolicyEvaluationException(text + " must be a set of findings, got " + v.typeName());
      return v;
    }
  }
}
