package eu.rampart.stacks.aws;

import com.pulumi.aws.Provider;
import com.pulumi.aws.ec2.SecurityGroup;
import com.pulumi.aws.ec2.SecurityGroupArgs;
import com.pulumi.aws.ec2.inputs.SecurityGroupEgressArgs;
import com.pulumi.aws.ec2.inputs.SecurityGroupIngressArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import eu.rampart.stacks.common.Settings;
import eu.rampart.stacks.common.Tags;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Security groups as controls NET-3 and NET-4 want them: the internet reaches only TCP 80/443 on
 * the load balancer; the app tier only from the load balancer; the data tier only from the app
 * tier on the database port; SSH/RDP only from the VPN client range. Rules are inline so a plan
 * shows each group with everything it allows.
 */
public final class Firewall extends ComponentResource {
  public static final String TYPE = "rampart:aws:Firewall";
  public static final int DEFAULT_APP_PORT = 8443;
  public static final int DEFAULT_DB_PORT = 5432;
  private static final String ANYWHERE = "0.0.0.0/0";

  private final SecurityGroup loadBalancer;
  private final SecurityGroup app;
  private final SecurityGroup data;
  private final SecurityGroup admin;
  private final SecurityGroup vpnEndpoint;

  public Firewall(String name, Args args) {
    this(name, args, null);
  }

  public Firewall(String name, Args args, ComponentResourceOptions options) {
    super(TYPE, name, Options.component(options, args.placement));
    Settings settings = args.placement.settings();
    Provider provider = args.placement.primary();
    Map<String, String> tags = Tags.of(settings, Tags.Classification.INTERNAL);

    this.loadBalancer = group(name + "-lb", "Load balancers: HTTP and HTTPS from the internet", args, provider, tags,
        List.of(tcp("HTTPS from the internet", 443).cidrBlocks(ANYWHERE).build(),
            tcp("HTTP from the internet, redirected to HTTPS", 80).cidrBlocks(ANYWHERE).build()),
        List.of(egress("to the app tier", args.appPort).cidrBlocks(args.vpcCidr).build()));

    this.app = group(name + "-app", "App tier: only from the load balancers", args, provider, tags,
        List.of(fromGroup("from the load balancers", args.appPort, loadBalancer.id())),
        List.of(egress("HTTPS out through NAT", 443).cidrBlocks(ANYWHERE).build(),
            egress("to the data tier", args.dbPort).cidrBlocks(args.vpcCidr).build()));

    this.data = group(name + "-data", "Data tier: only from the app tier on the database port", args, provider, tags,
        List.of(fromGroup("from the app tier on the database port", args.dbPort, app.id())), List.of());

    this.admin = group(name + "-admin", "Management: SSH and RDP only from the VPN client range", args, provider, tags,
        List.of(tcp("SSH from the VPN", 22).cidrBlocks(args.vpnClientCidr).build(),
            tcp("RDP from the VPN", 3389).cidrBlocks(args.vpnClientCidr).build()),
        List.of(egress("replies and administration inside the VPC", 443).cidrBlocks(args.vpcCidr).build()));

    this.vpnEndpoint = group(name + "-vpn", "Client VPN endpoint: administration into the VPC", args, provider, tags,
        List.of(),
        List.of(egress("SSH into the VPC", 22).cidrBlocks(args.vpcCidr).build(),
            egress("RDP into the VPC", 3389).cidrBlocks(args.vpcCidr).build(),
            egress("HTTPS into the VPC", 443).cidrBlocks(args.vpcCidr).build()));

    registerOutputs(Map.of("loadBalancerSecurityGroupId", loadBalancer.id(), "appSecurityGroupId", app.id(),
        "dataSecurityGroupId", data.id(), "adminSecurityGroupId", admin.id()));
  }

  private SecurityGroup group(String name, String description, Args args, Provider provider, Map<String, String> tags,
                              List<SecurityGroupIngressArgs> ingress, List<SecurityGroupEgressArgs> egress) {
    return new SecurityGroup(name, SecurityGroupArgs.builder()
        .vpcId(args.vpcId)
        .description(description)
        .ingress(ingress)
        .egress(egress)
        .revokeRulesOnDelete(true)
        .tags(named(tags, name))
        .build(), Options.child(this, provider));
  }

  private static SecurityGroupIngressArgs.Builder tcp(String description, int port) {
    return SecurityGroupIngressArgs.builder().description(description).protocol("tcp").fromPort(port).toPort(port);
  }

  /** A rule admitting only members of another group (referenced by id, so the plan records the link). */
  private static SecurityGroupIngressArgs fromGroup(String description, int port, Output<String> sourceGroupId) {
    return tcp(description, port).securityGroups(sourceGroupId.applyValue(List::of)).build();
  }

  private static SecurityGroupEgressArgs.Builder egress(String description, int port) {
    return SecurityGroupEgressArgs.builder().description(description).protocol("tcp").fromPort(port).toPort(port);
  }

  private static Map<String, String> named(Map<String, String> tags, String name) {
    Map<String, String> m = new HashMap<>(tags);
    m.put("Name", name);
    return m;
  }

  public SecurityGroup loadBalancer() { return loadBalancer; }
  public SecurityGroup app() { return app; }
  public SecurityGroup data() { return data; }
  public SecurityGroup admin() { return admin; }
  public SecurityGroup vpnEndpoint() { return vpnEndpoint; }

  public static Args.Builder args() { return new Args.Builder(); }

  public static final class Args {
    final AwsPlacement placement;
    final Output<String> vpcId;
    final String vpcCidr;
    final String vpnClientCidr;
    final int appPort;
    final int dbPort;

    private Args(Builder b) {
      this.placement = Objects.requireNonNull(b.placement, "placement");
      this.vpcId = Objects.requireNonNull(b.vpcId, "vpcId");
      this.vpcCidr = Objects.requireNonNull(b.vpcCidr, "vpcCidr");
      this.vpnClientCidr = Objects.requireNonNull(b.vpnClientCidr, "vpnClientCidr");
      this.appPort = b.appPort;
      this.dbPort = b.dbPort;
    }

    public static final class Builder {
      private AwsPlacement placement;
      private Output<String> vpcId;
      private String vpcCidr;
      private String vpnClientCidr;
      private int appPort = DEFAULT_APP_PORT;
      private int dbPort = DEFAULT_DB_PORT;

      public Builder placement(AwsPlacement p) { this.placement = p; return this; }
      public Builder vpcId(Output<String> id) { this.vpcId = id; return this; }
      public Builder vpcCidr(String cidr) { this.vpcCidr = cidr; return this; }
      public Builder vpnClientCidr(String cidr) { this.vpnClientCidr = cidr; return this; }
      public Builder appPort(int port) { this.appPort = port; return this; }
      public Builder dbPort(int port) { this.dbPort = port; return this; }
      public Args build() { return new Args(this); }
    }
  }
}
