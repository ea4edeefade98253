package eu.rampart.rego.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.rampart.rego.api.EvalException;
import eu.rampart.rego.api.Rego;
import eu.rampart.rego.api.RegoException;
import eu.rampart.rego.api.RegoVersion;
import eu.rampart.rego.tester.TestResult;
import eu.rampart.rego.tester.TestRunner;
import eu.rampart.rego.value.Json;
import eu.rampart.rego.value.Value;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Language behaviour that real-world Rego relies on, each case as OPA documents it or as OPA's
 * parser (ast/parser.go), compiler (ast/compile.go) and evaluator (topdown) do it.
 */
class OpaLanguageParityTest {
  private static String eval(String module, String query, String input) {
    return eval(module, query, input, RegoVersion.V1);
  }

  private static String eval(String module, String query, String input, RegoVersion version) {
    Rego rego = Rego.builder().module("p.rego", module, version).build();
    Value v = rego.prepare(query).evalValue(input == null ? null : Json.parse(input));
    return v == null ? null : Json.write(v);
  }

  private static RegoException compileError(String module, RegoVersion version) {
    return assertThrows(RegoException.class, () -> Rego.builder().module("p.rego", module, version).build());
  }

  // ---- cause 1: trace (topdown/trace.go builtinTrace): true, a no-op without a tracer

  @Test
  void traceIsTrueAndChangesNothing() {
    assertEquals("true", eval("package p\nallow if { trace(\"checking\"); input.x == 1 }\n", "data.p.allow", "{\"x\": 1}"));
    assertNull(eval("package p\nallow if { trace(\"checking\"); input.x == 1 }\n", "data.p.allow", "{\"x\": 2}"));
    RegoException e = compileError("package p\nallow if trace(1)\n", RegoVersion.V1);
    assertTrue(e.getMessage().contains("trace: invalid argument(s)"), e.getMessage());
  }

  // ---- cause 2: v0's deprecated built-ins under v0, undefined in v1 (ast/builtins.go Deprecated: true)

  @Test
  void deprecatedBuiltinsWorkInV0Modules() {
    String v0 = "package p\n"
        + "a { any([false, true]) }\n"
        + "b { all([true, true]) }\n"
        + "no_all { all([true, false]) }\n"
        + "c = cast_array({3, 1})\n"
        + "d = cast_set([1, 1, 2])\n"
        + "e { re_match(\"^a\", \"abc\") }\n"
        + "f = set_diff({1, 2, 3}, {2})\n"
        + "g { net.cidr_overlap(\"10.0.0.0/8\", \"10.1.2.3\") }\n"
        + "h = cast_string(\"s\")\n"
        + "i = cast_boolean(true)\n"
        + "j = cast_null(null)\n"
        + "k = cast_object({\"a\": 1})\n"
        + "bad = cast_string(1)\n";
    assertEquals("{\"a\":true,\"b\":true,\"c\":[1,3],\"d\":[1,2],\"e\":true,\"f\":[1,3],\"g\":true,\"h\":\"s\",\"i\":true,"
        + "\"j\":null,\"k\":{\"a\":1}}", eval(v0, "data.p", null, RegoVersion.V0));
    // a query against v0 modules may call them too, as with opa eval --v0-compatible
    assertEquals("true", eval(v0, "any([false, true])", null, RegoVersion.V0));
  }

  @Test
  void deprecatedBuiltinsAreUndefinedInV1Modules() {
    for (String call : List.of("any([true])", "all([true])", "cast_set([1])", "re_match(\"a\", \"a\")", "set_diff({1}, {1})",
        "net.cidr_overlap(\"10.0.0.0/8\", \"10.0.0.1\")")) {
      RegoException e = compileError("package p\nx := " + call + "\n", RegoVersion.V1);
      String name = call.substring(0, call.indexOf('('));
      assertTrue(e.getMessage().contains("rego_type_error: undefined function " + name), e.getMessage());
    }
  }

  // ---- cause 5: chained rule bodies (parseRules: each extra body is another rule with the same head)

