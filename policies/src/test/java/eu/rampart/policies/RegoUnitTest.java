package eu.rampart.policies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.rampart.cli.Main;
import eu.rampart.rego.api.Rego;
import eu.rampart.rego.tester.TestResult;
import eu.rampart.rego.tester.TestRunner;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import picocli.CommandLine;

/**
 * The {@code *_test.rego} unit tests beside the pack, run by the engine's tester ({@code opa test}
 * semantics: a test passes only when its rule is true; undefined, false or an error fail), one
 * JUnit test per Rego test; plus the CLI entry point {@code rampart rego test} over the same folder.
 */
class RegoUnitTest {
  private static Rego rego() {
    return Rego.builder().modules(Paths.policies()).includeTests(true).strictBuiltinErrors(true)
        .timeout(Duration.ofMinutes(1)).build();
  }

  @Test
  void everyControlFamilyHasUnitTests() {
    List<String> tests = TestRunner.discover(rego()).stream().map(r -> r.dataPath()).toList();
    for (String family : List.of("res", "enc", "net", "vpn", "bak", "log", "data", "avail", "tag")) {
      long n = tests.stream().filter(t -> t.startsWith("data.rampart." + family + "_test.")).count();
      assertTrue(n >= 2, family + " has " + n + " unit tests, expected at least a violating and a compliant case");
    }
    assertTrue(tests.size() >= 200, "expected the full unit test suite, found " + tests.size() + " tests");
  }

  @TestFactory
  Stream<DynamicTest> regoTests() {
    return TestRunner.run(rego()).stream().map(r -> DynamicTest.dynamicTest(r.path(), () ->
        assertEquals(TestResult.Status.PASS, r.status(), r.path() + " (" + r.file() + ":" + r.line() + "): " + r.message())));
  }

  @Test
  void rampartRegoTestPassesOnThePack() {
    CommandLine cl = Main.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute("rego", "test", Paths.policies().toString());
    assertEquals(0, code, "rampart rego test " + Paths.policies() + " failed:\n" + out + err);
    assertTrue(out.toString().contains("PASS"), "no PASS summary in:\n" + out);
  }
}
