package eu.rampart.plan.mock;

import eu.rampart.plan.engine.AwsIdentity;
import eu.rampart.plan.engine.AzureIdentity;
import eu.rampart.plan.engine.MockIds;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MockIdentityTest {
  @Test
  void awsIdsAndArnsHaveTheRealShapes() {
    Map<String, Object> bucket = new LinkedHashMap<>(Map.of("bucket", "docs"));
    Map<String, Object> key = new LinkedHashMap<>();
    Map<String, Object> vpc = new LinkedHashMap<>();
    String bucketId = AwsIdentity.complete("aws:s3/bucketV2:BucketV2", "docs", bucket, "eu-central-1");
    String keyId = AwsIdentity.complete("aws:kms/key:Key", "k", key, "eu-west-1");
    String vpcId = AwsIdentity.complete("aws:ec2/vpc:Vpc", "net", vpc, "eu-central-1");
    assertAll(() -> assertEquals("docs", bucketId),
        () -> assertEquals("arn:aws:s3:::docs", bucket.get("arn")),
        () -> assertTrue(((String) key.get("arn")).matches("arn:aws:kms:eu-west-1:123456789012:key/[0-9a-f-]{36}"), key.toString()),
        () -> assertEquals(keyId, key.get("keyId")),
        () -> assertTrue(vpcId.matches("vpc-[0-9a-f]{17}"), vpcId),
        () -> assertEquals(vpcId, AwsIdentity.complete("aws:ec2/vpc:Vpc", "net", new LinkedHashMap<>(), "eu-central-1"),
            "deterministic"));
  }

  @Test
  void arnResourceWordsAreAwsOwn() {
    Map<String, Object> sg = new LinkedHashMap<>();
    Map<String, Object> lt = new LinkedHashMap<>();
    Map<String, Object> eip = new LinkedHashMap<>();
    Map<String, Object> profile = new LinkedHashMap<>(Map.of("name", "web"));
    String sgId = AwsIdentity.complete("aws:ec2/securityGroup:SecurityGroup", "web", sg, "eu-central-1");
    AwsIdentity.complete("aws:ec2/launchTemplate:LaunchTemplate", "web", lt, "eu-central-1");
    AwsIdentity.complete("aws:ec2/eip:Eip", "nat", eip, "eu-central-1");
    AwsIdentity.complete("aws:iam/instanceProfile:InstanceProfile", "web", profile, "eu-central-1");
    assertAll(
        () -> assertEquals("arn:aws:ec2:eu-central-1:123456789012:security-group/" + sgId, sg.get("arn")),
        () -> assertTrue(((String) lt.get("arn")).startsWith("arn:aws:ec2:eu-central-1:123456789012:launch-template/lt-"), lt.toString()),
        () -> assertTrue(((String) eip.get("arn")).startsWith("arn:aws:ec2:eu-central-1:123456789012:elastic-ip/eipalloc-"), eip.toString()),
        () -> assertEquals("arn:aws:iam::123456789012:instance-profile/web", profile.get("arn")));
  }

  @Test
  void azureIdsNameSubscriptionGroupNamespaceTypeAndName() {
    Map<String, Object> rg = new LinkedHashMap<>(Map.of("resourceGroupName", "rg-core", "location", "westeurope"));
    Map<String, Object> vault = new LinkedHashMap<>(Map.of("resourceGroupName", "rg-core", "vaultName", "kv-core"));
    Map<String, Object> account = new LinkedHashMap<>(Map.of("resourceGroupName", "rg-core", "accountName", "stcore"));
    assertAll(
        () -> assertEquals("/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-core",
            AzureIdentity.complete("azure-native:resources:ResourceGroup", "core", rg)),
        () -> assertEquals("/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-core/providers/Microsoft.KeyVault/vaults/kv-core",
            AzureIdentity.complete("azure-native:keyvault:Vault", "kv", vault)),
        () -> assertEquals("/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-core/providers/Microsoft.Storage/storageAccounts/stcore",
            AzureIdentity.complete("azure-native:storage:StorageAccount", "st", account)));
  }

  @Test
  void aNamePrefixTheProgramGivesIsKeptAndInstancesHaveAwsIdShape() {
    Map<String, Object> bucket = new LinkedHashMap<>(Map.of("bucketPrefix", "logs-"));
    Map<String, Object> role = new LinkedHashMap<>(Map.of("namePrefix", "app-"));
    String bucketId = AwsIdentity.complete("aws:s3/bucketV2:BucketV2", "logs", bucket, "eu-central-1");
    AwsIdentity.complete("aws:iam/role:Role", "app", role, "eu-central-1");
    String instanceId = AwsIdentity.complete("aws:ec2/instance:Instance", "web", new LinkedHashMap<>(), "eu-central-1");
    assertAll(() -> assertTrue(bucketId.startsWith("logs-") && bucketId.length() > 5, bucketId),
        () -> assertEquals(bucketId, bucket.get("bucket")),
        () -> assertTrue(((String) role.get("name")).startsWith("app-"), role.toString()),
        () -> assertTrue(instanceId.matches("i-[0-9a-f]{17}"), instanceId));
  }
}
