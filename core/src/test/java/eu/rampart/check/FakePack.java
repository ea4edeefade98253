package eu.rampart.check;

import eu.rampart.rego.value.JavaValues;
import eu.rampart.rego.value.SetValue;
import eu.rampart.rego.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** A policy pack written in Java for tests of the checker's own logic (not of the Rego engine). */
final class FakePack implements PolicyPack {
  private final List<Control> controls;
  private final Function<Value, Value> findings;

  FakePack(List<Control> controls, Function<Value, Value> findings) {
    this.controls = controls;
    this.findings = findings;
  }

  static Map<String, Object> finding(String id, String severity, String enforcement, String urn, String message) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", id);
    m.put("severity", severity);
    m.put("enforcement", enforcement);
    m.put("urn", urn);
    m.put("message", message);
    m.put("remediation", "fix " + id);
    return m;
  }

  static FakePack returning(List<Map<String, Object>> fs) {
    return new FakePack(List.of(
        new Control("RES-1", "Allowed EU regions only", "Resources live in allowed EU regions.", Severity.CRITICAL, Enforcement.MANDATORY, "Move it."),
        new Control("ENC-1", "Encryption at rest", "Customer-managed keys.", Severity.CRITICAL, Enforcement.MANDATORY, "Encrypt it."),
        new Control("NET-6", "Flow logs", "Flow logs on.", Severity.MEDIUM, Enforcement.ADVISORY, "Log flows."),
        new Control("LOG-3", "Threat detection on", "GuardDuty on.", Severity.MEDIUM, Enforcement.ADVISORY, "Enable GuardDuty.")),
        input -> {
          List<Value> vs = new ArrayList<>();
          for (Map<String, Object> f : fs) vs.add(JavaValues.from(f));
          return SetValue.of(vs);
        });
  }

  @Override
  public List<Control> controls() { return controls; }

  @Override
  public Value evaluateFindings(Value input) { return findings.apply(input); }
}
