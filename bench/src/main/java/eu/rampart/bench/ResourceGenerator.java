package eu.rampart.bench;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes a deterministic benchmark input {@code {"evaluated_at": ..., "resources": [...]}} with a
 * realistic mix of AWS and Azure resources. About one resource in eight carries exactly one
 * injected defect; every other resource passes every rule of {@code bench/deny.rego}. The
 * generator counts what it injected, so the benchmark can check the engine's answer, not only
 * time it.
 */
public final class ResourceGenerator {
  /** The defects the policy pack detects, one per deny rule (the aggregate rule has none of its own). */
  public enum Defect {
    S3_NO_SSE, S3_SSE_NOT_KMS, S3_PUBLIC, AWS_REGION, AZURE_REGION, MISSING_TAG, BAD_CLASSIFICATION,
    SG_ALL_PROTOCOLS, SG_EXTERNAL_CIDR, SUBNET_OUTSIDE_VPC, IMDS_OPTIONAL, ROOT_UNENCRYPTED, EBS_UNENCRYPTED,
    RDS_UNENCRYPTED, RDS_PUBLIC, RDS_BACKUP, KMS_NO_ROTATION, KMS_STALE, BAD_NAME, STORAGE_TLS
  }

  /** Public buckets allowed before the aggregate rule fires; must match max_public_buckets in deny.rego. */
  public static final int MAX_PUBLIC_BUCKETS = 5;
  public static final String EVALUATED_AT = "2026-01-15T12:00:00Z";

  private enum Kind {
    BUCKET("aws:s3/bucketV2:BucketV2", 20), SECURITY_GROUP("aws:ec2/securityGroup:SecurityGroup", 15),
    SUBNET("aws:ec2/subnet:Subnet", 10), INSTANCE("aws:ec2/instance:Instance", 15), VOLUME("aws:ebs/volume:Volume", 10),
    DATABASE("aws:rds/instance:Instance", 10), KMS_KEY("aws:kms/key:Key", 10),
    STORAGE_ACCOUNT("azure-native:storage:StorageAccount", 10);

    final String type;
    final int weight;

    Kind(String type, int weight) {
      this.type = type;
      this.weight = weight;
    }
  }

  private static final String[] AWS_REGIONS = {"eu-central-1", "eu-west-1", "eu-west-3", "eu-north-1", "eu-south-1"};
  private static final String[] AZURE_REGIONS = {"westeurope", "northeurope", "germanywestcentral", "francecentral"};
  private static final String[] TEAMS = {"payments", "identity", "ledger", "search", "analytics", "platform", "billing"};
  private static final String[] CLASSES = {"public", "internal", "confidential", "restricted"};
  private static final String[] ENVS = {"dev", "staging", "prod"};
  private static final String[] CORPORATE = {"10.%d.%d.0/24", "172.%d.%d.0/24"};

  /** What was written: resource count, bytes, and the defects injected per kind. */
  public record Summary(int resources, long bytes, Map<Defect, Integer> defects) {
    public int expectedDenials() {
      int total = 0;
      for (int n : defects.values()) total += n;
      return total + (defects.getOrDefault(Defect.S3_PUBLIC, 0) > MAX_PUBLIC_BUCKETS ? 1 : 0);
    }
  }

  private final SplittableRandom rnd;
  private final Map<Defect, Integer> injected = new EnumMap<>(Defect.class);

  private ResourceGenerator(long seed) { this.rnd = new SplittableRandom(seed); }

  public static Summary write(int count, long seed, OutputStream out) throws IOException {
    return new ResourceGenerator(seed).writeAll(count, out);
  }

  private Summary writeAll(int count, OutputStream out) throws IOException {
    CountingStream counting = new CountingStream(out);
    try (JsonGenerator g = new JsonFactory().createGenerator(counting, JsonEncoding.UTF8)) {
      g.writeStartObject();
      g.writeStringField("evaluated_at", EVALUATED_AT);
      g.writeStringField("stack", "bench-landing-zone");
      g.writeArrayFieldStart("resources");
      for (int i = 0; i < count; i++) resource(g, i);
      g.writeEndArray();
      g.writeEndObject();
    }
    return new Summary(count, counting.count, Map.copyOf(injected));
  }

  private Kind kind() {
    int r = rnd.nextInt(100);
    for (Kind k : Kind.values()) {
      if (r < k.weight) return k;
      r -= k.weight;
    }
    throw new IllegalStateException("weights must add up to 100");
  }

