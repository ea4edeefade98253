package eu.rampart.plan.offline;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.rampart.env.Environment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance of the AWS half, through the whole path a user takes: environment file, Maven
 * classpath of the stack, child JVM, plan file. The per-control assertions for every environment
 * run in-process in stacks/aws-landing-zone; this proves the same program plans end to end.
 */
class AwsLandingZoneOfflinePlanTest {
  private static final Path ROOT = Path.of(System.getProperty("rampart.root.dir", "..")).toAbsolutePath().normalize();
  private static final Set<String> STATEFUL = Set.of("aws:s3/bucketV2:BucketV2", "aws:kms/key:Key",
      "aws:rds/instance:Instance", "aws:backup/vault:Vault");

  @TempDir Path out;

  @Test
  void prodPlansWithEveryKindInAllowedRegionsAndProtection() throws Exception {
    Environment env = Environment.named(ROOT, "prod");
    Path plan = OfflinePlanner.plan(ROOT.resolve("stacks/aws-landing-zone"), env,
        OfflinePlanner.Options.defaults().withOutput(out.resolve("prod.json")));
    JsonNode doc = new ObjectMapper().readTree(plan.toFile());
    List<String> allowed = env.policy().allowedRegions().get("aws");
    Map<String, Integer> kinds = new HashMap<>();
    Map<String, Set<String>> regionsByKind = new HashMap<>();
    List<Executable> checks = new ArrayList<>();
    for (JsonNode r : doc.path("resources")) {
      String type = r.path("type").asText();
      kinds.merge(type, 1, Integer::sum);
      if (!r.path("custom").asBoolean()) continue;
      regionsByKind.computeIfAbsent(type, k -> new HashSet<>()).add(r.path("region").asText());
      checks.add(() -> assertTrue(allowed.contains(r.path("region").asText()), r.path("urn").asText() + " region " + r.path("region")));
      if (STATEFUL.contains(type)) checks.add(() -> assertTrue(r.path("protect").asBoolean(), r.path("urn").asText() + " not protected"));
    }
    for (String kind : List.of("aws:ec2/vpc:Vpc", "aws:ec2/securityGroup:SecurityGroup", "aws:ec2clientvpn/endpoint:Endpoint",
        "aws:kms/key:Key", "aws:s3/bucketV2:BucketV2", "aws:s3/bucketReplicationConfig:BucketReplicationConfig",
        "aws:backup/vault:Vault", "aws:cloudtrail/trail:Trail", "aws:ec2/flowLog:FlowLog", "aws:guardduty/detector:Detector",
        "pulumi:providers:aws", "pulumi:pulumi:Stack")) {
      checks.add(() -> assertTrue(kinds.containsKey(kind), "no " + kind + " in the plan"));
    }
    checks.add(() -> assertTrue(kinds.getOrDefault("aws:ec2/subnet:Subnet", 0) >= 8, "subnets: " + kinds.get("aws:ec2/subnet:Subnet")));
    checks.add(() -> assertEquals(Set.of("eu-central-1", "eu-west-1"), regionsByKind.get("aws:backup/vault:Vault"), "backup vaults"));
    checks.add(() -> assertEquals(Set.of("eu-central-1", "eu-west-1"), regionsByKind.get("aws:s3/bucketV2:BucketV2"), "bucket + replica"));
    checks.add(() -> assertTrue(Files.readString(plan).contains("\"format\" : \"rampart-plan/v1\"")
        || Files.readString(plan).contains("\"format\": \"rampart-plan/v1\"")));
    assertAll(checks);
  }
}
