package eu.rampart.stacks.aws;

import com.pulumi.aws.Provider;
import com.pulumi.aws.backup.Plan;
import com.pulumi.aws.backup.PlanArgs;
import com.pulumi.aws.backup.Selection;
import com.pulumi.aws.backup.SelectionArgs;
import com.pulumi.aws.backup.Vault;
import com.pulumi.aws.backup.VaultArgs;
import com.pulumi.aws.backup.VaultLockConfiguration;
import com.pulumi.aws.backup.VaultLockConfigurationArgs;
import com.pulumi.aws.backup.inputs.PlanRuleArgs;
import com.pulumi.aws.backup.inputs.PlanRuleCopyActionArgs;
import com.pulumi.aws.backup.inputs.PlanRuleCopyActionLifecycleArgs;
import com.pulumi.aws.backup.inputs.PlanRuleLifecycleArgs;
import com.pulumi.aws.iam.Role;
import com.pulumi.aws.iam.RoleArgs;
import com.pulumi.aws.iam.RolePolicyAttachment;
import com.pulumi.aws.iam.RolePolicyAttachmentArgs;
import com.pulumi.aws.kms.Key;
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
 * Backups as the BAK controls want them: a KMS-encrypted, locked vault; rules every N hours and
 * daily, kept at least the environment's retention; every recovery point copied to a locked vault
 * in the secondary region when cross-region copies are on.
 */
public final class BackupPlan extends ComponentResource {
  public static final String TYPE = "rampart:aws:BackupPlan";
  private static final int MAX_RETENTION_DAYS = 3650;

  private final Vault vault;
  private final Optional<Vault> copyVault;
  private final Plan plan;

  public BackupPlan(String name, Args args) {
    this(name, args, null);
  }

  public BackupPlan(String name, Args args, ComponentResourceOptions options) {
    super(TYPE, name, Options.component(options, args.placement));
    Settings settings = args.placement.settings();
    Provider primary = args.placement.primary();
    int everyHours = settings.requireInt("backup.everyHours");
    int retentionDays = settings.requireInt("backup.retentionDays");
    if (everyHours < 1 || 24 % everyHours != 0) {
      throw settings.invalid("backup.everyHours", "must divide 24 (1, 2, 3, 4, 6, 8, 12 or 24), got: " + everyHours);
    }

    this.vault = lockedVault(name, this, primary, settings, retentionDays);
    this.copyVault = args.placement.crossRegion() && settings.crossRegionCopies()
        ? Optional.of(lockedVault(name + "-copy", this, args.placement.requireSecondary(), settings, retentionDays))
        : Optional.empty();

    this.plan = new Plan(name, PlanArgs.builder()
        .name("rampart-" + settings.environment() + "-" + name)
        .rules(rule("every-" + everyHours + "-hours", "cron(0 */" + everyHours + " * * ? *)", retentionDays),
            rule("daily", "cron(0 3 * * ? *)", retentionDays))
        .tags(Tags.of(settings, Tags.Classification.CONFIDENTIAL))
        .build(), Options.child(this, primary));

    Role role = new Role(name + "-backup", RoleArgs.builder()
        .assumeRolePolicy(PolicyJson.assumeRole("backup.amazonaws.com"))
        .description("AWS Backup service role of " + name)
        .tags(Tags.of(settings, Tags.Classification.INTERNAL))
        .build(), Options.child(this, primary));
    List<Resource> attachments = new ArrayList<>();
    for (String policy : List.of("AWSBackupServiceRolePolicyForBackup", "AWSBackupServiceRolePolicyForRestores",
        "AWSBackupServiceRolePolicyForS3Backup", "AWSBackupServiceRolePolicyForS3Restore")) {
      String path = policy.contains("S3") ? "arn:aws:iam::aws:policy/" : "arn:aws:iam::aws:policy/service-role/";
      attachments.add(new RolePolicyAttachment(name + "-" + policy, RolePolicyAttachmentArgs.builder()
          .role(role.name())
          .policyArn(path + policy)
          .build(), Options.child(this, primary)));
    }
    if (!args.resourceArns.isEmpty()) {
      new Selection(name, SelectionArgs.builder()
          .name("rampart-" + settings.environment() + "-" + name)
          .planId(plan.id())
          .iamRoleArn(role.arn())
          .resources(Output.all(args.resourceArns))
          .build(), Options.child(this, primary, attachments.toArray(Resource[]::new)));
    }
    registerOutputs(Map.of("vaultArn", vault.arn(), "planId", plan.id()));
  }

  private PlanRuleArgs rule(String ruleName, String schedule, int retentionDays) {
    PlanRuleArgs.Builder rule = PlanRuleArgs.builder()
        .ruleName(ruleName)
        .targetVaultName(vault.name())
        .schedule(schedule)
        .startWindow(60)
        .completionWindow(180)
        .lifecycle(PlanRuleLifecycleArgs.builder().deleteAfter(retentionDays).build());
    copyVault.ifPresent(copy -> rule.copyActions(PlanRuleCopyActionArgs.builder()
        .destinationVaultArn(copy.arn())
        .lifecycle(PlanRuleCopyActionLifecycleArgs.builder().deleteAfter(retentionDays).build())
        .build()));
    return rule.build();
  }

  private static Vault lockedVault(String name, Resource parent, Provider provider, Settings settings, int retentionDays) {
    Key key = KmsKeys.create(name + "-key", parent, provider, settings, "rampart backup vault " + name,
        Tags.Classification.CONFIDENTIAL, List.of());
    Vault vault = new Vault(name, VaultArgs.builder()
        .name("rampart-" + settings.environment() + "-" + name)
        .kmsKeyArn(key.arn())
        .forceDestroy(false)
        .tags(Tags.of(settings, Tags.Classification.CONFIDENTIAL))
        .build(), Options.stateful(parent, provider, settings));
    VaultLockConfigurationArgs.Builder lock = VaultLockConfigurationArgs.builder()
        .backupVaultName(vault.name())
        .minRetentionDays(retentionDays)
        .maxRetentionDays(MAX_RETENTION_DAYS);
    // production locks in compliance mode after a 3-day grace period (then nobody can lift it);
    // other environments use governance mode so a mistake there can still be undone
    if (settings.production()) lock.changeableForDays(3);
    new VaultLockConfiguration(name + "-lock", lock.build(), Options.child(parent, provider));
    return vault;
  }

  public Vault vault() { return vault; }

  public Optional<Vault> copyVault() { return copyVault; }

  public Plan plan() { return plan; }

  public static Args.Builder args() { return new Args.Builder(); }

  public static final class Args {
    final AwsPlacement placement;
    final List<Output<String>> resourceArns;

    private Args(Builder b) {
      this.placement = Objects.requireNonNull(b.placement, "placement");
      this.resourceArns = List.copyOf(b.resourceArns);
    }

    public static final class Builder {
      private AwsPlacement placement;
      private List<Output<String>> resourceArns = List.of();

      public Builder placement(AwsPlacement p) { this.placement = p; return this; }
      /** ARNs of the buckets, databases and volumes to back up. */
      public Builder resourceArns(List<Output<String>> arns) { this.resourceArns = arns; return this; }
      public Args build() { return new Args(this); }
    }
  }
}