  @Test
  void chainedBodiesAreMoreDefinitions() {
    String v1 = "package p\nallow if { input.a } { input.b }\nv := 1 if { input.a } { input.b }\n";
    assertEquals("true", eval(v1, "data.p.allow", "{\"b\": true}"));
    assertEquals("true", eval(v1, "data.p.allow", "{\"a\": true}"));
    assertNull(eval(v1, "data.p.allow", "{}"));
    assertEquals("1", eval(v1, "data.p.v", "{\"b\": true}"));
    String v0 = "package p\nallow { input.a } {\n  input.b\n}\nf(x) = y { y := x + 1; x > 0 } { y := x - 1; x < 0 }\n";
    assertEquals("true", eval(v0, "data.p.allow", "{\"b\": true}", RegoVersion.V0));
    assertEquals("[2,-2]", eval(v0, "[data.p.f(1), data.p.f(-1)]", null, RegoVersion.V0));
    RegoException e = compileError("package p\nallow if { input.a } else := false { input.b }\n", RegoVersion.V1);
    assertTrue(e.getMessage().contains("rego_parse_error"), e.getMessage());
  }

  // ---- cause 6: with values that iterate (rewriteWithModifiers evaluates them before the expression)

  @Test
  void withValueThatIteratesRunsOncePerValue() {
    String m = "package p\nsizes contains n if { n := count(input.xs) with input.xs as [[1], [2, 3]][_] }\n";
    assertEquals("[1,2]", eval(m, "data.p.sizes", null));
    assertEquals("[\"a\",\"b\"]", eval("package p\nq := input.x\nr contains v if { v := q with input.x as data.p.vals[_] }\nvals := [\"a\", \"b\"]\n",
        "data.p.r", null));
  }

  // ---- cause 7: OPA's other built-ins are declared; network ones fail clearly offline; with replaces them

  @Test
  void httpSendCanBeMockedAndFailsClearlyOffline() {
    String m = "package p\nresp := http.send({\"method\": \"get\", \"url\": \"https://example.com/x\"})\n"
        + "mock(req) := {\"status_code\": 200, \"body\": req.url}\n"
        + "via_fn := v if { v := resp.body with http.send as mock }\n"
        + "via_value := v if { v := resp.status_code with http.send as {\"status_code\": 204} }\n"
        + "quiet := http.send({\"method\": \"get\", \"url\": \"https://example.com/x\", \"raise_error\": false}).error.code\n";
    assertEquals("\"https://example.com/x\"", eval(m, "data.p.via_fn", null));
    assertEquals("204", eval(m, "data.p.via_value", null));
    assertEquals("\"eval_http_send_network_error\"", eval(m, "data.p.quiet", null));
    EvalException e = assertThrows(EvalException.class, () -> eval(m, "data.p.resp", null));
    assertTrue(e.getMessage().contains("eval_builtin_error: http.send: no network access"), e.getMessage());
  }

  @Test
  void httpSendChecksItsRequestKeysAsOpaDoes() {
    String m = "package p\nbad := http.send({\"bad_key\": 1, \"method\": \"get\", \"url\": \"http://x\"})\n"
        + "missing := http.send({\"method\": \"get\"})\n";
    Rego rego = Rego.builder().strictBuiltinErrors(true).module("p.rego", m).build();
    EvalException e = assertThrows(EvalException.class, () -> rego.prepare("data.p.bad").evalValue(null));
    assertTrue(e.getMessage().contains("eval_type_error: http.send: invalid request parameters(s): {\"bad_key\"}"), e.getMessage());
    e = assertThrows(EvalException.class, () -> rego.prepare("data.p.missing").evalValue(null));
    assertTrue(e.getMessage().contains("missing required request parameters(s): {\"url\"}"), e.getMessage());
  }

  @Test
  void opaRuntimeHasOpaShapeWithoutTheEnvironment() {
    String rt = eval("package p\nrt := opa.runtime()\n", "data.p.rt", null);
    assertTrue(rt.startsWith("{\"commit\":\"\",\"config\":{},\"env\":{},\"version\":\"rampart-rego"), rt);
  }

