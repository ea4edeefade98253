package eu.rampart.stacks.azure;

import eu.rampart.stacks.common.Tier;
import com.pulumi.azurenative.network.FlowLog;
import com.pulumi.azurenative.network.FlowLogArgs;
import com.pulumi.azurenative.network.NetworkSecurityGroup;
import com.pulumi.azurenative.network.NetworkSecurityGroupArgs;
import com.pulumi.azurenative.network.NetworkWatcher;
import com.pulumi.azurenative.network.NetworkWatcherArgs;
import com.pulumi.azurenative.network.Subnet;
import com.pulumi.azurenative.network.SubnetArgs;
import com.pulumi.azurenative.network.VirtualNetwork;
import com.pulumi.azurenative.network.VirtualNetworkArgs;
import com.pulumi.azurenative.network.inputs.AddressSpaceArgs;
import com.pulumi.azurenative.network.inputs.FlowLogFormatParametersArgs;
import com.pulumi.azurenative.network.inputs.RetentionPolicyParametersArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.Resource;
import eu.rampart.stacks.common.Settings;
import eu.rampart.stacks.common.Tags;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A virtual network segmented into public, app, data and management tiers (NET-1), each tier in
 * {@code subnetsPerTier} subnets, plus the {@code GatewaySubnet} the VPN gateway needs. Every tier
 * subnet has a network security group ending in deny-all (NET-5); Azure forbids an NSG on
 * GatewaySubnet. Every NSG has a flow log to the log archive storage account (NET-6).
 */
public final class SegmentedNetwork extends ComponentResource {
  public static final String TYPE = "rampart:azure:SegmentedNetwork";
  /** Azure requires exactly this name for the subnet of a virtual network gateway. */
  public static final String GATEWAY_SUBNET = "GatewaySubnet";
  static final int TIER_SUBNET_PREFIX = 24;
  static final int GATEWAY_SUBNET_PREFIX = 27;

  private final VirtualNetwork network;
  private final Map<Tier, List<Subnet>> subnets = new EnumMap<>(Tier.class);
  private final Map<Tier, NetworkSecurityGroup> securityGroups = new EnumMap<>(Tier.class);
  private final Subnet gatewaySubnet;
  private final List<FlowLog> flowLogs = new ArrayList<>();

  public SegmentedNetwork(String name, Args args, ComponentResourceOptions options) {
    super(TYPE, name, options);
    Placement at = args.placement;
    Map<String, String> tags = Tags.of(args.settings, Tags.Classification.INTERNAL);
    Map<Tier, List<String>> prefixes = carve(args.addressSpace, args.subnetsPerTier);

    this.network = new VirtualNetwork(name + "-vnet", VirtualNetworkArgs.builder()
        .resourceGroupName(args.resourceGroupName)
        .location(at.location())
        .addressSpace(AddressSpaceArgs.builder().addressPrefixes(args.addressSpace).build())
        .tags(tags)
        .build(), ChildOptions.of(this, at));

    for (Tier tier : Tier.values()) {
      securityGroups.put(tier, new NetworkSecurityGroup(name + "-nsg-" + tier.label(), NetworkSecurityGroupArgs.builder()
          .resourceGroupName(args.resourceGroupName)
          .location(at.location())
          .securityRules(TierRules.forTier(tier, prefixes, args.vpnClientCidr))
          .tags(tags)
          .build(), ChildOptions.of(this, at)));
    }

    // Azure rejects concurrent subnet writes on one network, so subnets are created one after another.
    Resource previous = network;
    for (Tier tier : Tier.values()) {
      List<Subnet> tierSubnets = new ArrayList<>();
      List<String> tierPrefixes = prefixes.get(tier);
      for (int i = 0; i < tierPrefixes.size(); i++) {
        String subnetName = "snet-" + tier.label() + "-" + (i + 1);
        Subnet subnet = new Subnet(name + "-" + subnetName, SubnetArgs.builder()
            .resourceGroupName(args.resourceGroupName)
            .virtualNetworkName(network.name())
            .subnetName(subnetName)
            .addressPrefix(tierPrefixes.get(i))
            .networkSecurityGroup(com.pulumi.azurenative.network.inputs.NetworkSecurityGroupArgs.builder()
                .id(securityGroups.get(tier).id()).build())
            // NSG rules also apply to private endpoints placed in the subnet
            .privateEndpointNetworkPolicies("Enabled")
            .build(), ChildOptions.of(this, at, previous));
        tierSubnets.add(subnet);
        previous = subnet;
      }
      subnets.put(tier, Collections.unmodifiableList(tierSubnets));
    }
    this.gatewaySubnet = new Subnet(name + "-" + GATEWAY_SUBNET, SubnetArgs.builder()
        .resourceGroupName(args.resourceGroupName)
        .virtualNetworkName(network.name())
        .subnetName(GATEWAY_SUBNET)
        .addressPrefix(Cidrs.lastSubnet(args.addressSpace, GATEWAY_SUBNET_PREFIX))
        .build(), ChildOptions.of(this, at, previous));

    // Azure allows one network watcher per region and subscription; the landing zone owns it.
    NetworkWatcher watcher = new NetworkWatcher(name + "-watcher", NetworkWatcherArgs.builder()
        .resourceGroupName(args.resourceGroupName)
        .networkWatcherName("nw-" + args.settings.environment() + "-" + at.location())
        .location(at.location())
        .tags(tags)
        .build(), ChildOptions.of(this, at));
    int retentionDays = Math.min(365, AuditTrail.checkedLogRetentionDays(args.settings));
    for (Tier tier : Tier.values()) {
      flowLogs.add(new FlowLog(name + "-flowlog-" + tier.label(), FlowLogArgs.builder()
          .resourceGroupName(args.resourceGroupName)
          .networkWatcherName(watcher.name())
          .location(at.location())
          .targetResourceId(securityGroups.get(tier).id())
          .storageId(args.flowLogStorageAccountId)
          .enabled(true)
          .format(FlowLogFormatParametersArgs.builder().type("JSON").version(2).build())
          .retentionPolicy(RetentionPolicyParametersArgs.builder().enabled(true).days(retentionDays).build())
          .tags(tags)
          .build(), ChildOptions.of(this, at)));
    }
    registerOutputs(Map.of("virtualNetworkId", network.id()));
  }

