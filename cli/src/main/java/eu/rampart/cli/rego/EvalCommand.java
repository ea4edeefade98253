package eu.rampart.cli.rego;

import eu.rampart.cli.ExitCodes;
import eu.rampart.cli.support.OutputMasker;
import eu.rampart.rego.api.EvalException;
import eu.rampart.rego.api.QueryResult;
import eu.rampart.rego.api.Rego;
import eu.rampart.rego.api.RegoException;
import eu.rampart.rego.value.Value;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rampart rego eval}: like {@code opa eval}. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {"Evaluate a Rego query against policies, data and input, like `opa eval`.",
        "Output is masked: Pulumi secrets in the input or data (as `rampart check` finds them) print as [masked]."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:evaluated (an undefined result prints {} in json format)", "2:usage error, unreadable, malformed or conflicting file",
        "3:policy compile error or evaluation error"})
public final class EvalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = {"-d", "--data"}, paramLabel = "PATH",
      description = "Policy or data file or directory (.rego modules, .json/.yaml data, .tar.gz bundles), loaded as"
          + " `opa eval -d` does; `a.b:PATH` places its data under data.a.b; repeatable.")
  List<String> data = new ArrayList<>();

  @Option(names = {"-b", "--bundle"}, paramLabel = "PATH",
      description = "Bundle directory or .tar.gz (its .manifest roots and rego_version apply); repeatable.")
  List<Path> bundles = new ArrayList<>();

  @Option(names = {"-i", "--input"}, paramLabel = "FILE", description = "Input document (JSON or YAML).")
  Path input;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "json",
      description = "Output format as `opa eval --format`: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  EvalOutput format;

  @Mixin RegoLoadOptions load;

  @Option(names = "--strict", description = "Built-in errors are errors instead of undefined.")
  boolean strict;

  @Option(names = "--print", description = "Show output of print() calls on standard error (masked like all output).")
  boolean print;

  @Parameters(index = "0", paramLabel = "QUERY", description = "The Rego query, e.g. data.rampart.deny.")
  String query;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    // Secrets in the input or data never reach any stream: everything printed goes through the masker.
    OutputMasker masker = new OutputMasker();
    Rego.Builder b = Rego.builder().timeout(java.time.Duration.ofSeconds(eu.rampart.limits.Limits.EVAL_SECONDS.value())).strictBuiltinErrors(strict)
        .printSink(print ? line -> err.println(masker.apply(line)) : line -> { });
    Value in = null;
    try {
      if (input != null) RegoSecrets.registerFile(input, masker);
      LoadedPolicies loaded = PolicyLoader.load(data, load.filter(), load.version());
      for (Path f : loaded.dataFiles()) RegoSecrets.registerFile(f, masker);
      for (String w : loaded.warnings()) err.println(masker.apply("rampart: " + w));
      BundleLoader.loadAll(bundles, load.filter(), load.version(), loaded);
      loaded.applyTo(b);
      if (input != null) in = PolicyLoader.readValue(input);
      RegoSecrets.registerValue(in, masker);
      RegoSecrets.registerValue(loaded.data(), masker);
    } catch (PolicyLoader.BadInput e) {
      err.println(masker.apply("rampart: " + e.getMessage()));
      return ExitCodes.USAGE_OR_INPUT;
    }
    try {
      Rego rego = b.build();
      QueryResult r = rego.prepare(query).eval(in);
      out.print(masker.apply(format.render(r)));
      out.flush();
      return ExitCodes.OK;
    } catch (RegoException | EvalException e) {
      err.println(masker.apply(e.getMessage()));
      return ExitCodes.EVALUATION_ERROR;
    }
  }
}
