package eu.rampart.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Findings new in AFTER, fixed since BEFORE, and unchanged. When the policies could not be
 * evaluated, {@code evaluated} is false and {@code reason} says why: an unevaluated delta is never
 * shown as "no findings".
 */
public record PolicyDelta(boolean evaluated, String reason, List<PolicyFinding> added, List<PolicyFinding> fixed,
    List<PolicyFinding> unchanged) {
  public PolicyDelta {
    added = List.copyOf(added);
    fixed = List.copyOf(fixed);
    unchanged = List.copyOf(unchanged);
  }

  public static PolicyDelta notEvaluated(String reason) {
    return new PolicyDelta(false, reason, List.of(), List.of(), List.of());
  }

  public static PolicyDelta between(List<PolicyFinding> before, List<PolicyFinding> after) {
    Map<String, PolicyFinding> old = new LinkedHashMap<>();
    for (PolicyFinding f : before) old.putIfAbsent(f.key(), f);
    Map<String, PolicyFinding> now = new LinkedHashMap<>();
    for (PolicyFinding f : after) now.putIfAbsent(f.key(), f);
    List<PolicyFinding> added = new ArrayList<>();
    List<PolicyFinding> unchanged = new ArrayList<>();
    for (Map.Entry<String, PolicyFinding> e : now.entrySet()) {
      if (old.containsKey(e.getKey())) unchanged.add(e.getValue());
      else added.add(e.getValue());
    }
    List<PolicyFinding> fixed = new ArrayList<>();
    for (Map.Entry<String, PolicyFinding> e : old.entrySet()) if (!now.containsKey(e.getKey())) fixed.add(e.getValue());
    return new PolicyDelta(true, "", added, fixed, unchanged);
  }
}
