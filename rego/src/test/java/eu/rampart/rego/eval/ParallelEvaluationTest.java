package eu.rampart.rego.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.rampart.rego.api.EvalException;
import eu.rampart.rego.api.Rego;
import eu.rampart.rego.value.Json;
import eu.rampart.rego.value.Value;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/**
 * A query evaluated on two threads (a helper computing the documents it needs from the far end
 * of its plan, documents and function results shared) gives exactly what one thread gives:
 * values, errors, prints and per-query built-in answers.
 */
class ParallelEvaluationTest {
  /** Families of rules over shared documents and shared functions, unioned like a policy pack. */
  private static final String PACK = String.join("\n",
      "package pack",
      "",
      "resources := input.resources",
      "by_kind[r.kind] contains r.name if some r in resources",
      "label(r) := sprintf(\"%s/%s\", [r.kind, r.name])",
      "heavy(r) if count([x | some x in resources; x.kind == r.kind]) > 0",
      "",
      "a contains label(r) if { some r in resources; r.size > 90; heavy(r) }",
      "b contains label(r) if { some r in resources; r.kind == \"k3\"; not r.tagged }",
      "c contains label(r) if { some r in resources; count(by_kind[r.kind]) > 1; r.size < 5 }",
      "d contains n if { some k, names in by_kind; n := sprintf(\"%s:%d\", [k, count(names)]) }",
      "e contains label(r) if { some r in resources; heavy(r); r.size == 50 }",
      "",
      "findings := (((a | b) | c) | d) | e",
      "");

