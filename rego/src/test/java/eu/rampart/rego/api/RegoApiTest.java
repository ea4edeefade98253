package eu.rampart.rego.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.rampart.rego.value.Json;
import eu.rampart.rego.value.NumberValue;
import eu.rampart.rego.value.Value;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegoApiTest {
  @TempDir Path dir;

  private static final String POLICY = String.join("\n",
      "# METADATA",
      "# title: Encryption",
      "package rampart.enc",
      "",
      "# METADATA",
      "# title: Buckets must be encrypted",
      "# description: S3 buckets need SSE",
      "# custom:",
      "#   control: 7",
      "deny contains msg if {",
      "\tsome r in input.resources",
      "\tr.type == \"aws:s3/bucketV2:BucketV2\"",
      "\tnot r.encrypted",
      "\tmsg := concat_name(r)",
      "}",
      "",
      "concat_name(r) := r.name",
      "");

  @Test
  void evaluatesRowsExpressionsAndJson() {
    Rego rego = Rego.builder().module("enc.rego", POLICY).build();
    Value input = Json.parse("{\"resources\": [{\"type\": \"aws:s3/bucketV2:BucketV2\", \"name\": \"b1\"},"
        + " {\"type\": \"aws:s3/bucketV2:BucketV2\", \"name\": \"b2\", \"encrypted\": true}]}");
    assertEquals(Json.parse("[\"b1\"]"), Json.parse(Json.write(rego.prepare("data.rampart.enc.deny").evalValue(input))));
    QueryResult r = rego.prepare("some m in data.rampart.enc.deny").eval(input);
    assertEquals(1, r.rows().size());
    assertEquals(Json.parse("\"b1\""), r.rows().get(0).get("m"));
    assertEquals("{\"result\":[{\"expressions\":[{\"value\":true,\"text\":\"some m in data.rampart.enc.deny\","
        + "\"location\":{\"row\":1,\"col\":1}}],\"bindings\":{\"m\":\"b1\"}}]}", r.toJson());
  }

  @Test
  void undefinedIsEmptyAndNullInput() {
    Rego rego = Rego.builder().module("enc.rego", POLICY).build();
    assertTrue(rego.prepare("data.rampart.enc.nothing").eval(null).isEmpty());
    assertEquals("{}", rego.prepare("data.rampart.enc.nothing").eval(null).toJson());
    assertNull(rego.prepare("input.x").evalValue(null));
  }

  @Test
  void annotationsCarryScopePathAndCustom() {
    Rego rego = Rego.builder().module("enc.rego", POLICY).build();
    Annotation rule = rego.annotations().stream().filter(a -> a.scope().equals("rule")).findFirst().orElseThrow();
    assertEquals("data.rampart.enc.deny", rule.path());
    assertEquals("Buckets must be encrypted", rule.title());
    assertEquals("S3 buckets need SSE", rule.description());
    assertEquals(NumberValue.of(7), rule.custom().get("control"));
    assertEquals(5, rule.line());
    Annotation pkg = rego.annotations().stream().filter(a -> a.scope().equals("package")).findFirst().orElseThrow();
    assertEquals("data.rampart.enc", pkg.path());
    assertEquals(List.of("data.rampart.enc"), rego.packages());
  }

  @Test
  void loadsDirectoriesSkippingTestsUnlessAsked() throws Exception {
    Files.writeString(dir.resolve("a.rego"), "package a\n\nx := 1\n");
    Files.createDirectories(dir.resolve("sub"));
    Files.writeString(dir.resolve("sub/a_test.rego"), "package a\n\ntest_x if x == 1\n");
    assertTrue(Rego.builder().modules(dir).build().prepare("data.a.test_x").eval(null).isEmpty());
    assertEquals(Json.parse("true"), Rego.builder().modules(dir).includeTests(true).build().prepare("data.a.test_x").evalValue(null));
  }

  @Test
  void manyThreadsShareOnePreparedQuery() throws Exception {
    Rego rego = Rego.builder().module("p.rego", "package p\n\ndouble contains y if { some x in input; y := x * 2 }\n").build();
    PreparedQuery q = rego.prepare("data.p.double");
    ExecutorService ex = Executors.newFixedThreadPool(8);
    try {
      List<Future<Boolean>> fs = new ArrayList<>();
      for (int t = 0; t < 64; t++) {
        int n = t;
        fs.add(ex.submit(() -> {
          Value v = q.evalValue(Json.parse("[" + n + ", " + (n + 1) + "]"));
          return v.equals(toSet(2L * n, 2L * n + 2));
        }));
      }
      for (Future<Boolean> f : fs) assertTrue(f.get());
    } finally {
      ex.shutdownNow();
    }
  }

  private static Value toSet(long a, long b) {
    return eu.rampart.rego.value.SetValue.of(NumberValue.of(a), NumberValue.of(b));
  }

  @Test
  void stepBudgetStopsEvaluationWithClearError() {
    Rego rego = Rego.builder().module("p.rego", "package p\n\nn := count([x | some x in numbers.range(1, 1000000)])\n")
        .maxSteps(10_000).build();
    EvalException e = assertThrows(EvalException.class, () -> rego.prepare("data.p.n").eval(null));
    assertEquals("eval_cancel_error", e.code());
    assertTrue(e.getMessage().contains("step budget"), e.getMessage());
  }

  @Test
  void constantValuedRulesStopAtTheFirstSolution() {
    // Without early exit this would iterate a million elements and exceed the step budget.
    Rego rego = Rego.builder().module("p.rego", String.join("\n",
        "package p",
        "xs := numbers.range(1, 1000000)",
        "any_positive if { some x in xs; x > 0 }",
        "f(n) if { some x in xs; x > n }",
        "g := f(0)",
        "")).maxSteps(20_000).build();
    assertEquals(Json.parse("true"), rego.prepare("data.p.any_positive").evalValue(null));
    assertEquals(Json.parse("true"), rego.prepare("data.p.g").evalValue(null));
  }

  @Test
  void partialObjectKeyLookupOnlyEvaluatesThatKey() {
    Rego rego = Rego.builder().strictBuiltinErrors(true).module("p.rego", String.join("\n",
        "package p",
        "q[k] := 1 / v if { some k, v in {\"a\": 1, \"z\": 0} }",
        "")).build();
    assertEquals(NumberValue.of(1), rego.prepare("data.p.q.a").evalValue(null));
    assertEquals(NumberValue.of(1), rego.prepare("data.p.q[\"a\"]").evalValue(null));
    assertEquals("eval_builtin_error", assertThrows(EvalException.class, () -> rego.prepare("data.p.q.z").eval(null)).code());
    assertEquals("eval_builtin_error", assertThrows(EvalException.class, () -> rego.prepare("data.p.q").eval(null)).code());
    assertTrue(rego.prepare("data.p.q.nope").eval(null).isEmpty());
  }

  @Test
  void timeoutStopsEvaluationWithClearError() {
    Rego rego = Rego.builder().module("p.rego",
        "package p\n\nn := count([1 | some x in numbers.range(1, 3000); some y in numbers.range(1, 3000)])\n")
        .timeout(Duration.ofMillis(50)).build();
    EvalException e = assertThrows(EvalException.class, () -> rego.prepare("data.p.n").eval(null));
    assertEquals("eval_cancel_error", e.code());
    assertTrue(e.getMessage().contains("timed out"), e.getMessage());
  }

  @Test
  void deepEvaluationNeverSurfacesStackOverflow() {
    StringBuilder body = new StringBuilder("package p\n\nr if {\n");
    for (int i = 0; i < 20000; i++) body.append("\tx").append(i).append(" := ").append(i).append("\n");
    body.append("}\n");
    Rego rego = Rego.builder().module("p.rego", body.toString()).build();
    assertEquals(Json.parse("true"), rego.prepare("data.p.r").evalValue(null));
  }

  @Test
  void absurdNestingIsACompileErrorNotAStackOverflow() {
    String deep = "[".repeat(200_000) + "]".repeat(200_000);
    RegoException e = assertThrows(RegoException.class, () -> Rego.builder().module("p.rego", "package p\n\nx := " + deep + "\n").build());
    assertEquals("rego_compile_error", e.errors().get(0).code());
  }

  @Test
  void deeplyNestedInputIsEvaluated() {
    String deep = "[".repeat(5000) + "1" + "]".repeat(5000);
    Rego rego = Rego.builder().module("p.rego", "package p\n\nn := count([1 | walk(input, [_, v]); v == 1])\n").build();
    assertEquals(NumberValue.of(1), rego.prepare("data.p.n").evalValue(Json.parse(deep)));
  }

  @Test
  void strictBuiltinErrorsAreErrorsOtherwiseUndefined() {
    String m = "package p\n\nx := 1 / input.d\n";
    assertNull(Rego.builder().module("p.rego", m).build().prepare("data.p.x").evalValue(Json.parse("{\"d\": 0}")));
    EvalException e = assertThrows(EvalException.class, () -> Rego.builder().module("p.rego", m).strictBuiltinErrors(true)
        .build().prepare("data.p.x").eval(Json.parse("{\"d\": 0}")));
    assertEquals("eval_builtin_error", e.code());
    assertEquals("p.rego:3: eval_builtin_error: div: divide by zero", e.getMessage());
  }

  @Test
  void printGoesToSinkAndNeverFails() {
    List<String> lines = new ArrayList<>();
    Rego rego = Rego.builder().module("p.rego", "package p\n\nr if { print(\"v\", input.missing, 1) }\n")
        .printSink(lines::add).build();
    assertEquals(Json.parse("true"), rego.prepare("data.p.r").evalValue(Json.parse("{}")));
    assertEquals(List.of("v <undefined> 1"), lines);
  }

  @Test
  void ruleIndexGivesSameAnswersAsFullScan() {
    StringBuilder m = new StringBuilder("package p\n\n");
    for (int i = 0; i < 50; i++) {
      m.append("deny contains \"t").append(i).append("\" if { input.type == \"t").append(i).append("\"; input.bad }\n");
    }
    m.append("deny contains \"any\" if input.bad\n");
    Rego rego = Rego.builder().module("p.rego", m.toString()).build();
    PreparedQuery q = rego.prepare("data.p.deny");
    assertEquals(Json.parse("[\"any\", \"t7\"]"), Json.parse(Json.write(q.evalValue(Json.parse("{\"type\": \"t7\", \"bad\": true}")))));
    assertEquals(Json.parse("[\"any\"]"), Json.parse(Json.write(q.evalValue(Json.parse("{\"type\": \"zzz\", \"bad\": true}")))));
    assertEquals(Json.parse("[]"), Json.parse(Json.write(q.evalValue(Json.parse("{\"type\": \"t7\"}")))));
    // `with input` changes which index bucket applies.
    assertEquals(Json.parse("[\"any\", \"t3\"]"), Json.parse(Json.write(
        rego.prepare("data.p.deny with input as {\"type\": \"t3\", \"bad\": true}").evalValue(Json.parse("{\"type\": \"t7\"}")))));
  }

  @Test
  void withReplacesInputDataAndFunctions() {
    Rego rego = Rego.builder().module("p.rego", String.join("\n",
        "package p",
        "f(x) := x + 1",
        "g(x) := x * 10",
        "a := y if { y := f(1) with f as g }",
        "b := y if { y := count([1, 2]) with count as 7 }",
        "c := y if { y := data.q.v with data.q.v as 5 }",
        "d := y if { y := input.z with input.z as \"z\" }",
        "")).build();
    assertEquals(Json.parse("{\"a\": 10, \"b\": 7, \"c\": 5, \"d\": \"z\"}"),
        Json.parse(Json.write(rego.prepare("x := {\"a\": data.p.a, \"b\": data.p.b, \"c\": data.p.c, \"d\": data.p.d}")
            .eval(null).rows().get(0).get("x"))));
  }
}
