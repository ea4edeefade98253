package eu.rampart.stacks.aws;

import com.pulumi.aws.Provider;
import com.pulumi.aws.kms.Key;
import com.pulumi.aws.rds.Instance;
import com.pulumi.aws.rds.InstanceArgs;
import com.pulumi.aws.rds.SubnetGroup;
import com.pulumi.aws.rds.SubnetGroupArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import eu.rampart.stacks.common.Settings;
import eu.rampart.stacks.common.Tags;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A PostgreSQL database in the data tier: encrypted with its own key (ENC-1), never publicly
 * accessible (DATA-1), multi-AZ as the environment says (AVAIL-1), deletion protection and a final
 * snapshot in production, the master password managed by RDS in Secrets Manager (never in code or
 * state).
 */
public final class Database extends ComponentResource {
  public static final String TYPE = "rampart:aws:Database";
  /** RDS keeps automated backups at most 35 days; longer retention comes from {@link BackupPlan}. */
  private static final int RDS_MAX_BACKUP_DAYS = 35;

  private final Instance instance;

  public Database(String name, Args args) {
    this(name, args, null);
  }

  public Database(String name, Args args, ComponentResourceOptions options) {
    super(TYPE, name, Options.component(options, args.placement));
    Settings settings = args.placement.settings();
    Provider provider = args.placement.primary();
    Map<String, String> tags = Tags.of(settings, Tags.Classification.PERSONAL);
    boolean production = settings.production();

    Key key = KmsKeys.create(name + "-key", this, provider, settings, "rampart database " + name,
        Tags.Classification.PERSONAL, List.of());
    SubnetGroup subnets = new SubnetGroup(name, SubnetGroupArgs.builder()
        .description("data tier subnets of " + name)
        .subnetIds(Output.all(args.dataSubnetIds))
        .tags(tags)
        .build(), Options.child(this, provider));

    InstanceArgs.Builder db = InstanceArgs.builder()
        .identifier("rampart-" + settings.environment() + "-" + name)
        .engine("postgres")
        .engineVersion("16.4")
        .instanceClass(settings.requireString("aws.databaseInstanceClass"))
        .allocatedStorage(production ? 100 : 20)
        .maxAllocatedStorage(production ? 1000 : 50)
        .storageType("gp3")
        .storageEncrypted(true)
        .kmsKeyId(key.arn())
        .publiclyAccessible(false)
        .multiAz(settings.requireBoolean("aws.databaseMultiAz"))
        .dbSubnetGroupName(subnets.name())
        .vpcSecurityGroupIds(args.securityGroupId.applyValue(List::of))
        .port(Firewall.DEFAULT_DB_PORT)
        .username("rampart_admin")
        .manageMasterUserPassword(true)
        .masterUserSecretKmsKeyId(key.arn())
        .iamDatabaseAuthenticationEnabled(true)
        .backupRetentionPeriod(Math.min(RDS_MAX_BACKUP_DAYS, settings.requireInt("backup.retentionDays")))
        .copyTagsToSnapshot(true)
        .deletionProtection(production)
        .autoMinorVersionUpgrade(true)
        .enabledCloudwatchLogsExports("postgresql")
        .tags(tags);
    if (production) {
      db.skipFinalSnapshot(false).finalSnapshotIdentifier("rampart-" + settings.environment() + "-" + name + "-final");
    } else {
      db.skipFinalSnapshot(true);
    }
    this.instance = new Instance(name, db.build(), Options.stateful(this, provider, settings));
    registerOutputs(Map.of("endpoint", instance.endpoint(), "arn", instance.arn()));
  }

  public Instance instance() { return instance; }

  public Output<String> arn() { return instance.arn(); }

  public static Args.Builder args() { return new Args.Builder(); }

  public static final class Args {
    final AwsPlacement placement;
    final List<Output<String>> dataSubnetIds;
    final Output<String> securityGroupId;

    private Args(Builder b) {
      this.placement = Objects.requireNonNull(b.placement, "placement");
      this.dataSubnetIds = List.copyOf(Objects.requireNonNull(b.dataSubnetIds, "dataSubnetIds"));
      if (dataSubnetIds.size() < 2) throw new IllegalArgumentException("a DB subnet group needs at least two zones");
      this.securityGroupId = Objects.requireNonNull(b.securityGroupId, "securityGroupId");
    }

    public static final class Builder {
      private AwsPlacement placement;
      private List<Output<String>> dataSubnetIds;
      private Output<String> securityGroupId;

      public Builder placement(AwsPlacement p) { this.placement = p; return this; }
      public Builder dataSubnetIds(List<Output<String>> ids) { this.dataSubnetIds = ids; return this; }
      public Builder securityGroupId(Output<String> id) { this.securityGroupId = id; return this; }
      public Args build() { return new Args(this); }
    }
  }
}
