package eu.rampart.stacks.aws.landingzone;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * DATA-4 and TAG-1: protected stateful resources, ownership tags everywhere. Which types are stateful
 * is the pack's one list (lib_types.rego, via {@link PackFindings#stateful()}), not a copy here.
 */
class ProtectionAndTagsTest {

  @ParameterizedTest
  @ValueSource(strings = {"dev", "staging", "prod"})
  void statefulResourcesFollowTheProtectSetting(String env) {
    Plan plan = Plan.of(env);
    boolean expected = Boolean.TRUE.equals(plan.setting("protect")) || Boolean.TRUE.equals(plan.setting("production"));
    List<Map<String, Object>> stateful = plan.custom().stream().filter(r -> PackFindings.stateful().isStateful((String) r.get("type"))).toList();
    assertTrue(stateful.size() >= 5, "stateful resources: " + stateful.size());
    assertAll(stateful.stream().map(r -> (Executable) () ->
        assertEquals(expected, r.get("protect"), Plan.urn(r) + " protect")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"prod"})
  void prodProtectsEveryStatefulResource(String env) {
    Plan plan = Plan.of(env);
    assertAll(plan.custom().stream().filter(r -> PackFindings.stateful().isStateful((String) r.get("type")))
        .map(r -> (Executable) () -> assertEquals(true, r.get("protect"), Plan.urn(r) + " is not protected in prod")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "staging", "prod"})
  void everyTaggedResourceCarriesTheOwnershipTags(String env) {
    Plan plan = Plan.of(env);
    List<Map<String, Object>> tagged = plan.custom().stream().filter(r -> Plan.inputs(r).containsKey("tags")).toList();
    assertFalse(tagged.isEmpty());
    assertAll(tagged.stream().map(r -> (Executable) () -> {
      @SuppressWarnings("unchecked")
      Map<String, Object> tags = (Map<String, Object>) Plan.inputs(r).get("tags");
      assertEquals(env, tags.get("environment"), Plan.urn(r) + " environment tag");
      assertEquals(plan.setting("owner"), tags.get("owner"), Plan.urn(r) + " owner tag");
      assertTrue(Set.of("public", "internal", "confidential", "personal").contains(tags.get("data-classification")),
          Plan.urn(r) + " data-classification tag " + tags.get("data-classification"));
    }));
  }
}
