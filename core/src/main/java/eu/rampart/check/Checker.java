package eu.rampart.check;

import eu.rampart.rego.value.ObjectValue;
import eu.rampart.rego.value.StringValue;
import eu.rampart.rego.value.Value;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks inputs against a policy pack loaded once: builds each input (plus
 * {@code input.environment}), evaluates {@code data.rampart.findings}, validates the findings and
 * applies the environment's waivers. Fails closed: whatever cannot be read or evaluated becomes an
 * error in the result, never a pass.
 *
 * <p>Enforcement is decided once, here, by {@link EnforcementOverrides}: the pack reports each
 * finding at its control's default level and marks findings about values unknown until apply; the
 * environment's overrides (validated against the pack's controls) then apply.
 */
public final class Checker {
  private static final Comparator<Finding> ORDER = Comparator
      .comparing(Finding::severity)
      .thenComparing(Finding::controlId)
      .thenComparing(Finding::urn)
      .thenComparing(Finding::message);

  private final PolicyPack pack;
  private final Clock clock;

  public Checker(PolicyPack pack) { this(pack, Clock.systemUTC()); }

  public Checker(PolicyPack pack, Clock clock) {
    this.pack = pack;
    this.clock = clock;
  }

  public CheckResult check(List<? extends PolicyInputSource> sources, CheckEnvironment env) {
    List<Control> controls = pack.controls();
    List<Waiver> waivers;
    EnforcementOverrides overrides;
    PlatformScope scope;
    java.util.Set<String> controlIds = new java.util.TreeSet<>();
    for (Control c : controls) controlIds.add(c.id());
    try {
      waivers = Waivers.parse(env.sourceFile(), env.rawWaivers(), controlIds);
      overrides = EnforcementOverrides.of(env, controlIds);
      scope = PlatformScope.of(env, controlIds);
    } catch (CheckInputException e) {
      return new CheckResult(env.name(), controls, List.of(), List.of(), List.of(CheckError.input(e.source(), e.getMessage())));
    }
    LocalDate today = LocalDate.now(clock);
    List<Waiver> active = new ArrayList<>();
    List<Waiver> expired = new ArrayList<>();
    List<WaiverNotice> notices = new ArrayList<>();
    for (Waiver w : waivers) {
      if (w.expiredOn(today)) {
        expired.add(w);
        notices.add(new WaiverNotice(WaiverNotice.Kind.EXPIRED, w, w.describe() + " expired on " + w.expires()
            + " and no longer applies (owner " + w.owner() + ", reason: " + w.reason() + ")"));
      } else {
        active.add(w);
      }
    }
    Map<Waiver, Boolean> used = java.util.Collections.synchronizedMap(new IdentityHashMap<>());
    Map<String, String> projects = new java.util.concurrent.ConcurrentHashMap<>();
    List<FileResult> files = scope.apply(evaluateAll(sources, env, overrides, active, expired, used, projects), projects);
    boolean anyEvaluated = files.stream().anyMatch(f -> f.errors().isEmpty());
    for (Waiver w : active) {
      // "matches nothing" is only meaningful when something was evaluated
      if (!used.containsKey(w) && anyEvaluated) {
        notices.add(new WaiverNotice(WaiverNotice.Kind.UNUSED, w, w.describe() + " matches no finding: remove it or fix its rule/urn"));
      }
    }
    List<Control> catalogue = new ArrayList<>(controls);
    Map<String, Boolean> known = new HashMap<>();
    for (Control c : controls) known.put(c.id(), true);
    for (FileResult f : files) {
      for (Finding x : f.findings()) if (known.putIfAbsent(x.controlId(), true) == null) catalogue.add(Control.fromFinding(x));
      for (WaivedFinding x : f.waived()) if (known.putIfAbsent(x.finding().controlId(), true) == null) catalogue.add(Control.fromFinding(x.finding()));
    }
    return new CheckResult(env.name(), catalogue, files, notices, List.of());
  }

