package eu.rampart.stacks.aws;

import com.pulumi.aws.Provider;
import com.pulumi.aws.iam.Role;
import com.pulumi.aws.iam.RoleArgs;
import com.pulumi.aws.iam.RolePolicy;
import com.pulumi.aws.iam.RolePolicyArgs;
import com.pulumi.aws.kms.Key;
import com.pulumi.aws.s3.BucketLifecycleConfigurationV2;
import com.pulumi.aws.s3.BucketLifecycleConfigurationV2Args;
import com.pulumi.aws.s3.BucketObjectLockConfigurationV2;
import com.pulumi.aws.s3.BucketObjectLockConfigurationV2Args;
import com.pulumi.aws.s3.BucketPolicy;
import com.pulumi.aws.s3.BucketPolicyArgs;
import com.pulumi.aws.s3.BucketPublicAccessBlock;
import com.pulumi.aws.s3.BucketPublicAccessBlockArgs;
import com.pulumi.aws.s3.BucketReplicationConfig;
import com.pulumi.aws.s3.BucketReplicationConfigArgs;
import com.pulumi.aws.s3.BucketServerSideEncryptionConfigurationV2;
import com.pulumi.aws.s3.BucketServerSideEncryptionConfigurationV2Args;
import com.pulumi.aws.s3.BucketV2;
import com.pulumi.aws.s3.BucketV2Args;
import com.pulumi.aws.s3.BucketVersioningV2;
import com.pulumi.aws.s3.BucketVersioningV2Args;
import com.pulumi.aws.s3.inputs.BucketLifecycleConfigurationV2RuleAbortIncompleteMultipartUploadArgs;
import com.pulumi.aws.s3.inputs.BucketLifecycleConfigurationV2RuleArgs;
import com.pulumi.aws.s3.inputs.BucketLifecycleConfigurationV2RuleExpirationArgs;
import com.pulumi.aws.s3.inputs.BucketLifecycleConfigurationV2RuleFilterArgs;
import com.pulumi.aws.s3.inputs.BucketLifecycleConfigurationV2RuleNoncurrentVersionExpirationArgs;
import com.pulumi.aws.s3.inputs.BucketObjectLockConfigurationV2RuleArgs;
import com.pulumi.aws.s3.inputs.BucketObjectLockConfigurationV2RuleDefaultRetentionArgs;
import com.pulumi.aws.s3.inputs.BucketReplicationConfigRuleArgs;
import com.pulumi.aws.s3.inputs.BucketReplicationConfigRuleDeleteMarkerReplicationArgs;
import com.pulumi.aws.s3.inputs.BucketReplicationConfigRuleDestinationArgs;
import com.pulumi.aws.s3.inputs.BucketReplicationConfigRuleDestinationEncryptionConfigurationArgs;
import com.pulumi.aws.s3.inputs.BucketReplicationConfigRuleFilterArgs;
import com.pulumi.aws.s3.inputs.BucketReplicationConfigRuleSourceSelectionCriteriaArgs;
import com.pulumi.aws.s3.inputs.BucketReplicationConfigRuleSourceSelectionCriteriaSseKmsEncryptedObjectsArgs;
import com.pulumi.aws.s3.inputs.BucketServerSideEncryptionConfigurationV2RuleApplyServerSideEncryptionByDefaultArgs;
import com.pulumi.aws.s3.inputs.BucketServerSideEncryptionConfigurationV2RuleArgs;
import com.pulumi.aws.s3.inputs.BucketVersioningV2VersioningConfigurationArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.Resource;
import eu.rampart.stacks.common.Settings;
import eu.rampart.stacks.common.Tags;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An S3 bucket as the ENC, DATA and RES controls want it: SSE-KMS with its own rotating key and
 * bucket keys, versioning, all four public-access blocks, a policy refusing plain HTTP, lifecycle
 * rules, optional Object Lock, and (when cross-region copies are on) replication to a bucket in
 * the secondary region encrypted with that region's own key.
 */
