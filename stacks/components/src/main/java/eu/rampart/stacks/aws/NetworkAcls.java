package eu.rampart.stacks.aws;

import eu.rampart.stacks.common.Tier;
import com.pulumi.aws.ec2.inputs.NetworkAclEgressArgs;
import com.pulumi.aws.ec2.inputs.NetworkAclIngressArgs;
import java.util.ArrayList;
import java.util.List;

/**
 * The NACL rules of each tier. NACLs are stateless, so replies need the ephemeral port range; the
 * internet may reach only 80/443 on the public tier plus replies to connections made from inside.
 * Everything not listed falls through to the NACL's implicit final deny.
 */
final class NetworkAcls {
  private static final String ANYWHERE = "0.0.0.0/0";
  private static final int EPHEMERAL_FROM = 1024;
  private static final int EPHEMERAL_TO = 65535;

  private final String vpcCidr;
  private final String vpnClientCidr;
  private final int appPort;
  private final int dbPort;

  NetworkAcls(String vpcCidr, String vpnClientCidr, int appPort, int dbPort) {
    this.vpcCidr = vpcCidr;
    this.vpnClientCidr = vpnClientCidr;
    this.appPort = appPort;
    this.dbPort = dbPort;
  }

  List<NetworkAclIngressArgs> ingress(Tier tier) {
    List<NetworkAclIngressArgs> rules = new ArrayList<>();
    switch (tier) {
      case PUBLIC -> {
        rules.add(in(100, ANYWHERE, 443, 443));
        rules.add(in(110, ANYWHERE, 80, 80));
        rules.add(in(120, ANYWHERE, EPHEMERAL_FROM, EPHEMERAL_TO));
        rules.add(in(130, vpcCidr, 0, EPHEMERAL_TO));
      }
      case APP -> {
        rules.add(in(100, vpcCidr, appPort, appPort));
        rules.add(in(110, vpnClientCidr, 22, 22));
        rules.add(in(120, ANYWHERE, EPHEMERAL_FROM, EPHEMERAL_TO));
      }
      case DATA -> {
        rules.add(in(100, vpcCidr, dbPort, dbPort));
        rules.add(in(110, vpcCidr, EPHEMERAL_FROM, EPHEMERAL_TO));
      }
      case MANAGEMENT -> {
        rules.add(in(100, vpnClientCidr, 22, 22));
        rules.add(in(110, vpnClientCidr, 3389, 3389));
        rules.add(in(120, vpcCidr, EPHEMERAL_FROM, EPHEMERAL_TO));
      }
    }
    return rules;
  }

  List<NetworkAclEgressArgs> egress(Tier tier) {
    List<NetworkAclEgressArgs> rules = new ArrayList<>();
    switch (tier) {
      case PUBLIC, APP -> rules.add(out(100, ANYWHERE, 0, EPHEMERAL_TO));
      case DATA -> rules.add(out(100, vpcCidr, EPHEMERAL_FROM, EPHEMERAL_TO));
      case MANAGEMENT -> {
        rules.add(out(100, vpcCidr, 0, EPHEMERAL_TO));
        rules.add(out(110, vpnClientCidr, EPHEMERAL_FROM, EPHEMERAL_TO));
      }
    }
    return rules;
  }

  private static NetworkAclIngressArgs in(int ruleNo, String cidr, int from, int to) {
    return NetworkAclIngressArgs.builder().ruleNo(ruleNo).action("allow").protocol("tcp")
        .cidrBlock(cidr).fromPort(from).toPort(to).build();
  }

  private static NetworkAclEgressArgs out(int ruleNo, String cidr, int from, int to) {
    return NetworkAclEgressArgs.builder().ruleNo(ruleNo).action("allow").protocol("tcp")
        .cidrBlock(cidr).fromPort(from).toPort(to).build();
  }
}
