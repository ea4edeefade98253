package eu.rampart.stacks.aws;

import com.pulumi.aws.Provider;
import com.pulumi.aws.cloudwatch.LogGroup;
import com.pulumi.aws.cloudwatch.LogGroupArgs;
import com.pulumi.aws.cloudwatch.LogStream;
import com.pulumi.aws.cloudwatch.LogStreamArgs;
import com.pulumi.aws.ec2clientvpn.AuthorizationRule;
import com.pulumi.aws.ec2clientvpn.AuthorizationRuleArgs;
import com.pulumi.aws.ec2clientvpn.Endpoint;
import com.pulumi.aws.ec2clientvpn.EndpointArgs;
import com.pulumi.aws.ec2clientvpn.NetworkAssociation;
import com.pulumi.aws.ec2clientvpn.NetworkAssociationArgs;
import com.pulumi.aws.ec2clientvpn.inputs.EndpointAuthenticationOptionArgs;
import com.pulumi.aws.ec2clientvpn.inputs.EndpointConnectionLogOptionsArgs;
import com.pulumi.aws.kms.Key;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import eu.rampart.stacks.common.Settings;
import eu.rampart.stacks.common.Tags;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The only administrative way in (control VPN-1): an AWS Client VPN endpoint with certificate
 * (mutual TLS) or SAML authentication as the environment says, split tunnel, every connection
 * logged to CloudWatch (VPN-2), associated with the management subnets and authorised for the VPC.
 */
public final class AdminVpn extends ComponentResource {
  public static final String TYPE = "rampart:aws:AdminVpn";

  private final Endpoint endpoint;

  public AdminVpn(String name, Args args) {
    this(name, args, null);
  }

  public AdminVpn(String name, Args args, ComponentResourceOptions options) {
    super(TYPE, name, Options.component(options, args.placement));
    Settings settings = args.placement.settings();
    Provider provider = args.placement.primary();
    Map<String, String> tags = Tags.of(settings, Tags.Classification.CONFIDENTIAL);

    // connection logs are audit logs (LOG-2): encrypted with their own key, which CloudWatch Logs may use
    Key logKey = KmsKeys.create(name + "-logs-key", this, provider, settings, "rampart " + name + " connection logs",
        Tags.Classification.CONFIDENTIAL, List.of("logs." + args.placement.primaryRegion() + ".amazonaws.com"));
    LogGroup logs = new LogGroup(name + "-connections", LogGroupArgs.builder()
        .name("/rampart/" + settings.environment() + "/client-vpn/" + name)
        .kmsKeyId(logKey.arn())
        .retentionInDays(settings.requireInt("logs.retentionDays"))
        .tags(tags)
        // audit evidence (DATA-4's stateful types): deleting the group deletes the connection records
        .build(), Options.stateful(this, provider, settings));
    LogStream stream = new LogStream(name + "-connections", LogStreamArgs.builder()
        .logGroupName(logs.name())
        .name("connections")
        .build(), Options.child(this, provider));

    String serverCertificate = settings.requireString("vpn.serverCertificateArn");
    this.endpoint = new Endpoint(name, EndpointArgs.builder()
        .description("rampart " + settings.environment() + " administration VPN")
        .clientCidrBlock(settings.requireString("vpn.clientCidr"))
        .serverCertificateArn(serverCertificate)
        .authenticationOptions(authentication(settings))
        .splitTunnel(true)
        .transportProtocol("udp")
        .sessionTimeoutHours(8)
        .vpcId(args.vpcId)
        .securityGroupIds(args.securityGroupId.applyValue(List::of))
        .connectionLogOptions(EndpointConnectionLogOptionsArgs.builder()
            .enabled(true)
            .cloudwatchLogGroup(logs.name())
            .cloudwatchLogStream(stream.name())
            .build())
        .tags(tags)
        .build(), Options.child(this, provider));

    for (int i = 0; i < args.managementSubnetIds.size(); i++) {
      new NetworkAssociation(name + "-management-" + i, NetworkAssociationArgs.builder()
          .clientVpnEndpointId(endpoint.id())
          .subnetId(args.managementSubnetIds.get(i))
          .build(), Options.child(this, provider));
    }
    new AuthorizationRule(name + "-vpc", AuthorizationRuleArgs.builder()
        .clientVpnEndpointId(endpoint.id())
        .targetNetworkCidr(args.vpcCidr)
        .authorizeAllGroups(true)
        .description("administrators reach the VPC")
        .build(), Options.child(this, provider));
    registerOutputs(Map.of("endpointId", endpoint.id()));
  }

  private static EndpointAuthenticationOptionArgs authentication(Settings settings) {
    String mode = settings.requireString("vpn.authentication");
    return switch (mode) {
      case "certificate" -> EndpointAuthenticationOptionArgs.builder()
          .type("certificate-authentication")
          .rootCertificateChainArn(settings.requireString("vpn.clientRootCertificateArn"))
          .build();
      case "saml" -> EndpointAuthenticationOptionArgs.builder()
          .type("federated-authentication")
          .samlProviderArn(settings.requireString("vpn.samlProviderArn"))
          .build();
      default -> throw settings.invalid("vpn.authentication", "must be certificate or saml, got: " + mode);
    };
  }

  public Endpoint endpoint() { return endpoint; }

  public static Args.Builder args() { return new Args.Builder(); }

  public static final class Args {
    final AwsPlacement placement;
    final Output<String> vpcId;
    final String vpcCidr;
    final List<Output<String>> managementSubnetIds;
    final Output<String> securityGroupId;

    private Args(Builder b) {
      this.placement = Objects.requireNonNull(b.placement, "placement");
      this.vpcId = Objects.requireNonNull(b.vpcId, "vpcId");
      this.vpcCidr = Objects.requireNonNull(b.vpcCidr, "vpcCidr");
      this.managementSubnetIds = List.copyOf(Objects.requireNonNull(b.managementSubnetIds, "managementSubnetIds"));
      if (managementSubnetIds.isEmpty()) throw new IllegalArgumentException("the VPN needs at least one management subnet");
      this.securityGroupId = Objects.requireNonNull(b.securityGroupId, "securityGroupId");
    }

    public static final class Builder {
      private AwsPlacement placement;
      private Output<String> vpcId;
      private String vpcCidr;
      private List<Output<String>> managementSubnetIds;
      private Output<String> securityGroupId;

      public Builder placement(AwsPlacement p) { this.placement = p; return this; }
      public Builder vpcId(Output<String> id) { this.vpcId = id; return this; }
      public Builder vpcCidr(String cidr) { this.vpcCidr = cidr; return this; }
      public Builder managementSubnetIds(List<Output<String>> ids) { this.managementSubnetIds = ids; return this; }
      public Builder securityGroupId(Output<String> id) { this.securityGroupId = id; return this; }
      public Args build() { return new Args(this); }
    }
  }
}
