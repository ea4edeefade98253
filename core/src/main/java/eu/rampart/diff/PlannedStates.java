package eu.rampart.diff;

import eu.rampart.plan.read.ResourceState;
import eu.rampart.plan.read.StackSnapshot;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a preview or event stream into the state before and the state after its planned
 * changes, so that the policy pack can be run on both sides of a single preview.
 */
public final class PlannedStates {
  private PlannedStates() {}

  /** Resources as they were: old states, without those the preview creates. */
  public static StackSnapshot before(StackSnapshot planned) {
    requireChanges(planned);
    List<ResourceState> out = new ArrayList<>();
    for (ResourceState r : planned.resources()) {
      if ("create".equals(r.op())) continue;
      ResourceState old = r.old() != null ? r.old() : r;
      out.add(old.withOp(null, null));
    }
    return copy(planned, out);
  }

  /** Resources as they will be: new states, without those the preview deletes. */
  public static StackSnapshot after(StackSnapshot planned) {
    requireChanges(planned);
    List<ResourceState> out = new ArrayList<>();
    for (ResourceState r : planned.resources()) {
      if ("delete".equals(r.op())) continue;
      out.add(r);
    }
    return copy(planned, out);
  }

  private static StackSnapshot copy(StackSnapshot s, List<ResourceState> resources) {
    return new StackSnapshot(s.file(), s.format(), s.project(), s.stack(), s.environment(), s.config(), resources, s.secretsProvider());
  }

  private static void requireChanges(StackSnapshot s) {
    if (!s.hasChanges()) throw new IllegalArgumentException(s.file() + ": a " + s.format().source() + " file records a state, not changes");
  }
}
