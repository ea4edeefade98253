package eu.rampart.stacks.azure;

import eu.rampart.stacks.common.Settings;
import java.util.List;

/**
 * The settings the Azure landing zone needs, checked together before anything is registered: a
 * plan must not stop half-way because of a value that was wrong from the start. Unusable values
 * fail with the settings' {@code InvalidSettingException}, naming the key and the environment file.
 */
record AzureZoneSettings(Settings settings, String primary, String secondary, List<String> allowed,
    boolean crossRegion, int backupRetentionDays, int logRetentionDays, String vnetCidr, String vpnClientCidr) {

  static AzureZoneSettings check(Settings settings, int subnetsPerTier) {
    String primary = settings.requireString("azure.primaryLocation");
    String secondary = settings.requireString("azure.secondaryLocation");
    List<String> allowed = settings.requireStringList("policy.allowedRegions.azure");
    AzureLocations.requireAllowed(settings, "azure.primaryLocation", primary, allowed);
    AzureLocations.requireAllowed(settings, "azure.secondaryLocation", secondary, allowed);
    if (primary.equals(secondary)) {
      throw settings.invalid("azure.secondaryLocation", "is " + secondary
          + ", the same as azure.primaryLocation; backups need a second region (RES-3)");
    }
    boolean crossRegion = settings.crossRegionCopies();
    if (crossRegion) AzureLocations.requireGeoPair(settings, primary, secondary, allowed);
    // the Recovery Services vault replicates to the pair region in every environment
    AzureLocations.requirePairAllowed(settings, primary, allowed);
    int backupRetentionDays = BackupVault.checkedRetentionDays(settings);
    BackupVault.checkedEveryHours(settings);
    int logRetentionDays = AuditTrail.checkedLogRetentionDays(settings);
    String vnetCidr = cidr(settings, "azure.vnetCidr");
    String vpnClientCidr = cidr(settings, "vpn.clientCidr");
    try {
      SegmentedNetwork.carve(vnetCidr, subnetsPerTier);
    } catch (IllegalArgumentException e) {
      throw settings.invalid("azure.vnetCidr", "cannot hold the landing zone's subnets: " + e.getMessage());
    }
    return new AzureZoneSettings(settings, primary, secondary, List.copyOf(allowed), crossRegion,
        backupRetentionDays, logRetentionDays, vnetCidr, vpnClientCidr);
  }

  private static String cidr(Settings settings, String path) {
    String cidr = settings.requireString(path);
    try {
      Cidrs.address(cidr);
    } catch (IllegalArgumentException e) {
      throw settings.invalid(path, "is not an IPv4 CIDR range: " + e.getMessage());
    }
    return cidr;
  }
}
