package eu.rampart.rego.eval;

import eu.rampart.rego.ast.Location;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lines that evaluation reached, per file, for {@code rampart rego test --coverage}. Records what
 * OPA's cover tracer (v1/cover Cover.TraceEvent) records: every expression evaluated and the head
 * of every rule whose body succeeded. Thread-safe; evaluators only touch it when one is set, so
 * an evaluation without coverage pays one null check per expression.
 */
public final class CoverageTracker {
  private final Map<String, Set<Integer>> hits = new ConcurrentHashMap<>();

  void hit(Location loc) {
    if (loc == null || loc.file() == null || loc.file().isEmpty()) return;
    Set<Integer> rows = hits.computeIfAbsent(loc.file(), f -> java.util.Collections.synchronizedSet(new TreeSet<>()));
    rows.add(loc.line());
  }

  /** The covered rows of each file (a copy). */
  public Map<String, Set<Integer>> hits() {
    Map<String, Set<Integer>> out = new java.util.TreeMap<>();
    hits.forEach((f, rows) -> {
      synchronized (rows) {
        out.put(f, new TreeSet<>(rows));
      }
    });
    return out;
  }
}
