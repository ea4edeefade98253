package eu.rampart.stacks.azure;

import eu.rampart.stacks.common.Tier;
import com.pulumi.Context;
import com.pulumi.azurenative.authorization.AuthorizationFunctions;
import com.pulumi.azurenative.authorization.outputs.GetClientConfigResult;
import com.pulumi.azurenative.resources.ResourceGroup;
import com.pulumi.azurenative.resources.ResourceGroupArgs;
import com.pulumi.core.Output;
import com.pulumi.deployment.InvokeOptions;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.InvokeArgs;
import com.pulumi.resources.ProviderResource;
import eu.rampart.stacks.common.Settings;
import eu.rampart.stacks.common.Tags;

/**
 * The Azure landing zone, wired from the environment settings: resource groups, a key vault with
 * the customer-managed keys, a log archive and a document store encrypted with them, the segmented
 * network with flow logs, the admin VPN, backups and the audit trail. Every resource is created on
 * an explicit provider for the primary or secondary location and names its location itself.
 */
public final class AzureLandingZone {
  public static final String PROJECT = "azure-landing-zone";
  /** The azure-native plugin version the providers ask for; the SDK dependency is pinned to it. */
  public static final String PROVIDER_VERSION = "2.10.0";
  public static final String STORAGE_KEY = "storage-cmk";
  public static final String BACKUP_KEY = "backup-cmk";
  /** German GoBD / §147 AO: business documents are kept ten years (DATA-2). */
  static final int DOCUMENT_RETENTION_DAYS = 3650;
  /** Two subnets per tier: 8 tier subnets, room to spread workloads over address ranges. */
  static final int SUBNETS_PER_TIER = 2;

  private AzureLandingZone() {}

