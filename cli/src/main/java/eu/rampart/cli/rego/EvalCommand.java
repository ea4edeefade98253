package eu.rampart.cli.rego;

import eu.rampart.cli.ExitCodes;
import eu.rampart.rego.api.EvalException;
import eu.rampart.rego.api.QueryResult;
import eu.rampart.rego.api.Rego;
import eu.rampart.rego.api.RegoException;
import eu.rampart.rego.api.RegoVersion;
import eu.rampart.rego.value.Json;
import eu.rampart.rego.value.Value;
import eu.rampart.cli.support.OutputMasker;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashSet;
import java.util.Set;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rampart rego eval}: like {@code opa eval}. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Evaluate a Rego query against policies, data and input; prints the result like `opa eval --format json`.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:evaluated (an undefined result prints {})", "2:usage error, unreadable or malformed file",
        "3:policy compile error or evaluation error"})
public final class EvalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = {"-d", "--data"}, paramLabel = "PATH",
      description = "Policy or data file or directory (.rego modules, .json/.yaml data); repeatable.")
  List<Path> data = new ArrayList<>();

  @Option(names = {"-i", "--input"}, paramLabel = "FILE", description = "Input document (JSON or YAML).")
  Path input;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "json",
      description = "Output format: json (default, as `opa eval --format json`) or pretty.")
  String format;

  @Option(names = "--v0", description = "Parse modules with Rego v0 syntax (if/contains optional).")
  boolean v0;

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
    if (!format.equals("json") && !format.equals("pretty")) {
      err.println("rampart: unknown --format '" + format + "': expected json or pretty");
      return ExitCodes.USAGE_OR_INPUT;
    }
    // Pulumi secrets in the input or data never reach the output: everything printed is masked.
    OutputMasker masker = new OutputMasker();
    Rego.Builder b = Rego.builder().strictBuiltinErrors(strict).printSink(print ? line -> err.println(masker.apply(line)) : line -> { });
    Value in = null;
    try {
      PolicyLoader.load(data, b, v0 ? RegoVersion.V0 : RegoVersion.V1, true);
      if (input != null) in = PolicyLoader.readValue(input);
    } catch (PolicyLoader.BadInput e) {
      err.println("rampart: " + e.getMessage());
      return ExitCodes.USAGE_OR_INPUT;
    }
    Set<String> secrets = new LinkedHashSet<>();
    if (in != null) SecretValues.collect(in, secrets);
    SecretValues.collect(b.currentData(), secrets);
    masker.addSecrets(secrets);
    try {
      Rego rego = b.build();
      QueryResult r = rego.prepare(query).eval(in);
      StringWriter text = new StringWriter();
      PrintWriter tw = new PrintWriter(text);
      if (format.equals("json")) tw.println(r.toJson(true));
      else printPretty(tw, r);
      tw.flush();
      out.print(masker.apply(text.toString()));
      out.flush();
      return ExitCodes.OK;
    } catch (RegoException | EvalException e) {
      err.println(masker.apply(e.getMessage()));
      return ExitCodes.EVALUATION_ERROR;
    }
  }

  private static void printPretty(PrintWriter out, QueryResult r) {
    if (r.isEmpty()) {
      out.println("undefined");
      return;
    }
    for (int i = 0; i < r.rows().size(); i++) {
      Map<String, Value> row = r.rows().get(i);
      List<Value> vals = r.expressionValues().get(i);
      if (!row.isEmpty()) {
        for (Map.Entry<String, Value> e : row.entrySet()) out.println(e.getKey() + " = " + Json.writePretty(e.getValue()));
      } else {
        for (Value v : vals) out.println(Json.writePretty(v));
      }
    }
  }
}