public final class EncryptedBucket extends ComponentResource {
  public static final String TYPE = "rampart:aws:EncryptedBucket";

  private final BucketV2 bucket;
  private final Key key;
  private final Optional<BucketV2> replica;

  public EncryptedBucket(String name, Args args) {
    this(name, args, null);
  }

  public EncryptedBucket(String name, Args args, ComponentResourceOptions options) {
    super(TYPE, name, Options.component(options, args.placement));
    Settings settings = args.placement.settings();
    Provider primary = args.placement.primary();
    Map<String, String> tags = Tags.of(settings, args.classification);

    this.key = KmsKeys.create(name + "-key", this, primary, settings, "rampart " + name + " bucket key",
        args.classification, args.keyServicePrincipals);
    Secured source = secure(name, this, primary, settings, tags, key, args);
    this.bucket = source.bucket;

    if (args.replicate && args.placement.crossRegion()) {
      Provider secondary = args.placement.requireSecondary();
      Key replicaKey = KmsKeys.create(name + "-replica-key", this, secondary, settings,
          "rampart " + name + " replica key", args.classification, List.of());
      Args replicaArgs = args.toBuilder().serviceWriters(List.of()).build();
      Secured target = secure(name + "-replica", this, secondary, settings, tags, replicaKey, replicaArgs);
      replicate(name, primary, settings, tags, source, key, target, replicaKey);
      this.replica = Optional.of(target.bucket);
    } else {
      this.replica = Optional.empty();
    }
    registerOutputs(Map.of("bucket", bucket.bucket(), "arn", bucket.arn(), "keyArn", key.arn()));
  }

  private record Secured(BucketV2 bucket, BucketVersioningV2 versioning, BucketPolicy policy) {}

  private static Secured secure(String name, Resource parent, Provider provider, Settings settings,
                                Map<String, String> tags, Key key, Args args) {
    BucketV2 bucket = new BucketV2(name, BucketV2Args.builder()
        .objectLockEnabled(args.objectLock.isPresent())
        .forceDestroy(false)
        .tags(tags)
        .build(), Options.stateful(parent, provider, settings));

    new BucketServerSideEncryptionConfigurationV2(name + "-sse", BucketServerSideEncryptionConfigurationV2Args.builder()
        .bucket(bucket.id())
        .rules(BucketServerSideEncryptionConfigurationV2RuleArgs.builder()
            .applyServerSideEncryptionByDefault(
                BucketServerSideEncryptionConfigurationV2RuleApplyServerSideEncryptionByDefaultArgs.builder()
                    .sseAlgorithm("aws:kms")
                    .kmsMasterKeyId(key.arn())
                    .build())
            .bucketKeyEnabled(true)
            .build())
        .build(), Options.child(parent, provider));

    BucketVersioningV2 versioning = new BucketVersioningV2(name + "-versioning", BucketVersioningV2Args.builder()
        .bucket(bucket.id())
        .versioningConfiguration(BucketVersioningV2VersioningConfigurationArgs.builder().status("Enabled").build())
        .build(), Options.child(parent, provider));

    BucketPublicAccessBlock block = new BucketPublicAccessBlock(name + "-public-access-block",
        BucketPublicAccessBlockArgs.builder()
            .bucket(bucket.id())
            .blockPublicAcls(true)
            .blockPublicPolicy(true)
            .ignorePublicAcls(true)
            .restrictPublicBuckets(true)
            .build(), Options.child(parent, provider));

    // the policy goes on after the public access block, as AWS evaluates one against the other
    BucketPolicy policy = new BucketPolicy(name + "-policy", BucketPolicyArgs.builder()
        .bucket(bucket.id())
        .policy(Output.tuple(bucket.arn(), KmsKeys.accountId(provider))
            .applyValue(t -> BucketPolicies.tlsOnly(t.t1, t.t2, args.serviceWriters)))
        .build(), Options.child(parent, provider, block));

    new BucketLifecycleConfigurationV2(name + "-lifecycle", BucketLifecycleConfigurationV2Args.builder()
        .bucket(bucket.id())
        .rules(lifecycleRules(args))
        .build(), Options.child(parent, provider, versioning));

    args.objectLock.ifPresent(lock -> new BucketObjectLockConfigurationV2(name + "-object-lock",
        BucketObjectLockConfigurationV2Args.builder()
            .bucket(bucket.id())
            .objectLockEnabled("Enabled")
            .rule(BucketObjectLockConfigurationV2RuleArgs.builder()
                .defaultRetention(BucketObjectLockConfigurationV2RuleDefaultRetentionArgs.builder()
                    .mode(lock.mode().name())
                    .days(lock.days())
                    .build())
                .build())
            .build(), Options.child(parent, provider, versioning)));
    return new Secured(bucket, versioning, policy);
  }

