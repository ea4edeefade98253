package eu.rampart.stacks.aws.landingzone;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** LOG-1/2/3: CloudTrail, the locked log archive, GuardDuty. */
class AuditTest {
  @ParameterizedTest
  @ValueSource(strings = {"dev", "staging", "prod"})
  void trailIsMultiRegionValidatedEncryptedWithDataEvents(String env) {
    Plan plan = Plan.of(env);
    List<Map<String, Object>> trails = plan.ofType("aws:cloudtrail/trail:Trail");
    assertEquals(1, trails.size());
    Map<String, Object> t = trails.get(0);
    Map<String, Object> in = Plan.inputs(t);
    assertAll(() -> assertEquals(true, in.get("isMultiRegionTrail"), Plan.urn(t)),
        () -> assertEquals(true, in.get("enableLogFileValidation"), Plan.urn(t)),
        () -> assertTrue(plan.byOutput("aws:kms/key:Key", "arn", in.get("kmsKeyId")).isPresent(), Plan.urn(t) + " key"),
        () -> assertEquals("AWS::S3::Object", Plan.at(in, "eventSelectors", 0, "dataResources", 0, "type"), Plan.urn(t)),
        () -> assertTrue(((List<?>) Plan.at(in, "eventSelectors", 0, "dataResources", 0, "values")).stream()
            .allMatch(v -> ((String) v).startsWith("arn:aws:s3:::")), Plan.urn(t) + " data event values"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "staging", "prod"})
  void archiveIsLockedInComplianceModeForTheRetentionPeriod(String env) {
    Plan plan = Plan.of(env);
    Object archive = Plan.inputs(plan.ofType("aws:cloudtrail/trail:Trail").get(0)).get("s3BucketName");
    Map<String, Object> bucket = plan.byId("aws:s3/bucketV2:BucketV2", archive)
        .orElseThrow(() -> new AssertionError("trail bucket " + archive + " is not in the plan"));
    Map<String, Object> lock = plan.ofType("aws:s3/bucketObjectLockConfigurationV2:BucketObjectLockConfigurationV2").stream()
        .filter(l -> archive.equals(Plan.inputs(l).get("bucket"))).findFirst()
        .orElseThrow(() -> new AssertionError(Plan.urn(bucket) + " has no object lock"));
    assertAll(() -> assertEquals(true, Plan.inputs(bucket).get("objectLockEnabled"), Plan.urn(bucket)),
        () -> assertEquals("COMPLIANCE", Plan.at(Plan.inputs(lock), "rule", "defaultRetention", "mode"), Plan.urn(lock)),
        () -> assertTrue(Plan.number(Plan.at(Plan.inputs(lock), "rule", "defaultRetention", "days")) >= 365, Plan.urn(lock)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "staging", "prod"})
  void guardDutyInEveryRegionUsed(String env) {
    Plan plan = Plan.of(env);
    Set<Object> regions = plan.custom().stream().map(r -> r.get("region")).collect(Collectors.toSet());
    Set<Object> detected = plan.ofType("aws:guardduty/detector:Detector").stream()
        .filter(d -> Boolean.TRUE.equals(Plan.inputs(d).get("enable"))).map(d -> d.get("region")).collect(Collectors.toSet());
    assertEquals(regions, detected);
  }
}
