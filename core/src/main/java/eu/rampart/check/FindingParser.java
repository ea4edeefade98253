package eu.rampart.check;

import eu.rampart.rego.value.ArrayValue;
import eu.rampart.rego.value.NullValue;
import eu.rampart.rego.value.ObjectValue;
import eu.rampart.rego.value.SetValue;
import eu.rampart.rego.value.StringValue;
import eu.rampart.rego.value.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the value of {@code data.rampart.findings} into findings. A finding with a missing or
 * mistyped field is an evaluation error: a malformed rule must not pass silently.
 */
public final class FindingParser {
  private FindingParser() {}

  public static List<Finding> parse(Value findings) throws PolicyEvaluationException {
    if (findings == null || findings instanceof NullValue) {
      throw new PolicyEvaluationException("data.rampart.findings is undefined: the policy pack defines no findings rule");
    }
    List<Value> items;
    if (findings instanceof SetValue s) {
      items = List.of(s.sorted());
    } else if (findings instanceof ArrayValue a) {
      items = a.items();
    } else {
      throw new PolicyEvaluationException("data.rampart.findings must be a set of objects, got " + findings.typeName());
    }
    List<Finding> out = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) out.add(parseOne(i, items.get(i)));
    return out;
  }

  private static Finding parseOne(int i, Value v) throws PolicyEvaluationException {
    if (!(v instanceof ObjectValue o)) {
      throw new PolicyEvaluationException("finding #" + i + " must be an object, got " + v.typeName());
    }
    String id = text(o, i, "id", null);
    String sev = text(o, i, "severity", id);
    String enf = text(o, i, "enforcement", id);
    Severity severity = Severity.parse(sev).orElseThrow(() -> new PolicyEvaluationException(
        "finding #" + i + " (" + id + "): severity '" + sev + "' is not one of critical, high, medium, low"));
    Enforcement enforcement = Enforcement.parse(enf).orElseThrow(() -> new PolicyEvaluationException(
        "finding #" + i + " (" + id + "): enforcement '" + enf + "' is not one of mandatory, advisory, disabled"));
    Value untilApply = o.get("until_apply");
    if (untilApply != null && !(untilApply instanceof eu.rampart.rego.value.BooleanValue)) {
      throw new PolicyEvaluationException("finding #" + i + " (" + id + "): field 'until_apply' must be a boolean, got " + untilApply.typeName());
    }
    return new Finding(id, severity, enforcement, text(o, i, "urn", id), text(o, i, "message", id),
        text(o, i, "remediation", id), untilApply != null && untilApply.equals(eu.rampart.rego.value.BooleanValue.TRUE));
  }

  private static String text(ObjectValue o, int i, String field, String id) throws PolicyEvaluationException {
    Value v = o.get(field);
    String who = "finding #" + i + (id == null ? "" : " (" + id + ")");
    if (v == null) throw new PolicyEvaluationException(who + " has no '" + field + "' field");
    if (!(v instanceof StringValue s)) {
      throw new PolicyEvaluationException(who + ": field '" + field + "' must be a string, got " + v.typeName());
    }
    if (s.value().isEmpty() && !field.equals("remediation")) {
      throw new PolicyEvaluationException(who + ": field '" + field + "' is empty");
    }
    return s.value();
  }
}
