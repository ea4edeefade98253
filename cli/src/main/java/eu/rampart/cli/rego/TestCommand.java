package eu.rampart.cli.rego;

import eu.rampart.cli.support.OutputMasker;
import eu.rampart.rego.api.Rego;
import eu.rampart.rego.api.RegoException;
import eu.rampart.rego.eval.CoverageTracker;
import eu.rampart.rego.tester.CoverageReport;
import eu.rampart.rego.tester.TestResult;
import eu.rampart.rego.tester.TestRunner;
import eu.rampart.rego.value.NumberValue;
import eu.rampart.rego.value.ObjectValue;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code rampart rego test}: runs test_* rules as {@code opa test} does, with its reports and
 * exit codes (cmd/test.go opaTest / runTests): 0 when every test passed, 2 when a test failed
 * or raised an error (or coverage is under --threshold), 1 when the files cannot be loaded or
 * compiled, or when --coverage finds a failing test.
 */
@Command(
    name = "test",
    mixinStandardHelpOptions = true,
    description = {"Run the test_* rules of Rego modules (including *_test.rego) like `opa test`.",
        "Data files (.json/.yaml) are loaded as `opa test` loads them; output is masked like `rampart check`'s."},
    exitCodeListHeading = "%nExit codes (as opa test):%n",
    exitCodeList = {"0:all tests passed", "1:files could not be loaded or compiled (or --coverage with a failing test)",
        "2:a test failed or raised an error, or coverage is under --threshold"})
public final class TestCommand implements Callable<Integer> {
  /** cmd/test.go: every test passed. */
  static final int PASSED = 0;
  /** cmd/test.go: loading, compiling or reporting failed. */
  static final int LOAD_OR_COMPILE_ERROR = 1;
  /** cmd/test.go runTests: some test did not pass. */
  static final int TESTS_FAILED = 2;

  enum Format { pretty, json }

  @Spec CommandSpec spec;

  @Option(names = {"-v", "--verbose"}, description = "Print every test with its result and print() output, not only failures.")
  boolean verbose;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "pretty",
      description = "Report format as `opa test --format`: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = {"-r", "--run"}, paramLabel = "REGEX",
      description = "Run only the tests whose full name (data.pkg.test_name) contains a match of the regular expression.")
  String run;

  @Option(names = {"-c", "--coverage"}, description = "Print OPA's JSON coverage report instead of the test report.")
  boolean coverage;

  @Option(names = "--threshold", paramLabel = "PERCENT", defaultValue = "0",
      description = "With coverage: exit 2 when the total coverage is under this percentage (0-100).")
  double threshold;

  @Option(names = {"-b", "--bundle"}, description = "Load each path as a bundle (directory or .tar.gz) with its .manifest.")
  boolean bundle;

  @Mixin RegoLoadOptions load;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Rego files or directories (data .json/.yaml files are loaded too).")
  List<String> paths = new ArrayList<>();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    OutputMasker masker = new OutputMasker();
    if (threshold < 0 || threshold > 100) {
      err.println("rampart: Code coverage threshold must be between 0 and 100");
      return LOAD_OR_COMPILE_ERROR;
    }
    Pattern filter = null;
    try {
      if (run != null && !run.isEmpty()) filter = Pattern.compile(run);
    } catch (PatternSyntaxException e) {
      err.println("rampart: --run: invalid regular expression: " + e.getDescription());
      return LOAD_OR_COMPILE_ERROR;
    }
    if (threshold > 0) coverage = true;
    Rego.Builder b = Rego.builder().timeout(java.time.Duration.ofSeconds(eu.rampart.limits.Limits.EVAL_SECONDS.value())).includeTests(true).printSink(line -> { });
    LoadedPolicies loaded;
    try {
      if (bundle) {
        List<Path> bundles = new ArrayList<>();
        for (String p : paths) bundles.add(Path.of(p));
        loaded = BundleLoader.loadAll(bundles, load.filter(), load.version(), new LoadedPolicies());
      } else {
        loaded = PolicyLoader.load(paths, load.filter(), load.version());
      }
      for (Path f : loaded.dataFiles()) RegoSecrets.registerFile(f, masker);
      for (String w : loaded.warnings()) err.println(masker.apply("rampart: " + w));
      RegoSecrets.registerValue(loaded.data(), masker);
      loaded.applyTo(b);
    } catch (PolicyLoader.BadInput e) {
      err.println(masker.apply("rampart: " + e.getMessage()));
      return LOAD_OR_COMPILE_ERROR;
    }
    Rego rego;
    try {
      rego = b.build();
    } catch (RegoException e) {
      err.println(masker.apply(e.getMessage()));
      return LOAD_OR_COMPILE_ERROR;
    }
    CoverageTracker tracker = coverage ? new CoverageTracker() : null;
    // print() output and messages are masked line by line before any report encodes them (base64 in json)
    List<TestResult> results = TestRunner.run(rego, filter, tracker).stream().map(r -> masked(r, masker)).toList();
    boolean allPassed = results.stream().allMatch(r -> r.status() == TestResult.Status.PASS);
    if (coverage) return reportCoverage(rego, tracker, results, out, err, masker);
    String text = format == Format.json ? TestReport.json(results) : TestReport.pretty(results, verbose);
    out.print(masker.apply(text));
    out.flush();
    return allPassed ? PASSED : TESTS_FAILED;
  }

  private static TestResult masked(TestResult r, OutputMasker m) {
    List<String> out = r.output().stream().map(m).toList();
    return new TestResult(r.path(), r.file(), r.line(), r.col(), r.status(), m.apply(r.message()), r.nanos(), out,
        r.error() == null ? null : new eu.rampart.rego.api.RegoError(r.error().code(), m.apply(r.error().message()),
            r.error().file(), r.error().line(), r.error().column()));
  }

  /** tester.JSONCoverageReporter: a failing or erroring test is reported instead, as an error. */
  private int reportCoverage(Rego rego, CoverageTracker tracker, List<TestResult> results, PrintWriter out,
                             PrintWriter err, OutputMasker masker) {
    for (TestResult r : results) {
      if (r.status() == TestResult.Status.ERROR) {
        err.println(masker.apply(r.message()));
        return LOAD_OR_COMPILE_ERROR;
      }
    }
    List<TestResult> failed = results.stream().filter(r -> r.status() == TestResult.Status.FAIL).toList();
    if (!failed.isEmpty()) {
      out.print(masker.apply(TestReport.pretty(failed, verbose)));
      out.flush();
      err.println(masker.apply(TestReport.line(failed.get(0))));
      return LOAD_OR_COMPILE_ERROR;
    }
    ObjectValue report = CoverageReport.of(rego.compiled().modules(), tracker);
    double total = ((NumberValue) report.get("coverage")).bigDecimal().doubleValue();
    if (total < threshold) {
      err.println(String.format(Locale.ROOT, "Code coverage threshold not met: got %.2f instead of %.2f", total, threshold));
      return TESTS_FAILED;
    }
    out.print(masker.apply(GoJson.indent(report) + "\n"));
    out.flush();
    return PASSED;
  }
}
