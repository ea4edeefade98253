package eu.rampart.plan.mock;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.ProviderResource;
import com.pulumi.resources.ResourceArgs;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Pins the SDK's internal test API the planner relies on (PulumiTestInternal with config,
 * MockMonitor subclassing): an SDK upgrade that changes it fails here, loudly.
 */
class InProcessPlannerTest {
  static final class Args extends ResourceArgs {
    @Import(name = "region") private final Output<String> region;
    Args(String region) { this.region = region == null ? null : Output.of(region); }
  }

  @Test
  @SuppressWarnings("unchecked")
  void configReachesTheProgramAndEveryRegistrationIsCaptured() throws Exception {
    Map<String, Object> plan = InProcessPlanner.plan("proj", "dev", "dev", Map.of("aws:region", "eu-central-1", "proj:bucket", "b1"),
        List.of(), ctx -> {
          String name = ctx.config().require("bucket");
          ProviderResource p = new ProviderResource("aws", "west", new Args("eu-west-1"), CustomResourceOptions.builder().build());
          new CustomResource("aws:s3/bucketV2:BucketV2", name, new Args(null), CustomResourceOptions.builder().provider(p).build());
        });
    List<Map<String, Object>> resources = (List<Map<String, Object>>) plan.get("resources");
    assertAll(() -> assertEquals("rampart-plan/v1", plan.get("format")),
        () -> assertEquals(List.of("pulumi:pulumi:Stack", "pulumi:providers:aws", "aws:s3/bucketV2:BucketV2"),
            resources.stream().map(r -> r.get("type")).toList()),
        () -> assertEquals("b1", resources.get(2).get("name")),
        () -> assertEquals("eu-west-1", resources.get(2).get("region")),
        () -> assertEquals("urn:pulumi:dev::proj::aws:s3/bucketV2:BucketV2::b1", resources.get(2).get("urn")),
        () -> assertTrue(((String) resources.get(2).get("provider")).startsWith("urn:pulumi:dev::proj::pulumi:providers:aws::west::")));
  }

  @Test
  void missingConfigIsReportedWithItsKeyAndARerunStillWorks() throws Exception {
    InProcessPlanner.PlanFailedException e = assertThrows(InProcessPlanner.PlanFailedException.class,
        () -> InProcessPlanner.plan("proj", "dev", "dev", Map.of(), List.of(), ctx -> ctx.config().require("bucket")));
    assertEquals("missing-config", e.kind());
    assertEquals("proj:bucket", e.key());
    // the deployment singleton was cleaned up: another run in the same JVM succeeds
    assertEquals("rampart-plan/v1", InProcessPlanner.plan("proj", "dev", "dev", Map.of(), List.of(), ctx -> { }).get("format"));
  }
}
