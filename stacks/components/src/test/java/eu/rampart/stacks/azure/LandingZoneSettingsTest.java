package eu.rampart.stacks.azure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import eu.rampart.stacks.common.InvalidSettingException;
import eu.rampart.stacks.common.MissingSettingException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The program refuses settings that would break residency or redundancy before registering
 * anything, with the exception the planner reports as bad input, naming the key and the file.
 */
class LandingZoneSettingsTest {

  @Test
  void missingNetworkRangeNamesTheKeyAndTheFile() {
    Throwable e = failureOf("staging", tree -> section(tree, "azure").remove("vnetCidr"));
    MissingSettingException missing = assertInstanceOf(MissingSettingException.class, e);
    assertEquals("rampart.azure.vnetCidr", missing.key());
    assertEquals("environments/staging.yaml", missing.environmentFile());
  }

  @Test
  void primaryLocationOutsideTheAllowListIsRefused() {
    InvalidSettingException e = invalid("dev", tree -> section(tree, "azure").put("primaryLocation", "eastus"));
    assertEquals("rampart.azure.primaryLocation", e.key());
    assertTrue(e.getMessage().contains("eastus") && e.getMessage().contains("environments/dev.yaml"), e.getMessage());
  }

  @Test
  void geoRedundancyNeedsTheSecondaryToBeThePairRegion() {
    InvalidSettingException e = invalid("prod", tree -> section(tree, "azure").put("secondaryLocation", "germanywestcentral"));
    assertEquals("rampart.azure.secondaryLocation", e.key());
    assertTrue(e.getMessage().contains("not the Azure pair of westeurope (northeurope)"), e.getMessage());
  }

  @Test
  void aPrimaryWhosePairIsNotAllowedIsRefusedEvenWithoutCrossRegionCopies() {
    // the Recovery Services vault replicates to the pair whatever crossRegionCopies says
    InvalidSettingException e = invalid("dev", tree -> section(tree, "azure").put("primaryLocation", "germanywestcentral"));
    assertEquals("rampart.azure.primaryLocation", e.key());
    assertTrue(e.getMessage().contains("germanynorth"), e.getMessage());
  }

  @Test
  void backupIntervalMustBeOneAzureOffers() {
    InvalidSettingException e = invalid("prod", tree -> section(tree, "backup").put("everyHours", 5));
    assertEquals("rampart.backup.everyHours", e.key());
    assertTrue(e.getMessage().contains("[4, 6, 8, 12]") && e.getMessage().contains("got 5"), e.getMessage());
  }

  @Test
  void aNetworkRangeTooSmallForTheSubnetsIsRefused() {
    InvalidSettingException e = invalid("staging", tree -> section(tree, "azure").put("vnetCidr", "10.120.0.0/21"));
    assertEquals("rampart.azure.vnetCidr", e.key());
    assertTrue(e.getMessage().contains("too small"), e.getMessage());
    InvalidSettingException malformed = invalid("staging", tree -> section(tree, "vpn").put("clientCidr", "172.16.4.0"));
    assertEquals("rampart.vpn.clientCidr", malformed.key());
  }

  @Test
  void aValidEnvironmentStillRuns() {
    // guards the helpers above: an unmodified tree must not fail
    assertEquals(Optional.empty(), tryRun("dev", tree -> { }));
  }

  private static InvalidSettingException invalid(String env, Consumer<Map<String, Object>> change) {
    return assertInstanceOf(InvalidSettingException.class, failureOf(env, change));
  }

  private static Throwable failureOf(String env, Consumer<Map<String, Object>> change) {
    return tryRun(env, change).orElseThrow(() -> new AssertionError(env + ": the program accepted the changed settings"));
  }

  private static Optional<Throwable> tryRun(String env, Consumer<Map<String, Object>> change) {
    Map<String, Object> tree = deepCopy(EnvironmentFiles.rampartTree(env));
    change.accept(tree);
    try {
      LandingZoneRuns.run(env, new Gson().toJson(tree));
      return Optional.empty();
    } catch (IllegalStateException e) {
      Throwable root = e;
      while (root.getCause() != null) root = root.getCause();
      return Optional.of(root);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> section(Map<String, Object> tree, String key) {
    return (Map<String, Object>) tree.get(key);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> deepCopy(Map<String, Object> in) {
    Map<String, Object> out = new LinkedHashMap<>();
    in.forEach((k, v) -> out.put(k, v instanceof Map<?, ?> m ? deepCopy((Map<String, Object>) m)
        : v instanceof List<?> l ? List.copyOf(l) : v));
    return out;
  }
}
