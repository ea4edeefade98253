package eu.rampart.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.rampart.cli.support.Cli;
import eu.rampart.cli.support.Plans;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
  @TempDir Path dir;

  String policies() { return Cli.testPolicies("region-only").toString(); }

  /** Exit 2, and the reason is one line on stderr that names the file. */
  void assertInputError(Cli.Run r, Path file) {
    assertEquals(2, r.exitCode(), "stdout:\n" + r.out() + "\nstderr:\n" + r.err());
    List<String> lines = r.err().lines().filter(l -> l.contains(file.toString())).toList();
    assertEquals(1, lines.size(), r.err());
    assertTrue(lines.get(0).startsWith("rampart: input error: " + file + ": "), lines.get(0));
    assertFalse(r.err().contains("Exception"), "no stack trace: " + r.err());
  }

  @Test
  void compliantPlanPasses() throws Exception {
    Path plan = Plans.write(dir, "plan.json", Plans.bucketPlan("eu-central-1", "documents"));
    Cli.Run r = Cli.run("check", plan.toString(), "--policies", policies());
    assertEquals(0, r.exitCode(), r.out() + r.err());
    assertTrue(r.out().contains("PASSED: 0 mandatory, 0 advisory"), r.out());
  }

  @Test
  void violatingPlanFailsWithTheFinding() throws Exception {
    Path plan = Plans.write(dir, "plan.json", Plans.bucketPlan("us-east-1", "documents"));
    Cli.Run r = Cli.run("check", plan.toString(), "--policies", policies());
    assertEquals(1, r.exitCode(), r.out() + r.err());
    assertTrue(r.out().contains("CRITICAL (1)"), r.out());
    assertTrue(r.out().contains("documents is in us-east-1, outside the allowed regions"), r.out());
    assertTrue(r.out().contains("urn:pulumi:prod::aws-landing-zone::aws:s3/bucketV2:BucketV2::documents"), r.out());
    assertEquals(0, Cli.run("check", plan.toString(), "--policies", policies(), "--fail-on", "never").exitCode());
  }

  @Test
  void advisoryFindingsFailOnlyAtFailOnAdvisory() throws Exception {
    Path plan = Plans.write(dir, "plan.json", Plans.bucketPlan("eu-west-1", "nolog"));
    assertEquals(0, Cli.run("check", plan.toString(), "--policies", policies()).exitCode());
    assertEquals(1, Cli.run("check", plan.toString(), "--policies", policies(), "--fail-on", "advisory").exitCode());
  }

  @Test
  void environmentEnforcementOverridesApply() throws Exception {
    // the pack says LOG-3 is advisory; environments/prod.yaml makes it mandatory, dev does not
    Path plan = Plans.write(dir, "plan.json", Plans.bucketPlan("eu-west-1", "noguard"));
    Cli.Run prod = Cli.run("check", plan.toString(), "--policies", policies(), "--env", "prod", "--output", "json");
    assertEquals(1, prod.exitCode(), prod.out() + prod.err());
    assertEquals("mandatory", new ObjectMapper().readTree(prod.out()).at("/inputs/0/findings/0/enforcement").asText());
    assertEquals(0, Cli.run("check", plan.toString(), "--policies", policies(), "--env", "dev").exitCode());
  }

  @Test
  void environmentGivesAllowedRegionsAndWaivers() throws Exception {
    Path plan = Plans.write(dir, "plan.json", Plans.bucketPlan("eu-north-1", "documents"));
    assertEquals(1, Cli.run("check", plan.toString(), "--policies", policies(), "--env", "prod").exitCode());
    String prod = Files.readString(Cli.ROOT.resolve("environments/prod.yaml"));
    String waived = prod.replace("waivers: []", """
        waivers:
                - rule: RES-1
                  urn: "urn:pulumi:prod::aws-landing-zone::*::documents"
                  reason: Stockholm pilot, approved in SEC-42
                  owner: security-office
                  expires: "2999-12-31"
        """.strip());
    assertTrue(!waived.equals(prod), "the prod environment file has a 'waivers: []' line to replace");
    Path env = Plans.write(dir, "waived.yaml", waived);
    Cli.Run r = Cli.run("check", plan.toString(), "--policies", policies(), "--env", env.toString(), "--output", "json");
    assertEquals(0, r.exitCode(), r.out() + r.err());
    JsonNode j = new ObjectMapper().readTree(r.out());
    assertEquals("Stockholm pilot, approved in SEC-42", j.at("/inputs/0/waived/0/waiver/reason").asText());
    assertEquals(0, j.at("/inputs/0/findings").size());

    Path broken = Plans.write(dir, "broken-waiver.yaml", waived.replaceFirst(" *owner: security-office\n", ""));
    Cli.Run b = Cli.run("check", plan.toString(), "--policies", policies(), "--env", broken.toString());
    assertEquals(2, b.exitCode(), b.err());
    assertTrue(b.err().contains(broken + ": waivers[0]: missing required field(s) owner"), b.err());
  }

  @Test
  void malformedJsonIsAnInputError() throws Exception {
    Path f = Plans.write(dir, "malformed.json", "{\"format\": \"rampart-plan/v1\", \"stack\": {,}}");
    assertInputError(Cli.run("check", f.toString(), "--policies", policies()), f);
  }

  @Test
  void truncatedFileIsAnInputError() throws Exception {
    String plan = Plans.bucketPlan("eu-central-1", "documents");
    Path f = Plans.write(dir, "truncated.json", plan.substring(0, plan.length() / 2));
    assertInputError(Cli.run("check", f.toString(), "--policies", policies()), f);
  }

  @Test
  void unknownDocumentFormatIsAnInputError() throws Exception {
    Path f = Plans.write(dir, "unknown.json", "{\"hello\": \"world\"}");
    assertInputError(Cli.run("check", f.toString(), "--policies", policies()), f);
  }

  @Test
  void unknownInputFormatOptionIsAUsageError() throws Exception {
    Path f = Plans.write(dir, "plan.json", Plans.bucketPlan("eu-central-1", "documents"));
    Cli.Run r = Cli.run("check", f.toString(), "--policies", policies(), "--input-format", "terraform");
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("unknown input format 'terraform'"), r.err());
  }

  @Test
  void unknownStateFeatureIsAnInputError() throws Exception {
    String v4 = Files.readString(Cli.SHARED.resolve("fixtures/pulumi/pulumi-checkpoint-v4-aws-countdown.json"));
    assertTrue(v4.contains("\"refreshBeforeUpdate\""));
    Path f = Plans.write(dir, "feature.json", v4.replace("\"refreshBeforeUpdate\"", "\"timeTravel\""));
    Cli.Run r = Cli.run("check", f.toString(), "--policies", policies());
    assertInputError(r, f);
    assertTrue(r.err().contains("timeTravel"), r.err());
  }

  @Test
  void emptyFileIsAnInputError() throws Exception {
    Path f = Plans.write(dir, "empty.json", "");
    assertInputError(Cli.run("check", f.toString(), "--policies", policies()), f);
  }

  @Test
  void directoryIsAnInputError() throws Exception {
    Path d = Files.createDirectory(dir.resolve("a-directory"));
    assertInputError(Cli.run("check", d.toString(), "--policies", policies()), d);
  }

  @Test
  void missingFileIsAnInputError() {
    Path f = dir.resolve("nope.json");
    assertInputError(Cli.run("check", f.toString(), "--policies", policies()), f);
  }

  @Test
  void oneBadInputAmongGoodOnesStillExits2() throws Exception {
    Path good = Plans.write(dir, "good.json", Plans.bucketPlan("us-east-1", "documents"));
    Path bad = Plans.write(dir, "bad.json", "");
    assertEquals(2, Cli.run("check", good.toString(), bad.toString(), "--policies", policies()).exitCode());
  }

  @Test
  void unknownOutputFormatAndFailOnAreUsageErrors() throws Exception {
    Path f = Plans.write(dir, "plan.json", Plans.bucketPlan("eu-central-1", "documents"));
    Cli.Run r = Cli.run("check", f.toString(), "--output", "yaml");
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("unknown output format 'yaml'"), r.err());
    assertEquals(2, Cli.run("check", f.toString(), "--fail-on", "sometimes").exitCode());
    assertEquals(2, Cli.run("check", f.toString(), "--env", "nowhere").exitCode());
  }

  @Test
  void policyCompileErrorIsAnEvaluationError() throws Exception {
    Path f = Plans.write(dir, "plan.json", Plans.bucketPlan("eu-central-1", "documents"));
    Cli.Run r = Cli.run("check", f.toString(), "--policies", Cli.testPolicies("broken").toString());
    assertEquals(3, r.exitCode(), r.err());
    assertTrue(r.err().contains("does not compile"), r.err());
    // issue 13: a missing --policies directory is a usage error (2), found before anything is evaluated
    assertEquals(2, Cli.run("check", f.toString(), "--policies", dir.resolve("no-such-pack").toString()).exitCode());
  }

  @Test
  void outWritesTheReportToAFile() throws Exception {
    Path plan = Plans.write(dir, "plan.json", Plans.bucketPlan("us-east-1", "documents"));
    Path out = dir.resolve("report.sarif");
    Cli.Run r = Cli.run("check", plan.toString(), "--policies", policies(), "--output", "sarif", "--out", out.toString());
    assertEquals(1, r.exitCode());
    assertEquals("", r.out());
    JsonNode s = new ObjectMapper().readTree(out.toFile());
    assertEquals("RES-1", s.at("/runs/0/results/0/ruleId").asText());
    assertTrue(r.err().contains("FAILED: 1 mandatory"), r.err());
    try (var files = Files.list(dir)) {
      assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file left behind");
    }
  }
}
