package eu.rampart.stacks.azure;

import com.pulumi.azurenative.network.PublicIPAddress;
import com.pulumi.azurenative.network.PublicIPAddressArgs;
import com.pulumi.azurenative.network.VirtualNetworkGateway;
import com.pulumi.azurenative.network.VirtualNetworkGatewayArgs;
import com.pulumi.azurenative.network.enums.VpnAuthenticationType;
import com.pulumi.azurenative.network.enums.VpnClientProtocol;
import com.pulumi.azurenative.network.inputs.AddressSpaceArgs;
import com.pulumi.azurenative.network.inputs.PublicIPAddressSkuArgs;
import com.pulumi.azurenative.network.inputs.SubResourceArgs;
import com.pulumi.azurenative.network.inputs.VirtualNetworkGatewayIPConfigurationArgs;
import com.pulumi.azurenative.network.inputs.VirtualNetworkGatewaySkuArgs;
import com.pulumi.azurenative.network.inputs.VpnClientConfigurationArgs;
import com.pulumi.core.Either;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import eu.rampart.stacks.common.Settings;
import eu.rampart.stacks.common.Tags;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The only administrative way in (VPN-1): a route-based VPN gateway in {@code GatewaySubnet} with
 * point-to-site OpenVPN and Entra ID (AAD) authentication, handing out addresses from the VPN client
 * range that the network security groups admit to administrative ports. The gateway's own public IP
 * is the VPN endpoint; no host behind it gets one.
 */
public final class AdminVpn extends ComponentResource {
  public static final String TYPE = "rampart:azure:AdminVpn";
  /** Application id of Microsoft's "Azure VPN" enterprise application in the public cloud. */
  public static final String AZURE_VPN_AUDIENCE = "41b23e61-6c1e-4545-b367-cd054e0ed4b4";

  private final PublicIPAddress publicIp;
  private final VirtualNetworkGateway gateway;

  public AdminVpn(String name, Args args, ComponentResourceOptions options) {
    super(TYPE, name, options);
    Placement at = args.placement;
    Map<String, String> tags = Tags.of(args.settings, Tags.Classification.INTERNAL);

    PublicIPAddressArgs.Builder ip = PublicIPAddressArgs.builder()
        .resourceGroupName(args.resourceGroupName)
        .location(at.location())
        .sku(PublicIPAddressSkuArgs.builder().name("Standard").tier("Regional").build())
        .publicIPAllocationMethod("Static")
        .publicIPAddressVersion("IPv4")
        .tags(tags);
    if (args.zoneRedundant) ip.zones("1", "2", "3");
    this.publicIp = new PublicIPAddress(name + "-ip", ip.build(), ChildOptions.of(this, at));

    this.gateway = new VirtualNetworkGateway(name, VirtualNetworkGatewayArgs.builder()
        .resourceGroupName(args.resourceGroupName)
        .location(at.location())
        .gatewayType("Vpn")
        .vpnType("RouteBased")
        .vpnGatewayGeneration("Generation1")
        .sku(VirtualNetworkGatewaySkuArgs.builder()
            .name(args.zoneRedundant ? "VpnGw1AZ" : "VpnGw1")
            .tier(args.zoneRedundant ? "VpnGw1AZ" : "VpnGw1")
            .build())
        .activeActive(false)
        .enableBgp(false)
        .ipConfigurations(VirtualNetworkGatewayIPConfigurationArgs.builder()
            .name("gateway")
            .privateIPAllocationMethod("Dynamic")
            .subnet(SubResourceArgs.builder().id(args.gatewaySubnetId).build())
            .publicIPAddress(SubResourceArgs.builder().id(publicIp.id()).build())
            .build())
        .vpnClientConfiguration(VpnClientConfigurationArgs.builder()
            .vpnClientAddressPool(AddressSpaceArgs.builder().addressPrefixes(args.clientAddressPool).build())
            .vpnClientProtocols(List.of(Either.ofRight(VpnClientProtocol.OpenVPN)))
            .vpnAuthenticationTypes(List.of(Either.ofRight(VpnAuthenticationType.AAD)))
            .aadTenant(args.tenantId.applyValue(t -> "https://login.microsoftonline.com/" + t + "/"))
            .aadIssuer(args.tenantId.applyValue(t -> "https://sts.windows.net/" + t + "/"))
            .aadAudience(args.audience)
            .build())
        .tags(tags)
        .build(), ChildOptions.of(this, at, publicIp));
    registerOutputs(Map.of("gatewayId", gateway.id()));
  }

  public VirtualNetworkGateway gateway() { return gateway; }
  public PublicIPAddress publicIp() { return publicIp; }

  public static final class Args {
    private final Settings settings;
    private final Placement placement;
    private final Output<String> resourceGroupName;
    private final Output<String> gatewaySubnetId;
    private final Output<String> tenantId;
    private final String clientAddressPool;
    private final String audience;
    private final boolean zoneRedundant;

    private Args(Builder b) {
      this.settings = Objects.requireNonNull(b.settings, "settings");
      this.placement = Objects.requireNonNull(b.placement, "placement");
      this.resourceGroupName = Objects.requireNonNull(b.resourceGroupName, "resourceGroupName");
      this.gatewaySubnetId = Objects.requireNonNull(b.gatewaySubnetId, "gatewaySubnetId");
      this.tenantId = Objects.requireNonNull(b.tenantId, "tenantId");
      this.clientAddressPool = Objects.requireNonNull(b.clientAddressPool, "clientAddressPool");
      this.audience = Objects.requireNonNull(b.audience, "audience");
      this.zoneRedundant = b.zoneRedundant;
      Cidrs.address(clientAddressPool);
    }

    public static Builder builder() { return new Builder(); }
  }

  public static final class Builder {
    private Settings settings;
    private Placement placement;
    private Output<String> resourceGroupName;
    private Output<String> gatewaySubnetId;
    private Output<String> tenantId;
    private String clientAddressPool;
    private String audience = AZURE_VPN_AUDIENCE;
    private boolean zoneRedundant;

    public Builder settings(Settings v) { this.settings = v; return this; }
    public Builder placement(Placement v) { this.placement = v; return this; }
    public Builder resourceGroupName(Output<String> v) { this.resourceGroupName = v; return this; }
    public Builder gatewaySubnetId(Output<String> v) { this.gatewaySubnetId = v; return this; }
    public Builder tenantId(Output<String> v) { this.tenantId = v; return this; }
    public Builder clientAddressPool(String v) { this.clientAddressPool = v; return this; }
    public Builder audience(String v) { this.audience = v; return this; }
    public Builder zoneRedundant(boolean v) { this.zoneRedundant = v; return this; }
    public Args build() { return new Args(this); }
  }
}
