package eu.rampart.cli;

import java.util.List;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code rampart} command. One class per subcommand. */
@Command(
    name = "rampart",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Provision EU-resident, encrypted landing zones with Pulumi and block deployments that break residency or encryption controls.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:passed",
        "1:violations at or above --fail-on (or failing tests)",
        "2:usage or input error",
        "3:evaluation error (nothing may be assumed to pass)"
    })
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
  }

  /** The subcommands, in the order `rampart --help` lists them. */
  static final List<Class<?>> SUBCOMMANDS = List.of(
      CommandLine.HelpCommand.class,
      eu.rampart.cli.rego.RegoCommand.class,
      DiffCommand.class,
      CheckCommand.class,
      ControlsCommand.class,
      GateCommand.class,
      PlanCommand.class,
      CompletionCommand.class,
      eu.rampart.cli.policy.PolicyCommand.class);
  /**
   * Commands that never look at the rest of the tree (as `help` and `completion` do): when one is
   * named first, only its model is built. Picocli reflects over every option of every command it is
   * given, which is a noticeable share of a short command's start (`rampart plan` is timed).
   */
  private static final Set<Class<?>> STANDALONE = Set.of(
      DiffCommand.class, CheckCommand.class, ControlsCommand.class, GateCommand.class, PlanCommand.class);

  public static CommandLine commandLine() {
    return commandLine(SUBCOMMANDS);
  }

  /** The command line for these arguments: the whole tree, or only the standalone command they name. */
  public static CommandLine commandLine(String[] args) {
    if (args.length > 0) {
      for (Class<?> c : STANDALONE) {
        if (c.getAnnotation(Command.class).name().equals(args[0])) return commandLine(List.of(c));
      }
    }
    return commandLine();
  }

  private static CommandLine commandLine(List<Class<?>> subcommands) {
    CommandLine cl = new CommandLine(new Main());
    // before the handlers below: picocli applies them to the subcommands present when they are set
    for (Class<?> c : subcommands) cl.addSubcommand(c);
    cl.setExitCodeExceptionMapper(t -> ExitCodes.EVALUATION_ERROR);
    cl.setParameterExceptionHandler((ex, args) -> {
      ex.getCommandLine().getErr().println("rampart: " + ex.getMessage());
      ex.getCommandLine().getErr().println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
      return ExitCodes.USAGE_OR_INPUT;
    });
    cl.setExecutionExceptionHandler((ex, c, parsed) -> {
      // An unexpected failure is an evaluation error: say what it was, never pass, no stack trace
      // unless asked for with RAMPART_DEBUG=1.
      c.getErr().println("rampart: internal error: " + ex);
      if (System.getenv("RAMPART_DEBUG") != null) ex.printStackTrace(c.getErr());
      return ExitCodes.EVALUATION_ERROR;
    });
    cl.setExecutionStrategy(Main::runBounded);
    return cl;
  }

  /**
   * The last line of defence of the limits in docs/check.md: should an input or a policy still
   * exhaust the heap or the stack, the command ends with one line and exit 3, never a JVM trace.
   */
  private static int runBounded(CommandLine.ParseResult parsed) {
    try {
      return new CommandLine.RunLast().execute(parsed);
    } catch (OutOfMemoryError | StackOverflowError e) {
      java.io.PrintWriter err = parsed.commandSpec().commandLine().getErr();
      err.println("rampart: evaluation error: " + (e instanceof OutOfMemoryError
          ? "ran out of memory (an input or policy builds values beyond the heap; see the limits in docs/check.md)"
          : "nesting too deep for the stack (see the limits in docs/check.md)"));
      err.flush();
      return ExitCodes.EVALUATION_ERROR;
    }
  }

  public static void main(String[] args) {
    System.exit(commandLine(args).execute(args));
  }
}
