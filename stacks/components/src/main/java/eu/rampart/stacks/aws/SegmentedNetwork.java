package eu.rampart.stacks.aws;

import eu.rampart.stacks.common.Tier;
import com.pulumi.aws.Provider;
import com.pulumi.aws.ec2.DefaultSecurityGroup;
import com.pulumi.aws.ec2.DefaultSecurityGroupArgs;
import com.pulumi.aws.ec2.Eip;
import com.pulumi.aws.ec2.EipArgs;
import com.pulumi.aws.ec2.FlowLog;
import com.pulumi.aws.ec2.FlowLogArgs;
import com.pulumi.aws.ec2.InternetGateway;
import com.pulumi.aws.ec2.InternetGatewayArgs;
import com.pulumi.aws.ec2.NatGateway;
import com.pulumi.aws.ec2.NatGatewayArgs;
import com.pulumi.aws.ec2.NetworkAcl;
import com.pulumi.aws.ec2.NetworkAclArgs;
import com.pulumi.aws.ec2.RouteTable;
import com.pulumi.aws.ec2.RouteTableArgs;
import com.pulumi.aws.ec2.RouteTableAssociation;
import com.pulumi.aws.ec2.RouteTableAssociationArgs;
import com.pulumi.aws.ec2.Subnet;
import com.pulumi.aws.ec2.SubnetArgs;
import com.pulumi.aws.ec2.Vpc;
import com.pulumi.aws.ec2.VpcArgs;
import com.pulumi.aws.ec2.inputs.RouteTableRouteArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import eu.rampart.stacks.common.Cidrs;
import eu.rampart.stacks.common.Settings;
import eu.rampart.stacks.common.Tags;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A VPC segmented as control NET-1 wants: public, app, data and management subnets in every
 * availability zone; only the public route table reaches the internet gateway, the app tier goes
 * out through NAT, the data and management tiers have no route out at all. Every subnet has a
 * tier NACL (NET-5), the default security group is emptied, and flow logs go to the log archive
 * (NET-6).
 */
public final class SegmentedNetwork extends ComponentResource {
  public static final String TYPE = "rampart:aws:SegmentedNetwork";
  /** Four bits more than the VPC: room for 4 tiers in up to 4 zones. */
  private static final int SUBNET_BITS = 4;
  private static final String ANYWHERE = "0.0.0.0/0";

  private final Vpc vpc;
  private final String cidr;
  private final Map<Tier, List<Subnet>> subnets = new EnumMap<>(Tier.class);
  private final Map<Tier, List<String>> subnetCidrs = new EnumMap<>(Tier.class);

  public SegmentedNetwork(String name, Args args) {
    this(name, args, null);
  }

  public SegmentedNetwork(String name, Args args, ComponentResourceOptions options) {
    super(TYPE, name, Options.component(options, args.placement));
    Settings settings = args.placement.settings();
    Provider provider = args.placement.primary();
    this.cidr = args.cidr;
    Map<String, String> tags = Tags.of(settings, Tags.Classification.INTERNAL);

    this.vpc = new Vpc(name, VpcArgs.builder()
        .cidrBlock(cidr)
        .enableDnsSupport(true)
        .enableDnsHostnames(true)
        .tags(named(tags, name))
        .build(), Options.child(this, provider));

    new DefaultSecurityGroup(name + "-default-sg", DefaultSecurityGroupArgs.builder()
        .vpcId(vpc.id())
        .ingress(List.of())
        .egress(List.of())
        .tags(named(tags, name + "-default-deny"))
        .build(), Options.child(this, provider));

    List<String> zones = new ArrayList<>();
    for (int i = 0; i < args.zones; i++) zones.add(args.placement.primaryRegion() + (char) ('a' + i));
    for (Tier tier : Tier.values()) {
      List<Subnet> list = new ArrayList<>();
      List<String> cidrs = new ArrayList<>();
      for (int z = 0; z < zones.size(); z++) {
        String subnetCidr = Cidrs.subnet(cidr, SUBNET_BITS, tier.ordinal() * 4 + z);
        cidrs.add(subnetCidr);
        list.add(new Subnet(name + "-" + tier.label() + "-" + zones.get(z), SubnetArgs.builder()
            .vpcId(vpc.id())
            .cidrBlock(subnetCidr)
            .availabilityZone(zones.get(z))
            .mapPublicIpOnLaunch(false)
            .tags(tierTags(tags, name + "-" + tier.label() + "-" + zones.get(z), tier))
            .build(), Options.child(this, provider)));
      }
      subnets.put(tier, List.copyOf(list));
      subnetCidrs.put(tier, List.copyOf(cidrs));
    }

    InternetGateway igw = new InternetGateway(name + "-igw", InternetGatewayArgs.builder()
        .vpcId(vpc.id()).tags(named(tags, name + "-igw")).build(), Options.child(this, provider));

    RouteTable publicRoutes = new RouteTable(name + "-public", RouteTableArgs.builder()
        .vpcId(vpc.id())
        .routes(RouteTableRouteArgs.builder().cidrBlock(ANYWHERE).gatewayId(igw.id()).build())
        .tags(tierTags(tags, name + "-public", Tier.PUBLIC))
        .build(), Options.child(this, provider));
    associate(name, Tier.PUBLIC, i -> publicRoutes, provider);

    // one NAT keeps dev cheap; production gets one per zone so a zone outage keeps egress
    int natCount = args.natPerZone ? zones.size() : 1;
    List<RouteTable> appRoutes = new ArrayList<>();
    for (int i = 0; i < natCount; i++) {
      String suffix = natCount == 1 ? "" : "-" + zones.get(i);
      Eip eip = new Eip(name + "-nat" + suffix, EipArgs.builder().domain("vpc")
          .tags(named(tags, name + "-nat" + suffix)).build(), Options.child(this, provider));
      NatGateway nat = new NatGateway(name + "-nat" + suffix, NatGatewayArgs.builder()
          .allocationId(eip.id())
          .subnetId(subnets.get(Tier.PUBLIC).get(i).id())
          .tags(named(tags, name + "-nat" + suffix))
          .build(), Options.child(this, provider, igw));
      appRoutes.add(new RouteTable(name + "-app" + suffix, RouteTableArgs.builder()
          .vpcId(vpc.id())
          .routes(RouteTableRouteArgs.builder().cidrBlock(ANYWHERE).natGatewayId(nat.id()).build())
          .tags(tierTags(tags, name + "-app" + suffix, Tier.APP))
          .build(), Options.child(this, provider)));
    }
    associate(name, Tier.APP, i -> appRoutes.get(Math.min(i, appRoutes.size() - 1)), provider);

    // data and management: local routes only, stated with an explicit empty route list
    for (Tier isolated : List.of(Tier.DATA, Tier.MANAGEMENT)) {
      RouteTable routes = new RouteTable(name + "-" + isolated.label(), RouteTableArgs.builder()
          .vpcId(vpc.id())
          .routes(List.of())
          .tags(tierTags(tags, name + "-" + isolated.label(), isolated))
          .build(), Options.child(this, provider));
      associate(name, isolated, i -> routes, provider);
    }

    NetworkAcls acls = new NetworkAcls(cidr, args.vpnClientCidr, args.appPort, args.dbPort);
    for (Tier tier : Tier.values()) {
      new NetworkAcl(name + "-" + tier.label() + "-acl", NetworkAclArgs.builder()
          .vpcId(vpc.id())
          .subnetIds(Output.all(subnets.get(tier).stream().map(Subnet::id).toList()))
          .ingress(acls.ingress(tier))
          .egress(acls.egress(tier))
          .tags(tierTags(tags, name + "-" + tier.label() + "-acl", tier))
          .build(), Options.child(this, provider));
    }

    new FlowLog(name + "-flow-log", FlowLogArgs.builder()
        .vpcId(vpc.id())
        .trafficType("ALL")
        .logDestinationType("s3")
        .logDestination(args.flowLogBucketArn)
        .maxAggregationInterval(60)
        .tags(named(tags, name + "-flow-log"))
        .build(), Options.child(this, provider));

    registerOutputs(Map.of("vpcId", vpc.id()));
  }

