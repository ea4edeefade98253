package eu.rampart.rego.tester;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.rampart.rego.api.Rego;
import java.util.List;
import org.junit.jupiter.api.Test;

class TestRunnerTest {
  @Test
  void passFailAndErrorLikeOpaTest() {
    Rego rego = Rego.builder().strictBuiltinErrors(true)
        .module("p.rego", "package p\n\nallow if input.ok\n")
        .module("p_test.rego", String.join("\n",
            "package p",
            "test_allowed if allow with input as {\"ok\": true}",
            "test_false if allow with input as {\"ok\": false}",
            "test_undefined_is_fail if input.nothing",
            "test_error if 1 / 0",
            "helper if true",
            "todo_test_later if false",
            ""))
        .build();
    List<TestResult> rs = TestRunner.run(rego);
    assertEquals(5, rs.size());
    assertEquals(TestResult.Status.SKIP, rs.get(4).status());
    assertEquals("data.p.test_allowed", rs.get(0).path());
    assertEquals(TestResult.Status.PASS, rs.get(0).status());
    assertEquals(TestResult.Status.FAIL, rs.get(1).status());
    assertEquals(TestResult.Status.FAIL, rs.get(2).status());
    assertEquals(TestResult.Status.ERROR, rs.get(3).status());
    assertEquals("p_test.rego:5: eval_builtin_error: div: divide by zero", rs.get(3).message());
  }

  @Test
  void printOutputIsCapturedPerTest() {
    Rego rego = Rego.builder().module("t.rego", "package t\n\ntest_p if { print(\"hello\") }\n").build();
    TestResult r = TestRunner.run(rego).get(0);
    assertEquals(TestResult.Status.PASS, r.status());
    assertEquals(List.of("hello"), r.output());
  }
}
