package eu.rampart.rego.tester;

import eu.rampart.rego.api.EvalException;
import eu.rampart.rego.api.PreparedQuery;
import eu.rampart.rego.api.QueryResult;
import eu.rampart.rego.api.Rego;
import eu.rampart.rego.api.RegoException;
import eu.rampart.rego.ast.Rule;
import eu.rampart.rego.compile.CompiledRule;
import eu.rampart.rego.value.BooleanValue;
import eu.rampart.rego.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
    List<TestResult> out = new ArrayList<>();
    for (CompiledRule t : discover(rego)) out.add(runOne(rego, t));
    return out;
  }

  private static TestResult runOne(Rego rego, CompiledRule t) {
    List<String> printed = new ArrayList<>();
    if (t.path.get(t.path.size() - 1).startsWith("todo_")) {
      return new TestResult(t.dataPath(), t.file, t.rule.loc().line(), TestResult.Status.SKIP, "todo", 0, printed);
    }
    long start = System.nanoTime();
    try {
      PreparedQuery q = rego.prepare(t.dataPath());
      QueryResult r = q.eval(null, rego.options().withPrintSink(printed::add));
      long took = System.nanoTime() - start;
      Value v = r.isEmpty() ? null : r.expressionValues().get(0).get(0);
      if (BooleanValue.TRUE.equals(v)) {
        return new TestResult(t.dataPath(), t.file, t.rule.loc().line(), TestResult.Status.PASS, null, took, printed);
      }
      String why = v == null ? "undefined" : "evaluated to " + v;
      return new TestResult(t.dataPath(), t.file, t.rule.loc().line(), TestResult.Status.FAIL, why, took, printed);
    } catch (EvalException | RegoException e) {
      return new TestResult(t.dataPath(), t.file, t.rule.loc().line(), TestResult.Status.ERROR, e.getMessage(),
          System.nanoTime() - start, printed);
    }
  }
}
