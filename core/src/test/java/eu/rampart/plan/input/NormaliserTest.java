package eu.rampart.plan.input;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import eu.rampart.plan.read.Fixtures;
import eu.rampart.plan.read.Readers;
import eu.rampart.rego.value.ObjectValue;
import eu.rampart.rego.value.Value;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NormaliserTest {
  @TempDir Path dir;

  static PolicyInput input(String fixture) {
    return Normaliser.normalise(Readers.read(Fixtures.file(fixture)));
  }

  static JsonNode resource(PolicyInput in, String urnSuffix) {
    for (JsonNode r : in.json().get("resources")) if (r.get("urn").asText().endsWith(urnSuffix)) return r;
    throw new AssertionError("no resource ending in " + urnSuffix);
  }

  @Test
  void exportSecretsAndInternalsAreGone() {
    PolicyInput in = input("pulumi-aws-export-rds-instance.json");
    JsonNode db = resource(in, "aws:rds/instance:Instance::tested-resource");
    JsonNode p = db.get("properties");
    assertEquals("[secret]", p.get("password").asText());
    assertFalse(p.has("__defaults"));
    assertFalse(p.has("__meta"));
    assertFalse(p.get("storageEncrypted").asBoolean());
    assertEquals(5432, p.get("port").asInt());
    assertTrue(in.secretPaths(db.get("urn").asText()).contains("password"));
    assertEquals("aws", db.get("cloud").asText());
    assertEquals("provider", db.get("provider").get("name").asText());
    assertEquals("pulumi:providers:aws", db.get("provider").get("type").asText());
    assertEquals("unknown", db.get("region_source").asText(), "an export has no config and the provider sets no region");
    assertTrue(db.get("region").isNull());
    assertFalse(db.has("op"), "a state has no op");
  }

  @Test
  void additionalSecretOutputsMaskTheInputs() {
    PolicyInput in = input("pulumi-aws-export-secretsmanager-secretversion.json");
    JsonNode v = resource(in, "SecretVersion::mySecretVersion").get("properties");
    assertEquals("[secret]", v.get("secretString").asText());
    assertEquals("[secret]", v.get("secretBinary").asText());
  }

  @Test
  void regionFromOwnInputProviderStackConfigAndResourceGroup() throws Exception {
    JsonNode vault = resource(input("azure-native-export-keyvault.json"), "keyvault:Vault::vault");
    assertEquals("westus2", vault.get("region").asText());
    assertEquals("input", vault.get("region_source").asText());
    assertEquals("azure", vault.get("cloud").asText());

    JsonNode acl = resource(input("aws-native-export-wafv2-webacl.json"), "wafv2:WebAcl::acl");
    assertEquals("us-east-2", acl.get("region").asText());
    assertEquals("provider", acl.get("region_source").asText());
    assertEquals("us-east-2", acl.get("provider").get("region").asText());

    JsonNode cluster = resource(input("pulumi-events-aws-eks-up.json"), "aws:eks/cluster:Cluster::eks-cluster");
    assertEquals("us-west-2", cluster.get("region").asText());
    assertEquals("stack-config", cluster.get("region_source").asText());

    // A resource without location of its own takes its resource group's.
    String export = """
        {"version":3,"deployment":{"resources":[
         {"urn":"urn:pulumi:s::p::azure-native:resources:ResourceGroup::rg","custom":true,"type":"azure-native:resources:ResourceGroup",
          "inputs":{"location":"westeurope","resourceGroupName":"rg-data"},"outputs":{"name":"rg-data","location":"westeurope"}},
         {"urn":"urn:pulumi:s::p::azure-native:storage:BlobContainer::c","custom":true,"type":"azure-native:storage:BlobContainer",
          "inputs":{"resourceGroupName":"rg-data","accountName":"acct"},"outputs":{}}]}}
        """;
    Path f = dir.resolve("rg.json");
    Files.writeString(f, export);
    JsonNode c = resource(Normaliser.normalise(Readers.read(f)), "BlobContainer::c");
    assertEquals("westeurope", c.get("region").asText());
    assertEquals("resource-group", c.get("region_source").asText());
  }

  @Test
  void previewUnknownsAreListed() {
    PolicyInput in = input("stratify-aws-sample-preview-creates.json");
    JsonNode attachment = null;
    for (JsonNode r : in.json().get("resources")) {
      if (r.get("type").asText().equals("aws:iam/rolePolicyAttachment:RolePolicyAttachment")) { attachment = r; break; }
    }
    assertNotNull(attachment);
    assertEquals("[unknown]", attachment.get("properties").get("role").asText());
    assertTrue(iterableContains(attachment.get("unknowns"), "role"));
    assertEquals("create", attachment.get("op").asText());
    assertEquals("preview", in.json().get("stack").get("source").asText());
  }

  @Test
  void referencesAndAssetsBecomeText() {
    JsonNode role = resource(input("pulumi-events-aws-eks-template-body.json"), "eks:index:ServiceRole::cluster-eksRole");
    assertEquals("urn:pulumi:dev::aws-ts-eks::eks:index:Cluster$eks:index:ServiceRole$aws:iam/role:Role::cluster-eksRole-role",
        role.get("properties").get("role").asText());
    JsonNode fn = null;
    for (JsonNode r : input("pulumi-checkpoint-v3-aws-countdown.json").json().get("resources")) {
      if (r.get("type").asText().equals("aws:lambda/function:Function")) { fn = r; break; }
    }
    assertNotNull(fn);
    // The archive input is described; the function's outputs carry the archive's local path instead.
    eu.rampart.plan.read.ResourceState raw = Readers.read(Fixtures.file("pulumi-checkpoint-v3-aws-countdown.json"))
        .resource(fn.get("urn").asText()).orElseThrow();
    JsonNode code = PropertyDecoder.decode(raw.type(), raw.inputs()).values().get("code");
    assertEquals("archive (2 entries)", code.asText());
  }

  @Test
  void eventSecretsBecomeSecretStrings() {
    JsonNode x = resource(input("pulumi-events-dynamic-secrets-failed.json"), "dynamic:Resource::test-x");
    assertFalse(x.get("properties").has("__provider"), "engine-internal key dropped");
    assertEquals("quux13", x.get("properties").get("quux").asText());
    assertEquals("quux12", x.get("old").get("quux").asText());
    assertEquals("update", x.get("op").asText());
  }

  @Test
  void engineValuesAreBuiltOnceAndMatchTheJson() {
    PolicyInput in = input("stratify-aws-sample-export.json");
    Value v = in.value();
    assertSame(v, in.value(), "converted once per input");
    ObjectValue o = (ObjectValue) v;
    assertEquals(in.json().get("resources").size(), ((eu.rampart.rego.value.ArrayValue) o.get("resources")).size());
    assertEquals(eu.rampart.rego.value.Json.parse(in.json().toString()), v);
  }

  @Test
  void sensitiveConfigIsMasked() throws Exception {
    Path f = dir.resolve("p.json");
    Files.writeString(f, "{\"config\":{\"db:password\":\"hunter2hunter2\",\"aws:region\":\"eu-west-1\"},\"steps\":[]}");
    PolicyInput in = Normaliser.normalise(Readers.read(f));
    assertEquals("[secret]", in.json().get("stack").get("config").get("db:password").asText());
    assertEquals("eu-west-1", in.json().get("stack").get("config").get("aws:region").asText());
  }

  private static boolean iterableContains(JsonNode array, String s) {
    for (JsonNode n : array) if (n.asText().equals(s)) return true;
    return false;
  }
}
