package eu.rampart.stacks.aws;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pulumi.Context;
import com.pulumi.core.Output;
import eu.rampart.plan.mock.InProcessPlanner;
import eu.rampart.stacks.common.Settings;
import eu.rampart.stacks.common.Tags;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Components on their own, under the offline planner's mocks, with hand-written settings. */
class ComponentsTest {
  private static final String BASE = """
      {"environment":"test","production":false,"owner":"team","protect":false,"crossRegionCopies":%s,
       "aws":{"primaryRegion":"eu-central-1","secondaryRegion":"eu-west-1"},
       "vpn":{"clientCidr":"172.16.0.0/22","authentication":"%s","serverCertificateArn":"arn:aws:acm:eu-central-1:1:certificate/s"%s},
       "backup":{"everyHours":%d,"retentionDays":35},"logs":{"retentionDays":%d}}""";

  private static String settings(boolean cross, String auth, String authExtra, int everyHours, int logDays) {
    return BASE.formatted(cross, auth, authExtra, everyHours, logDays);
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> plan(String settingsJson, Consumer<Context> program) throws Exception {
    Map<String, Object> doc = InProcessPlanner.plan("components", "test", "test",
        Map.of("rampart:settings", settingsJson), List.of(), program);
    return (List<Map<String, Object>>) doc.get("resources");
  }

  private static List<Map<String, Object>> ofType(List<Map<String, Object>> rs, String type) {
    return rs.stream().filter(r -> type.equals(r.get("type"))).toList();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> inputs(Map<String, Object> r) {
    return (Map<String, Object>) r.get("inputs");
  }

  @Test
  void networkOverThreeZonesHasTwelveDisjointSubnetsAndOneNatPerZoneWhenAsked() throws Exception {
    List<Map<String, Object>> rs = plan(settings(false, "certificate", ",\"clientRootCertificateArn\":\"r\"", 4, 365), ctx -> {
      AwsPlacement p = AwsProviders.create(Settings.load(ctx));
      new SegmentedNetwork("net", SegmentedNetwork.args().placement(p).cidr("10.50.0.0/16").zones(3).natPerZone(true)
          .vpnClientCidr("172.16.0.0/22").flowLogBucketArn(Output.of("arn:aws:s3:::logs")).build());
    });
    List<Map<String, Object>> subnets = ofType(rs, "aws:ec2/subnet:Subnet");
    Set<Object> cidrs = new HashSet<>();
    subnets.forEach(s -> cidrs.add(inputs(s).get("cidrBlock")));
    assertAll(() -> assertEquals(12, subnets.size()),
        () -> assertEquals(12, cidrs.size(), "overlapping subnets: " + cidrs),
        () -> assertEquals(3, ofType(rs, "aws:ec2/natGateway:NatGateway").size()),
        () -> assertEquals("rampart:aws:SegmentedNetwork", ofType(rs, "rampart:aws:SegmentedNetwork").get(0).get("type")));
  }

  @Test
  void bucketReplicatesOnlyWithASecondaryRegion() throws Exception {
    Consumer<Context> program = ctx -> new EncryptedBucket("b", EncryptedBucket.args()
        .placement(AwsProviders.create(Settings.load(ctx))).classification(Tags.Classification.INTERNAL).build());
    List<Map<String, Object>> single = plan(settings(false, "certificate", "", 4, 365), program);
    List<Map<String, Object>> cross = plan(settings(true, "certificate", "", 4, 365), program);
    assertAll(() -> assertEquals(1, ofType(single, "aws:s3/bucketV2:BucketV2").size()),
        () -> assertTrue(ofType(single, "aws:s3/bucketReplicationConfig:BucketReplicationConfig").isEmpty()),
        () -> assertEquals(2, ofType(cross, "aws:s3/bucketV2:BucketV2").size()),
        () -> assertEquals(Set.of("eu-central-1", "eu-west-1"), Set.copyOf(ofType(cross, "aws:s3/bucketV2:BucketV2").stream()
            .map(b -> b.get("region")).toList())),
        () -> assertEquals(1, ofType(cross, "aws:s3/bucketReplicationConfig:BucketReplicationConfig").size()));
  }

  @Test
  void samlVpnNeedsTheSamlProviderArn() throws Exception {
    Consumer<Context> program = ctx -> {
      AwsPlacement p = AwsProviders.create(Settings.load(ctx));
      new AdminVpn("vpn", AdminVpn.args().placement(p).vpcId(Output.of("vpc-1")).vpcCidr("10.0.0.0/16")
          .managementSubnetIds(List.of(Output.of("subnet-1"))).securityGroupId(Output.of("sg-1")).build());
    };
    InProcessPlanner.PlanFailedException e = assertThrows(InProcessPlanner.PlanFailedException.class,
        () -> plan(settings(false, "saml", "", 4, 365), program));
    assertEquals("rampart.vpn.samlProviderArn", e.key());
    List<Map<String, Object>> rs = plan(settings(false, "saml", ",\"samlProviderArn\":\"arn:aws:iam::1:saml-provider/idp\"", 4, 365), program);
    Map<String, Object> endpoint = ofType(rs, "aws:ec2clientvpn/endpoint:Endpoint").get(0);
    assertEquals("federated-authentication", ((Map<?, ?>) ((List<?>) inputs(endpoint).get("authenticationOptions")).get(0)).get("type"));
  }

  @Test
  void invalidScheduleAndShortLogRetentionAreRejected() {
    Consumer<Context> backup = ctx -> new BackupPlan("b", BackupPlan.args().placement(AwsProviders.create(Settings.load(ctx))).build());
    InProcessPlanner.PlanFailedException e1 = assertThrows(InProcessPlanner.PlanFailedException.class,
        () -> plan(settings(false, "certificate", "", 5, 365), backup));
    assertTrue(e1.getMessage().contains("rampart.backup.everyHours"), e1.getMessage());
    assertEquals("invalid-setting", e1.kind());
    Consumer<Context> audit = ctx -> new AuditTrail("a", AuditTrail.args().placement(AwsProviders.create(Settings.load(ctx))).build());
    InProcessPlanner.PlanFailedException e2 = assertThrows(InProcessPlanner.PlanFailedException.class,
        () -> plan(settings(false, "certificate", "", 4, 90), audit));
    assertTrue(e2.getMessage().contains("rampart.logs.retentionDays") && e2.getMessage().contains("365"), e2.getMessage());
  }
}
