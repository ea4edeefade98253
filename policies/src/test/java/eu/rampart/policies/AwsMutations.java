package eu.rampart.policies;

import static eu.rampart.policies.InputEdits.NODES;
import static eu.rampart.policies.InputEdits.props;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.rampart.policies.MutationTest.Case;
import java.util.List;
import java.util.Map;

/** One mutation per control of the AWS landing zone's prod plan. */
final class AwsMutations {
  private static final String BUCKET = "aws:s3/bucketV2:BucketV2";
  private static final String SG = "aws:ec2/securityGroup:SecurityGroup";
  private static final String LB = "aws:lb/loadBalancer:LoadBalancer";
  private static final String PLAN = "aws:backup/plan:Plan";
  private static final String TRAIL = "aws:cloudtrail/trail:Trail";
  private static final String ENDPOINT = "aws:ec2clientvpn/endpoint:Endpoint";

  private AwsMutations() {}

  static Case of(String control, String description, MutationTest.Mutation m) {
    return new Case(control, "aws", description, m);
  }

  static List<Case> cases() {
    return List.of(
        of("RES-1", "move a bucket to us-east-1", e -> {
          String primary = e.input().path("environment").path("primary_region").path("aws").asText();
          e.first(BUCKET, b -> primary.equals(b.path("region").asText()) && !replicationDestination(e, b), "primary-region bucket that is no replica")
              .put("region", "us-east-1");
        }),
        of("RES-2", "add a backup copy to a vault in us-east-1", e -> {
          ObjectNode rule = (ObjectNode) props(e.first(PLAN)).withArray("rules").get(0);
          rule.withArray("copyActions").addObject().put("destinationVaultArn", "arn:aws:backup:us-east-1:123456789012:backup-vault:outside-eu");
        }),
        of("RES-3", "drop everything the stack keeps in the secondary region (backups copied to an unmanaged vault)", e -> {
          String secondary = e.input().path("environment").path("secondary_region").path("aws").asText();
          e.remove(r -> secondary.equals(r.path("region").asText()), "resources in " + secondary);
          e.remove(r -> r.path("type").asText().equals("aws:s3/bucketReplicationConfig:BucketReplicationConfig"), "replication");
        }),
        of("ENC-1", "drop the server-side encryption of a bucket", e -> {
          ObjectNode bucket = e.first(BUCKET);
          e.remove(r -> r.path("type").asText().startsWith("aws:s3/bucketServerSideEncryptionConfiguration")
              && InputEdits.joined(r, "bucket", bucket), "the SSE configuration of " + bucket.path("urn").asText());
        }),
        of("ENC-2", "turn off KMS key rotation", e -> props(e.first("aws:kms/key:Key")).put("enableKeyRotation", false)),
        of("ENC-3", "use a TLS 1.0 SSL policy on the HTTPS listener", e ->
            props(e.first("aws:lb/listener:Listener", r -> "HTTPS".equals(props(r).path("protocol").asText()), "HTTPS"))
                .put("sslPolicy", "ELBSecurityPolicy-2016-08")),
        of("NET-1", "route a data-tier route table to the internet gateway", e -> {
          ObjectNode igw = e.first("aws:ec2/internetGateway:InternetGateway");
          ObjectNode subnet = e.first("aws:ec2/subnet:Subnet", r -> "data".equals(InputEdits.tag(r, "tier")), "data tier");
          ObjectNode assoc = e.first("aws:ec2/routeTableAssociation:RouteTableAssociation",
              r -> InputEdits.joined(r, "subnetId", subnet), "association of " + subnet.path("name").asText());
          ObjectNode table = e.first("aws:ec2/routeTable:RouteTable", r -> InputEdits.joined(assoc, "routeTableId", r), "its route table");
          props(table).withArray("routes").addObject().put("cidrBlock", "0.0.0.0/0")
              .put("gatewayId", props(igw).path("id").asText("igw-0mutation"));
        }),
        of("NET-2", "peer the prod VPC with a dev VPC", e -> {
          ObjectNode vpc = e.first("aws:ec2/vpc:Vpc");
          Map<String, String> tags = new java.util.HashMap<>(e.ownershipTags());
          tags.put("peer-environment", "dev");
          e.add("aws:ec2/vpcPeeringConnection:VpcPeeringConnection", "prod-to-dev", "aws", vpc.path("region").asText(),
              Map.of("vpcId", props(vpc).path("id").asText(vpc.path("urn").asText()), "peerVpcId", "vpc-0dev0000000000001",
                  "autoAccept", false, "tags", tags), List.of(vpc));
        }),
        of("NET-3", "open TCP 8080 to the internet on the load balancer group", e ->
            lbGroup(e).withArray("ingress").addObject().put("protocol", "tcp").put("fromPort", 8080.0).put("toPort", 8080.0)
                .set("cidrBlocks", NODES.arrayNode().add("0.0.0.0/0"))),
        of("NET-4", "open SSH to 0.0.0.0/0 on the admin group", e ->
            props(e.first(SG, r -> r.path("name").asText().endsWith("-admin"), "admin group")).withArray("ingress").addObject()
                .put("protocol", "tcp").put("fromPort", 22.0).put("toPort", 22.0).set("cidrBlocks", NODES.arrayNode().add("0.0.0.0/0"))),
        of("NET-5", "let the default security group allow traffic inside the group", e ->
            props(e.first("aws:ec2/defaultSecurityGroup:DefaultSecurityGroup")).withArray("ingress").addObject()
                .put("protocol", "-1").put("fromPort", 0.0).put("toPort", 0.0).put("self", true)),
        of("NET-6", "remove the VPC flow log", e -> e.removeType("aws:ec2/flowLog:FlowLog")),
        of("VPN-1", "switch the Client VPN to full tunnel", e -> props(e.first(ENDPOINT)).put("splitTunnel", false)),
        of("VPN-2", "turn off Client VPN connection logging", e ->
            props(e.first(ENDPOINT)).withObject("connectionLogOptions").put("enabled", false)),
        of("BAK-1", "back up only once a day", e -> {
          for (JsonNode rule : props(e.first(PLAN)).withArray("rules")) ((ObjectNode) rule).put("schedule", "cron(0 5 * * ? *)");
        }),
        of("BAK-2", "remove the cross-region backup copies", e -> {
          for (ObjectNode p : e.ofType(PLAN)) for (JsonNode rule : props(p).withArray("rules")) ((ObjectNode) rule).remove("copyActions");
        }),
        of("BAK-3", "remove the vault locks", e -> e.removeType("aws:backup/vaultLockConfiguration:VaultLockConfiguration")),
        of("LOG-1", "make the trail single-region", e -> props(e.first(TRAIL)).put("isMultiRegionTrail", false)),
        of("LOG-2", "stop encrypting the trail with the KMS key", e -> props(e.first(TRAIL)).remove("kmsKeyId")),
        of("LOG-3", "remove GuardDuty", e -> e.removeType("aws:guardduty/detector:Detector")),
        of("DATA-1", "allow public bucket policies", e ->
            props(e.first("aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock")).put("blockPublicPolicy", false)),
        of("DATA-2", "put the document archive's object lock in governance mode", e -> {
          ObjectNode lock = e.first("aws:s3/bucketObjectLockConfigurationV2:BucketObjectLockConfigurationV2",
              r -> documents(e, r), "document archive");
          for (JsonNode rule : asList(props(lock).get("rule"))) ((ObjectNode) rule.path("defaultRetention")).put("mode", "GOVERNANCE");
        }),
        of("DATA-3", "suspend bucket versioning", e ->
            props(e.first("aws:s3/bucketVersioningV2:BucketVersioningV2")).withObject("versioningConfiguration").put("status", "Suspended")),
        of("DATA-4", "unprotect the KMS key", e -> e.first("aws:kms/key:Key").put("protect", false)),
        of("AVAIL-1", "make the database single-AZ", e -> props(e.first("aws:rds/instance:Instance")).put("multiAz", false)),
        // the landing zone's providers tag everything through defaultTags, which count for TAG-1:
        // the bucket loses its own tags and its provider's default tags
        of("TAG-1", "drop the tags of a bucket and its provider's default tags", e -> {
          ObjectNode b = e.first(BUCKET);
          props(b).remove("tags");
          props(b).remove("tagsAll");
          String provider = b.path("provider").path("urn").asText();
          for (JsonNode r : e.resources()) {
            if (r.path("urn").asText().equals(provider)) props((ObjectNode) r).remove("defaultTags");
          }
        }),
        // issue 14: one mutation per new rule
        of("ENC-1", "add an EC2 instance whose root volume is left to EC2's unencrypted default", e ->
            e.add("aws:ec2/instance:Instance", "worker", "aws", primary(e), Map.of("ami", "ami-0mutation", "instanceType", "t3.micro",
                "subnetId", subnetId(e, appSubnet(e)), "tags", e.ownershipTags()), List.of())),
        of("ENC-1", "add a launch template whose block device is encrypted with the AWS-managed key", e ->
            e.add("aws:ec2/launchTemplate:LaunchTemplate", "workers", "aws", primary(e), Map.of("imageId", "ami-0mutation",
                "blockDeviceMappings", List.of(Map.of("deviceName", "/dev/xvda", "ebs", Map.of("encrypted", "true", "volumeSize", 20))),
                "tags", e.ownershipTags()), List.of())),
        of("NET-1", "give an app-tier instance a public IP", e ->
            e.add("aws:ec2/instance:Instance", "worker", "aws", primary(e), Map.of("ami", "ami-0mutation", "instanceType", "t3.micro",
                "subnetId", subnetId(e, appSubnet(e)), "associatePublicIpAddress", true,
                "rootBlockDevice", Map.of("encrypted", true, "kmsKeyId", keyArn(e)), "tags", e.ownershipTags()), List.of())),
        of("NET-1", "run an ECS service whose tasks get public IPs", e ->
            e.add("aws:ecs/service:Service", "api", "aws", primary(e), Map.of("launchType", "FARGATE", "desiredCount", 2,
                "networkConfiguration", Map.of("subnets", List.of(subnetId(e, appSubnet(e))), "assignPublicIp", true),
                "tags", e.ownershipTags()), List.of())),
        of("VPN-1", "add an EKS cluster whose API endpoint is open to 0.0.0.0/0", e ->
            e.add("aws:eks/cluster:Cluster", "apps", "aws", primary(e), Map.of("roleArn", "arn:aws:iam::123456789012:role/eks",
                "vpcConfig", Map.of("endpointPublicAccess", true, "endpointPrivateAccess", false, "publicAccessCidrs", List.of("0.0.0.0/0"),
                    "subnetIds", List.of(subnetId(e, appSubnet(e)))),
                "enabledClusterLogTypes", List.of("api", "audit"), "encryptionConfig", Map.of("resources", List.of("secrets"), "provider", Map.of("keyArn", keyArn(e))),
                "tags", e.ownershipTags()), List.of())),
        of("LOG-1", "add a private EKS cluster without control-plane audit logs", e ->
            e.add("aws:eks/cluster:Cluster", "apps", "aws", primary(e), Map.of("roleArn", "arn:aws:iam::123456789012:role/eks",
                "vpcConfig", Map.of("endpointPublicAccess", false, "endpointPrivateAccess", true, "subnetIds", List.of(subnetId(e, appSubnet(e)))),
                "enabledClusterLogTypes", List.of(), "tags", e.ownershipTags()), List.of())),
        // judged against real programs (real-corpus): one mutation per rule added then
        of("NET-1", "add an instance that names no subnet (the default VPC gives it a public IP)", e ->
            e.add("aws:ec2/instance:Instance", "webserver", "aws", primary(e), Map.of("ami", "ami-0mutation", "instanceType", "t3.micro",
                "rootBlockDevice", Map.of("encrypted", true, "kmsKeyId", keyArn(e)), "tags", e.ownershipTags()), List.of())),
        of("NET-1", "add an app-tier instance to an app subnet that maps public IPs on launch", e -> {
          ObjectNode subnet = appSubnet(e);
          props(subnet).put("mapPublicIpOnLaunch", true);
          e.add("aws:ec2/instance:Instance", "worker", "aws", primary(e), Map.of("ami", "ami-0mutation", "instanceType", "t3.micro",
              "subnetId", subnetId(e, subnet), "rootBlockDevice", Map.of("encrypted", true, "kmsKeyId", keyArn(e)), "tags", e.ownershipTags()), List.of());
        }),
        of("NET-1", "add a launch template whose network interfaces get public IPs", e ->
            e.add("aws:ec2/launchTemplate:LaunchTemplate", "workers", "aws", primary(e), Map.of("imageId", "ami-0mutation",
                "networkInterfaces", List.of(Map.of("associatePublicIpAddress", "true", "subnetId", subnetId(e, appSubnet(e)))),
                "blockDeviceMappings", List.of(Map.of("deviceName", "/dev/xvda", "ebs", Map.of("encrypted", "true", "kmsKeyId", keyArn(e), "volumeSize", 20))),
                "tags", e.ownershipTags()), List.of())),
        of("NET-1", "add a launch configuration whose instances get public IPs", e -> {
          // a launch configuration's devices name no key: the account's EBS default key encrypts them
          e.add("aws:ebs/encryptionByDefault:EncryptionByDefault", "ebs-default", "aws", primary(e), Map.of("enabled", true), List.of());
          e.add("aws:ebs/defaultKmsKey:DefaultKmsKey", "ebs-default-key", "aws", primary(e), Map.of("keyArn", keyArn(e)), List.of());
          e.add("aws:ec2/launchConfiguration:LaunchConfiguration", "nodes", "aws", primary(e), Map.of("imageId", "ami-0mutation",
              "instanceType", "t3.medium", "associatePublicIpAddress", true, "rootBlockDevice", Map.of("encrypted", true)), List.of());
        }),
        of("RES-1", "add a security group rule with no region and no ARN whose provider's other resources are in us-east-1", e -> {
          ObjectNode provider = NODES.objectNode().put("urn", "urn:pulumi:prod::lz::pulumi:providers:aws::elsewhere").put("type", "pulumi:providers:aws").put("name", "elsewhere");
          provider.putNull("region");
          ObjectNode q = e.add("aws:sqs/queue:Queue", "jobs", "aws", primary(e), Map.of("arn", "arn:aws:sqs:us-east-1:123456789012:jobs",
              "kmsMasterKeyId", keyArn(e), "tags", e.ownershipTags()), List.of());
          ObjectNode rule = e.add("aws:ec2/securityGroupRule:SecurityGroupRule", "jobs-ingress", "aws", primary(e), Map.of("type", "ingress",
              "protocol", "tcp", "fromPort", 443, "toPort", 443, "cidrBlocks", List.of("10.30.0.0/16"), "securityGroupId", "sg-0mutation"), List.of());
          for (ObjectNode r : List.of(q, rule)) {
            r.putNull("region");
            r.put("region_source", "unknown");
            r.set("provider", provider.deepCopy());
          }
        }),
        // issue 14, second round: ENC-1/ENC-3 for ElastiCache, OpenSearch and CloudFront origins
        of("ENC-1", "add an ElastiCache replication group encrypted at rest with the AWS-managed key (no kmsKeyId)", e ->
            e.add("aws:elasticache/replicationGroup:ReplicationGroup", "sessions", "aws", primary(e), Map.of("description", "sessions",
                "engine", "redis", "numCacheClusters", 2, "multiAzEnabled", true, "automaticFailoverEnabled", true,
                "atRestEncryptionEnabled", true, "transitEncryptionEnabled", true, "snapshotRetentionLimit", 7,
                "securityGroupIds", List.of("sg-0mutation"), "tags", e.ownershipTags()), List.of()).put("protect", true)),
        of("ENC-1", "add an OpenSearch domain whose encryptAtRest names no customer-managed key", e ->
            e.add("aws:opensearch/domain:Domain", "search", "aws", primary(e), Map.of("engineVersion", "OpenSearch_2.11",
                "encryptAtRest", Map.of("enabled", true), "nodeToNodeEncryption", Map.of("enabled", true),
                "domainEndpointOptions", Map.of("enforceHttps", true, "tlsSecurityPolicy", "Policy-Min-TLS-1-2-2019-07"),
                "clusterConfig", Map.of("instanceCount", 2, "zoneAwarenessEnabled", true),
                "vpcOptions", Map.of("subnetIds", List.of(subnetId(e, appSubnet(e)))), "tags", e.ownershipTags()), List.of()).put("protect", true)),
        of("ENC-3", "add a CloudFront distribution that reaches its custom origin over plain HTTP (originProtocolPolicy http-only)", e ->
            e.add("aws:cloudfront/distribution:Distribution", "cdn", "aws", primary(e), Map.of("enabled", true,
                "origins", List.of(Map.of("originId", "site", "domainName", "site.example.com", "customOriginConfig", Map.of(
                    "originProtocolPolicy", "http-only", "httpPort", 80, "httpsPort", 443, "originSslProtocols", List.of("TLSv1.2")))),
                "defaultCacheBehavior", Map.of("targetOriginId", "site", "viewerProtocolPolicy", "redirect-to-https"),
                "viewerCertificate", Map.of("acmCertificateArn", "arn:aws:acm:us-east-1:123456789012:certificate/mutation",
                    "sslSupportMethod", "sni-only", "minimumProtocolVersion", "TLSv1.2_2021"),
                "tags", e.ownershipTags()), List.of())),
        of("RES-1", "add a queue with no resolvable region whose ARN names us-east-1", e -> {
          ObjectNode q = e.add("aws:sqs/queue:Queue", "jobs", "aws", primary(e), Map.of("arn", "arn:aws:sqs:us-east-1:123456789012:jobs",
              "kmsMasterKeyId", keyArn(e), "tags", e.ownershipTags()), List.of());
          q.putNull("region");
        }));
  }

