package eu.rampart.stacks.azure;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.rampart.stacks.common.InvalidSettingException;
import eu.rampart.stacks.common.Settings;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AzureLocationsTest {
  private static final List<String> ALLOWED = List.of("westeurope", "northeurope", "germanywestcentral");
  private static final Settings SETTINGS = Settings.fromJson("{\"environment\": \"test\"}", "test");

  @Test
  void knowsTheEuropeanPairs() {
    assertEquals(Optional.of("northeurope"), AzureLocations.pairOf("westeurope"));
    assertEquals(Optional.of("westeurope"), AzureLocations.pairOf("northeurope"));
    assertEquals(Optional.of("germanynorth"), AzureLocations.pairOf("germanywestcentral"));
    assertEquals(Optional.empty(), AzureLocations.pairOf("polandcentral"));
    assertEquals(Optional.empty(), AzureLocations.pairOf("nowhere"));
  }

  @Test
  void geoRedundancyIsRefusedWhenThePairIsNotTheAllowedSecondary() {
    assertDoesNotThrow(() -> AzureLocations.requireGeoPair(SETTINGS, "westeurope", "northeurope", ALLOWED));
    // germanywestcentral replicates to germanynorth, which is not allowed
    InvalidSettingException notAllowed = assertThrows(InvalidSettingException.class,
        () -> AzureLocations.requireGeoPair(SETTINGS, "germanywestcentral", "germanynorth", ALLOWED));
    assertEquals("rampart.azure.primaryLocation", notAllowed.key());
    assertTrue(notAllowed.getMessage().contains("germanynorth") && notAllowed.getMessage().contains("environments/test.yaml"),
        notAllowed.getMessage());
    InvalidSettingException noPair = assertThrows(InvalidSettingException.class,
        () -> AzureLocations.requireGeoPair(SETTINGS, "polandcentral", "northeurope", List.of("polandcentral", "northeurope")));
    assertTrue(noPair.getMessage().contains("no Azure region pair"), noPair.getMessage());
  }
}
