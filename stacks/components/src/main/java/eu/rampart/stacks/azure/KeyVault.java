package eu.rampart.stacks.azure;

import com.pulumi.azurenative.authorization.RoleAssignment;
import com.pulumi.azurenative.authorization.RoleAssignmentArgs;
import com.pulumi.azurenative.keyvault.Key;
import com.pulumi.azurenative.managedidentity.UserAssignedIdentity;
import com.pulumi.azurenative.managedidentity.UserAssignedIdentityArgs;
import com.pulumi.azurenative.keyvault.KeyArgs;
import com.pulumi.azurenative.keyvault.Vault;
import com.pulumi.azurenative.keyvault.VaultArgs;
import com.pulumi.azurenative.keyvault.enums.KeyRotationPolicyActionType;
import com.pulumi.azurenative.keyvault.enums.SkuFamily;
import com.pulumi.azurenative.keyvault.enums.SkuName;
import com.pulumi.azurenative.keyvault.inputs.ActionArgs;
import com.pulumi.azurenative.keyvault.inputs.KeyPropertiesArgs;
import com.pulumi.azurenative.keyvault.inputs.KeyRotationPolicyAttributesArgs;
import com.pulumi.azurenative.keyvault.inputs.LifetimeActionArgs;
import com.pulumi.azurenative.keyvault.inputs.NetworkRuleSetArgs;
import com.pulumi.azurenative.keyvault.inputs.RotationPolicyArgs;
import com.pulumi.azurenative.keyvault.inputs.SkuArgs;
import com.pulumi.azurenative.keyvault.inputs.TriggerArgs;
import com.pulumi.azurenative.keyvault.inputs.VaultPropertiesArgs;
import com.pulumi.core.Either;
import com.pulumi.core.Output;
import com.pulumi.azurenative.keyvault.enums.JsonWebKeyOperation;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.Resource;
import eu.rampart.stacks.common.Settings;
import eu.rampart.stacks.common.Tags;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A key vault for customer-managed keys (ENC-1, ENC-2): soft delete with purge protection, RBAC
 * authorisation, no public network access and a default-deny firewall that lets only trusted Azure
 * services (storage and backup encryption) through. Each key is an HSM-backed RSA key that rotates
 * itself. Put it in a resource group of its own, apart from the data it encrypts.
 */
public final class KeyVault extends ComponentResource {
  public static final String TYPE = "rampart:azure:KeyVault";
  /** Built-in role "Key Vault Crypto Service Encryption User": wrap/unwrap with a key, nothing else. */
  public static final String CRYPTO_SERVICE_ENCRYPTION_USER = "e147488a-f6f5-4113-8e2d-b22465e65bf6";
  static final int KEY_SIZE = 3072;
  static final int SOFT_DELETE_DAYS = 90;

  private final Vault vault;
  private final Output<String> vaultUri;
  private final Map<String, Key> keys = new LinkedHashMap<>();
  private final Args args;

  public KeyVault(String name, Args args, ComponentResourceOptions options) {
    super(TYPE, name, options);
    this.args = args;
    Placement at = args.placement;
    Map<String, String> tags = Tags.of(args.settings, Tags.Classification.CONFIDENTIAL);
    this.vault = new Vault(name, VaultArgs.builder()
        .resourceGroupName(args.resourceGroupName)
        .location(at.location())
        .properties(VaultPropertiesArgs.builder()
            .tenantId(args.tenantId)
            // Premium: keys live in HSMs
            .sku(SkuArgs.builder().family(SkuFamily.A).name(SkuName.Premium).build())
            .enableSoftDelete(true)
            .softDeleteRetentionInDays(SOFT_DELETE_DAYS)
            .enablePurgeProtection(true)
            .enableRbacAuthorization(true)
            .publicNetworkAccess("Disabled")
            .networkAcls(NetworkRuleSetArgs.builder().defaultAction("Deny").bypass("AzureServices").build())
            .build())
        .tags(tags)
        .build(), ChildOptions.stateful(this, at, args.settings.protect()));
    // The data-plane URI of a vault in Azure's public cloud is fixed by its name.
    this.vaultUri = vault.name().applyValue(n -> "https://" + n + ".vault.azure.net/");
    for (String keyName : args.keyNames) {
      keys.put(keyName, new Key(name + "-" + keyName, KeyArgs.builder()
          .resourceGroupName(args.resourceGroupName)
          .vaultName(vault.name())
          .keyName(keyName)
          .properties(KeyPropertiesArgs.builder()
              .kty("RSA-HSM")
              .keySize(KEY_SIZE)
              .keyOps(Either.ofRight(JsonWebKeyOperation.WrapKey), Either.ofRight(JsonWebKeyOperation.UnwrapKey),
                  Either.ofRight(JsonWebKeyOperation.Encrypt), Either.ofRight(JsonWebKeyOperation.Decrypt))
              .rotationPolicy(RotationPolicyArgs.builder()
                  .attributes(KeyRotationPolicyAttributesArgs.builder().expiryTime("P1Y").build())
                  .lifetimeActions(
                      LifetimeActionArgs.builder()
                          .trigger(TriggerArgs.builder().timeAfterCreate("P180D").build())
                          .action(ActionArgs.builder().type(KeyRotationPolicyActionType.Rotate).build())
                          .build(),
                      LifetimeActionArgs.builder()
                          .trigger(TriggerArgs.builder().timeBeforeExpiry("P30D").build())
                          .action(ActionArgs.builder().type(KeyRotationPolicyActionType.Notify).build())
                          .build())
                  .build())
              .build())
          .tags(tags)
          .build(), ChildOptions.stateful(this, at, args.settings.protect(), vault)));
    }
    registerOutputs(Map.of("vaultId", vault.id(), "vaultUri", vaultUri));
  }

