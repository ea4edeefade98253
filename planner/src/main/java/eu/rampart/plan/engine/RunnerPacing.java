package eu.rampart.plan.engine;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;

/**
 * Paces the SDK's task runner so that it stops burning a core. pulumi-java's
 * {@code DeploymentImpl.DefaultRunner.loopUntilDone} re-submits itself to the common pool without
 * waiting, and every turn {@code checkForTasks} formats the whole in-flight task map into a
 * {@code Level.FINEST} message ("Remaining tasks [n]: ...") for the deployment's logger
 * ({@code Logger.getLogger(DeploymentImpl.class.getName())}, from {@code DeploymentState.fromEnvironment})
 * — whatever the logger's level. On two cores that loop took one core for the whole run, and the
 * program's own thread, building resources, got what was left (profiled: 44% of the child's samples
 * were the loop).
 *
 * <p>This logger is registered under that name before the program starts, so the SDK gets it; it
 * logs exactly as a plain logger does, and only on the runner's per-turn message it parks the
 * polling thread ({@link #PAUSE_PER_TURN} times the previous turn's length, between {@link #PAUSE_NANOS} and
 * {@link #MAX_PAUSE_NANOS}) before the turn goes on. The runner still sees every task and ends when
 * they are done (at most one pause later); nothing the SDK sends or computes changes. Measured on the
 * AWS landing zone's program JVM: the loop's share of CPU samples fell from 44% to 7%.
 */
final class RunnerPacing extends Logger {
  static final String SDK_LOGGER = "com.pulumi.deployment.internal.DeploymentImpl";
  /** The message {@code DefaultRunner.checkForTasks} logs on every turn while tasks are in flight. */
  static final String TURN_PREFIX = "Remaining tasks [";
  static final long PAUSE_NANOS = TimeUnit.MICROSECONDS.toNanos(500);
  static final long MAX_PAUSE_NANOS = TimeUnit.MILLISECONDS.toNanos(20);
  /**
   * Pause per unit of a turn's own length: the loop takes about 1/(1 + this) of a core. It only
   * notices that tasks ended (they run on their own), so a longer pause costs at most one
   * {@link #MAX_PAUSE_NANOS} at the end; 20 instead of 4 took about 1 s of CPU off the landing zone's
   * JVM (docs/benchmarks.md).
   */
  static final long PAUSE_PER_TURN = 20;
  /** Only the runner's turn, one at a time, writes these. */
  private long lastTurnEnd;
  volatile long pauses;
  /** The log manager keeps loggers weakly. */
  private static volatile RunnerPacing installed;

  private RunnerPacing() {
    super(SDK_LOGGER, null);
  }

  /** Registers the pacing logger under the SDK deployment's logger name; false if one already exists. */
  static boolean install() {
    RunnerPacing logger = new RunnerPacing();
    if (!LogManager.getLogManager().addLogger(logger)) return false;
    installed = logger;
    if (System.getenv("RAMPART_DEBUG") != null) {
      Runtime.getRuntime().addShutdownHook(new Thread(() -> System.err.println("rampart-planner: runner paused "
          + logger.pauses + " times"), "rampart-pacing-report"));
    }
    return true;
  }

  @Override
  public void log(Level level, String msg) {
    super.log(level, msg);
    if (level == Level.FINEST && msg != null && msg.startsWith(TURN_PREFIX)) pause();
  }

  /**
   * A turn's own cost grows with the tasks in flight (it formats them all, twice), so the pause is a
   * multiple of the previous turn's length: the loop then takes a fixed small share of a core whatever
   * the program's size, and notices the last task at most {@link #MAX_PAUSE_NANOS} late.
   */
  private void pause() {
    long now = System.nanoTime();
    long turn = lastTurnEnd == 0 ? 0 : now - lastTurnEnd;
    long pause = Math.min(MAX_PAUSE_NANOS, Math.max(PAUSE_NANOS, PAUSE_PER_TURN * turn));
    LockSupport.parkNanos(pause);
    pauses++;
    lastTurnEnd = System.nanoTime();
  }
}
