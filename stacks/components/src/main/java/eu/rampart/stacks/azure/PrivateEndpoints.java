package eu.rampart.stacks.azure;

import com.pulumi.azurenative.network.PrivateDnsZoneGroup;
import com.pulumi.azurenative.network.PrivateDnsZoneGroupArgs;
import com.pulumi.azurenative.network.PrivateEndpoint;
import com.pulumi.azurenative.network.PrivateEndpointArgs;
import com.pulumi.azurenative.network.PrivateZone;
import com.pulumi.azurenative.network.PrivateZoneArgs;
import com.pulumi.azurenative.network.VirtualNetworkLink;
import com.pulumi.azurenative.network.VirtualNetworkLinkArgs;
import com.pulumi.azurenative.network.inputs.PrivateDnsZoneConfigArgs;
import com.pulumi.azurenative.network.inputs.PrivateLinkServiceConnectionArgs;
import com.pulumi.azurenative.network.inputs.SubResourceArgs;
import com.pulumi.azurenative.network.inputs.SubnetArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import eu.rampart.stacks.common.Settings;
import eu.rampart.stacks.common.Tags;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Private endpoints in the data tier for services whose public network access is disabled (key
 * vault, storage), with the private DNS zones that make their usual names resolve to the private
 * addresses inside the network. Without them nothing but trusted Azure services could reach the
 * data plane (DATA-1, ENC-2).
 */
public final class PrivateEndpoints extends ComponentResource {
  public static final String TYPE = "rampart:azure:PrivateEndpoints";
  /** Private DNS zones are global resources by Azure's design; they hold names, not data. */
  public static final String GLOBAL = "global";
  /** Private link sub-resource (group id) to the private DNS zone of Azure's public cloud. */
  static final Map<String, String> ZONES = Map.of(
      "vault", "privatelink.vaultcore.azure.net",
      "blob", "privatelink.blob.core.windows.net");

  private final Map<String, PrivateZone> zones = new LinkedHashMap<>();
  private final List<PrivateEndpoint> endpoints = new ArrayList<>();

  public PrivateEndpoints(String name, Args args, ComponentResourceOptions options) {
    super(TYPE, name, options);
    Placement at = args.placement;
    Map<String, String> tags = Tags.of(args.settings, Tags.Classification.INTERNAL);
    for (Target target : args.targets) {
      String zoneName = ZONES.get(target.groupId());
      if (zoneName == null) {
        throw new IllegalArgumentException("no private DNS zone known for private link group '" + target.groupId()
            + "' (" + target.label() + "); known: " + ZONES.keySet());
      }
      PrivateZone zone = zones.computeIfAbsent(target.groupId(), group -> {
        PrivateZone z = new PrivateZone(name + "-zone-" + group, PrivateZoneArgs.builder()
            .resourceGroupName(args.resourceGroupName)
            .privateZoneName(zoneName)
            .location(GLOBAL)
            .tags(tags)
            .build(), ChildOptions.of(this, at));
        new VirtualNetworkLink(name + "-zone-" + group + "-link", VirtualNetworkLinkArgs.builder()
            .resourceGroupName(args.resourceGroupName)
            .privateZoneName(z.name())
            .virtualNetwork(SubResourceArgs.builder().id(args.virtualNetworkId).build())
            .registrationEnabled(false)
            .location(GLOBAL)
            .tags(tags)
            .build(), ChildOptions.of(this, at));
        return z;
      });
      PrivateEndpoint endpoint = new PrivateEndpoint(name + "-" + target.label(), PrivateEndpointArgs.builder()
          .resourceGroupName(args.resourceGroupName)
          .location(at.location())
          .subnet(SubnetArgs.builder().id(args.subnetId).build())
          .privateLinkServiceConnections(PrivateLinkServiceConnectionArgs.builder()
              .name(target.label())
              .privateLinkServiceId(target.resourceId())
              .groupIds(target.groupId())
              .build())
          .tags(tags)
          .build(), ChildOptions.of(this, at));
      new PrivateDnsZoneGroup(name + "-" + target.label() + "-dns", PrivateDnsZoneGroupArgs.builder()
          .resourceGroupName(args.resourceGroupName)
          .privateEndpointName(endpoint.name())
          .privateDnsZoneGroupName("default")
          .privateDnsZoneConfigs(PrivateDnsZoneConfigArgs.builder()
              .name(target.groupId())
              .privateDnsZoneId(zone.id())
              .build())
          .build(), ChildOptions.of(this, at));
      endpoints.add(endpoint);
    }
    registerOutputs(Map.of());
  }

  public List<PrivateEndpoint> endpoints() { return Collections.unmodifiableList(endpoints); }
  public Map<String, PrivateZone> zones() { return Collections.unmodifiableMap(zones); }

  /** One service to reach privately: {@code groupId} is its private link sub-resource (vault, blob). */
  public record Target(String label, Output<String> resourceId, String groupId) {
    public Target {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(resourceId, "resourceId");
      Objects.requireNonNull(groupId, "groupId");
    }
  }

  public static final class Args {
    private final Settings settings;
    private final Placement placement;
    private final Output<String> resourceGroupName;
    private final Output<String> virtualNetworkId;
    private final Output<String> subnetId;
    private final List<Target> targets;

    private Args(Builder b) {
      this.settings = Objects.requireNonNull(b.settings, "settings");
      this.placement = Objects.requireNonNull(b.placement, "placement");
      this.resourceGroupName = Objects.requireNonNull(b.resourceGroupName, "resourceGroupName");
      this.virtualNetworkId = Objects.requireNonNull(b.virtualNetworkId, "virtualNetworkId");
      this.subnetId = Objects.requireNonNull(b.subnetId, "subnetId");
      this.targets = List.copyOf(b.targets);
    }

    public static Builder builder() { return new Builder(); }
  }

  public static final class Builder {
    private Settings settings;
    private Placement placement;
    private Output<String> resourceGroupName;
    private Output<String> virtualNetworkId;
    private Output<String> subnetId;
    private final List<Target> targets = new ArrayList<>();

    public Builder settings(Settings v) { this.settings = v; return this; }
    public Builder placement(Placement v) { this.placement = v; return this; }
    public Builder resourceGroupName(Output<String> v) { this.resourceGroupName = v; return this; }
    public Builder virtualNetworkId(Output<String> v) { this.virtualNetworkId = v; return this; }
    public Builder subnetId(Output<String> v) { this.subnetId = v; return this; }
    public Builder target(String label, Output<String> resourceId, String groupId) {
      this.targets.add(new Target(label, resourceId, groupId));
      return this;
    }
    public Args build() { return new Args(this); }
  }
}
