package eu.rampart.stacks.azure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The program refuses settings that would break residency or redundancy, naming key and file. */
class LandingZoneSettingsTest {

  @Test
  void missingNetworkRangeNamesTheKeyAndTheFile() {
    String message = failureOf("staging", tree -> section(tree, "azure").remove("vnetCidr"));
    assertTrue(message.contains("rampart.azure.vnetCidr") && message.contains("environments/staging.yaml"), message);
  }

  @Test
  void primaryLocationOutsideTheAllowListIsRefused() {
    String message = failureOf("dev", tree -> section(tree, "azure").put("primaryLocation", "eastus"));
    assertTrue(message.contains("eastus") && message.contains("allowedRegions"), message);
  }

  @Test
  void geoRedundancyNeedsTheSecondaryToBeThePairRegion() {
    String message = failureOf("prod", tree -> section(tree, "azure").put("secondaryLocation", "germanywestcentral"));
    assertTrue(message.contains("not the Azure pair of westeurope"), message);
  }

  @Test
  void backupIntervalMustBeOneAzureOffers() {
    String message = failureOf("prod", tree -> section(tree, "backup").put("everyHours", 5));
    assertTrue(message.contains("rampart.backup.everyHours") && message.contains("[4, 6, 8, 12]")
        && message.contains("got 5"), message);
  }

  @Test
  void aValidEnvironmentStillRuns() {
    // guards the helpers above: an unmodified tree must not fail
    assertEquals(Optional.empty(), tryRun("dev", tree -> { }));
  }

  private static String failureOf(String env, Consumer<Map<String, Object>> change) {
    return tryRun(env, change).orElseThrow(() -> new AssertionError(env + ": the program accepted the changed settings"));
  }

  private static Optional<String> tryRun(String env, Consumer<Map<String, Object>> change) {
    Map<String, Object> tree = deepCopy(EnvironmentFiles.rampartTree(env));
    change.accept(tree);
    try {
      LandingZoneRuns.run(env, new Gson().toJson(tree));
      return Optional.empty();
    } catch (IllegalStateException e) {
      Throwable root = e;
      while (root.getCause() != null) root = root.getCause();
      return Optional.of(e.getMessage() + " / " + root.getMessage());
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
