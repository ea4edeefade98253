package eu.rampart.cli;

import eu.rampart.check.CheckInputException;
import eu.rampart.check.FailOn;
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
import eu.rampart.cli.support.Pulumi;
import eu.rampart.plan.read.InputFormat;
import eu.rampart.report.ReportFormats;
import java.io.IOException;
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

/**
 * {@code rampart gate}: preview with Pulumi, check the preview, and deploy exactly the checked plan
 * ({@code pulumi up --plan}) only when the check passes.
 */
@Command(
    name = "gate",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
        "Run `pulumi preview --json --save-plan`, check the preview, and only when it passes run "
            + "`pulumi up --plan <the saved plan> --yes`. Arguments after -- go to both pulumi commands.",
        "Report formats: text, json, sarif, junit, markdown, github."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:the check passed and pulumi up succeeded",
        "1:violations at or above --fail-on: pulumi up was not run",
        "2:usage or input error (pulumi not on PATH, unreadable preview): pulumi up was not run",
        "3:pulumi preview or pulumi up failed, or the policies could not be evaluated"})
public final class GateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--env", paramLabel = "E", required = true,
      description = "Environment name (environments/E.yaml) or an environment file.")
  String env;

  @Option(names = "--stack", paramLabel = "DIR", description = "Pulumi project directory. Default: the current directory.")
  Path stackDir = Path.of(".");

  @Option(names = "--stack-name", paramLabel = "NAME", description = "Pulumi stack to select. Default: the environment name.")
  String stackName;

  @Option(names = "--policies", paramLabel = "DIR", description = "Policy pack directory. Default: the embedded pack.")
  Path policies;

  @Mixin ReportOutputs outputs = new ReportOutputs();

  @Option(names = "--fail-on", paramLabel = "LEVEL", description = "mandatory (default), advisory or never.")
  String failOn = "mandatory";

  @Parameters(paramLabel = "PULUMI_ARGS", arity = "0..*", description = "Extra arguments for pulumi, after --.")
  List<String> pulumiArgs = new ArrayList<>();

  /** Where pulumi is looked up: PATH, or the system property rampart.path (tests point it at a stand-in). */
  private final String path = System.getProperty("rampart.path", System.getenv("PATH"));

  @Override
  public Integer call() throws Exception {
    PrintWriter stdout = spec.commandLine().getOut();
    Console console = new Console(spec.commandLine().getErr(), new OutputMasker());
    List<ReportTarget> targets;
    try {
      targets = outputs.targets("text", ReportFormats.names());
      OutputFiles.check(targets, EnvironmentFiles.of(env, Home.dir()), policies == null ? List.of() : List.of(policies));
    } catch (OutputUsageException e) {
      console.error(e.getMessage());
      return ExitCodes.USAGE_OR_INPUT;
    }
    Optional<FailOn> threshold = FailOn.parse(failOn);
    if (threshold.isEmpty()) {
      console.error("unknown --fail-on '" + failOn + "': expected mandatory, advisory or never");
      return ExitCodes.USAGE_OR_INPUT;
    }
    String policiesProblem = eu.rampart.cli.support.PolicyPacks.usageProblem(policies);
    if (policiesProblem != null) {
      console.error(policiesProblem);
      return ExitCodes.USAGE_OR_INPUT;
    }
    if (!Files.isDirectory(stackDir)) {
      console.error("input error: " + stackDir + ": not a directory (--stack takes the Pulumi project directory)");
      return ExitCodes.USAGE_OR_INPUT;
    }
    CheckEnvironments.Loaded environment;
    try {
      environment = CheckEnvironments.load(env, Home.dir(), console.masker());
    } catch (CheckInputException e) {
      console.error("input error: " + e.source() + ": " + e.getMessage());
      return ExitCodes.USAGE_OR_INPUT;
    }
    Optional<Pulumi> pulumi = Pulumi.onPath(path, console);
    if (pulumi.isEmpty()) {
      console.error("pulumi is not on PATH: install the Pulumi CLI (https://www.pulumi.com/docs/install/) "
          + "or use `rampart check` on a preview file; nothing was deployed");
      return ExitCodes.USAGE_OR_INPUT;
    }
    String stack = stackName == null ? environment.check().name() : stackName;
    Path work = Files.createTempDirectory("rampart-gate-");
    Path plan = work.resolve("plan.json");
    Path preview = work.resolve("preview.json");
    try {
      List<String> previewArgs = new ArrayList<>(List.of("preview", "--json", "--save-plan", plan.toString(), "--stack", stack));
      previewArgs.addAll(pulumiArgs);
      console.info("rampart gate: pulumi preview (stack " + stack + ")");
      int previewCode = pulumi.get().run(stackDir, previewArgs, preview, stdout);
      if (previewCode != 0) {
        console.error("pulumi preview failed with exit code " + previewCode + "; nothing was deployed");
        return ExitCodes.EVALUATION_ERROR;
      }
      if (!Files.isRegularFile(plan)) {
        console.error("pulumi preview did not write the plan file " + plan + "; nothing was deployed");
        return ExitCodes.EVALUATION_ERROR;
      }
      FileInput input = new FileInput(preview, Optional.of(InputFormat.PREVIEW), console.masker());
      int code = CheckRun.run(List.of(named(input, "pulumi preview (" + stack + ")")), environment.check(), policies,
          targets, threshold.get(), stdout, console);
      if (code != ExitCodes.OK) {
        console.error("the check did not pass (exit " + code + "): pulumi up was not run");
        return code;
      }
      List<String> upArgs = new ArrayList<>(List.of("up", "--plan", plan.toString(), "--yes", "--stack", stack));
      upArgs.addAll(pulumiArgs);
      console.info("rampart gate: check passed; pulumi up --plan (stack " + stack + ")");
      int upCode = pulumi.get().run(stackDir, upArgs, null, stdout);
      if (upCode != 0) {
        console.error("pulumi up failed with exit code " + upCode);
        return ExitCodes.EVALUATION_ERROR;
      }
      return ExitCodes.OK;
    } finally {
      deleteQuietly(preview);
      deleteQuietly(plan);
      deleteQuietly(work);
    }
  }

  /** The preview as a source named after the stack rather than the temporary file. */
  private static eu.rampart.check.PolicyInputSource named(FileInput input, String name) {
    return new eu.rampart.check.PolicyInputSource() {
      @Override public String name() { return name; }
      @Override public eu.rampart.rego.value.ObjectValue load() throws CheckInputException {
        try {
          return input.load();
        } catch (CheckInputException e) {
          throw new CheckInputException(name, "the preview output cannot be read: " + e.getMessage());
        }
      }
    };
  }

  private static void deleteQuietly(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException ignored) {
      // a temporary file; the OS cleans up
    }
  }
}
