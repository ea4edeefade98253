package eu.rampart.plan.offline;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a plan's time goes, on stderr when {@code RAMPART_TIMINGS} is set (as for {@code rampart check}):
 * this JVM's start up to the planner, then each phase. For benchmarks; silent otherwise.
 */
final class PlanTimings {
  private final boolean on;
  private final List<String> laps = new ArrayList<>();
  private long last = System.nanoTime();

  private PlanTimings(boolean on) {
    this.on = on;
    if (on) {
      Instant started = ProcessHandle.current().info().startInstant().orElse(null);
      if (started != null) laps.add("JVM start to planner " + Duration.between(started, Instant.now()).toMillis() + " ms");
    }
  }

  static PlanTimings fromEnvironment() {
    return new PlanTimings(System.getenv("RAMPART_TIMINGS") != null);
  }

  void lap(String phase) {
    if (!on) return;
    long now = System.nanoTime();
    laps.add(phase + " " + (now - last) / 1_000_000 + " ms");
    last = now;
  }

  void report() {
    if (on) System.err.println("rampart plan timings: " + String.join(", ", laps));
  }
}
