package eu.rampart.cli.rego;

import eu.rampart.cli.ExitCodes;
import eu.rampart.rego.api.Rego;
import eu.rampart.rego.api.RegoException;
import eu.rampart.rego.api.RegoVersion;
import eu.rampart.rego.tester.TestResult;
import eu.rampart.rego.tester.TestRunner;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rampart rego test}: runs test_* rules like {@code opa test}. */
@Command(
    name = "test",
    mixinStandardHelpOptions = true,
    description = "Run the test_* rules of Rego modules (including *_test.rego) like `opa test`.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:all tests passed", "1:a test failed or raised an error", "2:usage error, unreadable or malformed file",
        "3:policy compile error"})
public final class TestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = {"-v", "--verbose"}, description = "Print every test with its result and print() output, not only failures.")
  boolean verbose;

  @Option(names = "--v0", description = "Parse modules with Rego v0 syntax.")
  boolean v0;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Rego files or directories (data .json/.yaml files are loaded too).")
  List<Path> paths = new ArrayList<>();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Rego.Builder b = Rego.builder().includeTests(true);
    try {
      PolicyLoader.load(paths, b, v0 ? RegoVersion.V0 : RegoVersion.V1, true);
    } catch (PolicyLoader.BadInput e) {
      err.println("rampart: " + e.getMessage());
      return ExitCodes.USAGE_OR_INPUT;
    }
    Rego rego;
    try {
      rego = b.build();
    } catch (RegoException e) {
      err.println(e.getMessage());
      return ExitCodes.EVALUATION_ERROR;
    }
    List<TestResult> results = TestRunner.run(rego);
    int pass = 0, fail = 0, error = 0, skip = 0;
    for (TestResult r : results) {
      switch (r.status()) {
        case PASS: pass++; break;
        case FAIL: fail++; break;
        case SKIP: skip++; break;
        default: error++;
      }
      if (verbose || r.status() == TestResult.Status.FAIL || r.status() == TestResult.Status.ERROR) {
        out.println(r.path() + ": " + r.status() + " (" + r.duration() + ")");
        if (r.status() == TestResult.Status.ERROR) out.println("  " + r.message());
        for (String line : r.output()) out.println("  " + line);
      }
    }
    int total = results.size();
    out.println("-".repeat(80));
    if (total == 0) out.println("no tests found");
    if (pass > 0 || total == 0) out.println("PASS: " + pass + "/" + total);
    if (fail > 0) out.println("FAIL: " + fail + "/" + total);
    if (error > 0) out.println("ERROR: " + error + "/" + total);
    if (skip > 0) out.println("SKIPPED: " + skip + "/" + total);
    out.flush();
    return fail + error > 0 ? ExitCodes.VIOLATIONS : ExitCodes.OK;
  }
}
