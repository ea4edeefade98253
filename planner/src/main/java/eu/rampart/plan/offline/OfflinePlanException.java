package eu.rampart.plan.offline;

/**
 * Planning failed. {@link #exitCode()} is 2 when the input is at fault (missing setting, no such
 * stack, no program class) and 3 when the program or the planner failed.
 */
public final class OfflinePlanException extends Exception {
  public static final int BAD_INPUT = 2;
  public static final int PLANNER_FAILED = 3;

  private final int exitCode;

  public OfflinePlanException(int exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  public int exitCode() { return exitCode; }
}