  private static final Defect[] GENERIC = {Defect.MISSING_TAG, Defect.BAD_CLASSIFICATION, Defect.BAD_NAME};

  private Defect defectFor(Kind k) {
    if (rnd.nextInt(8) != 0) return null;
    List<Defect> options = new ArrayList<>(List.of(GENERIC));
    options.add(k == Kind.STORAGE_ACCOUNT ? Defect.AZURE_REGION : Defect.AWS_REGION);
    switch (k) {
      case BUCKET -> options.addAll(List.of(Defect.S3_NO_SSE, Defect.S3_SSE_NOT_KMS, Defect.S3_PUBLIC));
      case SECURITY_GROUP -> options.addAll(List.of(Defect.SG_ALL_PROTOCOLS, Defect.SG_EXTERNAL_CIDR));
      case SUBNET -> options.add(Defect.SUBNET_OUTSIDE_VPC);
      case INSTANCE -> options.addAll(List.of(Defect.IMDS_OPTIONAL, Defect.ROOT_UNENCRYPTED));
      case VOLUME -> options.add(Defect.EBS_UNENCRYPTED);
      case DATABASE -> options.addAll(List.of(Defect.RDS_UNENCRYPTED, Defect.RDS_PUBLIC, Defect.RDS_BACKUP));
      case KMS_KEY -> options.addAll(List.of(Defect.KMS_NO_ROTATION, Defect.KMS_STALE));
      case STORAGE_ACCOUNT -> options.add(Defect.STORAGE_TLS);
    }
    Defect d = options.get(rnd.nextInt(options.size()));
    injected.merge(d, 1, Integer::sum);
    return d;
  }

  private String pick(String[] a) { return a[rnd.nextInt(a.length)]; }

