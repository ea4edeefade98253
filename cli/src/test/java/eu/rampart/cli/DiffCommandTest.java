package eu.rampart.cli;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import eu.rampart.cli.support.Cli;

class DiffCommandTest {
  @TempDir Path dir;

  static Path fixture(String name) {
    String shared = System.getProperty("rampart.shared.dir");
    assertNotNull(shared, "rampart.shared.dir is set by cli's surefire config");
    return Path.of(shared, "fixtures", "pulumi", name);
  }

  static Cli.Run run(String... args) { return Cli.command("diff", args); }

  @Test
  void twoExportsAsMarkdown() {
    Cli.Run r = run(fixture("pulumi-aws-export-rds-instance.json").toString(), fixture("pulumi-aws-export-s3-bucket.json").toString());
    assertEquals(ExitCodes.OK, r.exitCode(), r.err());
    assertTrue(r.out().contains("**Summary:** 1 create, 0 update, 0 replace, 1 delete, 2 same; 1 destructive change(s)"), r.out());
    int destructive = r.out().indexOf("## Destructive changes");
    assertTrue(destructive >= 0 && r.out().indexOf("aws:rds/instance:Instance") > destructive);
    assertTrue(r.out().contains("policy delta: not evaluated ("), "never claims zero findings: " + r.out());
    assertFalse(r.out().contains("mypassword"));
  }

  @Test
  void previewAsJson() throws Exception {
    Cli.Run r = run("--output", "json", fixture("pulumi-events-engine-replace-preview.json").toString());
    assertEquals(ExitCodes.OK, r.exitCode(), r.err());
    JsonNode j = new ObjectMapper().readTree(r.out());
    assertEquals(1, j.get("summary").get("replace").asInt());
    assertTrue(j.get("after").isNull());
    assertFalse(j.get("policy_delta").get("evaluated").asBoolean());
    assertFalse(j.get("policy_delta").get("reason").asText().isEmpty());
  }

  @Test
  void htmlWrittenAtomicallyToAFile() throws Exception {
    Path out = dir.resolve("diff.html");
    Files.writeString(out, "old content");
    Cli.Run r = run("--output", "html", "--out", out.toString(),
        fixture("azure-native-export-networked-vm.json").toString(), fixture("azure-native-export-keyvault.json").toString());
    assertEquals(ExitCodes.OK, r.exitCode(), r.err());
    assertEquals("", r.out());
    String html = Files.readString(out);
    assertTrue(html.startsWith("<!DOCTYPE html>"));
    assertFalse(html.contains("someFancyp@wd2!"), "VM admin password never printed");
    assertFalse(html.contains("myvalue"), "key vault secret never printed");
    try (var s = Files.list(dir)) {
      assertEquals(1, s.count(), "no temporary file left behind");
    }
  }

  @Test
  void inputErrorsExitTwoWithOneLine() throws Exception {
    Path empty = dir.resolve("empty.json");
    Files.writeString(empty, "");
    Cli.Run r = run(empty.toString(), fixture("pulumi-aws-export-s3-bucket.json").toString());
    assertEquals(ExitCodes.USAGE_OR_INPUT, r.exitCode());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertTrue(r.err().contains(empty + ": is empty"), r.err());

    Cli.Run state = run(fixture("pulumi-aws-export-s3-bucket.json").toString());
    assertEquals(ExitCodes.USAGE_OR_INPUT, state.exitCode());
    assertTrue(state.err().contains("records a state, not changes"), state.err());

    Cli.Run dirRun = run(dir.toString(), dir.toString());
    assertEquals(ExitCodes.USAGE_OR_INPUT, dirRun.exitCode());
    assertTrue(dirRun.err().contains("is a directory"), dirRun.err());

    Cli.Run badFormat = run("--output", "pdf", fixture("pulumi-events-engine-replace-preview.json").toString());
    assertEquals(ExitCodes.USAGE_OR_INPUT, badFormat.exitCode());
    assertTrue(badFormat.err().contains("expected markdown, json or html"), badFormat.err());
  }

  @Test
  void unknownEnvironmentIsAnInputError() {
    Cli.Run r = run("--env", dir.resolve("nope.yaml").toString(), fixture("pulumi-aws-export-rds-instance.json").toString(),
        fixture("pulumi-aws-export-s3-bucket.json").toString());
    assertEquals(ExitCodes.USAGE_OR_INPUT, r.exitCode(), r.out() + r.err());
    assertTrue(r.err().contains("nope.yaml"), r.err());
  }

  @Test
  void policyDeltaOfAPreviewWithTheProdEnvironment() {
    String root = System.getProperty("rampart.root.dir");
    assertNotNull(root, "rampart.root.dir is set by cli's surefire config");
    Cli.Run r = run("--env", Path.of(root, "environments", "prod.yaml").toString(),
        fixture("stratify-aws-sample-preview-deletes.json").toString());
    assertEquals(ExitCodes.OK, r.exitCode(), r.err());
    assertFalse(r.out().contains("not evaluated"), r.out());
    // Deleting the lambda function and its wiring fixes their unknown-residency findings;
    // the bucket that stays keeps its findings.
    assertTrue(r.out().matches("(?s).*policy delta: 0 new, [1-9]\\d* fixed, [1-9]\\d* unchanged finding\\(s\\).*"), r.out());
    assertTrue(r.out().contains("### Fixed findings"), r.out());
  }

  @Test
  void aPolicyPackThatDoesNotCompileIsAnEvaluationError() throws Exception {
    Path policies = Files.createDirectories(dir.resolve("broken-pack"));
    Files.writeString(policies.resolve("broken.rego"), "package rampart\n\nfindings contains x if {\n");
    String root = System.getProperty("rampart.root.dir");
    Cli.Run r = run("--env", Path.of(root, "environments", "prod.yaml").toString(), "--policies", policies.toString(),
        fixture("pulumi-aws-export-rds-instance.json").toString(), fixture("pulumi-aws-export-s3-bucket.json").toString());
    assertEquals(ExitCodes.EVALUATION_ERROR, r.exitCode(), r.out() + r.err());
    assertEquals("", r.out(), "no diff is printed when the requested policy delta cannot be computed");
    assertTrue(r.err().startsWith("rampart diff: "), r.err());
  }
}