  public static void define(Context ctx) {
    Settings settings = Settings.load(ctx);
    String env = settings.environment();
    AzureZoneSettings zone = AzureZoneSettings.check(settings, SUBNETS_PER_TIER);
    boolean crossRegion = zone.crossRegion();

    Placement main = new Placement(provider(zone.primary()), zone.primary());
    Output<GetClientConfigResult> client = AuthorizationFunctions.getClientConfig(InvokeArgs.Empty,
        new InvokeOptions(null, main.provider(), PROVIDER_VERSION));
    Output<String> tenantId = client.applyValue(GetClientConfigResult::tenantId);
    Output<String> subscriptionId = client.applyValue(GetClientConfigResult::subscriptionId);

    ResourceGroups groups = new ResourceGroups("lz", ResourceGroups.Args.builder()
        .settings(settings).placement(main).build(), component(main));
    if (crossRegion) {
      // target of cross-region restores and storage failover, in the pair region
      Placement pair = new Placement(provider(zone.secondary()), zone.secondary());
      new ResourceGroup("lz-recovery", ResourceGroupArgs.builder()
          .resourceGroupName("rg-lz-recovery-" + env)
          .location(zone.secondary())
          .tags(Tags.of(settings, Tags.Classification.PERSONAL))
          .build(), CustomResourceOptions.builder().provider(pair.provider()).build());
    }

    KeyVault keyVault = new KeyVault("kv-" + env, KeyVault.Args.builder()
        .settings(settings).placement(main)
        .resourceGroupName(groups.keys().name())
        .tenantId(tenantId).subscriptionId(subscriptionId)
        .keyNames(STORAGE_KEY, BACKUP_KEY)
        .build(), component(main));

    EncryptedStorage logArchive = new EncryptedStorage("stlogs" + env, EncryptedStorage.Args.builder()
        .settings(settings).placement(main)
        .resourceGroupName(groups.logs().name())
        .keyVault(keyVault).keyName(STORAGE_KEY)
        .geoRedundant(crossRegion)
        .softDeleteDays(zone.logRetentionDays())
        .classification(Tags.Classification.CONFIDENTIAL)
        .build(), component(main));

    EncryptedStorage.Builder documentsArgs = EncryptedStorage.Args.builder()
        .settings(settings).placement(main)
        .resourceGroupName(groups.data().name())
        .keyVault(keyVault).keyName(STORAGE_KEY)
        .geoRedundant(crossRegion)
        .softDeleteDays(zone.backupRetentionDays())
        .containers("documents")
        .classification(Tags.Classification.PERSONAL);
    if (settings.production()) documentsArgs.immutabilityDays(DOCUMENT_RETENTION_DAYS);
    EncryptedStorage documents = new EncryptedStorage("stdocs" + env, documentsArgs.build(), component(main));

    SegmentedNetwork network = new SegmentedNetwork("net-" + env, SegmentedNetwork.Args.builder()
        .settings(settings).placement(main)
        .resourceGroupName(groups.network().name())
        .addressSpace(zone.vnetCidr())
        .vpnClientCidr(zone.vpnClientCidr())
        .subnetsPerTier(SUBNETS_PER_TIER)
        .flowLogStorageAccountId(logArchive.account().id())
        .build(), component(main));

    new PrivateEndpoints("pe-" + env, PrivateEndpoints.Args.builder()
        .settings(settings).placement(main)
        .resourceGroupName(groups.network().name())
        .virtualNetworkId(network.network().id())
        .subnetId(network.subnets().get(Tier.DATA).get(0).id())
        .target("keyvault", keyVault.vault().id(), "vault")
        .target("documents-blob", documents.account().id(), "blob")
        .target("logarchive-blob", logArchive.account().id(), "blob")
        .build(), component(main));

    AdminVpn vpn = new AdminVpn("vpn-" + env, AdminVpn.Args.builder()
        .settings(settings).placement(main)
        .resourceGroupName(groups.network().name())
        .gatewaySubnetId(network.gatewaySubnet().id())
        .tenantId(tenantId)
        .clientAddressPool(zone.vpnClientCidr())
        .zoneRedundant(settings.production())
        .build(), component(main));

    BackupVault backup = new BackupVault("bv-" + env, BackupVault.Args.builder()
        .settings(settings).placement(main)
        .resourceGroupName(groups.backup().name())
        .keyVault(keyVault).keyName(BACKUP_KEY)
        .build(), component(main));

    AuditTrail.Builder audit = AuditTrail.Args.builder()
        .settings(settings).placement(main)
        .resourceGroupName(groups.logs().name())
        .archiveStorageAccountId(logArchive.account().id())
        .diagnose(DiagnosedResource.of("keyvault", keyVault.vault().id()))
        .diagnose(DiagnosedResource.blobsOf("documents", documents.account().id()))
        .diagnose(DiagnosedResource.blobsOf("logarchive", logArchive.account().id()))
        .diagnose(DiagnosedResource.of("vpn", vpn.gateway().id()))
        .diagnose(DiagnosedResource.of("backup", backup.vault().id()))
        .protectStorage("documents", documents.account().id())
        .protectStorage("logarchive", logArchive.account().id());
    network.securityGroups().forEach((tier, nsg) -> audit.diagnose(DiagnosedResource.of("nsg-" + tier.label(), nsg.id())));
    AuditTrail trail = new AuditTrail("audit-" + env, audit.build(), component(main));

    ctx.export("primaryLocation", Output.of(zone.primary()));
    ctx.export("virtualNetworkId", network.network().id());
    ctx.export("keyVaultUri", keyVault.vaultUri());
    ctx.export("documentsAccount", documents.account().name());
    ctx.export("workspaceId", trail.workspace().id());
    ctx.export("vpnGatewayId", vpn.gateway().id());
  }

  /** An explicit azure-native provider pinned to {@code location}. */
  static ProviderResource provider(String location) {
    return new ProviderResource("azure-native", "azure-" + location, new AzureProviderArgs(location),
        CustomResourceOptions.builder().version(PROVIDER_VERSION).build());
  }

  private static ComponentResourceOptions component(Placement placement) {
    return ComponentResourceOptions.builder().providers(placement.provider()).build();
  }
}