  @Test
  void otherOpaBuiltinsAreDeclaredAndReplaceable() {
    String m = "package p\nsigned := s if { s := providers.aws.sign_req({}, {}, 0) with providers.aws.sign_req as {\"signed\": true} }\n"
        + "ok if graphql.is_valid(\"{ q }\", \"type Query { q: Int }\") with graphql.is_valid as true\n";
    assertEquals("{\"signed\":true}", eval(m, "data.p.signed", null));
    assertEquals("true", eval(m, "data.p.ok", null));
  }

  @Test
  void withReplacesABuiltinByADottedBuiltin() {
    String m = "package p\nmerged := m if { m := count([{\"a\": 1}, {\"b\": 2}]) with count as object.union_n }\n";
    assertEquals("{\"a\":1,\"b\":2}", eval(m, "data.p.merged", null));
  }

  // ---- cause 8: a head with empty parentheses is a plain rule (parseHead: no arguments)

  @Test
  void emptyParenthesesDeclareAPlainRule() {
    String m = "package p\nf() := 7\ng() = x if { x := input.v }\nviaRef := f\nviaCall := f()\n";
    assertEquals("7", eval(m, "data.p.viaRef", null));
    assertEquals("7", eval(m, "data.p.viaCall", null));
    assertEquals("3", eval(m, "data.p.g", "{\"v\": 3}"));
    assertEquals("{\"f\":7,\"viaCall\":7,\"viaRef\":7}", eval(m, "data.p", null));
  }

  // ---- cause 9: dynamic call arguments are evaluated before the expression (rewriteDynamicTerms)

  @Test
  void undefinedArgumentOfANegatedCallLeavesTheBodyUndefined() {
    String m = "package p\nf(x) := x.y\n"
        + "neg_call if { not f(input.x.missing) }\n"
        + "neg_builtin if { not startswith(input.name, \"a\") }\n"
        + "neg_ref if { not input.x.missing }\n"
        + "neg_eq if { not input.role == \"admin\" }\n"
        + "neg_in if { not input.region in {\"eu\"} }\n";
    String in = "{\"x\": {}}";
    assertNull(eval(m, "data.p.neg_call", in));
    assertNull(eval(m, "data.p.neg_builtin", in));
    assertEquals("true", eval(m, "data.p.neg_ref", in), "a reference alone stays inside the negation");
    assertEquals("true", eval(m, "data.p.neg_eq", in), "== is unification after OPA's rewriteEquals: refs stay inside");
    assertNull(eval(m, "data.p.neg_in", in));
    assertEquals("true", eval(m, "data.p.neg_builtin", "{\"name\": \"b\"}"));
    assertEquals("true", eval(m, "data.p.neg_in", "{\"region\": \"us\"}"));
  }

  @Test
  void iteratingArgumentOfANegatedCallIteratesOutsideTheNegation() {
    String m = "package p\nodd contains x if { x := input.xs[_]; not startswith(x, \"a\") }\n"
        + "some_not_a if { not startswith(input.xs[_], \"a\") }\n";
    assertEquals("true", eval(m, "data.p.some_not_a", "{\"xs\": [\"ab\", \"b\"]}"));
    assertNull(eval(m, "data.p.some_not_a", "{\"xs\": [\"ab\", \"ac\"]}"));
  }

  // ---- cause 10: comprehension bodies, also in rule heads, are reordered for safety

  @Test
  void comprehensionBodiesAreReordered() {
    String m = "package p\nq := [y | y = b; b = 1]\nr := {k: v | v = k + 1; k = 2}\n"
        + "s := {y | y := b * 2; b = input.xs[_]}\nt := z if { z := [y | y = b; b = 3] }\n";
    assertEquals("[1]", eval(m, "data.p.q", null));
    assertEquals("{\"2\":3}", eval(m, "data.p.r", null));
    assertEquals("[2,4]", eval(m, "data.p.s", "{\"xs\": [1, 2]}"));
    assertEquals("[3]", eval(m, "data.p.t", null));
    RegoException e = compileError("package p\nq := [y | y == b; b = 1]\n", RegoVersion.V1);
    assertTrue(e.getMessage().contains("rego_unsafe_var_error: var y is unsafe"), e.getMessage());
  }

  // ---- cause 11: `if` followed by a comprehension (parseRules tries a single literal first)

