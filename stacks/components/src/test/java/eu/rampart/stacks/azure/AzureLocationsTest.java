package eu.rampart.stacks.azure;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AzureLocationsTest {
  private static final List<String> ALLOWED = List.of("westeurope", "northeurope", "germanywestcentral");
  private static final String FILE = "environments/test.yaml";

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
    assertDoesNotThrow(() -> AzureLocations.requireGeoPair("westeurope", "northeurope", ALLOWED, FILE));
    // germanywestcentral replicates to germanynorth, which is not allowed
    IllegalArgumentException notAllowed = assertThrows(IllegalArgumentException.class,
        () -> AzureLocations.requireGeoPair("germanywestcentral", "germanynorth", ALLOWED, FILE));
    assertTrue(notAllowed.getMessage().contains("germanynorth") && notAllowed.getMessage().contains(FILE), notAllowed.getMessage());
    IllegalArgumentException noPair = assertThrows(IllegalArgumentException.class,
        () -> AzureLocations.requireGeoPair("polandcentral", "northeurope", List.of("polandcentral", "northeurope"), FILE));
    assertTrue(noPair.getMessage().contains("no Azure region pair"), noPair.getMessage());
  }
}
