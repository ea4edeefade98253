package eu.rampart.cli.rego;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import eu.rampart.cli.support.Cli;
import eu.rampart.rego.value.ArrayValue;
import eu.rampart.rego.value.Json;
import eu.rampart.rego.value.ObjectValue;
import eu.rampart.rego.value.StringValue;
import eu.rampart.rego.value.Value;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Runs the real-world Rego projects of {@code rego/src/test/corpus} (each with its own unit tests,
 * provenance and licence) through {@code rampart rego test --format json}, run by run as each
 * project runs its tests with {@code opa test}. Every test counts: a run that does not load counts
 * all its tests as errors. Each project must pass at least its floor in {@code floors.txt}; the
 * report (every failing test with its reason, failures grouped by cause) is written to
 * {@code target/rego-corpus-report.md} and printed.
 */
class RegoCorpusTest {
  static final Path CORPUS = Cli.ROOT.resolve("rego/src/test/corpus");

  record Outcome(String test, String status, String reason) {}

  record ProjectResult(String name, int pass, int fail, int error, int skip, List<Outcome> problems) {
    int total() { return pass + fail + error + skip; }
  }

  @Test
  void everyProjectPassesAtLeastItsFloor() throws IOException {
    Map<String, Integer> floors = floors();
    List<ProjectResult> results = new ArrayList<>();
    try (Stream<Path> s = Files.list(CORPUS)) {
      for (Path p : s.filter(Files::isDirectory).sorted().toList()) results.add(runProject(p));
    }
    String report = report(results);
    Path out = Path.of("target/rego-corpus-report.md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, report, StandardCharsets.UTF_8);
    System.out.println(report);
    assertTrue(results.size() >= 6, "corpus holds " + results.size() + " projects");
    assertTrue(results.stream().mapToInt(ProjectResult::total).sum() >= 500, "corpus holds fewer than 500 tests");
    List<String> regressions = new ArrayList<>();
    for (ProjectResult r : results) {
      Integer floor = floors.get(r.name());
      if (floor == null) fail("no floor recorded for " + r.name() + " in floors.txt");
      if (r.pass() < floor) regressions.add(r.name() + ": " + r.pass() + " passed, floor " + floor);
    }
    assertEquals(List.of(), regressions, "projects below their recorded floor (report in " + out + ")");
  }

  static Map<String, Integer> floors() throws IOException {
    Map<String, Integer> out = new TreeMap<>();
    for (String line : Files.readAllLines(CORPUS.resolve("floors.txt"))) {
      String l = line.strip();
      if (l.isEmpty() || l.startsWith("#")) continue;
      String[] f = l.split("\\s+");
      out.put(f[0], Integer.parseInt(f[1]));
    }
    return out;
  }

  static ProjectResult runProject(Path dir) throws IOException {
    int pass = 0, fail = 0, error = 0, skip = 0;
    List<Outcome> problems = new ArrayList<>();
    for (String line : Files.readAllLines(dir.resolve("runs.txt"))) {
      String l = line.strip();
      if (l.isEmpty() || l.startsWith("#")) continue;
      String[] words = l.split("\\s+");
      int expected = Integer.parseInt(words[0]);
      List<String> args = new ArrayList<>(List.of("test", "--format", "json"));
      for (int i = 1; i < words.length; i++) {
        String w = words[i];
        if (w.equals("--ignore") && i + 1 < words.length) {
          args.add(w);
          args.add(words[++i]);
        } else if (w.startsWith("-")) {
          args.add(w);
        } else {
          args.add(dir.resolve(w).toString());
        }
      }
      Cli.Run run = Cli.command("rego", args.toArray(String[]::new));
      if (run.exitCode() == 1) {
        // the run does not load or compile: every test in it is an error, for the reason given
        String reason = firstLine(run.err());
        error += expected;
        problems.add(new Outcome(String.join(" ", List.of(words).subList(1, words.length)) + " (" + expected + " tests)",
            "LOAD", reason));
        continue;
      }
      Value v = Json.parse(run.out());
      for (Value item : ((ArrayValue) v).items()) {
        ObjectValue t = (ObjectValue) item;
        String name = str(t.get("package")) + "." + str(t.get("name"));
        if (t.get("skip") != null) {
          skip++;
        } else if (t.get("error") instanceof ObjectValue e) {
          error++;
          problems.add(new Outcome(name, "ERROR", str(e.get("code")) + ": " + str(e.get("message"))));
        } else if (t.get("fail") != null) {
          fail++;
          problems.add(new Outcome(name, "FAIL", "false or undefined"));
        } else {
          pass++;
        }
      }
    }
    return new ProjectResult(dir.getFileName().toString(), pass, fail, error, skip, problems);
  }

  private static String str(Value v) { return v instanceof StringValue s ? s.value() : String.valueOf(v); }

  private static String firstLine(String s) {
    for (String l : s.split("\n")) if (!l.isBlank() && !l.matches("\\d+ errors occurred:")) return l.strip();
    return s.strip();
  }

  /** A failure's cause: its reason without file names, positions and quoted values. */
  static String cause(Outcome o) {
    if (o.status().equals("FAIL")) return "test evaluated to false or undefined";
    return o.reason().replaceAll("^rampart: ", "").replaceAll("\\S+\\.(rego|json|yaml|yml)(:\\d+)*:?", "FILE:")
        .replaceAll("\"[^\"]*\"", "\"…\"").replaceAll("'[^']*'", "'…'").strip();
  }

  static String report(List<ProjectResult> results) {
    StringBuilder sb = new StringBuilder("# Rego corpus: `rampart rego test` on real-world projects\n\n");
    sb.append("| project | tests | pass | fail | error | skipped | pass % |\n|---|---:|---:|---:|---:|---:|---:|\n");
    int t = 0, p = 0, f = 0, e = 0, s = 0;
    for (ProjectResult r : results) {
      sb.append(String.format(java.util.Locale.ROOT, "| %s | %d | %d | %d | %d | %d | %.1f |%n", r.name(), r.total(), r.pass(), r.fail(),
          r.error(), r.skip(), r.total() == 0 ? 0.0 : 100.0 * r.pass() / r.total()));
      t += r.total(); p += r.pass(); f += r.fail(); e += r.error(); s += r.skip();
    }
    sb.append(String.format(java.util.Locale.ROOT, "| **all** | %d | %d | %d | %d | %d | %.1f |%n", t, p, f, e, s, t == 0 ? 0.0 : 100.0 * p / t));
    for (ProjectResult r : results) {
      if (r.problems().isEmpty()) continue;
      sb.append("\n## ").append(r.name()).append("\n\nBy cause:\n\n");
      Map<String, Integer> byCause = new LinkedHashMap<>();
      for (Outcome o : r.problems()) {
        int n = o.status().equals("LOAD") ? Integer.parseInt(o.test().replaceAll(".*\\((\\d+) tests\\)$", "$1")) : 1;
        byCause.merge(cause(o), n, Integer::sum);
      }
      byCause.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue())
          .forEach(en -> sb.append("- ").append(en.getValue()).append(" × ").append(en.getKey()).append('\n'));
      sb.append("\nEvery failing test:\n\n");
      for (Outcome o : r.problems()) sb.append("- ").append(o.status()).append(' ').append(o.test()).append(": ").append(o.reason()).append('\n');
    }
    return sb.toString();
  }
}
