package eu.rampart.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.rampart.check.CheckError;
import eu.rampart.check.CheckInputException;
import eu.rampart.check.CheckResult;
import eu.rampart.check.Checker;
import eu.rampart.check.Control;
import eu.rampart.check.FileResult;
import eu.rampart.check.Finding;
import eu.rampart.check.PolicyEvaluationException;
import eu.rampart.check.PolicyInputSource;
import eu.rampart.check.RegoPolicyPack;
import eu.rampart.cli.support.ControlEvidence;
import eu.rampart.cli.support.CheckEnvironments;
import eu.rampart.cli.support.Console;
import eu.rampart.cli.support.FileInput;
import eu.rampart.cli.support.Home;
import eu.rampart.cli.support.OutputMasker;
import eu.rampart.cli.support.PolicyPacks;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code rampart controls}: the pack's catalogue as an evidence map. Each control with its title,
 * severity, default enforcement, the Rego rule that checks it and its framework references; given
 * INPUT files, also the verdict per control on them: which resources break it, and which satisfy it
 * (positive evidence, from the pack's {@code data.rampart.evidence.satisfied}, never re-derived here).
 */
@Command(name = "controls",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {"Print the control catalogue as an evidence map: control, frameworks (GDPR, ISO/IEC 27001:2022, "
        + "BSI C5:2020, ENISA EUCS, NIS2, CIS), rule, and with INPUT files the verdict of each control on them:"
        + " the resources that break it and those that satisfy it (the pack's data.rampart.evidence.satisfied).",
        "Exit codes: 0 printed, 2 usage or input error, 3 evaluation error (the map is printed even when controls fail)."})
public final class ControlsCommand implements Callable<Integer> {
  enum Format { text, markdown, json }

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "INPUT", arity = "0..*", description = "Plans, previews, exports, checkpoints or event logs to map the controls on.")
  List<Path> inputs = new ArrayList<>();

  @Option(names = "--env", paramLabel = "E", description = "Environment name or file (default prod): production decides the default enforcement.")
  String env = "prod";

  @Option(names = "--policies", paramLabel = "DIR", description = "Policy pack directory. Default: the pack embedded in rampart.")
  Path policies;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text (default), markdown or json.")
  Format format = Format.text;

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    OutputMasker masker = new OutputMasker();
    Console console = new Console(spec.commandLine().getErr(), masker);
    CheckEnvironments.Loaded environment;
    try {
      environment = CheckEnvironments.load(env, Home.dir());
    } catch (CheckInputException e) {
      console.error("input error: " + e.source() + ": " + e.getMessage());
      return ExitCodes.USAGE_OR_INPUT;
    }
    RegoPolicyPack pack;
    try {
      pack = PolicyPacks.load(policies);
    } catch (PolicyEvaluationException e) {
      console.error("evaluation error: " + e.getMessage());
      return ExitCodes.EVALUATION_ERROR;
    }
    Optional<CheckResult> result = Optional.empty();
    Map<String, TreeSet<String>> evidence = Map.of();
    if (!inputs.isEmpty()) {
      List<PolicyInputSource> sources = new ArrayList<>();
      for (Path p : inputs) sources.add(new FileInput(p, Optional.empty(), masker));
      CheckResult r = new Checker(pack).check(sources, environment.check());
      for (CheckError e : r.allErrors()) {
        console.error((e.kind() == CheckError.Kind.INPUT ? "input error: " : "evaluation error: ") + e.oneLine());
      }
      if (!r.allErrors().isEmpty()) {
        return r.allErrors().stream().anyMatch(e -> e.kind() == CheckError.Kind.EVALUATION) ? ExitCodes.EVALUATION_ERROR : ExitCodes.USAGE_OR_INPUT;
      }
      result = Optional.of(r);
      try {
        evidence = ControlEvidence.of(pack, sources, environment.check());
      } catch (CheckInputException e) {
        console.error("input error: " + e.source() + ": " + e.getMessage());
        return ExitCodes.USAGE_OR_INPUT;
      } catch (PolicyEvaluationException e) {
        console.error("evaluation error: " + e.getMessage());
        return ExitCodes.EVALUATION_ERROR;
      }
    }
    Map<String, TreeSet<String>> satisfied = evidence;
    List<Control> controls = pack.controls();
    String production = String.valueOf(environment.environment().production());
    String out = switch (format) {
      case text -> text(controls, result, satisfied);
      case markdown -> markdown(controls, result, satisfied);
      case json -> json(controls, result, satisfied, production);
    };
    stdout.print(masker.apply(out));
    stdout.flush();
    return ExitCodes.OK;
  }

  /** data.rampart.enc.enc_1 for ENC-1: the pack's naming convention (docs/policies.md). */
  static String rule(String id) {
    int dash = id.lastIndexOf('-');
    if (dash <= 0) return "data.rampart.findings";
    String family = id.substring(0, dash).toLowerCase(Locale.ROOT);
    return "data.rampart." + family + "." + family + "_" + id.substring(dash + 1);
  }

  /**
   * Resources with an open finding of the control, how many resources the inputs hold, and the
   * resources that satisfy it (the pack's evidence rule), or null when the pack states no evidence for it.
   */
  record Verdict(TreeSet<String> breaking, int resources, TreeSet<String> satisfying) {
    String summary() {
      return breaking.isEmpty() ? "no finding on the " + resources + " evaluated resource(s)" : breaking.size() + " resource(s) break it";
    }

    String evidence() {
      if (satisfying == null) return "no evidence rule in the pack for this control";
      return satisfying.isEmpty() ? "no resource satisfies it" : satisfying.size() + " resource(s) satisfy it";
    }
  }

  static Verdict verdict(CheckResult r, String id, Map<String, TreeSet<String>> satisfied) {
    TreeSet<String> urns = new TreeSet<>();
    int resources = 0;
    for (FileResult f : r.files()) {
      resources += Math.max(0, f.resourceCount());
      for (Finding x : f.findings()) if (x.controlId().equals(id)) urns.add(x.urn());
    }
    return new Verdict(urns, resources, satisfied.get(id));
  }

  /** The resource's name: the last part of its URN (markdown cells stay readable). */
  static String name(String urn) {
    int i = urn.lastIndexOf("::");
    return i < 0 ? urn : urn.substring(i + 2);
  }

  static String text(List<Control> controls, Optional<CheckResult> r, Map<String, TreeSet<String>> satisfied) {
    StringBuilder b = new StringBuilder();
    for (Control c : controls) {
      b.append(c.id()).append("  ").append(c.title()).append('\n');
      b.append("  severity ").append(c.severity().label()).append(", default ").append(c.enforcement().label())
          .append(", rule ").append(rule(c.id())).append('\n');
      for (String ref : c.references()) b.append("  - ").append(ref).append('\n');
      if (r.isPresent()) {
        Verdict v = verdict(r.get(), c.id(), satisfied);
        b.append("  on the inputs: ").append(v.summary()).append('\n');
        for (String u : v.breaking()) b.append("    ").append(u).append('\n');
        b.append("  evidence: ").append(v.evidence()).append('\n');
        if (v.satisfying() != null) for (String u : v.satisfying()) b.append("    ").append(u).append('\n');
      }
    }
    return b.toString();
  }

  static String markdown(List<Control> controls, Optional<CheckResult> r, Map<String, TreeSet<String>> satisfied) {
    StringBuilder b = new StringBuilder("# rampart controls\n\n| Control | Title | Severity | Rule | Frameworks |");
    b.append(r.isPresent() ? " On the inputs | Satisfied by |\n|---|---|---|---|---|---|---|\n" : "\n|---|---|---|---|---|\n");
    for (Control c : controls) {
      b.append("| ").append(c.id()).append(" | ").append(cell(c.title())).append(" | ").append(c.severity().label())
          .append(" | `").append(rule(c.id())).append("` | ").append(cell(String.join("<br>", c.references()))).append(" |");
      if (r.isPresent()) {
        Verdict v = verdict(r.get(), c.id(), satisfied);
        b.append(' ').append(cell(v.summary() + (v.breaking().isEmpty() ? "" : ": " + String.join(", ", v.breaking())))).append(" |");
        b.append(' ').append(cell(v.evidence() + (v.satisfying() == null || v.satisfying().isEmpty() ? ""
            : ": " + String.join(", ", v.satisfying().stream().map(ControlsCommand::name).toList())))).append(" |");
      }
      b.append('\n');
    }
    return b.toString();
  }

  private static String cell(String s) {
    return s.replace("|", "\\|").replace("\n", " ");
  }

  static String json(List<Control> controls, Optional<CheckResult> r, Map<String, TreeSet<String>> satisfied, String production) {
    ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = m.createObjectNode();
    root.put("production", Boolean.parseBoolean(production));
    ArrayNode list = root.putArray("controls");
    for (Control c : controls) {
      ObjectNode o = list.addObject();
      o.put("id", c.id());
      o.put("title", c.title());
      o.put("severity", c.severity().label());
      o.put("enforcement", c.enforcement().label());
      o.put("rule", rule(c.id()));
      o.put("remediation", c.remediation());
      ArrayNode refs = o.putArray("references");
      c.references().forEach(refs::add);
      if (r.isPresent()) {
        Verdict v = verdict(r.get(), c.id(), satisfied);
        ObjectNode e = o.putObject("inputs");
        e.put("resources", v.resources());
        e.put("passes", v.breaking().isEmpty());
        ArrayNode urns = e.putArray("breaking");
        v.breaking().forEach(urns::add);
        // null: the pack states no evidence for this control (not "nothing satisfies it")
        if (v.satisfying() == null) {
          e.putNull("satisfiedBy");
        } else {
          ArrayNode ok = e.putArray("satisfiedBy");
          v.satisfying().forEach(ok::add);
        }
      }
    }
    try {
      return m.writeValueAsString(root) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
