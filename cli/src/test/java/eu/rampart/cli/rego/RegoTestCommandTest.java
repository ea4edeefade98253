package eu.rampart.cli.rego;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.rampart.cli.support.Cli;
import eu.rampart.cli.support.FixtureSecrets;
import eu.rampart.rego.value.ArrayValue;
import eu.rampart.rego.value.Json;
import eu.rampart.rego.value.ObjectValue;
import eu.rampart.rego.value.Value;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `rampart rego test` as `opa test` in CI: reports, --run, --coverage, exit codes; and no secret printed. */
class RegoTestCommandTest {
  @TempDir Path dir;

  private Path write(String name, String text) throws Exception {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
    return p;
  }

  private static Cli.Run test(String... args) {
    String[] full = new String[args.length + 1];
    full[0] = "test";
    System.arraycopy(args, 0, full, 1, args.length);
    return Cli.command("rego", full);
  }

  private void policyWithTests() throws Exception {
    write("pol/p.rego", "package p\n\nallow if {\n\tinput.user == \"admin\"\n}\n\nallow if {\n\tinput.user == \"root\"\n}\n");
    write("pol/p_test.rego", "package p\n\ntest_admin if {\n\tallow with input as {\"user\": \"admin\"}\n}\n\n"
        + "test_nobody if {\n\tallow with input as {\"user\": \"nobody\"}\n}\n\ntodo_test_later if false\n");
  }

  @Test
  void jsonFormatHasOpasShape() throws Exception {
    policyWithTests();
    Cli.Run r = test("--format", "json", dir.resolve("pol").toString());
    assertEquals(TestCommand.TESTS_FAILED, r.exitCode(), r.err());
    ArrayValue results = (ArrayValue) Json.parse(r.out());
    assertEquals(3, results.size());
    ObjectValue admin = (ObjectValue) results.get(0);
    assertEquals(Json.parse("{\"file\": \"" + dir.resolve("pol/p_test.rego") + "\", \"row\": 3, \"col\": 1}"), admin.get("location"));
    assertEquals(Json.parse("\"data.p\""), admin.get("package"));
    assertEquals(Json.parse("\"test_admin\""), admin.get("name"));
    assertEquals(null, admin.get("fail"));
    assertTrue(admin.get("duration") != null);
    assertEquals(Json.parse("true"), ((ObjectValue) results.get(1)).get("fail"));
    assertEquals(Json.parse("true"), ((ObjectValue) results.get(2)).get("skip"));
  }

  @Test
  void runMatchesTheFullTestName() throws Exception {
    policyWithTests();
    Cli.Run r = test("--run", "data\\.p\\.test_adm", dir.resolve("pol").toString());
    assertEquals(TestCommand.PASSED, r.exitCode(), r.out() + r.err());
    assertTrue(r.out().contains("PASS: 1/1"), r.out());
    assertEquals(TestCommand.TESTS_FAILED, test("--run", "p.test_no", dir.resolve("pol").toString()).exitCode());
  }

  @Test
  void prettyReportListsFailuresAndCounts() throws Exception {
    policyWithTests();
    Cli.Run r = test(dir.resolve("pol").toString());
    assertTrue(r.out().contains(dir.resolve("pol/p_test.rego") + ":7:\ndata.p.test_nobody: FAIL ("), r.out());
    assertFalse(r.out().contains("test_admin"), "passing tests are listed only with -v: " + r.out());
    assertTrue(r.out().endsWith("PASS: 1/3\nFAIL: 1/3\nSKIPPED: 1/3\n"), r.out());
    assertTrue(test("-v", dir.resolve("pol").toString()).out().contains("data.p.test_admin: PASS ("));
  }

  @Test
  void loadAndCompileErrorsExitOneAsOpa() throws Exception {
    write("bad/p.rego", "package p\n\nallow if {\n");
    assertEquals(TestCommand.LOAD_OR_COMPILE_ERROR, test(dir.resolve("bad").toString()).exitCode());
    assertEquals(TestCommand.LOAD_OR_COMPILE_ERROR, test(dir.resolve("missing").toString()).exitCode());
  }

