package eu.rampart.stacks.azure;

import com.pulumi.azurenative.authorization.RoleAssignment;
import com.pulumi.azurenative.managedidentity.UserAssignedIdentity;
import com.pulumi.azurenative.storage.BlobContainer;
import com.pulumi.azurenative.storage.BlobContainerArgs;
import com.pulumi.azurenative.storage.BlobContainerImmutabilityPolicy;
import com.pulumi.azurenative.storage.BlobContainerImmutabilityPolicyArgs;
import com.pulumi.azurenative.storage.BlobServiceProperties;
import com.pulumi.azurenative.storage.BlobServicePropertiesArgs;
import com.pulumi.azurenative.storage.StorageAccount;
import com.pulumi.azurenative.storage.StorageAccountArgs;
import com.pulumi.azurenative.storage.enums.DefaultAction;
import com.pulumi.azurenative.storage.enums.PublicAccess;
import com.pulumi.azurenative.storage.inputs.DeleteRetentionPolicyArgs;
import com.pulumi.azurenative.storage.inputs.EncryptionArgs;
import com.pulumi.azurenative.storage.inputs.EncryptionIdentityArgs;
import com.pulumi.azurenative.storage.inputs.EncryptionServiceArgs;
import com.pulumi.azurenative.storage.inputs.EncryptionServicesArgs;
import com.pulumi.azurenative.storage.inputs.IdentityArgs;
import com.pulumi.azurenative.storage.inputs.KeyVaultPropertiesArgs;
import com.pulumi.azurenative.storage.inputs.NetworkRuleSetArgs;
import com.pulumi.azurenative.storage.inputs.SkuArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import eu.rampart.stacks.common.Settings;
import eu.rampart.stacks.common.Tags;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A storage account encrypted with a customer-managed key from a {@link KeyVault} through a
 * user-assigned identity, with infrastructure (double) encryption (ENC-1); HTTPS only with TLS 1.2
 * (ENC-3); no public blob access, no public network access and a default-deny firewall (DATA-1);
 * blob versioning and soft delete (DATA-3); private containers with an optional time-based
 * immutability policy (DATA-2). Geo-redundant (RA-GZRS, copies in the region pair) when the
 * environment wants cross-region copies, otherwise locally redundant to stay cheap.
 */
public final class EncryptedStorage extends ComponentResource {
  public static final String TYPE = "rampart:azure:EncryptedStorage";
  public static final String GEO_REDUNDANT_SKU = "Standard_RAGZRS";
  public static final String LOCAL_SKU = "Standard_LRS";
  /** Azure's upper bound for blob and container soft delete. */
  static final int MAX_SOFT_DELETE_DAYS = 365;

  private final UserAssignedIdentity identity;
  private final RoleAssignment keyAccess;
  private final StorageAccount account;
  private final BlobServiceProperties blobService;
  private final Map<String, BlobContainer> containers = new LinkedHashMap<>();

  public EncryptedStorage(String name, Args args, ComponentResourceOptions options) {
    super(TYPE, name, options);
    Placement at = args.placement;
    Map<String, String> tags = Tags.of(args.settings, args.classification);
    boolean protect = args.settings.protect();

    KeyVault.KeyUser keyUser = args.keyVault.keyUser(name, this, at, args.resourceGroupName, tags);
    this.identity = keyUser.identity();
    this.keyAccess = keyUser.access();

    this.account = new StorageAccount(name, StorageAccountArgs.builder()
        .resourceGroupName(args.resourceGroupName)
        .location(at.location())
        .kind("StorageV2")
        .sku(SkuArgs.builder().name(args.geoRedundant ? GEO_REDUNDANT_SKU : LOCAL_SKU).build())
        .identity(IdentityArgs.builder()
            .type("UserAssigned")
            .userAssignedIdentities(identity.id().applyValue(List::of))
            .build())
        .encryption(EncryptionArgs.builder()
            .keySource("Microsoft.Keyvault")
            .requireInfrastructureEncryption(true)
            .encryptionIdentity(EncryptionIdentityArgs.builder().encryptionUserAssignedIdentity(identity.id()).build())
            // no key version: the account follows the key's automatic rotation
            .keyVaultProperties(KeyVaultPropertiesArgs.builder()
                .keyVaultUri(args.keyVault.vaultUri())
                .keyName(args.keyVault.key(args.keyName).name())
                .build())
            .services(EncryptionServicesArgs.builder()
                .blob(accountKey()).file(accountKey()).queue(accountKey()).table(accountKey())
                .build())
            .build())
        .enableHttpsTrafficOnly(true)
        .minimumTlsVersion("TLS1_2")
        .allowBlobPublicAccess(false)
        .allowCrossTenantReplication(false)
        .defaultToOAuthAuthentication(true)
        .publicNetworkAccess("Disabled")
        .networkRuleSet(NetworkRuleSetArgs.builder().defaultAction(DefaultAction.Deny).bypass("AzureServices").build())
        .tags(tags)
        .build(), ChildOptions.stateful(this, at, protect, keyAccess));

    int softDeleteDays = Math.min(MAX_SOFT_DELETE_DAYS, args.softDeleteDays);
    this.blobService = new BlobServiceProperties(name + "-blob", BlobServicePropertiesArgs.builder()
        .resourceGroupName(args.resourceGroupName)
        .accountName(account.name())
        .blobServicesName("default")
        .isVersioningEnabled(true)
        .deleteRetentionPolicy(DeleteRetentionPolicyArgs.builder().enabled(true).days(softDeleteDays).build())
        .containerDeleteRetentionPolicy(DeleteRetentionPolicyArgs.builder().enabled(true).days(softDeleteDays).build())
        .build(), ChildOptions.stateful(this, at, protect, account));

    for (String containerName : args.containers) {
      BlobContainer container = new BlobContainer(name + "-" + containerName, BlobContainerArgs.builder()
          .resourceGroupName(args.resourceGroupName)
          .accountName(account.name())
          .containerName(containerName)
          .publicAccess(PublicAccess.None)
          .build(), ChildOptions.stateful(this, at, protect, blobService));
      containers.put(containerName, container);
      args.immutabilityDays.ifPresent(days -> new BlobContainerImmutabilityPolicy(
          name + "-" + containerName + "-immutability", BlobContainerImmutabilityPolicyArgs.builder()
              .resourceGroupName(args.resourceGroupName)
              .accountName(account.name())
              .containerName(container.name())
              .immutabilityPolicyName("default")
              .immutabilityPeriodSinceCreationInDays(days)
              .allowProtectedAppendWrites(false)
              .build(), ChildOptions.stateful(this, at, protect, container)));
    }
    registerOutputs(Map.of("accountId", account.id(), "accountName", account.name()));
  }

