package eu.rampart.plan.mock;

import com.pulumi.Context;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The planner inside the caller's JVM, for tests of Pulumi programs: runs a program under the
 * mocks and returns the {@code rampart-plan/v1} document as plain maps and lists. Runs are
 * serialised, because the SDK's deployment is a JVM-wide singleton.
 */
public final class InProcessPlanner {
  private InProcessPlanner() {}

  /** Thrown when the program fails; the message is what {@code rampart plan} would print. */
  public static final class PlanFailedException extends Exception {
    private final String kind;
    private final String key;

    PlanFailedException(Failure failure, Throwable cause) {
      super(failure.message(), cause);
      this.kind = failure.kind();
      this.key = failure.key();
    }

    /** {@code missing-setting}, {@code invalid-setting}, {@code missing-config} or {@code program-error}. */
    public String kind() { return kind; }

    /** The missing key for the missing-* kinds, else null. */
    public String key() { return key; }
  }

  public static synchronized Map<String, Object> plan(String project, String stack, String environment,
                                                      Map<String, String> config, List<String> secretKeys,
                                                      Consumer<Context> program) throws PlanFailedException {
    PlanRequest request = new PlanRequest();
    request.project = project;
    request.stack = stack;
    request.environment = environment;
    request.config = Map.copyOf(config);
    request.secretKeys = List.copyOf(secretKeys);
    try {
      return PlanDocument.build(request, ProgramRunner.run(request, program, r -> { }));
    } catch (ProgramRunner.ProgramFailure e) {
      Failure f = e.cause == null ? new Failure("program-error", e.getMessage(), null, Failure.PROGRAM_FAILED) : Failure.of(e.cause);
      throw new PlanFailedException(f, e.cause);
    }
  }
}
