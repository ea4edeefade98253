package eu.rampart.cli.support;

import eu.rampart.check.CheckEnvironment;
import eu.rampart.check.CheckInputException;
import eu.rampart.check.PolicyEvaluationException;
import eu.rampart.check.PolicyInputSource;
import eu.rampart.check.RegoPolicyPack;
import eu.rampart.rego.api.PreparedQuery;
import eu.rampart.rego.value.ArrayValue;
import eu.rampart.rego.value.ObjectValue;
import eu.rampart.rego.value.SetValue;
import eu.rampart.rego.value.StringValue;
import eu.rampart.rego.value.Value;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Positive evidence per control, as the pack states it ({@code data.rampart.evidence.satisfied}:
 * control id to the URNs that the control judges and that pass it), over several inputs. A control
 * the pack gives no evidence entry is absent from the map, so callers can say so.
 */
public final class ControlEvidence {
  public static final String QUERY = "data.rampart.evidence.satisfied";

  private ControlEvidence() {}

  /** Control id to satisfying URNs over all inputs; empty when the pack defines no evidence. */
  public static Map<String, TreeSet<String>> of(RegoPolicyPack pack, List<? extends PolicyInputSource> inputs, CheckEnvironment env)
      throws PolicyEvaluationException, CheckInputException {
    PreparedQuery q = pack.prepare(QUERY);
    Map<String, TreeSet<String>> out = new TreeMap<>();
    for (PolicyInputSource source : inputs) {
      LinkedHashMap<Value, Value> in = new LinkedHashMap<>(source.load().asMap());
      in.put(StringValue.of("environment"), env.policyEnvironment());
      Value v = pack.evaluateOnOneThread(q, ObjectValue.wrap(in));
      if (v == null) continue;
      if (!(v instanceof ObjectValue byControl)) {
        throw new PolicyEvaluationException(QUERY + " is not an object of control id to URNs");
      }
      for (Map.Entry<Value, Value> e : byControl.asMap().entrySet()) {
        if (!(e.getKey() instanceof StringValue id)) throw new PolicyEvaluationException(QUERY + " has a key that is not a control id");
        TreeSet<String> urns = out.computeIfAbsent(id.value(), k -> new TreeSet<>());
        for (Value u : items(e.getValue())) {
          if (!(u instanceof StringValue s)) throw new PolicyEvaluationException(QUERY + "[" + id.value() + "] holds a value that is not a URN");
          urns.add(s.value());
        }
      }
    }
    return out;
  }

  private static Collection<Value> items(Value v) throws PolicyEvaluationException {
    if (v instanceof SetValue s) return s.elements();
    if (v instanceof ArrayValue a) return a.items();
    throw new PolicyEvaluationException(QUERY + " maps a control to something other than a set of URNs");
  }
}
