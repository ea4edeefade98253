package eu.rampart.diff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The result of {@code rampart diff}: every resource's change, destructive changes to stateful
 * resources first, and the policy delta.
 *
 * @param before what was compared from (a file name), or the preview file when {@code after} is null
 * @param after what was compared to, or null when one preview/event stream was diffed
 */
public record DiffReport(String before, String after, List<ResourceChange> changes, PolicyDelta delta) {
  public DiffReport {
    changes = List.copyOf(changes);
  }

  /** Builds a report with the delta between two finding lists the caller evaluated. */
  public static DiffReport of(String before, String after, List<ResourceChange> changes,
      List<PolicyFinding> beforeFindings, List<PolicyFinding> afterFindings) {
    return new DiffReport(before, after, changes, PolicyDelta.between(beforeFindings, afterFindings));
  }

  /**
   * The same report with {@code f} applied to every value, reason and finding message; used to mask
   * secrets before rendering, so that abbreviating a long value cannot cut a secret in two.
   */
  public DiffReport mapText(java.util.function.UnaryOperator<String> f) {
    List<ResourceChange> cs = new ArrayList<>(changes.size());
    for (ResourceChange c : changes) {
      List<PropertyChange> ps = new ArrayList<>(c.securityChanges().size());
      for (PropertyChange p : c.securityChanges()) {
        ps.add(new PropertyChange(f.apply(p.path()), p.before() == null ? null : f.apply(p.before()), p.after() == null ? null : f.apply(p.after())));
      }
      cs.add(new ResourceChange(c.urn(), c.type(), c.name(), c.kind(), c.stateful(), f.apply(c.reason()), ps, c.omitted()));
    }
    java.util.function.Function<List<PolicyFinding>, List<PolicyFinding>> fs = l -> l.stream()
        .map(x -> new PolicyFinding(x.id(), x.severity(), x.enforcement(), x.urn(), f.apply(x.message()))).toList();
    PolicyDelta d = new PolicyDelta(delta.evaluated(), f.apply(delta.reason()), fs.apply(delta.added()), fs.apply(delta.fixed()),
        fs.apply(delta.unchanged()));
    return new DiffReport(before, after, cs, d);
  }

  public Map<ChangeKind, Integer> counts() {
    Map<ChangeKind, Integer> m = new EnumMap<>(ChangeKind.class);
    for (ChangeKind k : ChangeKind.values()) m.put(k, 0);
    for (ResourceChange c : changes) m.merge(c.kind(), 1, Integer::sum);
    return m;
  }

  /** Deletes and replaces of stateful resources, in input order. */
  public List<ResourceChange> destructive() {
    return changes.stream().filter(ResourceChange::destructiveToData).toList();
  }

  /** Everything except SAME: destructive-to-data first, then deletes, replaces, updates, creates. */
  public List<ResourceChange> ordered() {
    List<ResourceChange> out = new ArrayList<>(changes.stream().filter(c -> c.kind() != ChangeKind.SAME).toList());
    out.sort(Comparator.comparing((ResourceChange c) -> !c.destructiveToData()).thenComparing(ResourceChange::kind));
    return out;
  }

  /** Updates and replaces with at least one security-relevant property change. */
  public List<ResourceChange> withSecurityChanges() {
    return ordered().stream().filter(c -> !c.securityChanges().isEmpty()).toList();
  }

  /** "3 create, 1 update, 1 replace, 2 delete, 10 same" */
  public String summaryLine() {
    Map<ChangeKind, Integer> c = counts();
    return c.get(ChangeKind.CREATE) + " create, " + c.get(ChangeKind.UPDATE) + " update, " + c.get(ChangeKind.REPLACE)
        + " replace, " + c.get(ChangeKind.DELETE) + " delete, " + c.get(ChangeKind.SAME) + " same";
  }

  public String policyLine() {
    if (!delta.evaluated()) return "policy delta: not evaluated (" + delta.reason() + ")";
    return "policy delta: " + delta.added().size() + " new, " + delta.fixed().size() + " fixed, "
        + delta.unchanged().size() + " unchanged finding(s)";
  }
}
