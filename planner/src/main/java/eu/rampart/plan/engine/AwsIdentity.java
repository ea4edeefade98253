package eu.rampart.plan.engine;

import java.util.Locale;
import java.util.Map;

/** Ids and ARNs in the shapes AWS gives them, added to a mocked resource's state. */
public final class AwsIdentity {
  public static final String ACCOUNT = "123456789012";

  /** EC2 id prefixes by resource type (the part after the last colon). */
  private static final Map<String, String> EC2_PREFIXES = Map.ofEntries(
      Map.entry("Vpc", "vpc"), Map.entry("Subnet", "subnet"), Map.entry("SecurityGroup", "sg"),
      Map.entry("DefaultSecurityGroup", "sg"), Map.entry("InternetGateway", "igw"),
      Map.entry("NatGateway", "nat"), Map.entry("RouteTable", "rtb"), Map.entry("NetworkAcl", "acl"),
      Map.entry("Eip", "eipalloc"), Map.entry("FlowLog", "fl"), Map.entry("Endpoint", "cvpn-endpoint"),
      Map.entry("NetworkAssociation", "cvpn-assoc"), Map.entry("SecurityGroupIngressRule", "sgr"),
      Map.entry("SecurityGroupEgressRule", "sgr"), Map.entry("VpcEndpoint", "vpce"),
      Map.entry("RouteTableAssociation", "rtbassoc"), Map.entry("Route", "r"), Map.entry("Instance", "i"),
      Map.entry("LaunchTemplate", "lt"), Map.entry("KeyPair", "key"), Map.entry("Volume", "vol"),
      Map.entry("NetworkInterface", "eni"), Map.entry("VpcPeeringConnection", "pcx"), Map.entry("TransitGateway", "tgw"),
      Map.entry("VpnGateway", "vgw"), Map.entry("CustomerGateway", "cgw"), Map.entry("VpcDhcpOptions", "dopt"));

  private AwsIdentity() {}