  @Test
  void objectComprehensionAfterIf() {
    String m = "package p\nf(x) := {k: v | some k, v in x} if {k: v | some k, v in x}\n"
        + "g(x) := true if {k | some k, _ in x}\nh if { input.a }\n";
    assertEquals("{\"a\":1}", eval(m, "data.p.f({\"a\": 1})", null));
    assertEquals("true", eval(m, "data.p.g({\"a\": 1})", null));
    assertEquals("true", eval(m, "data.p.h", "{\"a\": true}"));
    assertNull(eval(m, "data.p.h", "{}"));
  }

  // ---- cause 12: compile errors OPA's type checker reports

  @Test
  void nestedCallWithTooManyArgumentsIsATypeError() {
    RegoException e = compileError("package p\nx := y if { y := startswith(\"a\", \"b\", \"c\") }\n", RegoVersion.V1);
    assertTrue(e.getMessage().contains("p.rego:2:18: rego_type_error: startswith: arity mismatch (too many arguments)"), e.getMessage());
    e = compileError("package p\nf(a) := a\nx := f(1, 2)\n", RegoVersion.V1);
    assertTrue(e.getMessage().contains("data.p.f: arity mismatch (too many arguments)"), e.getMessage());
    // the whole expression may bind its result through one more argument
    assertEquals("true", eval("package p\nok if { count([1, 2], n); n == 2 }\n", "data.p.ok", null));
  }

  @Test
  void testsCanMockHttpSendInRegoUnitTests() {
    Rego rego = Rego.builder().includeTests(true).module("p_test.rego", "package p\n"
        + "status := http.send({\"method\": \"get\", \"url\": \"https://api/x\"}).status_code\n"
        + "test_ok if { status == 200 with http.send as {\"status_code\": 200} }\n").build();
    List<TestResult> results = TestRunner.run(rego);
    assertEquals(1, results.size());
    assertEquals(TestResult.Status.PASS, results.get(0).status(), String.valueOf(results.get(0).message()));
  }

  // ---- beyond the listed causes

  @Test
  void aClosureVarUsedBeforeTheSameNameIsDeclaredBelongsToTheClosure() {
    // rewriteLocalVars: x := ... declares x from that expression on
    String m = "package p\nxs := {\"a\", \"b\", \"c\"}\n"
        + "n := x if {\n  y := {x | xs[x]}\n  z := {x | xs[x]}\n  count(y) == count(z)\n  x := count(y)\n}\n";
    assertEquals("3", eval(m, "data.p.n", null));
  }

  @Test
  void aReplacementFunctionDoesNotReachOtherMocks() {
    // OPA: "mock will not call other mock"; a with inside the replacement applies again
    String m = "package p\n"
        + "f(x) := object.union_n(x) if {x: i | x := [\"a\", \"a\"][i]}\n"
        + "g(x) := count(x)\n"
        + "ok if { q with count as f }\n"
        + "q if { r with object.union_n as g }\n"
        + "r if { object.union_n([{}]) }\n"
        + "h(_) := [\"replaced\"]\n"
        + "g2(x) := 123 if { count(x); s with array.reverse as h }\n"
        + "s if { array.reverse([{}]) == [\"replaced\"] }\n"
        + "nested if { count([1]) == 123 with count as g2 }\n";
    assertEquals("true", eval(m, "data.p.ok", null));
    assertEquals("true", eval(m, "data.p.nested", null));
  }

  @Test
  void opaRuntimeIsEmptyWhereTheEmbedderSetsNone() {
    Rego rego = Rego.builder().runtime(null).module("p.rego", "package p\nrt := opa.runtime()\n").build();
    assertEquals("{}", Json.write(rego.prepare("data.p.rt").evalValue(null)));
  }

  @Test
  void duplicateImportsAreAnErrorInV1() {
    // OPA's checkDuplicateImports: a strict-mode check that Rego v1 always applies
    String m = "package p\nimport data.a.foo\nimport data.b.foo\nx := foo\n";
    RegoException e = compileError(m, RegoVersion.V1);
    assertTrue(e.getMessage().contains("p.rego:3:1: rego_compile_error: import must not shadow import data.a.foo"), e.getMessage());
    assertNull(eval(m, "data.p.x", null, RegoVersion.V0));
  }
}
