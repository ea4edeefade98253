package eu.rampart.cli.rego;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.rampart.cli.ExitCodes;
import eu.rampart.cli.Main;
import eu.rampart.rego.value.ArrayValue;
import eu.rampart.rego.value.Json;
import eu.rampart.rego.value.ObjectValue;
import eu.rampart.rego.value.Value;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import eu.rampart.cli.support.Cli;

class RegoCommandsTest {
  @TempDir Path dir;

  static Cli.Run run(String... args) { return Cli.command("rego", args); }

  private Path write(String name, String text) throws Exception {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
    return p;
  }

  private static final String POLICY = "package p\n\ndeny contains msg if {\n\tinput.bucket.public\n\tmsg := \"public bucket\"\n}\n";

  @Test
  void evalPrintsOpaJsonShape() throws Exception {
    Path pol = write("p.rego", POLICY);
    Path in = write("in.json", "{\"bucket\": {\"public\": true}}");
    Cli.Run r = run("eval", "-d", pol.toString(), "-i", in.toString(), "data.p.deny");
    assertEquals(ExitCodes.OK, r.exitCode(), r.err());
    assertEquals(Json.parse("{\"result\": [{\"expressions\": [{\"value\": [\"public bucket\"], \"text\": \"data.p.deny\","
        + " \"location\": {\"row\": 1, \"col\": 1}}]}]}"), Json.parse(r.out()));
  }

  @Test
  void evalDataFilesInSubdirectoriesAreNamespacedLikeOpa() throws Exception {
    write("d/top.json", "{\"a\": 1}");
    write("d/x/y/data.json", "{\"b\": 2}");
    Cli.Run r = run("eval", "-d", dir.resolve("d").toString(), "[data.a, data.x.y.b]");
    assertEquals(ExitCodes.OK, r.exitCode(), r.err());
    Value value = ((ObjectValue) ((ArrayValue) ((ObjectValue) ((ArrayValue) ((ObjectValue) Json.parse(r.out()))
        .get("result")).get(0)).get("expressions")).get(0)).get("value");
    assertEquals(Json.parse("[1, 2]"), value, r.out());
  }

  @Test
  void evalUndefinedPrintsEmptyObjectAndSucceeds() throws Exception {
    Path pol = write("p.rego", POLICY);
    Cli.Run r = run("eval", "-d", pol.toString(), "data.p.nothing");
    assertEquals(ExitCodes.OK, r.exitCode(), r.err());
    assertEquals("{}", r.out().strip());
  }

  @Test
  void evalMalformedInputNamesFileLineAndColumn() throws Exception {
    Path pol = write("p.rego", POLICY);
    Path in = write("bad.json", "{\n  \"a\": [1,\n}");
    Cli.Run r = run("eval", "-d", pol.toString(), "-i", in.toString(), "data.p.deny");
    assertEquals(ExitCodes.USAGE_OR_INPUT, r.exitCode());
    assertTrue(r.err().contains(in + ":3:"), r.err());
    assertTrue(r.err().contains("malformed JSON"), r.err());
  }

  @Test
  void evalMissingFileIsUsageError() {
    Cli.Run r = run("eval", "-d", dir.resolve("nope.rego").toString(), "data");
    assertEquals(ExitCodes.USAGE_OR_INPUT, r.exitCode());
    assertTrue(r.err().contains("no such file"), r.err());
  }

  @Test
  void evalCompileErrorIsOpaStyleAndExit3() throws Exception {
    Path pol = write("p.rego", "package p\n\nallow if {\n\tx > 1\n}\n");
    Cli.Run r = run("eval", "-d", pol.toString(), "data.p.allow");
    assertEquals(ExitCodes.EVALUATION_ERROR, r.exitCode());
    assertEquals(pol + ":4:2: rego_unsafe_var_error: var x is unsafe", r.err().strip());
  }

  @Test
  void evalStrictBuiltinError() throws Exception {
    Cli.Run r = run("eval", "--strict", "1 / 0");
    assertEquals(ExitCodes.EVALUATION_ERROR, r.exitCode());
    assertTrue(r.err().contains("eval_builtin_error: div: divide by zero"), r.err());
  }

  @Test
  void evalV0Modules() throws Exception {
    Path pol = write("v0.rego", "package p\n\ndeny[msg] {\n\tmsg := \"x\"\n}\n");
    assertEquals(ExitCodes.EVALUATION_ERROR, run("eval", "-d", pol.toString(), "data.p.deny").exitCode());
    Cli.Run r = run("eval", "--v0", "--format", "pretty", "-d", pol.toString(), "data.p.deny");
    assertEquals(ExitCodes.OK, r.exitCode(), r.err());
    assertEquals(Json.parse("[\"x\"]"), Json.parse(r.out()));
  }

