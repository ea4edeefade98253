package eu.rampart.cli.rego;

import eu.rampart.rego.api.RegoError;
import eu.rampart.rego.tester.TestResult;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The reports of {@code opa test}: pretty (tester.PrettyReporter) and json (tester.JSONReporter). */
final class TestReport {
  private TestReport() {}

  static final String RULE = "-".repeat(80);

  /** OPA's pretty report: non-passing tests (all with -v) with their output, then the counts. */
  static String pretty(List<TestResult> results, boolean verbose) {
    StringBuilder sb = new StringBuilder();
    boolean dirty = false;
    String lastFile = null;
    int pass = 0, fail = 0, skip = 0, errs = 0;
    List<TestResult> failures = new ArrayList<>();
    for (TestResult r : results) {
      switch (r.status()) {
        case PASS -> pass++;
        case FAIL -> { fail++; failures.add(r); }
        case SKIP -> skip++;
        default -> errs++;
      }
      boolean passed = r.status() == TestResult.Status.PASS;
      if (verbose || !passed) {
        if (lastFile != null && !lastFile.equals(r.file())) sb.append('\n');
        sb.append(r.file()).append(':').append(r.line()).append(":\n");
        lastFile = r.file();
        dirty = true;
        sb.append(line(r)).append('\n');
        String out = String.join("\n", r.output()).strip();
        if (!out.isEmpty()) {
          sb.append('\n');
          for (String l : out.split("\n", -1)) sb.append("  ").append(l).append('\n');
          sb.append('\n');
        }
      }
      if (r.status() == TestResult.Status.ERROR) sb.append("  ").append(r.message()).append('\n');
    }
    if (fail > 0 && verbose) {
      sb.append(RULE).append('\n').append("FAILURES\n").append(RULE).append('\n');
      for (TestResult f : failures) sb.append(line(f)).append("\n\n");
    }
    if (dirty) sb.append(RULE).append('\n');
    int total = pass + fail + skip + errs;
    if (total == 0) sb.append("no tests found\n");
    if (pass != 0) sb.append("PASS: ").append(pass).append('/').append(total).append('\n');
    if (fail != 0) sb.append("FAIL: ").append(fail).append('/').append(total).append('\n');
    if (skip != 0) sb.append("SKIPPED: ").append(skip).append('/').append(total).append('\n');
    if (errs != 0) sb.append("ERROR: ").append(errs).append('/').append(total).append('\n');
    return sb.toString();
  }

  /** tester.Result String: {@code data.pkg.test_x: PASS (1.2ms)}; a skipped test has no duration. */
  static String line(TestResult r) {
    String outcome = switch (r.status()) {
      case PASS -> "PASS";
      case FAIL -> "FAIL";
      case SKIP -> "SKIPPED";
      default -> "ERROR";
    };
    String s = r.path() + ": " + outcome;
    return r.status() == TestResult.Status.SKIP ? s : s + " (" + r.duration() + ")";
  }

  /** OPA's JSON report: an array of tester.Result in field order, empty fields left out. */
  static String json(List<TestResult> results) {
    List<Object> out = new ArrayList<>();
    for (TestResult r : results) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("location", location(r.file(), r.line(), r.col()));
      m.put("package", r.packageName());
      m.put("name", r.name());
      if (r.status() == TestResult.Status.FAIL) m.put("fail", true);
      if (r.status() == TestResult.Status.ERROR) m.put("error", error(r));
      if (r.status() == TestResult.Status.SKIP) m.put("skip", true);
      m.put("duration", r.nanos());
      if (!r.output().isEmpty()) {
        // Go marshals the captured print output ([]byte) as base64
        StringBuilder text = new StringBuilder();
        for (String l : r.output()) text.append(l).append('\n');
        m.put("output", Base64.getEncoder().encodeToString(text.toString().getBytes(StandardCharsets.UTF_8)));
      }
      out.add(m);
    }
    return GoJson.indent(out) + "\n";
  }

  private static Map<String, Object> location(String file, int row, int col) {
    Map<String, Object> l = new LinkedHashMap<>();
    l.put("file", file);
    l.put("row", row);
    l.put("col", col);
    return l;
  }

  /** topdown.Error's JSON: code, message, location. */
  private static Map<String, Object> error(TestResult r) {
    Map<String, Object> e = new LinkedHashMap<>();
    RegoError err = r.error();
    e.put("code", err == null ? "eval_internal_error" : err.code());
    e.put("message", err == null ? r.message() : err.message());
    if (err != null && err.file() != null && !err.file().isEmpty()) e.put("location", location(err.file(), err.line(), err.column()));
    return e;
  }
}
