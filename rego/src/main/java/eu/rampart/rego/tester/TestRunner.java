package eu.rampart.rego.tester;

import eu.rampart.rego.api.EvalException;
import eu.rampart.rego.api.PreparedQuery;
import eu.rampart.rego.api.QueryResult;
import eu.rampart.rego.api.Rego;
import eu.rampart.rego.api.RegoException;
import eu.rampart.rego.ast.Rule;
import eu.rampart.rego.compile.CompiledRule;
import eu.rampart.rego.eval.CoverageTracker;
import eu.rampart.rego.eval.EvalOptions;
import eu.rampart.rego.value.BooleanValue;
import eu.rampart.rego.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Runs the {@code test_*} rules of a compiled policy like {@code opa test}: a test passes when
 * it evaluates to true; false or undefined fail; evaluation errors are errors.
 */
public final class TestRunner {
  private TestRunner() {}

  /** Every test rule (one per path, in file and line order). */
  public static List<CompiledRule> discover(Rego rego) {
    Map<String, CompiledRule> byPath = new LinkedHashMap<>();
    for (CompiledRule r : rego.compiled().rules()) {
      String name = r.path.get(r.path.size() - 1);
      if (!(name.startsWith("test_") || name.startsWith("todo_test_")) || !r.suffix.isEmpty() || r.rule.kind() != Rule.Kind.SINGLE || r.rule.isDefault()) continue;
      byPath.putIfAbsent(r.dataPath(), r);
    }
    List<CompiledRule> out = new ArrayList<>(byPath.values());
    out.sort((a, b) -> a.file.equals(b.file) ? Integer.compare(a.rule.loc().line(), b.rule.loc().line()) : a.file.compareTo(b.file));
    return out;
  }

  public static List<TestResult> run(Rego rego) {
    return run(rego, null, null);
  }

  /**
   * Runs the tests whose full name ({@code data.pkg.test_name}) the filter finds a match in, as
   * {@code opa test --run} does (tester.Runner shouldRun: regexp MatchString on the full name);
   * null runs all. Covered lines go to {@code coverage} when it is not null.
   */
  public static List<TestResult> run(Rego rego, Pattern filter, CoverageTracker coverage) {
    List<TestResult> out = new ArrayList<>();
    for (CompiledRule t : discover(rego)) {
      if (filter != null && !filter.matcher(t.dataPath()).find()) continue;
      out.add(runOne(rego, t, coverage));
    }
    return out;
  }

  private static TestResult runOne(Rego rego, CompiledRule t, CoverageTracker coverage) {
    List<String> printed = new ArrayList<>();
    int line = t.rule.loc().line(), col = t.rule.loc().col();
    if (t.path.get(t.path.size() - 1).startsWith("todo_")) {
      return new TestResult(t.dataPath(), t.file, line, col, TestResult.Status.SKIP, "todo", 0, printed, null);
    }
    long start = System.nanoTime();
    try {
      PreparedQuery q = rego.prepare(t.dataPath());
      EvalOptions opts = rego.options().withPrintSink(printed::add);
      if (coverage != null) opts = opts.withCoverage(coverage);
      QueryResult r = q.eval(null, opts);
      long took = System.nanoTime() - start;
      Value v = r.isEmpty() ? null : r.expressionValues().get(0).get(0);
      if (BooleanValue.TRUE.equals(v)) {
        return new TestResult(t.dataPath(), t.file, line, col, TestResult.Status.PASS, null, took, printed, null);
      }
      String why = v == null ? "undefined" : "evaluated to " + v;
      return new TestResult(t.dataPath(), t.file, line, col, TestResult.Status.FAIL, why, took, printed, null);
    } catch (EvalException e) {
      return new TestResult(t.dataPath(), t.file, line, col, TestResult.Status.ERROR, e.getMessage(),
          System.nanoTime() - start, printed, e.toError());
    } catch (RegoException e) {
      return new TestResult(t.dataPath(), t.file, line, col, TestResult.Status.ERROR, e.getMessage(),
          System.nanoTime() - start, printed, e.errors().isEmpty() ? null : e.errors().get(0));
    }
  }
}