  static String primary(InputEdits e) {
    return e.input().path("environment").path("primary_region").path("aws").asText();
  }

  /** A subnet of neither the public nor the data tier (the app tier of the landing zone). */
  static ObjectNode appSubnet(InputEdits e) {
    return e.first("aws:ec2/subnet:Subnet", r -> {
      String tier = InputEdits.tag(r, "tier");
      return tier != null && !tier.equals("public") && !tier.equals("data");
    }, "app tier");
  }

  static String subnetId(InputEdits e, ObjectNode subnet) {
    return props(subnet).path("id").asText(subnet.path("urn").asText());
  }

  static String keyArn(InputEdits e) {
    ObjectNode key = e.first("aws:kms/key:Key");
    return props(key).path("arn").asText("arn:aws:kms:eu-central-1:123456789012:key/mutation");
  }

  /** Some replication configuration writes into bucket b. */
  static boolean replicationDestination(InputEdits e, ObjectNode b) {
    java.util.Set<String> ids = InputEdits.identities(b);
    for (ObjectNode r : e.ofType("aws:s3/bucketReplicationConfig:BucketReplicationConfig")) {
      for (JsonNode rule : props(r).path("rules")) {
        for (JsonNode dest : asList(rule.get("destination"))) {
          String arn = dest.path("bucket").asText("");
          String name = arn.startsWith("arn:aws:s3:::") ? arn.substring("arn:aws:s3:::".length()) : arn;
          if (ids.contains(arn) || ids.contains(name)) return true;
        }
      }
    }
    return false;
  }

  static ObjectNode lbGroup(InputEdits e) {
    ObjectNode lb = e.first(LB);
    return props(e.first(SG, sg -> InputEdits.joined(lb, "securityGroups", sg), "group of the load balancer"));
  }

  /** The lock configuration belongs to a bucket whose name says it holds documents. */
  static boolean documents(InputEdits e, ObjectNode lock) {
    return e.ofType(BUCKET).stream().anyMatch(b -> InputEdits.joined(lock, "bucket", b)
        && (b.path("name").asText().contains("doc") || props(b).path("bucket").asText().contains("doc")));
  }

  static Iterable<JsonNode> asList(JsonNode n) {
    if (n == null) return List.of();
    if (n.isArray()) return n;
    ArrayNode a = NODES.arrayNode();
    a.add(n);
    return a;
  }
}
