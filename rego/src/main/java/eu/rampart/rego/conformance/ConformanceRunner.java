package eu.rampart.rego.conformance;

import eu.rampart.rego.api.EvalException;
import eu.rampart.rego.api.PreparedQuery;
import eu.rampart.rego.api.QueryResult;
import eu.rampart.rego.api.Rego;
import eu.rampart.rego.api.RegoException;
import eu.rampart.rego.value.ArrayValue;
import eu.rampart.rego.value.JavaValues;
import eu.rampart.rego.value.Json;
import eu.rampart.rego.value.ObjectValue;
import eu.rampart.rego.value.SetValue;
import eu.rampart.rego.value.StringValue;
import eu.rampart.rego.value.Value;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/** Loads and runs OPA's YAML compliance cases against the engine. */
public final class ConformanceRunner {
  public static final Duration CASE_LIMIT = Duration.ofSeconds(10);

  private ConformanceRunner() {}

  /** All cases under dir, files in path order. */
  public static List<ConformanceCase> load(Path dir) throws IOException {
    List<ConformanceCase> out = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
      files = s.filter(Files::isRegularFile)
          .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().toList();
    }
    for (Path f : files) {
      String rel = dir.relativize(f).toString().replace('\\', '/');
      LoaderOptions lo = new LoaderOptions();
      lo.setCodePointLimit(Integer.MAX_VALUE);
      Object doc;
      try (InputStream in = Files.newInputStream(f)) {
        doc = new Yaml(lo).load(in);
      } catch (RuntimeException e) {
        throw new IOException(rel + ": invalid YAML: " + e.getMessage().split("\n")[0], e);
      }
      if (!(doc instanceof Map<?, ?> m) || !(m.get("cases") instanceof List<?> cases)) {
        throw new IOException(rel + ": expected a mapping with a 'cases' list");
      }
      for (Object o : cases) {
        if (!(o instanceof Map<?, ?> c)) throw new IOException(rel + ": a case must be a mapping");
        out.add(toCase(rel, c));
      }
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static ConformanceCase toCase(String rel, Map<?, ?> c) {
    List<String> modules = new ArrayList<>();
    if (c.get("modules") instanceof List<?> ms) for (Object m : ms) modules.add(String.valueOf(m));
    List<Map<String, Object>> want = null;
    if (c.get("want_result") instanceof List<?> wr) {
      want = new ArrayList<>();
      for (Object r : wr) want.add((Map<String, Object>) r);
    }
    return new ConformanceCase(rel, String.valueOf(c.get("note")), String.valueOf(c.get("query")), modules, c.get("data"),
        c.get("input"), c.get("input_term") == null ? null : String.valueOf(c.get("input_term")), c.containsKey("input"),
        want, str(c.get("want_error_code")), str(c.get("want_error")), Boolean.TRUE.equals(c.get("strict_error")),
        Boolean.TRUE.equals(c.get("sort_bindings")), Boolean.TRUE.equals(c.get("ignore_generated_vars")));
  }

  private static String str(Object o) { return o == null ? null : String.valueOf(o); }

  /** Runs every case, each on a worker with a large stack and the 10 s limit. */
  public static List<CaseResult> runAll(List<ConformanceCase> cases, SkipList skips) {
    List<CaseResult> out = new ArrayList<>();
    ExecutorService ex = newExecutor();
    try {
      for (ConformanceCase c : cases) {
        String skip = skips.reason(c.file(), c.note());
        if (skip != null) {
          out.add(new CaseResult(c, CaseResult.Status.SKIP, skip, 0));
          continue;
        }
        CaseResult r = runWithLimit(ex, c);
        if (r.reason() != null && r.reason().startsWith("timed out")) {
          ex.shutdownNow();
          ex = newExecutor();
        }
        out.add(r);
      }
    } finally {
      ex.shutdownNow();
    }
    return out;
  }

  private static ExecutorService newExecutor() {
    return Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(null, r, "conformance-case", 512L << 20);
      t.setDaemon(true);
      return t;
    });
  }

  public static CaseResult runWithLimit(ExecutorService ex, ConformanceCase c) {
    return runWithLimit(ex, c, 1);
  }

  /** Same, evaluating each query on up to {@code threads} threads (results must not change). */
  public static CaseResult runWithLimit(ExecutorService ex, ConformanceCase c, int threads) {
    long start = System.nanoTime();
    Future<CaseResult> f = ex.submit(() -> run(c, threads));
    try {
      return f.get(CASE_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      f.cancel(true);
      return new CaseResult(c, CaseResult.Status.FAIL, "timed out after " + CASE_LIMIT.toSeconds() + " s", elapsed(start));
    } catch (Exception e) {
      return new CaseResult(c, CaseResult.Status.FAIL, "runner error: " + e, elapsed(start));
    }
  }

  private static long elapsed(long start) { return (System.nanoTime() - start) / 1_000_000; }

  /** Runs one case on the current thread. */
  public static CaseResult run(ConformanceCase c) {
    return run(c, 1);
  }

  private static CaseResult run(ConformanceCase c, int threads) {
    long start = System.nanoTime();
    try {
      String reason = check(c, threads);
      return new CaseResult(c, reason == null ? CaseResult.Status.PASS : CaseResult.Status.FAIL, reason, elapsed(start));
    } catch (StackOverflowError e) {
      return new CaseResult(c, CaseResult.Status.FAIL, "stack overflow", elapsed(start));
    } catch (RuntimeException e) {
      return new CaseResult(c, CaseResult.Status.FAIL, "unexpected exception: " + e, elapsed(start));
    }
  }

  private static String check(ConformanceCase c, int threads) {
    // OPA's test harness sets no runtime information: opa.runtime() is {} there
    Rego.Builder b = Rego.builder().strictBuiltinErrors(c.strictError()).timeout(CASE_LIMIT).printSink(line -> { })
        .runtime(eu.rampart.rego.value.ObjectValue.EMPTY)
        .parallelism(threads);
    for (int i = 0; i < c.modules().size(); i++) b.module("test-" + i + ".rego", c.modules().get(i));
    QueryResult result;
    try {
      if (c.data() != null) b.data(JavaValues.from(c.data()));
      Rego rego = b.build();
      Value input = null;
      if (c.inputTerm() != null) {
        input = Rego.builder().build().prepare(c.inputTerm()).evalValue(null);
      } else if (c.hasInput()) {
        input = JavaValues.from(c.input());
      }
      PreparedQuery q = rego.prepare(c.query());
      result = q.eval(input);
    } catch (RegoException | EvalException e) {
      String code = e instanceof EvalException ee ? ee.code() : ((RegoException) e).errors().get(0).code();
      if (c.wantErrorCode() == null && c.wantError() == null) return "unexpected error: " + e.getMessage();
      if (c.wantErrorCode() != null && !c.wantErrorCode().equals(code)) {
        return "want error code " + c.wantErrorCode() + " but got: " + e.getMessage();
      }
      if (c.wantError() != null && !e.getMessage().contains(c.wantError())) {
        return "want error containing \"" + c.wantError() + "\" but got: " + e.getMessage();
      }
      return null;
    }
    if (c.wantErrorCode() != null || c.wantError() != null) {
      return "want error " + (c.wantErrorCode() == null ? "" : c.wantErrorCode() + " ")
          + (c.wantError() == null ? "" : "\"" + c.wantError() + "\" ") + "but got result " + rowsText(result.rows());
    }
    if (c.wantResult() == null) return null;
    Set<Value> want = new HashSet<>();
    for (Map<String, Object> row : c.wantResult()) want.add(normalise(JavaValues.from(row), c.sortBindings()));
    Set<Value> got = new HashSet<>();
    for (Map<String, Value> row : result.rows()) {
      LinkedHashMap<Value, Value> m = new LinkedHashMap<>();
      for (Map.Entry<String, Value> e : row.entrySet()) m.put(StringValue.of(e.getKey()), e.getValue());
      got.add(normalise(ObjectValue.wrap(m), c.sortBindings()));
    }
    if (!want.equals(got)) {
      return "want " + Json.write(SetValue.of(want)) + " but got " + Json.write(SetValue.of(got));
    }
    return null;
  }

  private static String rowsText(List<Map<String, Value>> rows) {
    List<Value> vs = new ArrayList<>();
    for (Map<String, Value> r : rows) {
      LinkedHashMap<Value, Value> m = new LinkedHashMap<>();
      for (Map.Entry<String, Value> e : r.entrySet()) m.put(StringValue.of(e.getKey()), e.getValue());
      vs.add(ObjectValue.wrap(m));
    }
    return Json.write(ArrayValue.of(vs));
  }

  /** JSON view of a row (sets as sorted arrays); with sortBindings, top-level arrays sorted. */
  private static Value normalise(Value row, boolean sort) {
    ObjectValue o = (ObjectValue) jsonView(row);
    if (!sort) return o;
    LinkedHashMap<Value, Value> m = new LinkedHashMap<>();
    for (Map.Entry<Value, Value> e : o.entries()) {
      Value v = e.getValue();
      if (v instanceof ArrayValue a) {
        Value[] xs = a.items().toArray(new Value[0]);
        Arrays.sort(xs);
        v = ArrayValue.wrap(xs);
      }
      m.put(e.getKey(), v);
    }
    return ObjectValue.wrap(m);
  }

  static Value jsonView(Value v) {
    if (v instanceof SetValue s) {
      List<Value> out = new ArrayList<>();
      for (Value x : s.sorted()) out.add(jsonView(x));
      return ArrayValue.of(out);
    }
    if (v instanceof ArrayValue a) {
      List<Value> out = new ArrayList<>();
      for (Value x : a.items()) out.add(jsonView(x));
      return ArrayValue.of(out);
    }
    if (v instanceof ObjectValue o) {
      LinkedHashMap<Value, Value> m = new LinkedHashMap<>();
      for (Map.Entry<Value, Value> e : o.entries()) {
        Value k = e.getKey() instanceof StringValue ? e.getKey() : StringValue.of(Json.write(e.getKey()));
        m.put(k, jsonView(e.getValue()));
      }
      return ObjectValue.wrap(m);
    }
    return v;
  }

  /** The summary line, exactly as the CLI and the JUnit test print it. */
  public static String summary(List<CaseResult> results) {
    long p = results.stream().filter(r -> r.status() == CaseResult.Status.PASS).count();
    long f = results.stream().filter(r -> r.status() == CaseResult.Status.FAIL).count();
    long s = results.stream().filter(r -> r.status() == CaseResult.Status.SKIP).count();
    return "conformance: " + p + " passed, " + f + " failed, " + s + " skipped";
  }
}
