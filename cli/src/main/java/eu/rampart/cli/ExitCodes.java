package eu.rampart.cli;

/** Exit codes of every rampart command. CI pipelines depend on these values: never renumber. */
public final class ExitCodes {
  private ExitCodes() {}

  /** Everything evaluated and nothing at or above the failure threshold was found. */
  public static final int OK = 0;
  /** Violations (or failing tests) at or above the failure threshold. */
  public static final int VIOLATIONS = 1;
  /** Bad usage or input: unknown option, unreadable or malformed file, unknown format. */
  public static final int USAGE_OR_INPUT = 2;
  /** Something could not be evaluated: engine error, policy compile error, planner failure. */
  public static final int EVALUATION_ERROR = 3;
}