  @Test
  void coverageReportHasOpasShape() throws Exception {
    write("c/p.rego", "package p\n\nallow if {\n\tinput.user == \"admin\"\n}\n\ndeny if {\n\tinput.user == \"nobody\"\n}\n");
    write("c/p_test.rego", "package p\n\ntest_admin if {\n\tallow with input as {\"user\": \"admin\"}\n}\n");
    Cli.Run r = test("--coverage", dir.resolve("c").toString());
    assertEquals(TestCommand.PASSED, r.exitCode(), r.err());
    ObjectValue report = (ObjectValue) Json.parse(r.out());
    ObjectValue policy = (ObjectValue) ((ObjectValue) report.get("files")).get(dir.resolve("c/p.rego").toString());
    // rows 3-4 (allow's head and body) ran; rows 7-8 (deny) did not
    assertEquals(Json.parse("[{\"start\": {\"row\": 3}, \"end\": {\"row\": 4}}]"), policy.get("covered"));
    assertEquals(Json.parse("[{\"start\": {\"row\": 7}, \"end\": {\"row\": 8}}]"), policy.get("not_covered"));
    assertEquals(Json.parse("2"), policy.get("covered_lines"));
    assertEquals(Json.parse("2"), policy.get("not_covered_lines"));
    assertEquals(Json.parse("50"), policy.get("coverage"));
    assertTrue(report.get("coverage") != null && report.get("covered_lines") != null && report.get("not_covered_lines") != null);
    Cli.Run below = test("--coverage", "--threshold", "90", dir.resolve("c").toString());
    assertEquals(TestCommand.TESTS_FAILED, below.exitCode());
    assertTrue(below.err().contains("Code coverage threshold not met"), below.err());
  }

  @Test
  void coverageWithAFailingTestReportsTheFailureAndExitsOne() throws Exception {
    policyWithTests();
    Cli.Run r = test("--coverage", dir.resolve("pol").toString());
    assertEquals(TestCommand.LOAD_OR_COMPILE_ERROR, r.exitCode());
    assertTrue(r.out().contains("data.p.test_nobody: FAIL"), r.out());
  }

  @Test
  void verboseOutputNeverShowsTheSecretsCheckWouldMask() throws Exception {
    Path fixture = Cli.SHARED.resolve("fixtures/pulumi/pulumi-aws-export-secretsmanager-secretversion.json");
    Set<String> secrets = FixtureSecrets.of(fixture);
    assertFalse(secrets.isEmpty());
    Files.createDirectories(dir.resolve("s/fixture"));
    Files.copy(fixture, dir.resolve("s/fixture/export.json"));
    write("s/t_test.rego", "package t\n\ntest_prints if {\n\tprint(data.fixture)\n}\n\ntest_fails if {\n\tprint(data.fixture)\n\tfalse\n}\n");
    for (String format : new String[] {"pretty", "json"}) {
      Cli.Run r = test("-v", "--format", format, dir.resolve("s").toString());
      assertEquals(TestCommand.TESTS_FAILED, r.exitCode(), r.err());
      String shown = r.out() + r.err();
      if (format.equals("json")) {
        // the print output is base64 in OPA's JSON report: decode it before looking
        for (Value t : ((ArrayValue) Json.parse(r.out())).items()) {
          Value out = ((ObjectValue) t).get("output");
          if (out != null) shown += new String(java.util.Base64.getDecoder().decode(Json.write(out).replace("\"", "")));
        }
      }
      assertTrue(shown.contains("[masked]"), shown);
      for (String s : secrets) assertFalse(shown.contains(s), format + " output shows a secret");
    }
  }

  @Test
  void evalNeverShowsTheSecretsCheckWouldMask() throws Exception {
    Path fixture = Cli.SHARED.resolve("fixtures/pulumi/pulumi-aws-export-secretsmanager-secretversion.json");
    Set<String> secrets = FixtureSecrets.of(fixture);
    for (String format : new String[] {"json", "values", "bindings", "pretty", "raw"}) {
      Cli.Run r = Cli.command("rego", "eval", "--print", "-f", format, "-i", fixture.toString(), "x := input; print(input)");
      assertEquals(0, r.exitCode(), r.err());
      for (String s : secrets) assertFalse((r.out() + r.err()).contains(s), format + " output shows a secret");
    }
  }
}