  private static List<BucketLifecycleConfigurationV2RuleArgs> lifecycleRules(Args args) {
    List<BucketLifecycleConfigurationV2RuleArgs> rules = new ArrayList<>();
    rules.add(BucketLifecycleConfigurationV2RuleArgs.builder()
        .id("abort-incomplete-uploads")
        .status("Enabled")
        .filter(BucketLifecycleConfigurationV2RuleFilterArgs.builder().prefix("").build())
        .abortIncompleteMultipartUpload(BucketLifecycleConfigurationV2RuleAbortIncompleteMultipartUploadArgs.builder()
            .daysAfterInitiation(7).build())
        .noncurrentVersionExpiration(BucketLifecycleConfigurationV2RuleNoncurrentVersionExpirationArgs.builder()
            .noncurrentDays(args.noncurrentVersionDays).build())
        .build());
    args.temporaryPrefix.ifPresent(prefix -> rules.add(BucketLifecycleConfigurationV2RuleArgs.builder()
        .id("expire-temporary-data")
        .status("Enabled")
        .filter(BucketLifecycleConfigurationV2RuleFilterArgs.builder().prefix(prefix).build())
        .expiration(BucketLifecycleConfigurationV2RuleExpirationArgs.builder().days(args.temporaryDays).build())
        .build()));
    return rules;
  }

  private void replicate(String name, Provider primary, Settings settings, Map<String, String> tags,
                         Secured source, Key sourceKey, Secured target, Key targetKey) {
    Role role = new Role(name + "-replication", RoleArgs.builder()
        .assumeRolePolicy(PolicyJson.assumeRole("s3.amazonaws.com"))
        .description("S3 replication of " + name + " to the secondary region")
        .tags(tags)
        .build(), Options.child(this, primary));
    new RolePolicy(name + "-replication", RolePolicyArgs.builder()
        .role(role.id())
        .policy(Output.tuple(source.bucket.arn(), target.bucket.arn(), sourceKey.arn(), targetKey.arn())
            .applyValue(t -> BucketPolicies.replication(t.t1, t.t2, t.t3, t.t4)))
        .build(), Options.child(this, primary));
    new BucketReplicationConfig(name + "-replication", BucketReplicationConfigArgs.builder()
        .bucket(source.bucket.id())
        .role(role.arn())
        .rules(BucketReplicationConfigRuleArgs.builder()
            .id("to-secondary-region")
            .status("Enabled")
            .priority(1)
            .filter(BucketReplicationConfigRuleFilterArgs.builder().prefix("").build())
            .deleteMarkerReplication(BucketReplicationConfigRuleDeleteMarkerReplicationArgs.builder().status("Enabled").build())
            .sourceSelectionCriteria(BucketReplicationConfigRuleSourceSelectionCriteriaArgs.builder()
                .sseKmsEncryptedObjects(BucketReplicationConfigRuleSourceSelectionCriteriaSseKmsEncryptedObjectsArgs.builder()
                    .status("Enabled").build())
                .build())
            .destination(BucketReplicationConfigRuleDestinationArgs.builder()
                .bucket(target.bucket.arn())
                .storageClass("STANDARD_IA")
                .encryptionConfiguration(BucketReplicationConfigRuleDestinationEncryptionConfigurationArgs.builder()
                    .replicaKmsKeyId(targetKey.arn()).build())
                .build())
            .build())
        .build(), Options.child(this, primary, source.versioning, target.versioning));
  }

