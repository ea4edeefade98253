package eu.rampart.cli;

import eu.rampart.check.CheckEnvironment;
import eu.rampart.check.CheckError;
import eu.rampart.check.CheckResult;
import eu.rampart.check.Checker;
import eu.rampart.check.FileResult;
import eu.rampart.check.Finding;
import eu.rampart.check.PolicyEvaluationException;
import eu.rampart.check.PolicyInputSource;
import eu.rampart.cli.output.OutputFiles;
import eu.rampart.cli.output.OutputUsageException;
import eu.rampart.cli.output.ReportOutputs;
import eu.rampart.cli.output.ReportTarget;
import eu.rampart.cli.output.ReportWriter;
import eu.rampart.cli.support.EnvironmentFiles;
import eu.rampart.cli.support.Home;
import eu.rampart.cli.support.PolicyPacks;
import eu.rampart.diff.PlannedStates;
import eu.rampart.env.Environment;
import eu.rampart.env.EnvironmentException;
import eu.rampart.diff.DiffFormat;
import eu.rampart.diff.DiffReport;
import eu.rampart.diff.PolicyDelta;
import eu.rampart.diff.PolicyFinding;
import eu.rampart.diff.ResourceChange;
import eu.rampart.diff.StackDiff;
import eu.rampart.diff.StatefulTypes;
import eu.rampart.check.RegoPolicyPack;
import eu.rampart.plan.input.Normaliser;
import eu.rampart.plan.input.PolicyInput;
import eu.rampart.plan.read.InputException;
import eu.rampart.plan.read.InputFormat;
import eu.rampart.plan.read.Readers;
import eu.rampart.plan.read.StackSnapshot;
import eu.rampart.plan.secret.SecretCollector;
import eu.rampart.plan.secret.SecretMasker;
import eu.rampart.rego.value.Json;
import eu.rampart.rego.value.ObjectValue;
import eu.rampart.rego.value.Value;
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