  private void associate(String name, Tier tier, java.util.function.IntFunction<RouteTable> table, Provider provider) {
    List<Subnet> list = subnets.get(tier);
    for (int i = 0; i < list.size(); i++) {
      new RouteTableAssociation(name + "-" + tier.label() + "-" + i + "-routes", RouteTableAssociationArgs.builder()
          .subnetId(list.get(i).id())
          .routeTableId(table.apply(i).id())
          .build(), Options.child(this, provider));
    }
  }

  private static Map<String, String> named(Map<String, String> tags, String name) {
    Map<String, String> m = new HashMap<>(tags);
    m.put("Name", name);
    return m;
  }

  private static Map<String, String> tierTags(Map<String, String> tags, String name, Tier tier) {
    Map<String, String> m = named(tags, name);
    m.put("tier", tier.label());
    return m;
  }

  public Vpc vpc() { return vpc; }

  public Output<String> vpcId() { return vpc.id(); }

  public String cidr() { return cidr; }

  public List<Subnet> subnets(Tier tier) { return subnets.get(tier); }

  public List<Output<String>> subnetIds(Tier tier) { return subnets.get(tier).stream().map(Subnet::id).toList(); }

  public List<String> subnetCidrs(Tier tier) { return subnetCidrs.get(tier); }

  public static Args.Builder args() { return new Args.Builder(); }

  public static final class Args {
    final AwsPlacement placement;
    final String cidr;
    final int zones;
    final boolean natPerZone;
    final Output<String> flowLogBucketArn;
    final String vpnClientCidr;
    final int appPort;
    final int dbPort;

    private Args(Builder b) {
      this.placement = Objects.requireNonNull(b.placement, "placement");
      this.cidr = Objects.requireNonNull(b.cidr, "cidr");
      if (b.zones < 2 || b.zones > 4) throw new IllegalArgumentException("availability zones must be 2 to 4, got " + b.zones);
      this.zones = b.zones;
      this.natPerZone = b.natPerZone;
      this.flowLogBucketArn = Objects.requireNonNull(b.flowLogBucketArn, "flowLogBucketArn");
      this.vpnClientCidr = Objects.requireNonNull(b.vpnClientCidr, "vpnClientCidr");
      this.appPort = b.appPort;
      this.dbPort = b.dbPort;
    }

    public static final class Builder {
      private AwsPlacement placement;
      private String cidr;
      private int zones = 2;
      private boolean natPerZone;
      private Output<String> flowLogBucketArn;
      private String vpnClientCidr;
      private int appPort = Firewall.DEFAULT_APP_PORT;
      private int dbPort = Firewall.DEFAULT_DB_PORT;

      public Builder placement(AwsPlacement p) { this.placement = p; return this; }
      public Builder cidr(String cidr) { this.cidr = cidr; return this; }
      public Builder zones(int zones) { this.zones = zones; return this; }
      public Builder natPerZone(boolean perZone) { this.natPerZone = perZone; return this; }
      public Builder flowLogBucketArn(Output<String> arn) { this.flowLogBucketArn = arn; return this; }
      public Builder vpnClientCidr(String cidr) { this.vpnClientCidr = cidr; return this; }
      public Builder appPort(int port) { this.appPort = port; return this; }
      public Builder dbPort(int port) { this.dbPort = port; return this; }
      public Args build() { return new Args(this); }
    }
  }
}