  public BucketV2 bucket() { return bucket; }

  public Output<String> bucketName() { return bucket.bucket(); }

  public Output<String> arn() { return bucket.arn(); }

  public Key key() { return key; }

  public Optional<BucketV2> replica() { return replica; }

  /** S3 Object Lock modes; COMPLIANCE cannot be shortened or removed by anyone, GOVERNANCE by privileged users. */
  public enum LockMode { COMPLIANCE, GOVERNANCE }

  public record ObjectLock(LockMode mode, int days) {
    public ObjectLock {
      Objects.requireNonNull(mode, "mode");
      if (days < 1) throw new IllegalArgumentException("object lock days must be positive, got " + days);
    }
  }

  public static Args.Builder args() { return new Args.Builder(); }

  public static final class Args {
    final AwsPlacement placement;
    final Tags.Classification classification;
    final boolean replicate;
    final Optional<ObjectLock> objectLock;
    final int noncurrentVersionDays;
    final Optional<String> temporaryPrefix;
    final int temporaryDays;
    final List<String> serviceWriters;
    final List<String> keyServicePrincipals;

    private Args(Builder b) {
      this.placement = Objects.requireNonNull(b.placement, "placement");
      this.classification = Objects.requireNonNull(b.classification, "classification");
      this.replicate = b.replicate;
      this.objectLock = Optional.ofNullable(b.objectLock);
      this.noncurrentVersionDays = b.noncurrentVersionDays;
      this.temporaryPrefix = Optional.ofNullable(b.temporaryPrefix);
      this.temporaryDays = b.temporaryDays;
      this.serviceWriters = List.copyOf(b.serviceWriters);
      this.keyServicePrincipals = List.copyOf(b.keyServicePrincipals);
    }

    Builder toBuilder() {
      Builder b = new Builder().placement(placement).classification(classification).replicate(replicate)
          .noncurrentVersionDays(noncurrentVersionDays).serviceWriters(serviceWriters)
          .keyServicePrincipals(keyServicePrincipals);
      objectLock.ifPresent(b::objectLock);
      temporaryPrefix.ifPresent(p -> b.expireTemporary(p, temporaryDays));
      return b;
    }

    public static final class Builder {
      private AwsPlacement placement;
      private Tags.Classification classification = Tags.Classification.CONFIDENTIAL;
      private boolean replicate = true;
      private ObjectLock objectLock;
      private int noncurrentVersionDays = 90;
      private String temporaryPrefix;
      private int temporaryDays = 7;
      private List<String> serviceWriters = List.of();
      private List<String> keyServicePrincipals = List.of();

      public Builder placement(AwsPlacement placement) { this.placement = placement; return this; }
      public Builder classification(Tags.Classification c) { this.classification = c; return this; }
      /** Replicate to the secondary region; has effect only when the placement has one. */
      public Builder replicate(boolean replicate) { this.replicate = replicate; return this; }
      public Builder objectLock(ObjectLock lock) { this.objectLock = lock; return this; }
      public Builder noncurrentVersionDays(int days) { this.noncurrentVersionDays = days; return this; }
      /** Objects under {@code prefix} expire after {@code days} (temporary data, control DATA-2). */
      public Builder expireTemporary(String prefix, int days) { this.temporaryPrefix = prefix; this.temporaryDays = days; return this; }
      /** AWS services (e.g. {@code cloudtrail.amazonaws.com}) allowed to deliver objects over TLS. */
      public Builder serviceWriters(List<String> principals) { this.serviceWriters = principals; return this; }
      /** AWS services allowed to use the bucket's key (needed when they write SSE-KMS objects). */
      public Builder keyServicePrincipals(List<String> principals) { this.keyServicePrincipals = principals; return this; }
      public Args build() { return new Args(this); }
    }
  }
}
