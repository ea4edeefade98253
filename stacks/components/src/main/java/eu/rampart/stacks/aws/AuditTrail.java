package eu.rampart.stacks.aws;

import com.pulumi.aws.Provider;
import com.pulumi.aws.cloudtrail.Trail;
import com.pulumi.aws.cloudtrail.TrailArgs;
import com.pulumi.aws.cloudtrail.inputs.TrailEventSelectorArgs;
import com.pulumi.aws.cloudtrail.inputs.TrailEventSelectorDataResourceArgs;
import com.pulumi.aws.guardduty.Detector;
import com.pulumi.aws.guardduty.DetectorArgs;
import com.pulumi.aws.kms.Key;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import eu.rampart.stacks.common.Settings;
import eu.rampart.stacks.common.Tags;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Audit and detection (LOG controls): an isolated log archive bucket with Object Lock in
 * COMPLIANCE mode for the log retention period and its own key; a multi-region CloudTrail with
 * log-file validation, KMS encryption and S3 data events; GuardDuty in every region used. The
 * archive also takes VPC flow logs.
 */
public final class AuditTrail extends ComponentResource {
  public static final String TYPE = "rampart:aws:AuditTrail";

  private final EncryptedBucket archive;
  private final Trail trail;
  private final List<Detector> detectors = new ArrayList<>();

  public AuditTrail(String name, Args args) {
    this(name, args, null);
  }

  public AuditTrail(String name, Args args, ComponentResourceOptions options) {
    super(TYPE, name, Options.component(options, args.placement));
    Settings settings = args.placement.settings();
    Provider primary = args.placement.primary();
    int retentionDays = settings.requireInt("logs.retentionDays");
    if (retentionDays < 365) {
      throw settings.invalid("logs.retentionDays", "must be at least 365 (control LOG-2), got: " + retentionDays);
    }
    List<String> logServices = List.of("cloudtrail.amazonaws.com", "delivery.logs.amazonaws.com");

    // logs stay in the primary region: no replication, the lock is what protects them
    this.archive = new EncryptedBucket(name + "-archive", EncryptedBucket.args()
        .placement(args.placement)
        .classification(Tags.Classification.CONFIDENTIAL)
        .replicate(false)
        .objectLock(new EncryptedBucket.ObjectLock(EncryptedBucket.LockMode.COMPLIANCE, retentionDays))
        .noncurrentVersionDays(retentionDays)
        .serviceWriters(logServices)
        .keyServicePrincipals(logServices)
        .build(), ComponentResourceOptions.builder().parent(this).providers(primary).build());

    Key trailKey = KmsKeys.create(name + "-trail-key", this, primary, settings, "rampart CloudTrail " + name,
        Tags.Classification.CONFIDENTIAL, List.of("cloudtrail.amazonaws.com"));

    List<Output<String>> dataResources = new ArrayList<>();
    for (Output<String> arn : args.dataEventBucketArns) dataResources.add(arn.applyValue(a -> a + "/"));
    TrailEventSelectorArgs.Builder selector = TrailEventSelectorArgs.builder()
        .readWriteType("All")
        .includeManagementEvents(true);
    if (!dataResources.isEmpty()) {
      selector.dataResources(TrailEventSelectorDataResourceArgs.builder()
          .type("AWS::S3::Object")
          .values(Output.all(dataResources))
          .build());
    }
    this.trail = new Trail(name, TrailArgs.builder()
        .name("rampart-" + settings.environment() + "-" + name)
        .s3BucketName(archive.bucketName())
        .isMultiRegionTrail(true)
        .includeGlobalServiceEvents(true)
        .enableLogFileValidation(true)
        .enableLogging(true)
        .kmsKeyId(trailKey.arn())
        .eventSelectors(selector.build())
        .tags(Tags.of(settings, Tags.Classification.CONFIDENTIAL))
        // the trail is audit evidence (DATA-4's stateful types): deleting it stops the record
        .build(), Options.stateful(this, primary, settings, archive));

    detectors.add(detector(name, primary, settings));
    args.placement.secondary().ifPresent(secondary -> detectors.add(detector(name + "-secondary", secondary, settings)));
    registerOutputs(Map.of("archiveBucket", archive.bucketName(), "trailArn", trail.arn()));
  }

  private Detector detector(String name, Provider provider, Settings settings) {
    return new Detector(name + "-guardduty", DetectorArgs.builder()
        .enable(true)
        .findingPublishingFrequency("FIFTEEN_MINUTES")
        .tags(Tags.of(settings, Tags.Classification.INTERNAL))
        .build(), Options.child(this, provider));
  }

  public EncryptedBucket archive() { return archive; }

  public Output<String> archiveArn() { return archive.arn(); }

  public Trail trail() { return trail; }

  public List<Detector> detectors() { return List.copyOf(detectors); }

  public static Args.Builder args() { return new Args.Builder(); }

  public static final class Args {
    final AwsPlacement placement;
    final List<Output<String>> dataEventBucketArns;

    private Args(Builder b) {
      this.placement = Objects.requireNonNull(b.placement, "placement");
      this.dataEventBucketArns = List.copyOf(b.dataEventBucketArns);
    }

    public static final class Builder {
      private AwsPlacement placement;
      private List<Output<String>> dataEventBucketArns = List.of();

      public Builder placement(AwsPlacement p) { this.placement = p; return this; }
      /** Buckets whose object reads and writes are recorded (S3 data events). */
      public Builder dataEventBucketArns(List<Output<String>> arns) { this.dataEventBucketArns = arns; return this; }
      public Args build() { return new Args(this); }
    }
  }
}
