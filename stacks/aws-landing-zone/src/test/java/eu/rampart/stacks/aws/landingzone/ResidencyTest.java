package eu.rampart.stacks.aws.landingzone;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** RES-1/RES-3: everything lands in an allowed EU region, on an explicit provider. */
class ResidencyTest {
  @ParameterizedTest
  @ValueSource(strings = {"dev", "staging", "prod"})
  void everyCloudResourceIsInAnAllowedRegion(String env) {
    Plan plan = Plan.of(env);
    List<String> allowed = plan.allowedRegions();
    List<Map<String, Object>> cloud = plan.custom();
    assertFalse(cloud.isEmpty());
    assertAll(cloud.stream().map(r -> (Executable) () ->
        assertTrue(allowed.contains(r.get("region")), Plan.urn(r) + " is in " + r.get("region") + " (" + r.get("regionSource")
            + "), allowed: " + allowed)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "staging", "prod"})
  void nothingReliesOnTheDefaultProvider(String env) {
    Plan plan = Plan.of(env);
    assertAll(plan.custom().stream()
        .filter(r -> !((String) r.get("type")).startsWith("pulumi:providers:"))
        .map(r -> (Executable) () -> {
          assertTrue(r.get("provider") instanceof String p && p.contains("pulumi:providers:aws::"),
              Plan.urn(r) + " has no explicit provider: " + r.get("provider"));
          assertEquals("provider", r.get("regionSource"), Plan.urn(r) + " region source");
        }));
  }

  @ParameterizedTest
  @ValueSource(strings = {"staging", "prod"})
  void primaryAndSecondaryAreDifferentAllowedRegions(String env) {
    Plan plan = Plan.of(env);
    List<Map<String, Object>> providers = plan.ofType("pulumi:providers:aws");
    assertEquals(2, providers.size(), "providers: " + providers.stream().map(Plan::urn).toList());
    Object primary = Plan.inputs(providers.get(0)).get("region");
    Object secondary = Plan.inputs(providers.get(1)).get("region");
    assertAll(() -> assertEquals(plan.setting("aws.primaryRegion"), primary),
        () -> assertEquals(plan.setting("aws.secondaryRegion"), secondary),
        () -> assertNotEquals(primary, secondary));
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev"})
  void devStaysInOneRegion(String env) {
    Plan plan = Plan.of(env);
    assertEquals(1, plan.ofType("pulumi:providers:aws").size());
    assertEquals(List.of(plan.setting("aws.primaryRegion")), plan.custom().stream().map(r -> r.get("region")).distinct().toList());
  }
}
