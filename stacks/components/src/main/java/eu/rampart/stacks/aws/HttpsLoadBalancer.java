package eu.rampart.stacks.aws;

import com.pulumi.aws.Provider;
import com.pulumi.aws.lb.Listener;
import com.pulumi.aws.lb.ListenerArgs;
import com.pulumi.aws.lb.LoadBalancer;
import com.pulumi.aws.lb.LoadBalancerArgs;
import com.pulumi.aws.lb.TargetGroup;
import com.pulumi.aws.lb.TargetGroupArgs;
import com.pulumi.aws.lb.inputs.ListenerDefaultActionArgs;
import com.pulumi.aws.lb.inputs.ListenerDefaultActionRedirectArgs;
import com.pulumi.aws.lb.inputs.TargetGroupHealthCheckArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import eu.rampart.stacks.common.Settings;
import eu.rampart.stacks.common.Tags;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The internet-facing entry (control ENC-3): an application load balancer in the public subnets
 * with an HTTPS listener on a TLS 1.2+/1.3 policy and a port-80 listener that only redirects to
 * 443. Targets are reached over HTTPS too.
 */
public final class HttpsLoadBalancer extends ComponentResource {
  public static final String TYPE = "rampart:aws:HttpsLoadBalancer";
  public static final String TLS_POLICY = "ELBSecurityPolicy-TLS13-1-2-2021-06";

  private final LoadBalancer loadBalancer;
  private final TargetGroup targets;

  public HttpsLoadBalancer(String name, Args args) {
    this(name, args, null);
  }

  public HttpsLoadBalancer(String name, Args args, ComponentResourceOptions options) {
    super(TYPE, name, Options.component(options, args.placement));
    Settings settings = args.placement.settings();
    Provider provider = args.placement.primary();
    Map<String, String> tags = Tags.of(settings, Tags.Classification.INTERNAL);

    this.loadBalancer = new LoadBalancer(name, LoadBalancerArgs.builder()
        .loadBalancerType("application")
        .internal(false)
        .subnets(Output.all(args.publicSubnetIds))
        .securityGroups(args.securityGroupId.applyValue(List::of))
        .dropInvalidHeaderFields(true)
        .enableDeletionProtection(settings.production())
        .tags(tags)
        .build(), Options.child(this, provider));

    this.targets = new TargetGroup(name + "-app", TargetGroupArgs.builder()
        .vpcId(args.vpcId)
        .port(args.appPort)
        .protocol("HTTPS")
        .targetType("ip")
        .healthCheck(TargetGroupHealthCheckArgs.builder().protocol("HTTPS").path("/health").build())
        .tags(tags)
        .build(), Options.child(this, provider));

    new Listener(name + "-https", ListenerArgs.builder()
        .loadBalancerArn(loadBalancer.arn())
        .port(443)
        .protocol("HTTPS")
        .sslPolicy(TLS_POLICY)
        .certificateArn(settings.requireString("aws.tlsCertificateArn"))
        .defaultActions(ListenerDefaultActionArgs.builder().type("forward").targetGroupArn(targets.arn()).build())
        .tags(tags)
        .build(), Options.child(this, provider));

    new Listener(name + "-http-redirect", ListenerArgs.builder()
        .loadBalancerArn(loadBalancer.arn())
        .port(80)
        .protocol("HTTP")
        .defaultActions(ListenerDefaultActionArgs.builder()
            .type("redirect")
            .redirect(ListenerDefaultActionRedirectArgs.builder()
                .protocol("HTTPS").port("443").statusCode("HTTP_301").build())
            .build())
        .tags(tags)
        .build(), Options.child(this, provider));
    registerOutputs(Map.of("dnsName", loadBalancer.dnsName()));
  }

  public LoadBalancer loadBalancer() { return loadBalancer; }

  public TargetGroup targets() { return targets; }

  public static Args.Builder args() { return new Args.Builder(); }

  public static final class Args {
    final AwsPlacement placement;
    final Output<String> vpcId;
    final List<Output<String>> publicSubnetIds;
    final Output<String> securityGroupId;
    final int appPort;

    private Args(Builder b) {
      this.placement = Objects.requireNonNull(b.placement, "placement");
      this.vpcId = Objects.requireNonNull(b.vpcId, "vpcId");
      this.publicSubnetIds = List.copyOf(Objects.requireNonNull(b.publicSubnetIds, "publicSubnetIds"));
      if (publicSubnetIds.size() < 2) throw new IllegalArgumentException("an ALB needs subnets in at least two zones");
      this.securityGroupId = Objects.requireNonNull(b.securityGroupId, "securityGroupId");
      this.appPort = b.appPort;
    }

    public static final class Builder {
      private AwsPlacement placement;
      private Output<String> vpcId;
      private List<Output<String>> publicSubnetIds;
      private Output<String> securityGroupId;
      private int appPort = Firewall.DEFAULT_APP_PORT;

      public Builder placement(AwsPlacement p) { this.placement = p; return this; }
      public Builder vpcId(Output<String> id) { this.vpcId = id; return this; }
      public Builder publicSubnetIds(List<Output<String>> ids) { this.publicSubnetIds = ids; return this; }
      public Builder securityGroupId(Output<String> id) { this.securityGroupId = id; return this; }
      public Builder appPort(int port) { this.appPort = port; return this; }
      public Args build() { return new Args(this); }
    }
  }
}