  /** Subnet prefixes per tier, in tier order, then the gateway subnet at the end of the range. */
  static Map<Tier, List<String>> carve(String addressSpace, int subnetsPerTier) {
    Map<Tier, List<String>> out = new EnumMap<>(Tier.class);
    int index = 0;
    for (Tier tier : Tier.values()) {
      List<String> list = new ArrayList<>();
      for (int i = 0; i < subnetsPerTier; i++) list.add(Cidrs.subnet(addressSpace, TIER_SUBNET_PREFIX, index++));
      out.put(tier, List.copyOf(list));
    }
    String gateway = Cidrs.lastSubnet(addressSpace, GATEWAY_SUBNET_PREFIX);
    String lastTier = Cidrs.subnet(addressSpace, TIER_SUBNET_PREFIX, index - 1);
    if (Cidrs.address(gateway) <= Cidrs.address(lastTier) + (1L << (32 - TIER_SUBNET_PREFIX)) - 1) {
      throw new IllegalArgumentException("network range " + addressSpace + " is too small for "
          + Tier.values().length * subnetsPerTier + " /" + TIER_SUBNET_PREFIX + " subnets and a gateway subnet");
    }
    return out;
  }

  public VirtualNetwork network() { return network; }
  public Map<Tier, List<Subnet>> subnets() { return Collections.unmodifiableMap(subnets); }
  public Map<Tier, NetworkSecurityGroup> securityGroups() { return Collections.unmodifiableMap(securityGroups); }
  public Subnet gatewaySubnet() { return gatewaySubnet; }
  public List<FlowLog> flowLogs() { return Collections.unmodifiableList(flowLogs); }

  public static final class Args {
    private final Settings settings;
    private final Placement placement;
    private final Output<String> resourceGroupName;
    private final String addressSpace;
    private final String vpnClientCidr;
    private final int subnetsPerTier;
    private final Output<String> flowLogStorageAccountId;

    private Args(Builder b) {
      this.settings = Objects.requireNonNull(b.settings, "settings");
      this.placement = Objects.requireNonNull(b.placement, "placement");
      this.resourceGroupName = Objects.requireNonNull(b.resourceGroupName, "resourceGroupName");
      this.addressSpace = Objects.requireNonNull(b.addressSpace, "addressSpace");
      this.vpnClientCidr = Objects.requireNonNull(b.vpnClientCidr, "vpnClientCidr");
      this.flowLogStorageAccountId = Objects.requireNonNull(b.flowLogStorageAccountId, "flowLogStorageAccountId");
      if (b.subnetsPerTier < 1) throw new IllegalArgumentException("subnetsPerTier must be at least 1");
      this.subnetsPerTier = b.subnetsPerTier;
      Cidrs.address(vpnClientCidr);
    }

    public static Builder builder() { return new Builder(); }
  }

  public static final class Builder {
    private Settings settings;
    private Placement placement;
    private Output<String> resourceGroupName;
    private String addressSpace;
    private String vpnClientCidr;
    private int subnetsPerTier = 2;
    private Output<String> flowLogStorageAccountId;

    public Builder settings(Settings v) { this.settings = v; return this; }
    public Builder placement(Placement v) { this.placement = v; return this; }
    public Builder resourceGroupName(Output<String> v) { this.resourceGroupName = v; return this; }
    public Builder addressSpace(String v) { this.addressSpace = v; return this; }
    public Builder vpnClientCidr(String v) { this.vpnClientCidr = v; return this; }
    public Builder subnetsPerTier(int v) { this.subnetsPerTier = v; return this; }
    public Builder flowLogStorageAccountId(Output<String> v) { this.flowLogStorageAccountId = v; return this; }
    public Args build() { return new Args(this); }
  }
}
