package eu.rampart.check;

import eu.rampart.rego.value.ArrayValue;
import eu.rampart.rego.value.ObjectValue;
import eu.rampart.rego.value.StringValue;
import eu.rampart.rego.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The environment's scope model ({@code input.environment.platform}): which stacks are the platform
 * (landing zones, by project name) and which controls they provide for every workload stack.
 *
 * <p>A presence control (a finding on the workload's root stack URN: "no CloudTrail trail", "no
 * GuardDuty detector", "no backup plan") that the platform provides is judged across the
 * environment: when platform stacks are checked together with the workload, the workload's finding
 * is credited only if no platform stack fails that control itself; checked alone, the environment's
 * declaration credits it. A credited finding is not dropped: it is reported as advisory, with the
 * platform named, so the evidence stays visible. Findings on the workload's own resources are never
 * credited, and without a platform in the environment nothing changes.
 */
public final class PlatformScope {
  private static final String STACK_TYPE = "::pulumi:pulumi:Stack::";
  static final PlatformScope NONE = new PlatformScope(Set.of(), Set.of());

  private final Set<String> stacks;
  private final Set<String> provides;

  private PlatformScope(Set<String> stacks, Set<String> provides) {
    this.stacks = stacks;
    this.provides = provides;
  }

  static PlatformScope of(CheckEnvironment env, Set<String> controlIds) throws CheckInputException {
    Value v = env.policyEnvironment() == null ? null : env.policyEnvironment().get("platform");
    if (v == null) return NONE;
    if (!(v instanceof ObjectValue o)) throw new CheckInputException(env.sourceFile(), "platform: expected a mapping with stacks and provides");
    Set<String> stacks = strings(env, o, "stacks");
    Set<String> provides = strings(env, o, "provides");
    for (String id : provides) {
      if (!controlIds.isEmpty() && !controlIds.contains(id)) {
        throw new CheckInputException(env.sourceFile(), "platform.provides: '" + id + "' names no control of the policy pack"
            + ControlIds.suggestion(id, controlIds));
      }
    }
    return new PlatformScope(stacks, provides);
  }

  /**
   * Fails with the reason when the environment's {@code platform} is malformed or names a control
   * the pack does not have: for callers that take the scope model before any check runs (the
   * analyzer's Configure).
   */
  public static void validate(CheckEnvironment env, Set<String> controlIds) throws CheckInputException {
    of(env, controlIds);
  }

  private static Set<String> strings(CheckEnvironment env, ObjectValue o, String key) throws CheckInputException {
    Value v = o.get(key);
    if (!(v instanceof ArrayValue a)) throw new CheckInputException(env.sourceFile(), "platform." + key + ": expected a list of strings");
    Set<String> out = new LinkedHashSet<>();
    for (Value x : a.items()) {
      if (!(x instanceof StringValue s) || s.value().isBlank()) {
        throw new CheckInputException(env.sourceFile(), "platform." + key + ": expected a list of non-empty strings");
      }
      out.add(s.value());
    }
    return out;
  }

  boolean isPlatform(String project) { return project != null && stacks.contains(project); }

  /** The results with the workloads' provided presence findings credited; {@code projects}: input name → stack project. */
  List<FileResult> apply(List<FileResult> files, Map<String, String> projects) {
    if (stacks.isEmpty() || provides.isEmpty()) return files;
    List<FileResult> platform = files.stream().filter(f -> isPlatform(projects.get(f.input()))).toList();
    List<FileResult> out = new ArrayList<>(files.size());
    for (FileResult f : files) {
      String project = projects.get(f.input());
      if (project == null || isPlatform(project) || !f.errors().isEmpty()) {
        out.add(f);
        continue;
      }
      List<Finding> findings = new ArrayList<>(f.findings().size());
      for (Finding x : f.findings()) findings.add(credited(x, platform));
      out.add(new FileResult(f.input(), f.resourceCount(), findings, f.waived(), f.errors(), f.expiredWaivers()));
    }
    return out;
  }

  private Finding credited(Finding x, List<FileResult> platform) {
    if (!provides.contains(x.controlId()) || !x.urn().contains(STACK_TYPE) || x.enforcement() != Enforcement.MANDATORY) return x;
    String names = String.join(", ", stacks);
    if (platform.isEmpty()) {
      return new Finding(x.controlId(), x.severity(), Enforcement.ADVISORY, x.urn(),
          x.message() + " [provided by the platform (" + names + ") per the environment's platform.provides; check it together with the platform stacks to verify]",
          x.remediation(), x.untilApply());
    }
    for (FileResult p : platform) {
      if (!p.errors().isEmpty()) return x; // the platform could not be judged: no credit
      for (Finding pf : p.findings()) {
        if (pf.controlId().equals(x.controlId()) && pf.enforcement() == Enforcement.MANDATORY) return x;
      }
    }
    return new Finding(x.controlId(), x.severity(), Enforcement.ADVISORY, x.urn(),
        x.message() + " [provided by the platform stack(s) checked with it (" + names + "), which pass " + x.controlId() + "]",
        x.remediation(), x.untilApply());
  }
}
