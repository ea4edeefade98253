package eu.rampart.check;

import eu.rampart.rego.value.ObjectValue;
import eu.rampart.rego.value.StringValue;
import eu.rampart.rego.value.Value;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The one place where a finding's enforcement is decided (the CLI's check, gate and diff and the
 * analyzer all go through {@link Checker}). The pack reports each finding at its control's default
 * level for the environment (METADATA {@code enforcement}, {@code production_enforcement} in
 * production); the environment's {@code enforcement} overrides then apply, a control's own override
 * before {@code all}. A finding about a value unknown until apply is never raised above advisory
 * by an override (docs/policies.md): it says "cannot be known yet", not "broken".
 */
public final class EnforcementOverrides {
  private final Map<String, Enforcement> levels;

  private EnforcementOverrides(Map<String, Enforcement> levels) { this.levels = Map.copyOf(levels); }

  /**
   * The overrides of {@code input.environment.enforcement}, validated: every key names a control of
   * the pack (or {@code all}; not checkable when the pack annotates no control) and every level is
   * mandatory, advisory or disabled. A misspelt key is an input error, never a silent default.
   */
  public static EnforcementOverrides of(CheckEnvironment env, Set<String> controlIds) throws CheckInputException {
    Map<String, Enforcement> out = new LinkedHashMap<>();
    Value v = env.policyEnvironment() == null ? null : env.policyEnvironment().get("enforcement");
    if (v == null) return new EnforcementOverrides(out);
    if (!(v instanceof ObjectValue o)) {
      throw new CheckInputException(env.sourceFile(), "enforcement: expected a mapping of control id to level");
    }
    for (Map.Entry<Value, Value> e : o.entries()) {
      String id = e.getKey() instanceof StringValue s ? s.value() : e.getKey().toString();
      if (!controlIds.isEmpty() && !id.equals(ControlIds.ALL) && !controlIds.contains(id)) {
        throw new CheckInputException(env.sourceFile(), "enforcement." + id + ": names no control of the policy pack"
            + ControlIds.suggestion(id, controlIds));
      }
      String level = e.getValue() instanceof StringValue s ? s.value() : e.getValue().toString();
      Enforcement en = Enforcement.parse(level).orElseThrow(() -> new CheckInputException(env.sourceFile(),
          "enforcement." + id + ": '" + level + "' is not one of mandatory, advisory, disabled"));
      out.put(id, en);
    }
    return new EnforcementOverrides(out);
  }

  /** The finding at its effective level. */
  public Finding apply(Finding f) {
    Enforcement override = levels.getOrDefault(f.controlId(), levels.get(ControlIds.ALL));
    if (override == null) return f;
    if (f.untilApply() && override == Enforcement.MANDATORY) return f.at(Enforcement.ADVISORY);
    return f.at(override);
  }
}
