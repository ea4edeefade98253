package eu.rampart.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.rampart.cli.support.Cli;
import org.junit.jupiter.api.Test;

class ControlsCommandTest {
  static final String EKS = Cli.SHARED.resolve("fixtures/pulumi/pulumi-events-aws-eks-up.json").toString();
  static final String EKS_CLUSTER = "urn:pulumi:dev::eks::aws:eks/cluster:Cluster::eks-cluster";

  @Test
  void jsonListsEveryControlWithItsRuleAndFrameworks() throws Exception {
    Cli.Run r = Cli.run("controls", "--format", "json");
    assertEquals(0, r.exitCode(), r.err());
    JsonNode controls = new ObjectMapper().readTree(r.out()).path("controls");
    assertEquals(26, controls.size());
    JsonNode enc1 = null;
    for (JsonNode c : controls) if (c.path("id").asText().equals("ENC-1")) enc1 = c;
    assertEquals("data.rampart.enc.enc_1", enc1.path("rule").asText());
    assertTrue(enc1.path("references").toString().contains("ISO/IEC 27001:2022 A.8.24"), enc1.toString());
  }

  @Test
  void withAnInputItMapsEachControlToTheResourcesThatBreakIt() throws Exception {
    Cli.Run r = Cli.run("controls", EKS, "--format", "json");
    assertEquals(0, r.exitCode(), r.err());
    for (JsonNode c : new ObjectMapper().readTree(r.out()).path("controls")) {
      String id = c.path("id").asText();
      JsonNode in = c.path("inputs");
      if (id.equals("VPN-1") || id.equals("LOG-1")) {
        assertTrue(in.path("breaking").toString().contains(EKS_CLUSTER), id + ": " + in);
        assertTrue(!in.path("passes").asBoolean());
      }
      if (id.equals("DATA-2")) assertTrue(in.path("passes").asBoolean(), "no document archive in an EKS stack");
    }
    Cli.Run md = Cli.run("controls", EKS, "--format", "markdown");
    assertTrue(md.out().contains("| VPN-1 |") && md.out().contains(EKS_CLUSTER), md.out());
    Cli.Run text = Cli.run("controls", EKS);
    assertTrue(text.out().contains("rule data.rampart.vpn.vpn_1") && text.out().contains("on the inputs: "), text.out());
  }

  static final String SAMPLE = Cli.SHARED.resolve("fixtures/pulumi/stratify-aws-sample-export.json").toString();
  static final String SAMPLE_BUCKET = "urn:pulumi:dev::sample::aws:s3/bucket:Bucket::docs";

  /** The evidence map: per control the resources that satisfy it, as the pack's evidence rule says. */
  @Test
  void withAnInputItListsTheResourcesThatSatisfyEachControl() throws Exception {
    Cli.Run r = Cli.run("controls", SAMPLE, "--format", "json");
    assertEquals(0, r.exitCode(), r.err());
    boolean res1 = false;
    for (JsonNode c : new ObjectMapper().readTree(r.out()).path("controls")) {
      String id = c.path("id").asText();
      JsonNode in = c.path("inputs");
      assertTrue(in.path("satisfiedBy").isArray(), id + ": " + in);
      for (JsonNode u : in.path("satisfiedBy")) {
        assertTrue(!in.path("breaking").toString().contains(u.asText() + "\""), id + ": " + u + " both satisfies and breaks it");
      }
      if (id.equals("RES-1")) {
        res1 = true;
        assertTrue(in.path("satisfiedBy").toString().contains(SAMPLE_BUCKET), "the eu-central-1 bucket is RES-1 evidence: " + in);
      }
      if (id.equals("LOG-1")) assertEquals(0, in.path("satisfiedBy").size(), "no trail in the sample: nothing satisfies LOG-1");
    }
    assertTrue(res1);
    Cli.Run md = Cli.run("controls", SAMPLE, "--format", "markdown");
    assertTrue(md.out().contains("| Satisfied by |") && md.out().contains("resource(s) satisfy it: ") && md.out().contains("docs"), md.out());
    Cli.Run text = Cli.run("controls", SAMPLE);
    assertTrue(text.out().contains("  evidence: ") && text.out().contains("    " + SAMPLE_BUCKET), text.out());
    assertTrue(!text.out().contains("no evidence rule in the pack for this control"), "every control of the pack has evidence: " + text.out());
  }

  @Test
  void badFormatOrInputIsAUsageError() {
    assertEquals(2, Cli.run("controls", "--format", "pdf").exitCode());
    assertEquals(2, Cli.run("controls", "no-such-file.json").exitCode());
  }
}
