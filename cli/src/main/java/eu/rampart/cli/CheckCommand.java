package eu.rampart.cli;

import eu.rampart.check.CheckInputException;
import eu.rampart.check.FailOn;
import eu.rampart.check.PolicyInputSource;
import eu.rampart.cli.output.OutputFiles;
import eu.rampart.cli.output.OutputUsageException;
import eu.rampart.cli.output.ReportOutputs;
import eu.rampart.cli.output.ReportTarget;
import eu.rampart.cli.support.CheckEnvironments;
import eu.rampart.cli.support.EnvironmentFiles;
import eu.rampart.cli.support.CheckRun;
import eu.rampart.cli.support.Console;
import eu.rampart.cli.support.FileInput;
import eu.rampart.cli.support.Home;
import eu.rampart.cli.support.OutputMasker;
import eu.rampart.cli.support.PlannedStacks;
import eu.rampart.plan.read.InputFormat;
import eu.rampart.report.ReportFormats;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code rampart check}: the CI policy gate. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
        "Check plans, previews, exports, checkpoints or event streams against the policy pack.",
        "With no INPUT, plans the environment's stacks (stacks/aws-landing-zone, stacks/azure-landing-zone) "
            + "with the offline planner and checks them.",
        "Report formats: text, json, sarif, junit, markdown, github."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:every input evaluated, nothing at or above --fail-on",
        "1:unwaived findings at or above --fail-on",
        "2:input error (unreadable or malformed input, bad option, bad waiver)",
        "3:evaluation error (policy compile/eval error, planner failure); never a pass"})
public final class CheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "INPUT", arity = "0..*",
      description = "Files to check: rampart plan, `pulumi preview --json`, `pulumi stack export`, a checkpoint or an event log.")
  List<Path> inputs = new ArrayList<>();

  @Option(names = "--env", paramLabel = "E",
      description = "Environment name (environments/E.yaml) or an environment file. It gives the allowed regions, "
          + "enforcement overrides and waivers. Default: prod (also when checking INPUT files).")
  String env = "prod";

  @Option(names = "--policies", paramLabel = "DIR", description = "Policy pack directory. Default: the pack embedded in rampart.")
  Path policies;

  @Option(names = "--input-format", paramLabel = "F",
      description = "Force the input format: rampart-plan, preview, export, checkpoint or events. Default: detected.")
  String inputFormat;

  @Mixin ReportOutputs outputs = new ReportOutputs();

  @Option(names = "--fail-on", paramLabel = "LEVEL",
      description = "mandatory (default): exit 1 on any unwaived mandatory finding; advisory: on any unwaived finding; "
          + "never: only errors fail.")
  String failOn = "mandatory";

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    Console console = new Console(spec.commandLine().getErr(), new OutputMasker());
    List<ReportTarget> targets;
    Path home = Home.dir();
    try {
      targets = outputs.targets("text", ReportFormats.names());
      List<Path> read = new ArrayList<>(inputs);
      read.addAll(EnvironmentFiles.of(env, home));
      OutputFiles.check(targets, read, policies == null ? List.of() : List.of(policies));
    } catch (OutputUsageException e) {
      return usage(console, e.getMessage());
    }
    Optional<FailOn> threshold = FailOn.parse(failOn);
    if (threshold.isEmpty()) return usage(console, "unknown --fail-on '" + failOn + "': expected mandatory, advisory or never");
    String policiesProblem = eu.rampart.cli.support.PolicyPacks.usageProblem(policies);
    if (policiesProblem != null) return usage(console, policiesProblem);
    Optional<InputFormat> forced = Optional.empty();
    if (inputFormat != null) {
      try {
        forced = Optional.of(InputFormat.parse(inputFormat));
      } catch (IllegalArgumentException e) {
        return usage(console, e.getMessage());
      }
    }
    CheckEnvironments.Loaded environment;
    try {
      environment = CheckEnvironments.load(env, home, console.masker());
    } catch (CheckInputException e) {
      console.error("input error: " + e.source() + ": " + e.getMessage());
      return ExitCodes.USAGE_OR_INPUT;
    }
    List<PolicyInputSource> sources = new ArrayList<>();
    if (inputs.isEmpty()) {
      if (PlannedStacks.STACKS.stream().noneMatch(st -> Files.isRegularFile(home.resolve(st).resolve("pom.xml")))) {
        // the release archive holds no stacks to plan: say what to do instead of two planner errors
        return usage(console, "no INPUT given, and " + home.toAbsolutePath().normalize() + " holds no landing-zone stacks to plan "
            + "(a release archive checks files): give the files to check, e.g. rampart check preview.json --env " + env);
      }
      sources.addAll(PlannedStacks.sources(home, environment.environment(), console));
    } else {
      for (Path p : inputs) sources.add(new FileInput(p, forced, console.masker()));
    }
    return CheckRun.run(sources, environment.check(), policies, targets, threshold.get(), stdout, console);
  }

  private static int usage(Console console, String message) {
    console.error(message);
    return ExitCodes.USAGE_OR_INPUT;
  }
}
