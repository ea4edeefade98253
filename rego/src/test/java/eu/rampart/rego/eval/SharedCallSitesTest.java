package eu.rampart.rego.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.rampart.rego.api.PreparedQuery;
import eu.rampart.rego.api.Rego;
import eu.rampart.rego.value.Json;
import eu.rampart.rego.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Call sites are resolved once per compiled policy and shared by every evaluation, on any thread:
 * user functions, built-ins, relations with an output argument, {@code with} on a function and
 * queries prepared later all keep their meaning while several threads evaluate at once.
 */
class SharedCallSitesTest {
  private static final String POLICY = String.join("\n",
      "package p",
      "",
      "double(x) := x * 2",
      "names := [upper(n) | some n in input.names]",
      "total := t if count(input.names, t)",
      "doubled := double(input.n)",
      "mocked := y if { y := double(input.n) with data.p.double as triple }",
      "triple(x) := x * 3",
      "");

  private static String eval(PreparedQuery q, String input) {
    Value v = q.evalValue(Json.parse(input));
    return v == null ? null : Json.write(v);
  }

  @Test
  void concurrentEvaluationsAgreeWithTheFirst() throws Exception {
    Rego rego = Rego.builder().module("p.rego", POLICY).build();
    String[] queries = {"data.p.names", "data.p.total", "data.p.doubled", "data.p.mocked", "[data.p.double(input.n), count(input.names)]"};
    String[] expected = {"[\"A\",\"B\"]", "2", "14", "21", "[14,2]"};
    String input = "{\"names\": [\"a\", \"b\"], \"n\": 7}";
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> runs = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        runs.add(pool.submit(() -> {
          for (int i = 0; i < 200; i++) {
            // a query prepared now adds its own call terms to the shared sites
            int k = i % queries.length;
            PreparedQuery q = rego.prepare(queries[k]);
            assertEquals(expected[k], eval(q, input), queries[k]);
            assertEquals(expected[k], eval(q, input), queries[k] + ", again");
          }
          return null;
        }));
      }
      for (Future<?> f : runs) f.get();
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void anInputOfAnotherShapeIsJudgedAfresh() {
    Rego rego = Rego.builder().module("p.rego", POLICY).build();
    PreparedQuery q = rego.prepare("data.p.doubled");
    assertEquals("14", eval(q, "{\"n\": 7}"));
    // the site stays a user function call; a string argument is an error of this evaluation, not a cached one
    assertEquals(null, eval(q, "{\"n\": \"x\"}"));
    assertEquals("4", eval(q, "{\"n\": 2}"));
  }
}