  /** Inputs are independent: evaluate two at a time (the prepared query is thread-safe). */
  private List<FileResult> evaluateAll(List<? extends PolicyInputSource> sources, CheckEnvironment env,
                                       EnforcementOverrides overrides, List<Waiver> active, List<Waiver> expired,
                                       Map<Waiver, Boolean> used, Map<String, String> projects) {
    List<FileResult> files = new ArrayList<>();
    if (sources.size() <= 1) {
      for (PolicyInputSource source : sources) files.add(checkOne(source, env, overrides, active, expired, used, projects));
      return files;
    }
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      List<java.util.concurrent.Future<FileResult>> futures = new ArrayList<>();
      for (PolicyInputSource source : sources) futures.add(pool.submit(() -> checkOne(source, env, overrides, active, expired, used, projects)));
      for (int i = 0; i < futures.size(); i++) {
        try {
          files.add(futures.get(i).get());
        } catch (java.util.concurrent.ExecutionException e) {
          files.add(FileResult.failed(sources.get(i).name(), CheckError.evaluation(sources.get(i).name(),
              "policy evaluation failed: " + e.getCause())));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          files.add(FileResult.failed(sources.get(i).name(), CheckError.evaluation(sources.get(i).name(), "interrupted")));
        }
      }
    } finally {
      pool.shutdownNow();
    }
    return files;
  }

  private FileResult checkOne(PolicyInputSource source, CheckEnvironment env, EnforcementOverrides overrides,
                              List<Waiver> active, List<Waiver> expired, Map<Waiver, Boolean> used,
                              Map<String, String> projects) {
    ObjectValue input;
    try {
      input = source.load();
    } catch (CheckInputException e) {
      return FileResult.failed(source.name(), CheckError.input(e.source() == null ? source.name() : e.source(), e.getMessage()));
    } catch (PolicyEvaluationException e) {
      return FileResult.failed(source.name(), CheckError.evaluation(source.name(), e.getMessage()));
    }
    if (input.get("stack") instanceof ObjectValue st && st.get("project") instanceof StringValue project) {
      projects.put(source.name(), project.value());
    }
    Value resources = input.get("resources");
    int resourceCount = resources instanceof eu.rampart.rego.value.ArrayValue a ? a.size() : 0;
    List<Finding> findings;
    try {
      findings = FindingParser.parse(pack.evaluateFindings(withEnvironment(input, env)));
    } catch (PolicyEvaluationException e) {
      return FileResult.failed(source.name(), CheckError.evaluation(source.name(), e.getMessage()));
    } catch (RuntimeException e) {
      // an engine bug must not turn into a pass
      return FileResult.failed(source.name(), CheckError.evaluation(source.name(), "policy evaluation failed: " + e));
    }
    List<Finding> open = new ArrayList<>();
    List<WaivedFinding> waived = new ArrayList<>();
    List<WaivedFinding> lapsedFor = new ArrayList<>();
    for (Finding packFinding : findings) {
      Finding f = overrides.apply(packFinding);
      if (f.enforcement() == Enforcement.DISABLED) continue;
      Waiver w = firstCovering(active, f);
      if (w != null) {
        used.put(w, true);
        waived.add(new WaivedFinding(f, w));
      } else {
        open.add(f);
        Waiver lapsed = firstCovering(expired, f);
        if (lapsed != null) lapsedFor.add(new WaivedFinding(f, lapsed));
      }
    }
    open.sort(ORDER);
    waived.sort(Comparator.comparing(WaivedFinding::finding, ORDER));
    lapsedFor.sort(Comparator.comparing(WaivedFinding::finding, ORDER));
    return new FileResult(source.name(), resourceCount, open, waived, List.of(), lapsedFor);
  }

  private static Waiver firstCovering(List<Waiver> waivers, Finding f) {
    for (Waiver w : waivers) if (w.covers(f)) return w;
    return null;
  }

  private static ObjectValue withEnvironment(ObjectValue input, CheckEnvironment env) {
    LinkedHashMap<Value, Value> m = new LinkedHashMap<>(input.asMap());
    m.put(StringValue.of("environment"), env.policyEnvironment());
    return ObjectValue.wrap(m);
  }

}
