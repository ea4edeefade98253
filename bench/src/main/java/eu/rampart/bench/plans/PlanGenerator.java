package eu.rampart.bench.plans;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@code rampart-plan/v1} document with N resources in the landing zones' resource mix
 * (AWS and Azure slices: networks, firewalls, keys, encrypted buckets and storage, databases,
 * backups, audit logs, VPN, load balancers), for timing {@code rampart check} at scale.
 * Deterministic: the same N gives the same bytes. Streams, so 100k resources need little memory.
 *
 * <p>Usage: {@code PlanGenerator N OUT.json}
 */
public final class PlanGenerator {
  static final String PROJECT = "landing-zone-bench";
  static final String STACK = "prod";
  static final String AWS_PROVIDER_TYPE = "pulumi:providers:aws";
  static final String AZURE_PROVIDER_TYPE = "pulumi:providers:azure-native";

  private final JsonGenerator g;
  private final int target;
  private int written;

  private PlanGenerator(JsonGenerator g, int target) {
    this.g = g;
    this.target = target;
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: PlanGenerator N OUT.json");
      System.exit(2);
    }
    int n = Integer.parseInt(args[0]);
    Path out = Path.of(args[1]);
    write(n, out);
    System.err.println("wrote " + n + " resources to " + out + " (" + Files.size(out) / 1024 + " KiB)");
  }

  /** Writes the plan atomically (temp file + rename). */
  public static void write(int resources, Path out) throws IOException {
    if (resources < 3) throw new IllegalArgumentException("at least 3 resources (stack and two providers)");
    Path abs = out.toAbsolutePath();
    Path tmp = Files.createTempFile(abs.getParent(), ".plan-", ".tmp");
    try (JsonGenerator g = new JsonFactory().createGenerator(tmp.toFile(), JsonEncoding.UTF8)) {
      new PlanGenerator(g, resources).document();
    }
    Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  static String urn(String parentType, String type, String name) {
    String t = parentType == null ? type : parentType + "$" + type;
    return "urn:pulumi:" + STACK + "::" + PROJECT + "::" + t + "::" + name;
  }

  private void document() throws IOException {
    g.writeStartObject();
    g.writeStringField("format", "rampart-plan/v1");
    g.writeStringField("generator", "rampart-bench PlanGenerator");
    g.writeObjectFieldStart("stack");
    g.writeStringField("project", PROJECT);
    g.writeStringField("name", STACK);
    g.writeStringField("environment", "prod");
    g.writeObjectFieldStart("config");
    g.writeStringField("aws:region", "eu-central-1");
    g.writeStringField("azure-native:location", "westeurope");
    g.writeEndObject();
    g.writeEndObject();
    g.writeArrayFieldStart("resources");
    String stackUrn = urn(null, "pulumi:pulumi:Stack", PROJECT + "-" + STACK);
    resource(stackUrn, "pulumi:pulumi:Stack", PROJECT + "-" + STACK, false, null, null, null, "unknown", Map.of(), Map.of(), false, List.of());
    String awsProvider = urn(null, AWS_PROVIDER_TYPE, "eu-central-1");
    resource(awsProvider, AWS_PROVIDER_TYPE, "eu-central-1", true, stackUrn, null, "eu-central-1", "input",
        Map.of("region", "eu-central-1", "defaultTags", Map.of("tags", Map.of("owner", "platform-team"))), Map.of(), false, List.of());
    String azureProvider = urn(null, AZURE_PROVIDER_TYPE, "westeurope");
    resource(azureProvider, AZURE_PROVIDER_TYPE, "westeurope", true, stackUrn, null, "westeurope", "input",
        Map.of("location", "westeurope"), Map.of(), false, List.of());
    for (int slice = 0; written < target; slice++) {
      if (slice % 2 == 0) awsSlice(slice, stackUrn, awsProvider + "::" + "00000000-aws");
      else azureSlice(slice, stackUrn, azureProvider + "::" + "00000000-azure");
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private void awsSlice(int s, String stackUrn, String provider) throws IOException {
    String comp = "rampart:aws:LandingZoneSlice";
    String compUrn = urn(null, comp, "aws-" + s);
    resource(compUrn, comp, "aws-" + s, false, stackUrn, null, null, "unknown", Map.of(), Map.of(), false, List.of());
    String vpc = custom(comp, "aws:ec2/vpc:Vpc", "vpc-" + s, compUrn, provider,
        Map.of("cidrBlock", "10.30.0.0/16", "enableDnsHostnames", true, "tags", tags("vpc-" + s)), List.of());
    List<String> subnets = new ArrayList<>();
    String[] tiers = {"public", "app", "data", "mgmt"};
    for (int az = 0; az < 2; az++) {
      for (int t = 0; t < tiers.length; t++) {
        String name = tiers[t] + "-" + az + "-" + s;
        subnets.add(custom(comp, "aws:ec2/subnet:Subnet", name, compUrn, provider, Map.of(
            "vpcId", "vpc-" + s, "cidrBlock", "10.30." + (az * 16 + t * 4) + ".0/22",
            "availabilityZone", az == 0 ? "eu-central-1a" : "eu-central-1b",
            "mapPublicIpOnLaunch", false, "tags", tags(name)), List.of(vpc)));
      }
    }
    custom(comp, "aws:ec2/internetGateway:InternetGateway", "igw-" + s, compUrn, provider, Map.of("vpcId", "vpc-" + s), List.of(vpc));
    custom(comp, "aws:ec2/routeTable:RouteTable", "rt-data-" + s, compUrn, provider, Map.of("vpcId", "vpc-" + s, "routes", List.of()), List.of(vpc));
    custom(comp, "aws:ec2/flowLog:FlowLog", "flow-" + s, compUrn, provider, Map.of("vpcId", "vpc-" + s, "trafficType", "ALL",
        "logDestinationType", "s3", "logDestination", "arn:aws:s3:::log-archive-" + s), List.of(vpc));
    String sg = custom(comp, "aws:ec2/securityGroup:SecurityGroup", "alb-sg-" + s, compUrn, provider, Map.of("vpcId", "vpc-" + s,
        "description", "load balancer", "ingress", List.of(
            Map.of("protocol", "tcp", "fromPort", 443, "toPort", 443, "cidrBlocks", List.of("0.0.0.0/0")),
            Map.of("protocol", "tcp", "fromPort", 80, "toPort", 80, "cidrBlocks", List.of("0.0.0.0/0"))),
        "egress", List.of(Map.of("protocol", "-1", "fromPort", 0, "toPort", 0, "cidrBlocks", List.of("10.30.0.0/16")))), List.of(vpc));
    custom(comp, "aws:ec2/securityGroupRule:SecurityGroupRule", "db-from-app-" + s, compUrn, provider, Map.of("type", "ingress",
        "protocol", "tcp", "fromPort", 5432, "toPort", 5432, "cidrBlocks", List.of("10.30.4.0/22"), "securityGroupId", "sg-db-" + s), List.of(sg));
    String key = custom(comp, "aws:kms/key:Key", "data-key-" + s, compUrn, provider, Map.of("enableKeyRotation", true,
        "deletionWindowInDays", 30, "description", "data key", "policy", "{\"Version\":\"2012-10-17\",\"Statement\":[]}"), List.of());
    custom(comp, "aws:kms/alias:Alias", "data-key-alias-" + s, compUrn, provider, Map.of("name", "alias/data-" + s, "targetKeyId", "key-" + s), List.of(key));
    String bucket = custom(comp, "aws:s3/bucketV2:BucketV2", "documents-" + s, compUrn, provider, Map.of("bucket", "documents-" + s,
        "objectLockEnabled", true, "forceDestroy", false, "tags", tags("documents-" + s)), List.of());
    custom(comp, "aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2", "documents-sse-" + s, compUrn, provider,
        Map.of("bucket", "documents-" + s, "rules", List.of(Map.of("applyServerSideEncryptionByDefault",
            Map.of("sseAlgorithm", "aws:kms", "kmsMasterKeyId", "arn:aws:kms:eu-central-1:123456789012:key/" + s), "bucketKeyEnabled", true))), List.of(bucket, key));
    custom(comp, "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock", "documents-pab-" + s, compUrn, provider, Map.of("bucket", "documents-" + s,
        "blockPublicAcls", true, "blockPublicPolicy", true, "ignorePublicAcls", true, "restrictPublicBuckets", true), List.of(bucket));
    custom(comp, "aws:s3/bucketVersioningV2:BucketVersioningV2", "documents-versioning-" + s, compUrn, provider, Map.of("bucket", "documents-" + s,
        "versioningConfiguration", Map.of("status", "Enabled")), List.of(bucket));
    custom(comp, "aws:s3/bucketPolicy:BucketPolicy", "documents-tls-" + s, compUrn, provider, Map.of("bucket", "documents-" + s,
        "policy", "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"s3:*\",\"Condition\":{\"Bool\":{\"aws:SecureTransport\":\"false\"}}}]}"), List.of(bucket));
    custom(comp, "aws:rds/subnetGroup:SubnetGroup", "db-subnets-" + s, compUrn, provider, Map.of("subnetIds", List.of("data-0-" + s, "data-1-" + s)), subnets);
    custom(comp, "aws:rds/instance:Instance", "db-" + s, compUrn, provider, Map.ofEntries(Map.entry("engine", "postgres"),
        Map.entry("instanceClass", "db.r6g.large"), Map.entry("storageEncrypted", true), Map.entry("kmsKeyId", "arn:aws:kms:eu-central-1:123456789012:key/" + s),
        Map.entry("multiAz", true), Map.entry("publiclyAccessible", false), Map.entry("deletionProtection", true),
        Map.entry("backupRetentionPeriod", 35), Map.entry("password", "[secret]"), Map.entry("username", "app")), List.of(key));
    String vault = custom(comp, "aws:backup/vault:Vault", "vault-" + s, compUrn, provider, Map.of("name", "vault-" + s,
        "kmsKeyArn", "arn:aws:kms:eu-central-1:123456789012:key/" + s), List.of(key));
    custom(comp, "aws:backup/plan:Plan", "backup-plan-" + s, compUrn, provider, Map.of("name", "plan-" + s, "rules", List.of(
        Map.of("ruleName", "every-4h", "targetVaultName", "vault-" + s, "schedule", "cron(0 */4 * * ? *)",
            "lifecycle", Map.of("deleteAfter", 90),
            "copyActions", List.of(Map.of("destinationVaultArn", "arn:aws:backup:eu-west-1:123456789012:backup-vault:copy-" + s, "lifecycle", Map.of("deleteAfter", 90)))))), List.of(vault));
    custom(comp, "aws:backup/vaultLockConfiguration:VaultLockConfiguration", "vault-lock-" + s, compUrn, provider, Map.of("backupVaultName", "vault-" + s,
        "minRetentionDays", 90, "changeableForDays", 3), List.of(vault));
    custom(comp, "aws:cloudtrail/trail:Trail", "trail-" + s, compUrn, provider, Map.of("isMultiRegionTrail", true, "enableLogFileValidation", true,
        "s3BucketName", "log-archive-" + s, "kmsKeyId", "arn:aws:kms:eu-central-1:123456789012:key/" + s,
        "eventSelectors", List.of(Map.of("readWriteType", "All", "includeManagementEvents", true,
            "dataResources", List.of(Map.of("type", "AWS::S3::Object", "values", List.of("arn:aws:s3")))))), List.of(key));
    custom(comp, "aws:cloudwatch/logGroup:LogGroup", "vpn-logs-" + s, compUrn, provider, Map.of("retentionInDays", 365,
        "kmsKeyId", "arn:aws:kms:eu-central-1:123456789012:key/" + s), List.of(key));
    custom(comp, "aws:guardduty/detector:Detector", "guardduty-" + s, compUrn, provider, Map.of("enable", true), List.of());
    custom(comp, "aws:ec2clientvpn/endpoint:Endpoint", "vpn-" + s, compUrn, provider, Map.of("clientCidrBlock", "172.16.8.0/22",
        "splitTunnel", true, "serverCertificateArn", "arn:aws:acm:eu-central-1:123456789012:certificate/server",
        "authenticationOptions", List.of(Map.of("type", "certificate-authentication", "rootCertificateChainArn", "arn:aws:acm:eu-central-1:123456789012:certificate/root")),
        "connectionLogOptions", Map.of("enabled", true, "cloudwatchLogGroup", "vpn-logs-" + s)), List.of());
    String alb = custom(comp, "aws:lb/loadBalancer:LoadBalancer", "alb-" + s, compUrn, provider, Map.of("loadBalancerType", "application",
        "internal", false, "securityGroups", List.of("alb-sg-" + s), "subnets", List.of("public-0-" + s, "public-1-" + s),
        "dropInvalidHeaderFields", true), List.of(sg));
    custom(comp, "aws:lb/listener:Listener", "https-" + s, compUrn, provider, Map.of("loadBalancerArn", "alb-" + s, "port", 443,
        "protocol", "HTTPS", "sslPolicy", "ELBSecurityPolicy-TLS13-1-2-2021-06", "certificateArn", "arn:aws:acm:eu-central-1:123456789012:certificate/app",
        "defaultActions", List.of(Map.of("type", "forward", "targetGroupArn", "tg-" + s))), List.of(alb));
    custom(comp, "aws:lb/listener:Listener", "http-redirect-" + s, compUrn, provider, Map.of("loadBalancerArn", "alb-" + s, "port", 80,
        "protocol", "HTTP", "defaultActions", List.of(Map.of("type", "redirect", "redirect", Map.of("port", "443", "protocol", "HTTPS", "statusCode", "HTTP_301")))), List.of(alb));
    custom(comp, "aws:iam/role:Role", "backup-role-" + s, compUrn, provider, Map.of("assumeRolePolicy",
        "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"backup.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}"), List.of());
  }

  private void azureSlice(int s, String stackUrn, String provider) throws IOException {
    String comp = "rampart:azure:LandingZoneSlice";
    String compUrn = urn(null, comp, "azure-" + s);
    resource(compUrn, comp, "azure-" + s, false, stackUrn, null, null, "unknown", Map.of(), Map.of(), false, List.of());
    String rg = custom(comp, "azure-native:resources:ResourceGroup", "rg-data-" + s, compUrn, provider, Map.of("location", "westeurope",
        "resourceGroupName", "rg-data-" + s), List.of());
    String rgKeys = custom(comp, "azure-native:resources:ResourceGroup", "rg-keys-" + s, compUrn, provider, Map.of("location", "westeurope",
        "resourceGroupName", "rg-keys-" + s), List.of());
    String vnet = custom(comp, "azure-native:network:VirtualNetwork", "vnet-" + s, compUrn, provider, Map.of("location", "westeurope",
        "resourceGroupName", "rg-data-" + s, "addressSpace", Map.of("addressPrefixes", List.of("10.130.0.0/16"))), List.of(rg));
    String nsg = custom(comp, "azure-native:network:NetworkSecurityGroup", "nsg-app-" + s, compUrn, provider, Map.of("location", "westeurope",
        "resourceGroupName", "rg-data-" + s, "securityRules", List.of(
            Map.of("name", "https-in", "priority", 100, "direction", "Inbound", "access", "Allow", "protocol", "Tcp",
                "sourceAddressPrefix", "Internet", "destinationPortRange", "443", "sourcePortRange", "*", "destinationAddressPrefix", "*"),
            Map.of("name", "deny-all-in", "priority", 4096, "direction", "Inbound", "access", "Deny", "protocol", "*",
                "sourceAddressPrefix", "*", "destinationPortRange", "*", "sourcePortRange", "*", "destinationAddressPrefix", "*"))), List.of(rg));
    String[] tiers = {"public", "app", "data", "mgmt"};
    for (int t = 0; t < tiers.length; t++) {
      custom(comp, "azure-native:network:Subnet", tiers[t] + "-" + s, compUrn, provider, Map.of("resourceGroupName", "rg-data-" + s,
          "virtualNetworkName", "vnet-" + s, "addressPrefix", "10.130." + (t * 4) + ".0/22",
          "networkSecurityGroup", Map.of("id", "nsg-app-" + s)), List.of(vnet, nsg));
    }
    String kv = custom(comp, "azure-native:keyvault:Vault", "kv-" + s, compUrn, provider, Map.of("location", "westeurope",
        "resourceGroupName", "rg-keys-" + s, "properties", Map.of("enableSoftDelete", true, "enablePurgeProtection", true,
            "softDeleteRetentionInDays", 90, "publicNetworkAccess", "Disabled", "enableRbacAuthorization", true,
            "sku", Map.of("family", "A", "name", "premium"), "tenantId", "00000000-0000-0000-0000-000000000000")), List.of(rgKeys));
    custom(comp, "azure-native:keyvault:Key", "cmk-" + s, compUrn, provider, Map.of("resourceGroupName", "rg-keys-" + s, "vaultName", "kv-" + s,
        "properties", Map.of("kty", "RSA-HSM", "keySize", 4096, "rotationPolicy", Map.of("lifetimeActions", List.of()))), List.of(kv));
    String sa = custom(comp, "azure-native:storage:StorageAccount", "docs" + s, compUrn, provider, Map.ofEntries(Map.entry("location", "westeurope"),
        Map.entry("resourceGroupName", "rg-data-" + s), Map.entry("kind", "StorageV2"), Map.entry("sku", Map.of("name", "Standard_ZRS")),
        Map.entry("enableHttpsTrafficOnly", true), Map.entry("minimumTlsVersion", "TLS1_2"), Map.entry("allowBlobPublicAccess", false),
        Map.entry("publicNetworkAccess", "Disabled"),
        Map.entry("encryption", Map.of("keySource", "Microsoft.Keyvault", "requireInfrastructureEncryption", true,
            "keyVaultProperties", Map.of("keyName", "cmk-" + s, "keyVaultUri", "https://kv-" + s + ".vault.azure.net/")))), List.of(rg, kv));
    custom(comp, "azure-native:storage:BlobContainer", "documents-" + s, compUrn, provider, Map.of("accountName", "docs" + s,
        "resourceGroupName", "rg-data-" + s, "publicAccess", "None",
        "immutableStorageWithVersioning", Map.of("enabled", true)), List.of(sa));
    String law = custom(comp, "azure-native:operationalinsights:Workspace", "law-" + s, compUrn, provider, Map.of("location", "westeurope",
        "resourceGroupName", "rg-data-" + s, "retentionInDays", 365, "sku", Map.of("name", "PerGB2018")), List.of(rg));
    custom(comp, "azure-native:insights:DiagnosticSetting", "diag-kv-" + s, compUrn, provider, Map.of("resourceUri", "kv-" + s,
        "workspaceId", "law-" + s, "logs", List.of(Map.of("categoryGroup", "allLogs", "enabled", true))), List.of(kv, law));
    custom(comp, "azure-native:network:VirtualNetworkGateway", "vpngw-" + s, compUrn, provider, Map.of("location", "westeurope",
        "resourceGroupName", "rg-data-" + s, "gatewayType", "Vpn", "vpnType", "RouteBased",
        "vpnClientConfiguration", Map.of("vpnClientAddressPool", Map.of("addressPrefixes", List.of("172.16.8.0/22")),
            "vpnAuthenticationTypes", List.of("AAD"), "vpnClientProtocols", List.of("OpenVPN"))), List.of(vnet));
    String rsv = custom(comp, "azure-native:recoveryservices:Vault", "rsv-" + s, compUrn, provider, Map.of("location", "westeurope",
        "resourceGroupName", "rg-data-" + s, "sku", Map.of("name", "RS0", "tier", "Standard"),
        "properties", Map.of("redundancySettings", Map.of("standardTierStorageRedundancy", "GeoRedundant", "crossRegionRestore", "Enabled"),
            "securitySettings", Map.of("immutabilitySettings", Map.of("state", "Locked"))), "publicNetworkAccess", "Disabled"), List.of(rg));
    custom(comp, "azure-native:recoveryservices:ProtectionPolicy", "backup-policy-" + s, compUrn, provider, Map.of("resourceGroupName", "rg-data-" + s,
        "vaultName", "rsv-" + s, "properties", Map.of("backupManagementType", "AzureIaasVM",
            "schedulePolicy", Map.of("schedulePolicyType", "SimpleSchedulePolicyV2", "scheduleRunFrequency", "Hourly", "hourlySchedule", Map.of("interval", 4)),
            "retentionPolicy", Map.of("retentionPolicyType", "LongTermRetentionPolicy", "dailySchedule", Map.of("retentionDuration", Map.of("count", 90, "durationType", "Days"))))), List.of(rsv));
    custom(comp, "azure-native:dbforpostgresql:Server", "pg-" + s, compUrn, provider, Map.of("location", "westeurope",
        "resourceGroupName", "rg-data-" + s, "version", "16", "administratorLogin", "app", "administratorLoginPassword", "[secret]",
        "network", Map.of("publicNetworkAccess", "Disabled"), "backup", Map.of("backupRetentionDays", 35, "geoRedundantBackup", "Enabled"),
        "dataEncryption", Map.of("type", "AzureKeyVault", "primaryKeyURI", "https://kv-" + s + ".vault.azure.net/keys/cmk-" + s)), List.of(rg, kv));
  }

  private Map<String, Object> tags(String name) {
    return Map.of("Name", name, "owner", "platform-team", "environment", "prod", "data-classification", "confidential");
  }

  /** A custom resource under a component, in the slice's region; returns its URN. */
  private String custom(String parentType, String type, String name, String parent, String provider,
                        Map<String, ?> inputs, List<String> deps) throws IOException {
    String u = urn(parentType, type, name);
    boolean azure = type.startsWith("azure-native:");
    String region = azure ? "westeurope" : "eu-central-1";
    String source = inputs.containsKey("location") || inputs.containsKey("region") ? "input" : "provider";
    boolean stateful = type.contains("bucket") || type.contains("kms") || type.contains("rds/instance") || type.contains("Vault")
        || type.contains("StorageAccount") || type.contains("backup/vault");
    resource(u, type, name, true, parent, provider, region, source, inputs,
        Map.of("id", name + "-id", "arn", azure ? "" : "arn:aws:" + name), stateful, deps);
    return u;
  }

  private void resource(String urn, String type, String name, boolean custom, String parent, String provider, String region,
                        String regionSource, Map<String, ?> inputs, Map<String, ?> outputs, boolean protect,
                        List<String> deps) throws IOException {
    if (written >= target) return;
    written++;
    g.writeStartObject();
    g.writeStringField("urn", urn);
    g.writeStringField("type", type);
    g.writeStringField("name", name);
    g.writeBooleanField("custom", custom);
    if (custom) g.writeStringField("id", name + "-id");
    writeNullable("parent", parent);
    writeNullable("provider", provider);
    g.writeArrayFieldStart("dependencies");
    for (String d : deps) g.writeString(d);
    g.writeEndArray();
    g.writeObjectFieldStart("propertyDependencies");
    g.writeEndObject();
    writeNullable("region", region);
    g.writeStringField("regionSource", regionSource);
    g.writeFieldName("inputs");
    value(inputs);
    g.writeFieldName("outputs");
    value(outputs);
    g.writeBooleanField("protect", protect);
    g.writeBooleanField("retainOnDelete", false);
    g.writeEndObject();
  }

  private void writeNullable(String field, String v) throws IOException {
    if (v == null) g.writeNullField(field);
    else g.writeStringField(field, v);
  }

  private void value(Object v) throws IOException {
    if (v == null) {
      g.writeNull();
    } else if (v instanceof Map<?, ?> m) {
      g.writeStartObject();
      // sorted keys: Map.of has no stable iteration order, the output must be deterministic
      List<String> keys = new ArrayList<>();
      for (Object k : m.keySet()) keys.add((String) k);
      keys.sort(null);
      for (String k : keys) {
        g.writeFieldName(k);
        value(m.get(k));
      }
      g.writeEndObject();
    } else if (v instanceof List<?> l) {
      g.writeStartArray();
      for (Object o : l) value(o);
      g.writeEndArray();
    } else if (v instanceof String s) {
      g.writeString(s);
    } else if (v instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (v instanceof Integer i) {
      g.writeNumber(i);
    } else {
      throw new IllegalArgumentException("unsupported value " + v.getClass());
    }
  }
}