  /** Adds {@code id}/{@code arn} (and name-like outputs) to {@code state}; returns the id. */
  public static String complete(String type, String name, Map<String, Object> state, String region) {
    String[] parts = type.split(":");
    String module = parts.length > 1 ? parts[1].split("/")[0] : "";
    String kind = parts[parts.length - 1];
    String id;
    String arn;
    switch (module) {
      case "s3" -> {
        String bucket = str(state, "bucket", named(state, "bucketPrefix", type, name));
        // AWS uses the bucket name as the id of the bucket and of its sub-resources
        id = bucket;
        state.putIfAbsent("bucket", bucket);
        arn = "arn:aws:s3:::" + bucket;
        state.putIfAbsent("bucketDomainName", bucket + ".s3.amazonaws.com");
        state.putIfAbsent("bucketRegionalDomainName", bucket + ".s3." + region + ".amazonaws.com");
        state.putIfAbsent("region", region);
      }
      case "kms" -> {
        if (kind.equals("Alias")) {
          id = str(state, "name", "alias/" + name);
          arn = "arn:aws:kms:" + region + ":" + ACCOUNT + ":" + id;
        } else {
          id = MockIds.uuid(type, name);
          arn = "arn:aws:kms:" + region + ":" + ACCOUNT + ":key/" + id;
          state.putIfAbsent("keyId", id);
        }
      }
      case "ec2", "ec2clientvpn", "ec2transitgateway" -> {
        String prefix = EC2_PREFIXES.getOrDefault(kind, kind.toLowerCase(Locale.ROOT));
        id = prefix + "-" + MockIds.hex17(type, name);
        arn = "arn:aws:ec2:" + region + ":" + ACCOUNT + ":" + resourceWord(kind) + "/" + id;
        state.putIfAbsent("ownerId", ACCOUNT);
      }
      case "cloudwatch" -> {
        String logName = str(state, "name", name + "-" + MockIds.shortHash(type, name));
        id = logName;
        arn = "arn:aws:logs:" + region + ":" + ACCOUNT + ":log-group:" + logName;
        state.putIfAbsent("name", logName);
      }
      case "iam" -> {
        String iamName = str(state, "name", named(state, "namePrefix", type, name));
        id = iamName;
        arn = "arn:aws:iam::" + ACCOUNT + ":" + resourceWord(kind) + "/" + iamName;
        state.putIfAbsent("name", iamName);
      }
      case "backup" -> {
        String vaultName = str(state, "name", name + "-" + MockIds.shortHash(type, name));
        id = kind.equals("Vault") || kind.equals("VaultLockConfiguration") ? vaultName : MockIds.uuid(type, name);
        arn = "arn:aws:backup:" + region + ":" + ACCOUNT + ":" + (kind.equals("Vault") ? "backup-vault:" + vaultName
            : resourceWord(kind) + ":" + id);
        if (kind.equals("Vault")) state.putIfAbsent("name", vaultName);
      }
      case "rds" -> {
        String ident = str(state, "identifier", str(state, "name", name + "-" + MockIds.shortHash(type, name)));
        id = ident;
        String word = kind.equals("Cluster") ? "cluster" : kind.equals("SubnetGroup") ? "subgrp" : "db";
        arn = "arn:aws:rds:" + region + ":" + ACCOUNT + ":" + word + ":" + ident;
        state.putIfAbsent("endpoint", ident + ".abcdefghijkl." + region + ".rds.amazonaws.com");
        state.putIfAbsent("name", ident);
      }
      case "cloudtrail" -> {
        String trail = str(state, "name", name + "-" + MockIds.shortHash(type, name));
        id = trail;
        arn = "arn:aws:cloudtrail:" + region + ":" + ACCOUNT + ":trail/" + trail;
        state.putIfAbsent("homeRegion", region);
      }
      case "lb", "alb", "elasticloadbalancingv2" -> {
        String lbName = str(state, "name", name + "-" + MockIds.shortHash(type, name));
        String suffix = MockIds.hex17(type, name).substring(0, 16);
        String word = kind.equals("Listener") ? "listener/app/" + lbName : kind.equals("TargetGroup") ? "targetgroup/" + lbName
            : "loadbalancer/app/" + lbName;
        arn = "arn:aws:elasticloadbalancing:" + region + ":" + ACCOUNT + ":" + word + "/" + suffix;
        id = arn;
        state.putIfAbsent("dnsName", lbName + "-" + suffix.substring(0, 10) + "." + region + ".elb.amazonaws.com");
      }
      default -> {
        id = name + "-" + MockIds.shortHash(type, name);
        arn = "arn:aws:" + module + ":" + region + ":" + ACCOUNT + ":" + resourceWord(kind) + "/" + id;
      }
    }
    state.put("id", id);
    state.putIfAbsent("arn", arn);
    return id;
  }

  /**
   * The name the provider gives when the program sets none: the prefix the program gave
   * ({@code bucketPrefix}, {@code namePrefix}) and a unique suffix, else Pulumi's auto-name
   * ({@code <resource name>-<7 hex>}).
   */
  private static String named(Map<String, Object> state, String prefixKey, String type, String name) {
    String prefix = str(state, prefixKey, null);
    return prefix != null ? prefix + MockIds.hex17(type, name, prefixKey).substring(0, 12) : name + "-" + MockIds.shortHash(type, name);
  }

  private static String str(Map<String, Object> state, String key, String fallback) {
    Object v = state.get(key);
    return v instanceof String s && !s.isEmpty() ? s : fallback;
  }

  /** {@code NatGateway} → {@code natgateway}, the word ARNs use for a resource kind. */
  /**
   * The resource-type word of an ARN (IAM and EC2: {@code role}, {@code instance-profile},
   * {@code security-group}, {@code launch-template}): the type's name in kebab case, except where
   * AWS's ARN format names it otherwise (the Service Authorization Reference's resource types).
   */
  static String resourceWord(String kind) {
    String fixed = ARN_WORDS.get(kind);
    if (fixed != null) return fixed;
    return kind.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
  }

  private static final Map<String, String> ARN_WORDS = Map.of(
      "Eip", "elastic-ip", "NatGateway", "natgateway", "FlowLog", "vpc-flow-log", "Endpoint", "client-vpn-endpoint",
      "DefaultSecurityGroup", "security-group", "VpcDhcpOptions", "dhcp-options", "SecurityGroupIngressRule", "security-group-rule",
      "SecurityGroupEgressRule", "security-group-rule");
}