  private void resource(JsonGenerator g, int i) throws IOException {
    Kind k = kind();
    Defect d = defectFor(k);
    String team = pick(TEAMS);
    String id = String.format("%s-%07d", k.name().toLowerCase().replace('_', '-'), i);
    g.writeStartObject();
    g.writeStringField("id", id);
    g.writeStringField("urn", "urn:pulumi:prod::landing-zone::" + k.type + "::" + id);
    g.writeStringField("type", k.type);
    g.writeStringField("provider", k == Kind.STORAGE_ACCOUNT ? "azure" : "aws");
    g.writeStringField("name", d == Defect.BAD_NAME ? team.toUpperCase() + "_Data_" + i : team + "-" + k.name().toLowerCase().replace('_', '-') + "-" + i);
    String region = k == Kind.STORAGE_ACCOUNT
        ? (d == Defect.AZURE_REGION ? "eastus" : pick(AZURE_REGIONS))
        : (d == Defect.AWS_REGION ? "us-east-1" : pick(AWS_REGIONS));
    g.writeStringField("region", region);
    g.writeObjectFieldStart("tags");
    // the defect replaces the owner tag by a look-alike that the required-tags rule must not accept
    if (d == Defect.MISSING_TAG) g.writeStringField("team", team);
    else g.writeStringField("owner", team + "@example.eu");
    g.writeStringField("cost-center", "cc-" + (100 + rnd.nextInt(900)));
    g.writeStringField("environment", pick(ENVS));
    g.writeStringField("data-classification", d == Defect.BAD_CLASSIFICATION ? "secret-ish" : pick(CLASSES));
    g.writeEndObject();
    g.writeObjectFieldStart("properties");
    switch (k) {
      case BUCKET -> bucket(g, d, id);
      case SECURITY_GROUP -> securityGroup(g, d);
      case SUBNET -> {
        g.writeStringField("cidrBlock", d == Defect.SUBNET_OUTSIDE_VPC
            ? "192.168." + rnd.nextInt(256) + ".0/24"
            : "10." + (64 + rnd.nextInt(32)) + "." + rnd.nextInt(256) + ".0/24");
        g.writeBooleanField("mapPublicIpOnLaunch", false);
        g.writeStringField("availabilityZone", region + "a");
      }
      case INSTANCE -> {
        g.writeStringField("instanceType", pick(new String[] {"t3.micro", "m6i.large", "c6g.xlarge", "r6i.2xlarge"}));
        g.writeStringField("ami", String.format("ami-%012x", rnd.nextLong(1L << 48)));
        g.writeObjectFieldStart("metadataOptions");
        g.writeStringField("httpTokens", d == Defect.IMDS_OPTIONAL ? "optional" : "required");
        g.writeNumberField("httpPutResponseHopLimit", 1);
        g.writeEndObject();
        g.writeObjectFieldStart("rootBlockDevice");
        g.writeBooleanField("encrypted", d != Defect.ROOT_UNENCRYPTED);
        g.writeNumberField("volumeSize", 20 + rnd.nextInt(200));
        g.writeEndObject();
      }
      case VOLUME -> {
        g.writeBooleanField("encrypted", d != Defect.EBS_UNENCRYPTED);
        g.writeNumberField("size", 8 + rnd.nextInt(2000));
        g.writeStringField("type", "gp3");
      }
      case DATABASE -> {
        g.writeStringField("engine", pick(new String[] {"postgres", "mysql", "mariadb"}));
        g.writeBooleanField("storageEncrypted", d != Defect.RDS_UNENCRYPTED);
        g.writeBooleanField("publiclyAccessible", d == Defect.RDS_PUBLIC);
        if (d == Defect.RDS_BACKUP) {
          if (rnd.nextBoolean()) g.writeNumberField("backupRetentionPeriod", 1);
        } else {
          g.writeNumberField("backupRetentionPeriod", 7 + rnd.nextInt(29));
        }
        g.writeBooleanField("multiAz", rnd.nextBoolean());
      }
      case KMS_KEY -> {
        g.writeBooleanField("enableKeyRotation", d != Defect.KMS_NO_ROTATION);
        int daysAgo = d == Defect.KMS_STALE ? 400 + rnd.nextInt(400) : rnd.nextInt(360);
        g.writeStringField("lastRotated", java.time.Instant.parse(EVALUATED_AT).minusSeconds(daysAgo * 86_400L + rnd.nextInt(86_400)).toString());
        g.writeNumberField("deletionWindowInDays", 30);
      }
      case STORAGE_ACCOUNT -> {
        g.writeStringField("minimumTlsVersion", d == Defect.STORAGE_TLS ? "TLS1_0" : "TLS1_2");
        g.writeBooleanField("enableHttpsTrafficOnly", true);
        g.writeObjectFieldStart("encryption");
        g.writeStringField("keySource", "Microsoft.Keyvault");
        g.writeEndObject();
      }
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  private void bucket(JsonGenerator g, Defect d, String id) throws IOException {
    if (d != Defect.S3_NO_SSE) {
      g.writeObjectFieldStart("serverSideEncryption");
      g.writeStringField("algorithm", d == Defect.S3_SSE_NOT_KMS ? "AES256" : "aws:kms");
      g.writeStringField("kmsKeyId", "arn:aws:kms:eu-central-1:123456789012:key/" + id);
      g.writeEndObject();
    }
    if (d != Defect.S3_PUBLIC || rnd.nextBoolean()) g.writeBooleanField("blockPublicAccess", d != Defect.S3_PUBLIC);
    g.writeBooleanField("versioning", rnd.nextBoolean());
  }

  private void securityGroup(JsonGenerator g, Defect d) throws IOException {
    g.writeStringField("description", "managed by rampart");
    g.writeArrayFieldStart("ingress");
    int rules = 1 + rnd.nextInt(4);
    int bad = d == null ? -1 : rnd.nextInt(rules);
    for (int r = 0; r < rules; r++) {
      g.writeStartObject();
      int port = new int[] {443, 5432, 8443, 22}[rnd.nextInt(4)];
      g.writeStringField("protocol", r == bad && d == Defect.SG_ALL_PROTOCOLS ? "-1" : "tcp");
      g.writeNumberField("fromPort", port);
      g.writeNumberField("toPort", port);
      g.writeArrayFieldStart("cidrBlocks");
      int cidrs = 1 + rnd.nextInt(3);
      for (int c = 0; c < cidrs; c++) {
        String tpl = pick(CORPORATE);
        g.writeString(tpl.startsWith("172")
            ? String.format(tpl, 16 + rnd.nextInt(16), rnd.nextInt(256))
            : String.format(tpl, rnd.nextInt(256), rnd.nextInt(256)));
      }
      if (r == bad && d == Defect.SG_EXTERNAL_CIDR) g.writeString("203.0.113." + (rnd.nextInt(32) * 8) + "/29");
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static final class CountingStream extends java.io.FilterOutputStream {
    long count;

    CountingStream(OutputStream out) { super(out); }

    @Override public void write(int b) throws IOException { out.write(b); count++; }

    @Override public void write(byte[] b, int off, int len) throws IOException { out.write(b, off, len); count += len; }
  }
}