/** {@code rampart diff BEFORE AFTER} or {@code rampart diff PREVIEW}: what a change does to security. */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description = {
        "Show what a change does to security: two stack states compared, or the changes one preview plans.",
        "BEFORE and AFTER may be rampart plans, stack exports or checkpoints, in any mix; PREVIEW is a `pulumi preview --json`"
            + " file or an engine event stream. Destructive changes to stateful resources are listed first.",
        "Report formats: markdown (default), json, html."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:diff produced", "2:usage or input error", "3:policy evaluation error"})
public final class DiffCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  // any number is accepted here so that a wrong count gets rampart's own message, not picocli's "unmatched argument"
  @Parameters(arity = "0..*", paramLabel = "FILE", description = "BEFORE AFTER, or one preview/event stream.")
  List<Path> files = new ArrayList<>();

  @Option(names = "--input-format", paramLabel = "FORMAT",
      description = "Force the input format: rampart-plan, preview, export, checkpoint, events (default: detected).")
  String inputFormat;

  @Mixin ReportOutputs outputs = new ReportOutputs();

  @Option(names = "--env", paramLabel = "E",
      description = "Environment name (environments/E.yaml) or file to run the policy pack with; enables the policy delta (new, fixed, unchanged findings).")
  String env;

  @Option(names = "--policies", paramLabel = "DIR",
      description = "Policy directory (default: the embedded pack): its stateful types order the report; with --env, its findings make the delta.")
  Path policies;

  @Override
  public Integer call() {
    List<ReportTarget> targets;
    Optional<InputFormat> forced;
    try {
      targets = outputs.targets("markdown", FORMATS);
      List<Path> read = new ArrayList<>(files);
      read.addAll(EnvironmentFiles.of(env, Home.dir()));
      OutputFiles.check(targets, read, policies == null ? List.of() : List.of(policies));
      forced = inputFormat == null ? Optional.empty() : Optional.of(InputFormat.parse(inputFormat));
    } catch (OutputUsageException e) {
      return fail(ExitCodes.USAGE_OR_INPUT, e.getMessage());
    } catch (IllegalArgumentException e) {
      return fail(ExitCodes.USAGE_OR_INPUT, e.getMessage());
    }
    String policiesProblem = PolicyPacks.usageProblem(policies);
    if (policiesProblem != null) return fail(ExitCodes.USAGE_OR_INPUT, policiesProblem);
    if (files.isEmpty() || files.size() > 2) {
      return fail(ExitCodes.USAGE_OR_INPUT, "expected BEFORE AFTER (two stack states) or one PREVIEW (a preview or event stream), got "
          + files.size() + " file" + (files.size() == 1 ? "" : "s"));
    }
    List<StackSnapshot> snapshots = new ArrayList<>();
    java.util.Set<String> secrets = new java.util.LinkedHashSet<>();
    SecretMasker masker = SecretMasker.NONE;
    try {
      for (Path f : files) {
        // secrets are registered as soon as a file is parsed, before it is validated
        snapshots.add(Readers.read(f, forced, found -> secrets.addAll(found)));
      }
      if (snapshots.size() == 2) {
        for (int i = 0; i < 2; i++) {
          InputFormat fmt = snapshots.get(i).format();
          if (fmt == InputFormat.PREVIEW || fmt == InputFormat.EVENTS) {
            throw new InputException(files.get(i) + ": is a " + (fmt == InputFormat.PREVIEW ? "preview" : "event stream")
                + " given as " + (i == 0 ? "BEFORE" : "AFTER") + ": two files must both be stack states (rampart plan, export, checkpoint); "
                + "a preview already holds both sides, give it alone: rampart diff " + files.get(i));
          }
        }
      }
      for (StackSnapshot s : snapshots) secrets.addAll(SecretCollector.collect(s));
      List<PolicyInput> inputs = snapshots.stream().map(Normaliser::normalise).toList();
      // the pack says which types are stateful (the list DATA-4 uses), with or without --env
      RegoPolicyPack pack = pack();
      StatefulTypes stateful = statefulTypes(pack);
      List<ResourceChange> changes = inputs.size() == 2
          ? StackDiff.between(inputs.get(0), inputs.get(1), stateful)
          : StackDiff.planned(inputs.get(0), stateful);
      PolicyDelta delta = policyDelta(snapshots, inputs, secrets, pack);
      masker = new SecretMasker(secrets); // with the environment's secrets, known once it is loaded
      DiffReport report = new DiffReport(files.get(0).toString(), files.size() == 2 ? files.get(1).toString() : null, changes, delta);
      SecretMasker reportMasker = masker;
      boolean written = ReportWriter.write(targets, t -> DiffFormat.parse(t.format()).render(report, reportMasker),
          spec.commandLine().getOut(), this::error);
      return written ? ExitCodes.OK : ExitCodes.USAGE_OR_INPUT;
    } catch (InputException | IllegalArgumentException e) {
      return fail(ExitCodes.USAGE_OR_INPUT, new SecretMasker(secrets).mask(e.getMessage()));
    } catch (IllegalStateException e) {
      // StatefulTypes: the pack failed on a resource type
      return fail(ExitCodes.EVALUATION_ERROR, new SecretMasker(secrets).mask("policy evaluation failed: " + e.getMessage()));
    } catch (EvaluationFailure e) {
      return fail(ExitCodes.EVALUATION_ERROR, new SecretMasker(secrets).mask(e.getMessage()));
    }
  }

  private RegoPolicyPack pack() {
    try {
      return PolicyPacks.load(policies);
    } catch (PolicyEvaluationException e) {
      throw new EvaluationFailure("policy pack cannot be loaded: " + e.getMessage());
    }
  }

  private static StatefulTypes statefulTypes(RegoPolicyPack pack) {
    try {
      return StatefulTypes.of(pack);
    } catch (PolicyEvaluationException e) {
      throw new EvaluationFailure(e.getMessage());
    }
  }

  private PolicyDelta policyDelta(List<StackSnapshot> snapshots, List<PolicyInput> inputs, java.util.Set<String> secrets,
                                  RegoPolicyPack pack) {
    if (env == null) {
      return PolicyDelta.notEvaluated("no --env given, so the policy pack was not run");
    }
    CheckEnvironment environment = environment(secrets);
    // One preview: its old states are "before", its planned states "after".
    List<PolicyInput> sides = inputs.size() == 2 ? inputs
        : List.of(Normaliser.normalise(PlannedStates.before(snapshots.get(0))), Normaliser.normalise(PlannedStates.after(snapshots.get(0))));
    List<PolicyInputSource> sources = new ArrayList<>();
    for (PolicyInput in : sides) sources.add(source(in));
    CheckResult result = new Checker(pack).check(sources, environment);
    for (CheckError err : result.allErrors()) {
      throw new EvaluationFailure("policy evaluation failed: " + err.source() + ": " + err.message());
    }
    List<List<PolicyFinding>> perFile = new ArrayList<>();
    for (FileResult f : result.files()) perFile.add(f.findings().stream().map(DiffCommand::finding).toList());
    if (perFile.size() != 2) throw new EvaluationFailure("the checker returned " + perFile.size() + " results for 2 inputs");
    return PolicyDelta.between(perFile.get(0), perFile.get(1));
  }

  private CheckEnvironment environment(java.util.Set<String> secrets) {
    Environment e;
    try {
      e = Environment.resolve(env, List.of(Home.dir()));
    } catch (EnvironmentException x) {
      throw new InputException(x.getMessage());
    } catch (RuntimeException x) {
      throw new InputException(env + ": cannot load the environment: " + x.getMessage());
    }
    secrets.addAll(e.secretValues());
    Value v = Json.parse(e.toPolicyEnvironment().toString());
    if (!(v instanceof ObjectValue o)) throw new InputException(e.file() + ": the policy environment is not an object");
    return new CheckEnvironment(e.name(), o, e.policy().waivers(), e.file().toString());
  }

  private static PolicyInputSource source(PolicyInput in) {
    return new PolicyInputSource() {
      @Override public String name() { return String.valueOf(in.snapshot().file()); }
      @Override public ObjectValue load() { return (ObjectValue) in.value(); }
    };
  }

  private static PolicyFinding finding(Finding f) {
    return new PolicyFinding(f.controlId(), f.severity().label(), f.enforcement().label(), f.urn(), f.message());
  }

  private void error(String message) { fail(ExitCodes.USAGE_OR_INPUT, message); }

  private int fail(int code, String message) {
    String line = message.replace('\n', ' ').replace('\r', ' ');
    // Compiler output for a broken pack can run to many kilobytes; the first part names the cause.
    if (line.length() > 2_000) line = line.substring(0, 2_000) + " ... (" + (line.length() - 2_000) + " more characters)";
    spec.commandLine().getErr().println("rampart diff: " + line);
    return code;
  }

  private static final List<String> FORMATS =
      java.util.Arrays.stream(DiffFormat.values()).map(f -> f.name().toLowerCase(java.util.Locale.ROOT)).toList();

  /** The policy pack could not be loaded or evaluated: nothing may be assumed about findings. */
  private static final class EvaluationFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    EvaluationFailure(String message) { super(message, null, false, false); }
  }
}
