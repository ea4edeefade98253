package eu.rampart.stacks.azure;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Azure region pairs. Geo-redundant storage (GRS, RA-GRS, GZRS, RA-GZRS) and geo-redundant backup
 * vaults copy data to the region's fixed pair; the program cannot choose it, so it checks that the
 * pair is the configured secondary location and allowed for residency before asking for geo-redundancy.
 */
public final class AzureLocations {
  private static final Map<String, String> PAIRS = Map.ofEntries(
      Map.entry("westeurope", "northeurope"), Map.entry("northeurope", "westeurope"),
      Map.entry("germanywestcentral", "germanynorth"), Map.entry("germanynorth", "germanywestcentral"),
      Map.entry("francecentral", "francesouth"), Map.entry("francesouth", "francecentral"),
      Map.entry("swedencentral", "swedensouth"), Map.entry("swedensouth", "swedencentral"),
      Map.entry("norwayeast", "norwaywest"), Map.entry("norwaywest", "norwayeast"),
      Map.entry("switzerlandnorth", "switzerlandwest"), Map.entry("switzerlandwest", "switzerlandnorth"),
      Map.entry("polandcentral", "polandcentral"), Map.entry("italynorth", "italynorth"));

  private AzureLocations() {}

  /** The paired region of {@code location}, if Azure pairs it with another region. */
  public static Optional<String> pairOf(String location) {
    String pair = PAIRS.get(location);
    return pair == null || pair.equals(location) ? Optional.empty() : Optional.of(pair);
  }

  /**
   * Fails unless {@code location} is in {@code allowed}; {@code what} names the setting for the
   * message, e.g. {@code rampart.azure.primaryLocation}.
   */
  public static void requireAllowed(String location, List<String> allowed, String what, String environmentFile) {
    if (!allowed.contains(location)) {
      throw new IllegalArgumentException(what + " = " + location + " in " + environmentFile
          + " is not in rampart.policy.allowedRegions.azure " + allowed);
    }
  }

  /**
   * Fails unless geo-redundant copies of {@code primary} land in {@code secondary} and that region
   * is allowed: otherwise asking for GRS/GZRS would replicate data to a region nobody approved.
   */
  public static void requireGeoPair(String primary, String secondary, List<String> allowed, String environmentFile) {
    String pair = pairOf(primary).orElseThrow(() -> new IllegalArgumentException(
        "rampart.azure.primaryLocation = " + primary + " in " + environmentFile
            + " has no Azure region pair, so geo-redundant storage is impossible; set crossRegionCopies: false"));
    if (!pair.equals(secondary)) {
      throw new IllegalArgumentException("rampart.azure.secondaryLocation = " + secondary + " in " + environmentFile
          + " is not the Azure pair of " + primary + " (" + pair + "), where geo-redundant copies land");
    }
    requireAllowed(pair, allowed, "the geo-redundant pair of " + primary, environmentFile);
  }
}