  @Test
  void evalMasksPulumiSecretsFromInput() throws Exception {
    Path in = write("in.json", "{\"pw\": {\"4dabf18193072939515e22adb298388d\": \"1b47061264138c4ac30d75fd1eb44270\","
        + " \"plaintext\": \"hunter2-very-secret\"}}");
    Cli.Run r = run("eval", "-i", in.toString(), "input");
    assertEquals(ExitCodes.OK, r.exitCode(), r.err());
    assertTrue(!r.out().contains("hunter2-very-secret"), r.out());
    assertTrue(!r.out().contains("4dabf18193072939515e22adb298388d"), r.out());
    assertTrue(r.out().contains("[masked]"), r.out());
  }

  @Test
  void evalUnknownFormatIsUsageError() {
    assertEquals(ExitCodes.USAGE_OR_INPUT, run("eval", "--format", "xml", "true").exitCode());
  }

  @Test
  void testCommandReportsLikeOpaTest() throws Exception {
    write("pol/p.rego", POLICY);
    write("pol/p_test.rego", "package p\n\ntest_public if {\n\tcount(deny) == 1 with input as {\"bucket\": {\"public\": true}}\n}\n\n"
        + "test_wrong if {\n\tcount(deny) == 1 with input as {}\n}\n");
    Cli.Run r = run("test", "-v", dir.resolve("pol").toString());
    // as opa test: 2 when a test fails
    assertEquals(TestCommand.TESTS_FAILED, r.exitCode(), r.err());
    assertTrue(r.out().contains("data.p.test_public: PASS"), r.out());
    assertTrue(r.out().contains("data.p.test_wrong: FAIL"), r.out());
    assertTrue(r.out().contains("PASS: 1/2"), r.out());
    assertTrue(r.out().contains("FAIL: 1/2"), r.out());
  }

  @Test
  void testCommandAllPassing() throws Exception {
    write("ok/p_test.rego", "package p\n\ntest_ok if true\n");
    Cli.Run r = run("test", dir.resolve("ok").toString());
    assertEquals(ExitCodes.OK, r.exitCode(), r.out() + r.err());
    assertTrue(r.out().contains("PASS: 1/1"), r.out());
  }

  @Test
  void testCommandCompileErrorExit1AsOpa() throws Exception {
    write("bad/p_test.rego", "package p\n\ntest_x if y\n");
    Cli.Run r = run("test", dir.resolve("bad").toString());
    assertEquals(TestCommand.LOAD_OR_COMPILE_ERROR, r.exitCode());
    assertTrue(r.err().contains("rego_unsafe_var_error") || r.err().contains("rego_"), r.err());
  }

  @Test
  void conformanceCommandPrintsFailuresAndSummary() throws Exception {
    write("suite/a/cases.yaml", String.join("\n",
        "cases:",
        "  - note: a/ok",
        "    query: data.test.p = x",
        "    modules:",
        "      - |",
        "        package test",
        "        p := 1",
        "    want_result: [{\"x\": 1}]",
        "  - note: a/wrong",
        "    query: data.test.p = x",
        "    modules:",
        "      - |",
        "        package test",
        "        p := 2",
        "    want_result: [{\"x\": 1}]",
        "  - note: a/skipped",
        "    query: x := 1",
        "    want_result: [{\"x\": 2}]",
        ""));
    Path skip = write("skip.txt", "# comment\na/cases.yaml#a/skipped  # reason for the test\n");
    Cli.Run r = run("conformance", dir.resolve("suite").toString(), "--skip-file", skip.toString());
    assertEquals(ExitCodes.VIOLATIONS, r.exitCode(), r.err());
    assertTrue(r.out().contains("FAIL a/cases.yaml :: a/wrong"), r.out());
    String[] lines = r.out().strip().split("\n");
    assertEquals("conformance: 1 passed, 1 failed, 1 skipped", lines[lines.length - 1]);
  }

  @Test
  void conformanceMissingDirectoryIsUsageError() {
    assertEquals(ExitCodes.USAGE_OR_INPUT, run("conformance", dir.resolve("none").toString()).exitCode());
  }

  @Test
  void helpEverywhere() {
    for (String sub : new String[] {"eval", "test", "conformance"}) {
      Cli.Run r = run(sub, "--help");
      assertEquals(ExitCodes.OK, r.exitCode());
      assertTrue(r.out().contains("Usage: rampart rego " + sub), r.out());
    }
  }
}