  private static Value input(int n) {
    List<String> rs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      rs.add("{\"name\": \"r" + i + "\", \"kind\": \"k" + (i % 7) + "\", \"size\": " + (i % 100)
          + ", \"tagged\": " + (i % 3 == 0) + "}");
    }
    return Json.parse("{\"resources\": [" + String.join(",", rs) + "]}");
  }

  private static Value eval(String policy, String query, Value input, int threads) {
    return Rego.builder().module("p.rego", policy).strictBuiltinErrors(true).parallelism(threads).build()
        .prepare(query).evalValue(input);
  }

  @RepeatedTest(5)
  void twoThreadsGiveTheSameValues() {
    Value in = input(400);
    Value one = eval(PACK, "data.pack.findings", in, 1);
    assertEquals(one, eval(PACK, "data.pack.findings", in, 2));
    assertEquals(one, eval(PACK, "data.pack.findings", in, 4));
    assertEquals(eval(PACK, "data.pack", in, 1), eval(PACK, "data.pack", in, 2));
    assertTrue(one.toString().contains("k3/r3"), "the fixture must produce findings: " + one);
  }

  @RepeatedTest(5)
  void anErrorInADocumentTheHelperComputesIsTheQuerysError() {
    // e's rules conflict (two values for one key): whichever thread meets it, the query fails the same way
    String policy = PACK.replace("e contains label(r) if { some r in resources; heavy(r); r.size == 50 }",
        "e[r.kind] := r.name if { some r in resources; heavy(r) }");
    Value in = input(100);
    EvalException single = assertThrows(EvalException.class, () -> eval(policy, "data.pack.findings", in, 1));
    EvalException parallel = assertThrows(EvalException.class, () -> eval(policy, "data.pack.findings", in, 2));
    assertEquals(single.code(), parallel.code());
    assertEquals(single.getMessage(), parallel.getMessage());
  }

  @Test
  void aDocumentThatFailsOnlyWhenComputedAheadIsNoError() {
    // `bad` divides by zero for every key, but the query only looks it up under a key that has no
    // rule solution; computing it whole ahead fails, and the query must still succeed
    String policy = String.join("\n",
        "package q",
        "bad[k] := 1 / input.zero if some k in input.keys",
        "other := count(input.keys)",
        "result := [other, object.get(bad, \"missing\", \"none\")] if input.zero != 0",
        "result := [other, \"skipped\"] if input.zero == 0",
        "");
    Value in = Json.parse("{\"zero\": 0, \"keys\": [\"a\", \"b\"]}");
    assertEquals(eval(policy, "data.q.result", in, 1), eval(policy, "data.q.result", in, 2));
  }

  @Test
  void printingPoliciesPrintTheSameLinesInTheSameOrder() {
    String policy = String.join("\n",
        "package pr",
        "a contains x if { some x in input.xs; print(\"a\", x) }",
        "b contains x if { some x in input.xs; x > 1; print(\"b\", x) }",
        "all := a | b",
        "");
    Value in = Json.parse("{\"xs\": [1, 2, 3]}");
    List<String> one = new ArrayList<>(), two = new ArrayList<>();
    Rego.builder().module("p.rego", policy).printSink(one::add).build().prepare("data.pr.all").evalValue(in);
    Rego.builder().module("p.rego", policy).printSink(two::add).parallelism(2).build().prepare("data.pr.all").evalValue(in);
    assertEquals(one, two);
    assertEquals(5, one.size());
  }

  @Test
  void documentsUnderWithAreTheirOwn() {
    // big under a replaced input is computed apart from the shared (root) big
    String policy = String.join("\n",
        "package w",
        "big := count(input.xs)",
        "small := x if x := big with input.xs as [1]",
        "sizes := [big, small, big2]",
        "big2 := big * 2",
        "");
    Value in = Json.parse("{\"xs\": [1, 2, 3, 4]}");
    assertEquals(Json.parse("[4, 1, 8]"), eval(policy, "data.w.sizes", in, 2));
    assertEquals(eval(policy, "data.w", in, 1), eval(policy, "data.w", in, 2));
  }

  @Test
  void perQueryBuiltInAnswersStayTheSameAcrossDocuments() {
    String policy = String.join("\n",
        "package r",
        "x := rand.intn(\"seed\", 1000000)",
        "y := rand.intn(\"seed\", 1000000)",
        "same := x == y",
        "");
    assertEquals(Json.parse("true"), eval(policy, "data.r.same", null, 2));
  }

  @Test
  void aTimeoutStopsTheHelperToo() {
    String policy = String.join("\n",
        "package t",
        "slow1 := count([1 | some i in numbers.range(1, 4000000)])",
        "slow2 := count([1 | some i in numbers.range(1, 4000000)])",
        "both := slow1 + slow2",
        "");
    Rego rego = Rego.builder().module("p.rego", policy).parallelism(2).timeout(Duration.ofMillis(200)).build();
    EvalException e = assertThrows(EvalException.class, () -> rego.prepare("data.t.both").evalValue(null));
    assertEquals("eval_cancel_error", e.code());
    assertFalse(helperAlive(), "the helper thread must have ended with the query");
  }

  @Test
  void theStepBudgetIsForTheWholeQuery() {
    // about 4 x 30,000 steps in all: over a 90,000 budget, though each of two threads stays under it
    String policy = String.join("\n",
        "package s",
        "a := count([1 | some i in numbers.range(1, 30000)])",
        "b := count([1 | some i in numbers.range(1, 30000)])",
        "c := count([1 | some i in numbers.range(1, 30000)])",
        "d := count([1 | some i in numbers.range(1, 30000)])",
        "all := [a, b, c, d]",
        "");
    for (int threads : new int[] {1, 2}) {
      Rego rego = Rego.builder().module("p.rego", policy).parallelism(threads).maxSteps(90_000).build();
      EvalException e = assertThrows(EvalException.class, () -> rego.prepare("data.s.all").evalValue(null), threads + " threads");
      assertEquals("eval_cancel_error", e.code());
    }
  }

  private static boolean helperAlive() {
    for (Thread t : Thread.getAllStackTraces().keySet()) {
      if (t.getName().startsWith("rego-eval-helper") && t.isAlive()) return true;
    }
    return false;
  }
}
