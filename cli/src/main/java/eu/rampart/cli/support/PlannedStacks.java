package eu.rampart.cli.support;

import eu.rampart.check.CheckInputException;
import eu.rampart.check.PolicyEvaluationException;
import eu.rampart.check.PolicyInputSource;
import eu.rampart.env.Environment;
import eu.rampart.plan.offline.OfflinePlanException;
import eu.rampart.plan.offline.OfflinePlanner;
import eu.rampart.plan.read.InputFormat;
import eu.rampart.rego.value.ObjectValue;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The landing-zone stacks, planned offline for the environment, when {@code rampart check} gets no
 * INPUT. A stack that cannot be planned is an error (input error when the environment or stack is
 * at fault, evaluation error when the program or planner failed), never a pass.
 */
public final class PlannedStacks {
  public static final List<String> STACKS = List.of("stacks/aws-landing-zone", "stacks/azure-landing-zone");

  private PlannedStacks() {}

  public static List<PolicyInputSource> sources(Path home, Environment env, Console console) {
    return STACKS.stream().map(s -> (PolicyInputSource) new Planned(home, s, env, console)).toList();
  }

  private record Planned(Path home, String stack, Environment env, Console console) implements PolicyInputSource {
    @Override
    public String name() { return stack; }

    @Override
    public ObjectValue load() throws CheckInputException, PolicyEvaluationException {
      Path plan;
      try {
        console.info("rampart check: planning " + stack + " for environment " + env.name() + " (offline)");
        plan = OfflinePlanner.plan(home.resolve(stack), env, OfflinePlanner.Options.defaults());
      } catch (OfflinePlanException e) {
        if (e.exitCode() == OfflinePlanException.BAD_INPUT) throw new CheckInputException(stack, e.getMessage());
        throw new PolicyEvaluationException(e.getMessage(), e);
      }
      return new FileInput(plan, Optional.of(InputFormat.RAMPART_PLAN), console.masker()).load();
    }
  }
}
