package eu.rampart.rego.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.rampart.rego.api.EvalException;
import eu.rampart.rego.api.Rego;
import eu.rampart.rego.api.RegoError;
import eu.rampart.rego.api.RegoException;
import eu.rampart.rego.value.Json;
import org.junit.jupiter.api.Test;

/** One test per error class: code, file, line and column as OPA reports them. */
class CompileErrorsTest {
  private static RegoError only(String src) {
    RegoException e = assertThrows(RegoException.class, () -> Rego.builder().module("policy.rego", src).build());
    assertEquals(1, e.errors().size(), e.getMessage());
    return e.errors().get(0);
  }

  private static void assertError(RegoError e, String code, int line, int col, String message) {
    assertEquals(code, e.code(), e.toString());
    assertEquals("policy.rego", e.file(), e.toString());
    assertEquals(line, e.line(), e.toString());
    assertEquals(col, e.column(), e.toString());
    assertTrue(e.message().contains(message), e.toString());
  }

  @Test
  void parseError() {
    RegoError e = only("package p\n\nallow if {\n\tx :=\n}\n");
    assertError(e, "rego_parse_error", 5, 1, "unexpected } token");
    assertEquals("policy.rego:5:1: rego_parse_error: unexpected } token", e.toString());
  }

  @Test
  void v1RequiresIfBeforeBodies() {
    assertError(only("package p\n\ndeny[msg] {\n\tmsg := \"x\"\n}\n"), "rego_parse_error", 3, 11, "`if` keyword is required");
  }

  @Test
  void unsafeVariable() {
    RegoError e = only("package p\n\nallow if {\n\tx > 1\n}\n");
    assertError(e, "rego_unsafe_var_error", 4, 2, "var x is unsafe");
    assertEquals("policy.rego:4:2: rego_unsafe_var_error: var x is unsafe", e.toString());
  }

  @Test
  void unsafeVariableInRuleHead() {
    assertError(only("package p\n\nv := y if {\n\tinput.a == 1\n}\n"), "rego_unsafe_var_error", 3, 6, "var y is unsafe");
  }

  @Test
  void reassignmentIsCompileError() {
    assertError(only("package p\n\nallow if {\n\tx := 1\n\tx := 2\n}\n"), "rego_compile_error", 5, 2, "var x assigned above");
  }

  @Test
  void withTargetMustBeInputDataOrFunction() {
    assertError(only("package p\n\nallow if {\n\ttrue with foo as 1\n}\n"), "rego_compile_error", 4, 7,
        "with keyword target must reference existing input, data, or a function");
  }

  @Test
  void recursion() {
    assertError(only("package p\n\na if b\n\nb if a\n"), "rego_recursion_error", 3, 1,
        "rule data.p.a is recursive: data.p.a -> data.p.b -> data.p.a");
  }

  @Test
  void undefinedFunctionIsTypeError() {
    assertError(only("package p\n\nallow if {\n\tfoo(1)\n}\n"), "rego_type_error", 4, 2, "undefined function foo");
  }

  @Test
  void wrongArityIsTypeError() {
    assertError(only("package p\n\nallow if {\n\tcount(1, 2, 3)\n}\n"), "rego_type_error", 4, 2, "count: arity mismatch");
  }

  @Test
  void constantArgumentOfWrongTypeIsTypeError() {
    assertError(only("package p\n\nallow if {\n\tx := array.concat(1, [])\n}\n"), "rego_type_error", 4, 20,
        "operand 1 must be array but got number");
  }

  @Test
  void ruleKindConflict() {
    assertError(only("package p\n\nq := 1\n\nq contains 2\n"), "rego_type_error", 3, 1, "conflicting rules data.p.q found");
  }

  @Test
  void completeRuleConflictAtEvaluation() {
    Rego rego = Rego.builder().module("policy.rego", "package p\n\nq := 1 if input.a\n\nq := 2 if input.b\n").build();
    EvalException e = assertThrows(EvalException.class,
        () -> rego.prepare("data.p.q").eval(Json.parse("{\"a\": true, \"b\": true}")));
    assertEquals("eval_conflict_error", e.code());
    assertEquals("policy.rego", e.file());
    assertEquals(5, e.line());
    assertEquals(1, e.column());
    assertEquals("policy.rego:5: eval_conflict_error: complete rules must not produce multiple outputs", e.getMessage());
  }

  @Test
  void allErrorsOfAllModulesAreReported() {
    RegoException e = assertThrows(RegoException.class, () -> Rego.builder()
        .module("a.rego", "package a\n\np if x > 1\n")
        .module("b.rego", "package b\n\nq if y > 1\n").build());
    assertEquals(2, e.errors().size(), e.getMessage());
  }
}
