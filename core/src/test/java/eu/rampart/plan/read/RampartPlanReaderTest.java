package eu.rampart.plan.read;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RampartPlanReaderTest {
  @TempDir Path dir;

  static final String PLAN = """
      {
        "format": "rampart-plan/v1",
        "generator": "rampart",
        "stack": { "project": "aws-landing-zone", "name": "prod", "environment": "prod",
                   "config": { "aws:region": "eu-central-1", "rampart:settings": "{\\"x\\":1}" } },
        "resources": [
          { "urn": "urn:pulumi:prod::aws-landing-zone::pulumi:pulumi:Stack::aws-landing-zone-prod",
            "type": "pulumi:pulumi:Stack", "name": "aws-landing-zone-prod", "custom": false, "id": null,
            "parent": null, "provider": null, "dependencies": [], "propertyDependencies": {},
            "region": null, "regionSource": "unknown", "inputs": {}, "outputs": {}, "protect": false, "retainOnDelete": false },
          { "urn": "urn:pulumi:prod::aws-landing-zone::pulumi:providers:aws::eu-central-1",
            "type": "pulumi:providers:aws", "name": "eu-central-1", "custom": true, "id": "prov-1",
            "parent": null, "provider": null, "dependencies": [], "propertyDependencies": {},
            "region": "eu-central-1", "regionSource": "input", "inputs": {"region": "eu-central-1"}, "outputs": {}, "protect": false, "retainOnDelete": false },
          { "urn": "urn:pulumi:prod::aws-landing-zone::rampart:aws:EncryptedBucket$aws:s3/bucketV2:BucketV2::documents",
            "type": "aws:s3/bucketV2:BucketV2", "name": "documents", "custom": true, "id": "documents-1a2b3c",
            "parent": null, "provider": "urn:pulumi:prod::aws-landing-zone::pulumi:providers:aws::eu-central-1::prov-1",
            "dependencies": ["urn:pulumi:prod::aws-landing-zone::pulumi:providers:aws::eu-central-1"],
            "propertyDependencies": { "bucket": [] },
            "region": "eu-central-1", "regionSource": "provider",
            "inputs": { "bucket": "documents", "tags": {"owner": "ops"}, "apiKey": "[secret]", "arnPrefix": "[unknown]" },
            "outputs": { "arn": "arn:aws:s3:::documents" },
            "protect": true, "retainOnDelete": false }
        ]
      }
      """;

  @Test
  void readsThePlanContract() throws Exception {
    Path f = dir.resolve("plan.json");
    Files.writeString(f, PLAN);
    StackSnapshot s = Readers.read(f);
    assertEquals(InputFormat.RAMPART_PLAN, s.format());
    assertEquals("aws-landing-zone", s.project());
    assertEquals("prod", s.stack());
    assertEquals("prod", s.environment());
    assertEquals("eu-central-1", s.config().get("aws:region"));
    assertEquals(3, s.resources().size());
    ResourceState b = s.resources().get(2);
    assertTrue(b.protect());
    assertEquals("eu-central-1", b.declaredRegion());
    assertEquals("provider", b.declaredRegionSource());
    assertEquals("urn:pulumi:prod::aws-landing-zone::pulumi:providers:aws::eu-central-1", Urns.providerUrn(b.provider()));
    assertEquals("prov-1", Urns.providerId(b.provider()));
    assertEquals(1, b.dependencies().size());
  }

  @Test
  void badRegionSourceIsAnInputError() throws Exception {
    Path f = dir.resolve("plan.json");
    Files.writeString(f, PLAN.replace("\"regionSource\": \"provider\"", "\"regionSource\": \"guess\""));
    InputException e = assertThrows(InputException.class, () -> Readers.read(f));
    assertTrue(e.getMessage().contains("$.resources[2].regionSource"), e.getMessage());
  }

  @Test
  void urnsSplitAtTheRightSeparators() {
    String urn = "urn:pulumi:dev::sample::aws:s3/bucket:Bucket$aws:s3:BucketEventSubscription$aws:iam/role:Role::docsHandler";
    assertEquals("dev", Urns.stack(urn));
    assertEquals("sample", Urns.project(urn));
    assertEquals("aws:iam/role:Role", Urns.type(urn));
    assertEquals("docsHandler", Urns.name(urn));
    String ref = "urn:pulumi:dev::sample::pulumi:providers:aws::default_6_63_0::04da6b54-80e4-46f7-96ec-b56ff0331ba9";
    assertEquals("urn:pulumi:dev::sample::pulumi:providers:aws::default_6_63_0", Urns.providerUrn(ref));
    assertEquals("name::with::colons", Urns.name("urn:pulumi:s::p::t:m:T::name::with::colons"));
  }
}