  private static EncryptionServiceArgs accountKey() {
    return EncryptionServiceArgs.builder().enabled(true).keyType("Account").build();
  }

  public StorageAccount account() { return account; }
  public UserAssignedIdentity identity() { return identity; }
  public BlobServiceProperties blobService() { return blobService; }
  public Map<String, BlobContainer> containers() { return Collections.unmodifiableMap(containers); }

  public static final class Args {
    private final Settings settings;
    private final Placement placement;
    private final Output<String> resourceGroupName;
    private final KeyVault keyVault;
    private final String keyName;
    private final boolean geoRedundant;
    private final int softDeleteDays;
    private final List<String> containers;
    private final Optional<Integer> immutabilityDays;
    private final Tags.Classification classification;

    private Args(Builder b) {
      this.settings = Objects.requireNonNull(b.settings, "settings");
      this.placement = Objects.requireNonNull(b.placement, "placement");
      this.resourceGroupName = Objects.requireNonNull(b.resourceGroupName, "resourceGroupName");
      this.keyVault = Objects.requireNonNull(b.keyVault, "keyVault");
      this.keyName = Objects.requireNonNull(b.keyName, "keyName");
      this.geoRedundant = b.geoRedundant;
      this.softDeleteDays = b.softDeleteDays;
      this.containers = List.copyOf(b.containers);
      this.immutabilityDays = b.immutabilityDays;
      this.classification = Objects.requireNonNull(b.classification, "classification");
      if (softDeleteDays < 1) throw new IllegalArgumentException("softDeleteDays must be at least 1");
      immutabilityDays.ifPresent(d -> {
        if (d < 1) throw new IllegalArgumentException("immutabilityDays must be at least 1");
      });
    }

    public static Builder builder() { return new Builder(); }
  }

  public static final class Builder {
    private Settings settings;
    private Placement placement;
    private Output<String> resourceGroupName;
    private KeyVault keyVault;
    private String keyName;
    private boolean geoRedundant;
    private int softDeleteDays = 30;
    private List<String> containers = List.of();
    private Optional<Integer> immutabilityDays = Optional.empty();
    private Tags.Classification classification = Tags.Classification.CONFIDENTIAL;

    public Builder settings(Settings v) { this.settings = v; return this; }
    public Builder placement(Placement v) { this.placement = v; return this; }
    public Builder resourceGroupName(Output<String> v) { this.resourceGroupName = v; return this; }
    public Builder keyVault(KeyVault v) { this.keyVault = v; return this; }
    public Builder keyName(String v) { this.keyName = v; return this; }
    public Builder geoRedundant(boolean v) { this.geoRedundant = v; return this; }
    public Builder softDeleteDays(int v) { this.softDeleteDays = v; return this; }
    public Builder containers(String... v) { this.containers = List.of(v); return this; }
    public Builder immutabilityDays(int v) { this.immutabilityDays = Optional.of(v); return this; }
    public Builder classification(Tags.Classification v) { this.classification = v; return this; }
    public Args build() { return new Args(this); }
  }
}
