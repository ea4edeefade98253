package eu.rampart.stacks.azure;

import eu.rampart.stacks.common.Settings;
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
      Map.entry("switzerlandnorth", "switzerlandwest"), Map.entry("switzerlandwest", "switzerlandnorth"));

  private AzureLocations() {}

  /** The paired region of {@code location}, if Azure pairs it with another region. */
  public static Optional<String> pairOf(String location) {
    return Optional.ofNullable(PAIRS.get(location));
  }

  /** Fails unless the location at settings {@code path} is in {@code allowed}. */
  public static void requireAllowed(Settings settings, String path, String location, List<String> allowed) {
    if (!allowed.contains(location)) {
      throw settings.invalid(path, "is " + location + ", which is not in rampart.policy.allowedRegions.azure " + allowed);
    }
  }

  /**
   * Fails unless geo-redundant copies of {@code primary} land in {@code secondary} and that region
   * is allowed: otherwise asking for GRS/GZRS would replicate data to a region nobody approved.
   */
  public static void requireGeoPair(Settings settings, String primary, String secondary, List<String> allowed) {
    String pair = pairOf(primary).orElseThrow(() -> settings.invalid("azure.primaryLocation",
        "is " + primary + ", which has no Azure region pair, so geo-redundant copies are impossible; set crossRegionCopies: false"));
    requirePairAllowed(settings, primary, allowed);
    if (!pair.equals(secondary)) {
      throw settings.invalid("azure.secondaryLocation", "is " + secondary + ", not the Azure pair of " + primary
          + " (" + pair + "), where geo-redundant copies land");
    }
  }

  /** Fails when {@code primary} has a pair region outside {@code allowed}. */
  public static void requirePairAllowed(Settings settings, String primary, List<String> allowed) {
    pairOf(primary).filter(pair -> !allowed.contains(pair)).ifPresent(pair -> {
      throw settings.invalid("azure.primaryLocation", "is " + primary + ", whose Azure pair region " + pair
          + " (where geo-redundant storage and backups replicate) is not in rampart.policy.allowedRegions.azure " + allowed);
    });
  }
}
