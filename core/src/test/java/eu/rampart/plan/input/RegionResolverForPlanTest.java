package eu.rampart.plan.input;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.rampart.plan.read.InputFormat;
import eu.rampart.plan.read.Readers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one region resolver as the planner uses it: the contract order, plus components from their children. */
class RegionResolverForPlanTest {
  @TempDir Path dir;

  private Map<String, RegionResolver.Resolution> resolve(String config) throws Exception {
    String p = "urn:pulumi:prod::p::";
    Path plan = dir.resolve("plan.json");
    Files.writeString(plan, """
        {"format": "rampart-plan/v1", "stack": {"project": "p", "name": "prod", "config": CONFIG}, "resources": [
         {"urn": "URN:pulumi:pulumi:Stack::p-prod", "type": "pulumi:pulumi:Stack", "custom": false},
         {"urn": "URN:pulumi:providers:aws::eu", "type": "pulumi:providers:aws", "inputs": {"region": "eu-west-1"}},
         {"urn": "URN:rampart:Group::group", "type": "rampart:Group", "custom": false, "parent": "URN:pulumi:pulumi:Stack::p-prod"},
         {"urn": "URN:rampart:Group$aws:s3/bucketV2:BucketV2::own", "type": "aws:s3/bucketV2:BucketV2", "parent": "URN:rampart:Group::group",
          "provider": "URN:pulumi:providers:aws::eu::pid", "inputs": {"region": "eu-central-1"}},
         {"urn": "URN:aws:s3/bucketV2:BucketV2::via", "type": "aws:s3/bucketV2:BucketV2", "provider": "URN:pulumi:providers:aws::eu::pid",
          "inputs": {}, "outputs": {"region": "us-east-1"}},
         {"urn": "URN:aws:s3/bucketV2:BucketV2::cfg", "type": "aws:s3/bucketV2:BucketV2", "inputs": {}},
         {"urn": "URN:azure-native:resources:ResourceGroup::rg", "type": "azure-native:resources:ResourceGroup",
          "inputs": {"location": "northeurope"}, "outputs": {"name": "RG-Data"}},
         {"urn": "URN:azure-native:keyvault:Vault::vault", "type": "azure-native:keyvault:Vault", "inputs": {"resourceGroupName": "rg-data"}},
         {"urn": "URN:gcp:storage/bucket:Bucket::g", "type": "gcp:storage/bucket:Bucket", "inputs": {}}
        ]}""".replace("CONFIG", config).replace("URN:", p));
    return RegionResolver.forPlan(Readers.read(plan, Optional.of(InputFormat.RAMPART_PLAN)));
  }

  @Test
  void resolvesInTheContractOrderAndComponentsFromTheirChildren() throws Exception {
    String p = "urn:pulumi:prod::p::";
    Map<String, RegionResolver.Resolution> with = resolve("{\"aws:region\": \"eu-central-1\", \"azure-native:location\": \"westeurope\"}");
    Map<String, RegionResolver.Resolution> without = resolve("{}");
    assertAll(
        () -> assertEquals(new RegionResolver.Resolution("eu-west-1", "input"), with.get(p + "pulumi:providers:aws::eu")),
        () -> assertEquals(new RegionResolver.Resolution("eu-central-1", "input"), with.get(p + "rampart:Group$aws:s3/bucketV2:BucketV2::own")),
        // a synthesised region output does not count: the provider says where it goes
        () -> assertEquals(new RegionResolver.Resolution("eu-west-1", "provider"), with.get(p + "aws:s3/bucketV2:BucketV2::via")),
        () -> assertEquals(new RegionResolver.Resolution("eu-central-1", "stack-config"), with.get(p + "aws:s3/bucketV2:BucketV2::cfg")),
        () -> assertEquals(new RegionResolver.Resolution("westeurope", "stack-config"), with.get(p + "azure-native:keyvault:Vault::vault")),
        // Azure names are case-insensitive; the group's name may be an output
        () -> assertEquals(new RegionResolver.Resolution("northeurope", "resource-group"), without.get(p + "azure-native:keyvault:Vault::vault")),
        () -> assertEquals("unknown", without.get(p + "aws:s3/bucketV2:BucketV2::cfg").source()),
        () -> assertEquals("unknown", with.get(p + "gcp:storage/bucket:Bucket::g").source()),
        () -> assertEquals(new RegionResolver.Resolution("eu-central-1", "children"), with.get(p + "rampart:Group::group")));
  }
}
