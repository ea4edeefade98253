package eu.rampart.diff;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.rampart.plan.input.Normaliser;
import eu.rampart.plan.input.PolicyInput;
import eu.rampart.plan.read.Fixtures;
import eu.rampart.plan.read.Readers;
import eu.rampart.plan.read.StackSnapshot;
import eu.rampart.plan.secret.SecretCollector;
import eu.rampart.plan.secret.SecretMasker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StackDiffTest {
  /** The stateful types of the policy pack in this checkout (the one list, lib_types.rego). */
  static final StatefulTypes STATEFUL = packStatefulTypes();

  static StatefulTypes packStatefulTypes() {
    try {
      return StatefulTypes.of(eu.rampart.check.RegoPolicyPack.fromDirectory(Path.of("../policies/rampart")));
    } catch (eu.rampart.check.PolicyEvaluationException e) {
      throw new IllegalStateException(e);
    }
  }

  @TempDir Path dir;

  static PolicyInput in(Path p) { return Normaliser.normalise(Readers.read(p)); }

  /** The rds export changed the way a risky pull request would. */
  private Path riskierRds() throws Exception {
    String s = Files.readString(Fixtures.file("pulumi-aws-export-rds-instance.json"))
        .replace("\"publiclyAccessible\": false", "\"publiclyAccessible\": true")
        .replace("\"storageEncrypted\": false", "\"storageEncrypted\": true")
        .replace("\"backupRetentionPeriod\": 0", "\"backupRetentionPeriod\": 7")
        .replace("\"allocatedStorage\": 30", "\"allocatedStorage\": 40")
        .replace("\"mypassword\"", "\"mynewpassword\"");
    Path f = dir.resolve("rds-after.json");
    Files.writeString(f, s);
    return f;
  }

  @Test
  void updateListsOnlySecurityRelevantChanges() throws Exception {
    List<ResourceChange> changes = StackDiff.between(in(Fixtures.file("pulumi-aws-export-rds-instance.json")), in(riskierRds()), STATEFUL);
    ResourceChange db = changes.stream().filter(c -> c.type().equals("aws:rds/instance:Instance")).findFirst().orElseThrow();
    assertEquals(ChangeKind.UPDATE, db.kind());
    List<String> paths = db.securityChanges().stream().map(PropertyChange::path).toList();
    assertTrue(paths.contains("publiclyAccessible"), paths.toString());
    assertTrue(paths.contains("storageEncrypted"), paths.toString());
    assertTrue(paths.contains("backupRetentionPeriod"), paths.toString());
    assertFalse(paths.contains("allocatedStorage"), "size is not a security property: " + paths);
    PropertyChange pub = db.securityChanges().stream().filter(p -> p.path().equals("publiclyAccessible")).findFirst().orElseThrow();
    assertEquals("false", pub.before());
    assertEquals("true", pub.after());
    for (PropertyChange p : db.securityChanges()) {
      assertFalse(String.valueOf(p.before()).contains("password") || String.valueOf(p.after()).contains("mynewpassword"));
    }
    assertEquals(ChangeKind.SAME, changes.get(0).kind(), "the stack resource is unchanged");
  }

  @Test
  void destructiveChangesToStatefulResourcesComeFirst() {
    // Two real exports of the same "test::test" stack: the database goes, a bucket arrives.
    PolicyInput before = in(Fixtures.file("pulumi-aws-export-rds-instance.json"));
    PolicyInput after = in(Fixtures.file("pulumi-aws-export-s3-bucket.json"));
    DiffReport r = new DiffReport("before", "after", StackDiff.between(before, after, STATEFUL), PolicyDelta.notEvaluated("test"));
    assertEquals(1, r.destructive().size());
    assertEquals("aws:rds/instance:Instance", r.destructive().get(0).type());
    assertEquals(ChangeKind.DELETE, r.ordered().get(0).kind());
    assertTrue(r.ordered().get(0).destructiveToData());
    assertEquals(1, r.counts().get(ChangeKind.CREATE));
    assertEquals(1, r.counts().get(ChangeKind.DELETE));
    String md = DiffFormat.MARKDOWN.render(r, SecretCollector.maskerFor(before.snapshot(), after.snapshot()));
    assertTrue(md.indexOf("Destructive changes") < md.indexOf("All changes"));
    assertTrue(md.contains("policy delta: not evaluated (test)"), md);
    assertFalse(md.contains("mypassword"));
  }

  @Test
  void previewReplaceIsAReplaceAndTypeChangeIsAReplace() throws Exception {
    List<ResourceChange> planned = StackDiff.planned(in(Fixtures.file("pulumi-events-engine-replace-preview.json")), STATEFUL);
    assertEquals(ChangeKind.REPLACE, planned.get(0).kind());
    assertEquals("Pulumi plans a replacement", planned.get(0).reason());

    String kms = Files.readString(Fixtures.file("pulumi-aws-export-kms-key.json"));
    Path renamed = dir.resolve("kms2.json");
    Files.writeString(renamed, kms.replace("\"type\": \"aws:kms/key:Key\"", "\"type\": \"aws:kms/replicaKey:ReplicaKey\""));
    // issue 13: a type that contradicts the URN (Pulumi changes the URN with the type) is refused, never judged by the type
    eu.rampart.plan.read.InputException refused = org.junit.jupiter.api.Assertions.assertThrows(
        eu.rampart.plan.read.InputException.class, () -> in(renamed));
    assertTrue(refused.getMessage().contains("contradicts the type in the resource's URN"), refused.getMessage());
  }

  @Test
  void protectAndKeyRotationChangesAreSecurityRelevant() throws Exception {
    String kms = Files.readString(Fixtures.file("pulumi-aws-export-kms-key.json"));
    String changed = kms.replace("\"enableKeyRotation\": false", "\"enableKeyRotation\": true")
        .replace("\"type\": \"aws:kms/key:Key\",", "\"type\": \"aws:kms/key:Key\", \"protect\": true,");
    assertNotEquals(kms, changed);
    Path f = dir.resolve("kms.json");
    Files.writeString(f, changed);
    ResourceChange key = StackDiff.between(in(Fixtures.file("pulumi-aws-export-kms-key.json")), in(f), STATEFUL).stream()
        .filter(x -> x.type().equals("aws:kms/key:Key")).findFirst().orElseThrow();
    List<String> paths = key.securityChanges().stream().map(PropertyChange::path).toList();
    assertTrue(paths.contains("enableKeyRotation"), paths.toString());
    assertTrue(paths.contains("(protect)"), paths.toString());
  }

  @Test
  void previewDeletesAgainstTheExportAreSeenAsDeletes() {
    List<ResourceChange> c = StackDiff.between(in(Fixtures.file("stratify-aws-sample-export.json")),
        in(Fixtures.file("stratify-aws-sample-preview-deletes.json")), STATEFUL);
    long deletes = c.stream().filter(x -> x.kind() == ChangeKind.DELETE).count();
    assertTrue(deletes >= 14, "14 planned deletes (plus the provider the preview does not list): " + deletes);
    ResourceChange bucket = c.stream().filter(x -> x.urn().endsWith("aws:s3/bucket:Bucket::docs")).findFirst().orElseThrow();
    assertEquals(ChangeKind.SAME, bucket.kind());
  }

  @Test
  void aStateCannotBeDiffedAlone() {
    assertThrows(IllegalArgumentException.class, () -> StackDiff.planned(in(Fixtures.file("stratify-aws-sample-export.json")), STATEFUL));
  }

  @Test
  void policyDeltaSortsFindings() {
    PolicyFinding a = new PolicyFinding("ENC-1", "critical", "mandatory", "urn:a", "not encrypted");
    PolicyFinding b = new PolicyFinding("RES-1", "critical", "mandatory", "urn:b", "region unknown");
    PolicyFinding c = new PolicyFinding("DATA-1", "critical", "mandatory", "urn:c", "public");
    PolicyDelta d = PolicyDelta.between(List.of(a, b), List.of(b, c));
    assertEquals(List.of(c), d.added());
    assertEquals(List.of(a), d.fixed());
    assertEquals(List.of(b), d.unchanged());
    assertTrue(d.evaluated());
    DiffReport r = DiffReport.of("x", "y", List.of(), List.of(a, b), List.of(b, c));
    assertEquals("policy delta: 1 new, 1 fixed, 1 unchanged finding(s)", r.policyLine());
    assertFalse(PolicyDelta.notEvaluated("why").evaluated());
  }

  @Test
  void jsonAndHtmlRenderingsAreMaskedAndComplete() throws Exception {
    StackSnapshot before = Readers.read(Fixtures.file("pulumi-aws-export-rds-instance.json"));
    StackSnapshot after = Readers.read(riskierRds());
    SecretMasker masker = SecretCollector.maskerFor(before, after);
    DiffReport r = new DiffReport("b", "a", StackDiff.between(Normaliser.normalise(before), Normaliser.normalise(after), STATEFUL),
        PolicyDelta.notEvaluated("no environment"));
    String json = DiffFormat.JSON.render(r, masker);
    JsonNode root = new ObjectMapper().readTree(json);
    assertEquals("rampart-diff/v1", root.get("format").asText());
    assertEquals(1, root.get("summary").get("update").asInt());
    assertFalse(root.get("policy_delta").get("evaluated").asBoolean());
    String html = DiffFormat.HTML.render(r, masker);
    assertTrue(html.startsWith("<!DOCTYPE html>"));
    assertFalse(html.contains("<script"), "no JS");
    assertFalse(html.matches("(?s).*(src|href)=\"https?:.*"), "no external assets");
    for (String out : List.of(json, html)) {
      assertFalse(out.contains("mypassword"));
      assertFalse(out.contains("mynewpassword"));
    }
  }

  @Test
  void securityPathClassification() {
    assertTrue(SecurityProperties.isRelevant("aws:s3/bucket:Bucket", "serverSideEncryptionConfiguration.rule.applyServerSideEncryptionByDefault.sseAlgorithm"));
    assertTrue(SecurityProperties.isRelevant("azure-native:storage:StorageAccount", "allowBlobPublicAccess"));
    assertTrue(SecurityProperties.isRelevant("azure-native:storage:StorageAccount", "minimumTlsVersion"));
    assertTrue(SecurityProperties.isRelevant("azure-native:keyvault:Vault", "properties.publicNetworkAccess"));
    assertTrue(SecurityProperties.isRelevant("aws:ec2/securityGroup:SecurityGroup", "description"), "all of a security group matters");
    assertTrue(SecurityProperties.isRelevant("aws:ec2/instance:Instance", "vpcSecurityGroupIds[0]"));
    assertTrue(SecurityProperties.isRelevant("aws:s3/bucket:Bucket", "versioning.enabled"));
    assertTrue(SecurityProperties.isRelevant("aws:s3/bucket:Bucket", "acl"));
    assertFalse(SecurityProperties.isRelevant("aws:rds/instance:Instance", "engineVersion"));
    assertFalse(SecurityProperties.isRelevant("x:y:Oracle", "oracleSettings"), "'acl' inside a word does not match");
    assertFalse(SecurityProperties.isRelevant("aws:s3/bucket:Bucket", "tags.owner"));
    assertTrue(STATEFUL.isStateful("aws:s3/bucketV2:BucketV2"));
    assertTrue(STATEFUL.isStateful("azure-native:storage/v20230101:StorageAccount"));
    assertFalse(STATEFUL.isStateful("aws:s3/bucketPolicy:BucketPolicy"));
    assertFalse(STATEFUL.isStateful("aws:iam/role:Role"));
    // audit evidence is stateful too (the decision in docs/policies.md, DATA-4)
    assertTrue(STATEFUL.isStateful("aws:cloudtrail/trail:Trail"));
    assertTrue(STATEFUL.isStateful("aws:cloudwatch/logGroup:LogGroup"));
    assertTrue(STATEFUL.isStateful("azure-native:storage:BlobContainer"));
    assertFalse(STATEFUL.isStateful("azure-native:storage/v20230101:BlobServiceProperties"));
    assertFalse(STATEFUL.isStateful("aws-native:storage/v20230101:StorageAccount"), "only azure-native types carry an API version");
  }

  @Test
  void longValuesAreMaskedBeforeTheyAreAbbreviated() {
    String secret = "sk-live-0123456789abcdef";
    String longValue = "x".repeat(150) + secret + "y".repeat(50);
    ResourceChange c = new ResourceChange("urn:pulumi:s::p::aws:s3/bucket:Bucket::b", "aws:s3/bucket:Bucket", "b", ChangeKind.UPDATE,
        true, "", List.of(new PropertyChange("policy", "\"\"", "\"" + longValue + "\"")), 0);
    DiffReport r = new DiffReport("a", "b", List.of(c), PolicyDelta.notEvaluated("test"));
    SecretMasker masker = new SecretMasker(List.of(secret));
    for (DiffFormat f : DiffFormat.values()) {
      String out = f.render(r, masker);
      assertFalse(out.contains("sk-liv"), f + " shows part of a secret: " + out);
    }
  }

  @Test
  void replaceReasonsFromAPreviewAreShown() throws Exception {
    String preview = """
        {"config": {"aws:region": "eu-central-1"}, "steps": [
          {"op": "replace", "urn": "urn:pulumi:prod::lz::aws:s3/bucketV2:BucketV2::documents",
           "oldState": {"urn": "urn:pulumi:prod::lz::aws:s3/bucketV2:BucketV2::documents", "type": "aws:s3/bucketV2:BucketV2", "custom": true,
                        "inputs": {"bucket": "documents-old"}, "outputs": {"bucket": "documents-old", "region": "eu-central-1"}},
           "newState": {"urn": "urn:pulumi:prod::lz::aws:s3/bucketV2:BucketV2::documents", "type": "aws:s3/bucketV2:BucketV2", "custom": true,
                        "inputs": {"bucket": "documents-new"}},
           "replaceReasons": ["bucket"], "diffReasons": ["bucket"]}]}
        """;
    Path f = dir.resolve("replace.json");
    Files.writeString(f, preview);
    ResourceChange c = StackDiff.planned(in(f), STATEFUL).get(0);
    assertEquals(ChangeKind.REPLACE, c.kind());
    assertTrue(c.destructiveToData());
    assertEquals("Pulumi plans a replacement because of bucket", c.reason());
    assertEquals(List.of(), c.securityChanges(), "the bucket name is not a security property");
  }
}