  /**
   * Lets a managed identity wrap and unwrap with the vault's keys, for storage or backup encryption.
   * The consumer must depend on the returned assignment, or its first key access fails.
   */
  public RoleAssignment grantEncryptionUse(String name, Output<String> principalId) {
    return new RoleAssignment(name, RoleAssignmentArgs.builder()
        .scope(vault.id())
        .principalId(principalId)
        .principalType("ServicePrincipal")
        .roleDefinitionId(args.subscriptionId.applyValue(sub -> "/subscriptions/" + sub
            + "/providers/Microsoft.Authorization/roleDefinitions/" + CRYPTO_SERVICE_ENCRYPTION_USER))
        .build(), ChildOptions.of(this, args.placement, vault));
  }

  /** A user-assigned identity that may wrap and unwrap with this vault's keys, and that grant. */
  public record KeyUser(UserAssignedIdentity identity, RoleAssignment access) {}

  /**
   * The identity through which a data store (storage account, backup vault) uses its customer-managed
   * key: created as a child of {@code owner}, granted key use on this vault.
   */
  public KeyUser keyUser(String name, Resource owner, Placement at, Output<String> resourceGroupName, Map<String, String> tags) {
    UserAssignedIdentity identity = new UserAssignedIdentity(name + "-identity", UserAssignedIdentityArgs.builder()
        .resourceGroupName(resourceGroupName)
        .location(at.location())
        .tags(tags)
        .build(), ChildOptions.of(owner, at));
    return new KeyUser(identity, grantEncryptionUse(name + "-key-access", identity.principalId()));
  }

  public Vault vault() { return vault; }

  /** {@code https://<name>.vault.azure.net/}, with the trailing slash Azure expects. */
  public Output<String> vaultUri() { return vaultUri; }

  public Key key(String keyName) {
    Key key = keys.get(keyName);
    if (key == null) throw new IllegalArgumentException("key vault has no key '" + keyName + "', only " + keys.keySet());
    return key;
  }

  /** Versionless key URI, so that consumers follow automatic rotation. */
  public Output<String> keyUri(String keyName) {
    return Output.format("%skeys/%s", vaultUri, key(keyName).name());
  }

  public Map<String, Key> keys() { return Collections.unmodifiableMap(keys); }

  public static final class Args {
    private final Settings settings;
    private final Placement placement;
    private final Output<String> resourceGroupName;
    private final Output<String> tenantId;
    private final Output<String> subscriptionId;
    private final List<String> keyNames;

    private Args(Builder b) {
      this.settings = Objects.requireNonNull(b.settings, "settings");
      this.placement = Objects.requireNonNull(b.placement, "placement");
      this.resourceGroupName = Objects.requireNonNull(b.resourceGroupName, "resourceGroupName");
      this.tenantId = Objects.requireNonNull(b.tenantId, "tenantId");
      this.subscriptionId = Objects.requireNonNull(b.subscriptionId, "subscriptionId");
      this.keyNames = List.copyOf(b.keyNames);
      if (keyNames.isEmpty()) throw new IllegalArgumentException("a key vault needs at least one key name");
    }

    public static Builder builder() { return new Builder(); }
  }

  public static final class Builder {
    private Settings settings;
    private Placement placement;
    private Output<String> resourceGroupName;
    private Output<String> tenantId;
    private Output<String> subscriptionId;
    private List<String> keyNames = List.of();

    public Builder settings(Settings v) { this.settings = v; return this; }
    public Builder placement(Placement v) { this.placement = v; return this; }
    public Builder resourceGroupName(Output<String> v) { this.resourceGroupName = v; return this; }
    public Builder tenantId(Output<String> v) { this.tenantId = v; return this; }
    public Builder subscriptionId(Output<String> v) { this.subscriptionId = v; return this; }
    public Builder keyNames(String... v) { this.keyNames = List.of(v); return this; }
    public Args build() { return new Args(this); }
  }
}
