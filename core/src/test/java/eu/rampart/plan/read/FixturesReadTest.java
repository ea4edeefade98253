package eu.rampart.plan.read;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class FixturesReadTest {
  static Stream<Path> fixtures() {
    return Fixtures.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void everyFixtureReadsWithTheFormatItsNameSays(Path file) {
    StackSnapshot s = Readers.read(file);
    String name = file.getFileName().toString();
    InputFormat expected = name.contains("-preview-") && name.startsWith("stratify") ? InputFormat.PREVIEW
        : name.contains("-events-") ? InputFormat.EVENTS
        : name.contains("-checkpoint-") ? InputFormat.CHECKPOINT
        : InputFormat.EXPORT;
    assertEquals(expected, s.format(), name);
    assertFalse(s.resources().isEmpty(), name + " has resources");
    assertNotNull(s.project(), name);
    assertNotNull(s.stack(), name);
    Set<String> urns = new HashSet<>();
    for (ResourceState r : s.resources()) {
      assertTrue(r.urn().startsWith("urn:pulumi:"), r.urn());
      assertNotNull(r.type());
      assertTrue(urns.add(r.urn()), "one resource per URN: " + r.urn());
      if (s.hasChanges()) assertNotNull(r.op(), "op of " + r.urn());
      else assertNull(r.op());
    }
    // Forcing the detected format gives the same result.
    assertEquals(s.resources().size(), Readers.read(file, Optional.of(expected)).resources().size());
  }

  @Test
  void resourceCountsMatchProvenance() {
    assertEquals(17, Readers.read(Fixtures.file("stratify-aws-sample-export.json")).resources().size());
    assertEquals(16, Readers.read(Fixtures.file("stratify-aws-sample-preview-creates.json")).resources().size());
    assertEquals(30, Readers.read(Fixtures.file("pulumi-checkpoint-v0-aws-countdown.json")).resources().size());
    assertEquals(30, Readers.read(Fixtures.file("pulumi-checkpoint-v4-aws-countdown.json")).resources().size());
    assertEquals(38, Readers.read(Fixtures.file("awsx-export-vpc-endpoint.json")).resources().size());
    assertEquals(58, Readers.read(Fixtures.file("pulumi-events-aws-eks-template-body.json")).resources().size());
    assertEquals(6, Readers.read(Fixtures.file("pulumi-events-aws-eks-up.json")).resources().size());
  }

  @Test
  void previewOpsAndStates() {
    StackSnapshot deletes = Readers.read(Fixtures.file("stratify-aws-sample-preview-deletes.json"));
    assertEquals(14, deletes.resources().stream().filter(r -> "delete".equals(r.op())).count());
    assertEquals(2, deletes.resources().stream().filter(r -> "same".equals(r.op())).count());
    ResourceState bucket = deletes.resource("urn:pulumi:dev::sample::aws:s3/bucket:Bucket::docs").orElseThrow();
    assertEquals("same", bucket.op());
    assertTrue(bucket.outputsKnown(), "an unchanged resource keeps its old outputs");
    assertNotNull(bucket.old());
    assertEquals("{\"pulumi:tags\":\"{\\\"pulumi:template\\\":\\\"aws-typescript\\\"}\"}",
        new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(deletes.config()).toString());
  }

  @Test
  void eventStreamsCombineReplacementSteps() {
    StackSnapshot s = Readers.read(Fixtures.file("pulumi-events-engine-replace-preview.json"));
    assertEquals(1, s.resources().size());
    assertEquals("replace", s.resources().get(0).op());
    StackSnapshot eks = Readers.read(Fixtures.file("pulumi-events-aws-eks-up.json"));
    assertEquals("us-west-2", eks.config().get("aws:region"));
    assertEquals(1, eks.resources().stream().filter(r -> "create".equals(r.op())).count());
    StackSnapshot failed = Readers.read(Fixtures.file("pulumi-events-dynamic-secrets-failed.json"));
    assertEquals("update", failed.resource("urn:pulumi:dev::test::pulumi-python:dynamic:Resource::test-x").orElseThrow().op());
    assertEquals("replace", failed.resource("urn:pulumi:dev::test::pulumi-python:dynamic:Resource::test-r").orElseThrow().op());
  }

  @Test
  void checkpointsOfAllVersionsHoldTheSameResources() {
    StackSnapshot v0 = Readers.read(Fixtures.file("pulumi-checkpoint-v0-aws-countdown.json"));
    for (String v : new String[] {"v1", "v3", "v4"}) {
      StackSnapshot s = Readers.read(Fixtures.file("pulumi-checkpoint-" + v + "-aws-countdown.json"));
      assertEquals(v0.resources().stream().map(ResourceState::urn).toList(), s.resources().stream().map(ResourceState::urn).toList(), v);
      assertEquals("foo", s.stack(), v);
    }
    assertEquals("b64", Readers.read(Fixtures.file("pulumi-checkpoint-v3-aws-countdown.json")).secretsProvider());
  }
}
