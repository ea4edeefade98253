package eu.rampart.stacks.azure;

import com.pulumi.azurenative.insights.DiagnosticSetting;
import com.pulumi.azurenative.insights.DiagnosticSettingArgs;
import com.pulumi.azurenative.insights.SubscriptionDiagnosticSetting;
import com.pulumi.azurenative.insights.SubscriptionDiagnosticSettingArgs;
import com.pulumi.azurenative.insights.inputs.LogSettingsArgs;
import com.pulumi.azurenative.insights.inputs.MetricSettingsArgs;
import com.pulumi.azurenative.insights.inputs.SubscriptionLogSettingsArgs;
import com.pulumi.azurenative.operationalinsights.Workspace;
import com.pulumi.azurenative.operationalinsights.WorkspaceArgs;
import com.pulumi.azurenative.operationalinsights.inputs.WorkspaceFeaturesArgs;
import com.pulumi.azurenative.operationalinsights.inputs.WorkspaceSkuArgs;
import com.pulumi.azurenative.security.AdvancedThreatProtection;
import com.pulumi.azurenative.security.AdvancedThreatProtectionArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import eu.rampart.stacks.common.Settings;
import eu.rampart.stacks.common.Tags;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The audit trail (LOG-1, LOG-2) and threat detection (LOG-3): a Log Analytics workspace keeping at
 * least 365 days; the subscription's activity log to the workspace and to the log archive storage
 * account; diagnostic settings that send every listed resource's logs to the workspace; Microsoft
 * Defender for Cloud plans at the Standard tier, plus Defender for Storage on the listed accounts.
 */
public final class AuditTrail extends ComponentResource {
  public static final String TYPE = "rampart:azure:AuditTrail";
  static final int MIN_RETENTION_DAYS = 365;
  /** Longest interactive retention a Log Analytics workspace accepts. */
  static final int MAX_RETENTION_DAYS = 730;
  /** Every category of the Azure activity log. */
  public static final List<String> ACTIVITY_LOG_CATEGORIES = List.of(
      "Administrative", "Security", "ServiceHealth", "Alert", "Recommendation", "Policy", "Autoscale", "ResourceHealth");
  /** Defender for Cloud plans the landing zone turns on. */
  public static final List<String> DEFENDER_PLANS = List.of("StorageAccounts", "KeyVaults", "VirtualMachines", "Arm");

  private final Workspace workspace;
  private final SubscriptionDiagnosticSetting activityLog;
  private final List<DiagnosticSetting> diagnostics = new ArrayList<>();
  private final List<DefenderPricing> defenderPlans = new ArrayList<>();
  private final List<AdvancedThreatProtection> storageThreatProtection = new ArrayList<>();

  public AuditTrail(String name, Args args, ComponentResourceOptions options) {
    super(TYPE, name, options);
    Placement at = args.placement;
    Map<String, String> tags = Tags.of(args.settings, Tags.Classification.CONFIDENTIAL);
    int retention = Math.max(MIN_RETENTION_DAYS, checkedLogRetentionDays(args.settings));

    this.workspace = new Workspace(name + "-workspace", WorkspaceArgs.builder()
        .resourceGroupName(args.resourceGroupName)
        .location(at.location())
        .sku(WorkspaceSkuArgs.builder().name("PerGB2018").build())
        .retentionInDays(retention)
        .features(WorkspaceFeaturesArgs.builder()
            .disableLocalAuth(true)
            .enableLogAccessUsingOnlyResourcePermissions(true)
            .build())
        .tags(tags)
        .build(), ChildOptions.stateful(this, at, args.settings.protect()));

    List<SubscriptionLogSettingsArgs> categories = new ArrayList<>();
    for (String category : ACTIVITY_LOG_CATEGORIES) {
      categories.add(SubscriptionLogSettingsArgs.builder().category(category).enabled(true).build());
    }
    this.activityLog = new SubscriptionDiagnosticSetting(name + "-activity-log", SubscriptionDiagnosticSettingArgs.builder()
        .name("rampart-activity-log-" + args.settings.environment())
        .workspaceId(workspace.id())
        .storageAccountId(args.archiveStorageAccountId)
        .logs(categories)
        .build(), ChildOptions.of(this, at, workspace));

    for (DiagnosedResource resource : args.diagnosed) {
      diagnostics.add(new DiagnosticSetting(name + "-diag-" + resource.name(), DiagnosticSettingArgs.builder()
          .name("rampart-audit")
          .resourceUri(resource.resourceUri())
          .workspaceId(workspace.id())
          .logAnalyticsDestinationType("Dedicated")
          .logs(LogSettingsArgs.builder().categoryGroup("allLogs").enabled(true).build())
          .metrics(MetricSettingsArgs.builder().category("AllMetrics").enabled(true).build())
          .build(), ChildOptions.of(this, at, workspace)));
    }

    for (String plan : DEFENDER_PLANS) {
      defenderPlans.add(new DefenderPricing(name + "-defender-" + plan, new DefenderPricingArgs(plan, "Standard",
          Optional.empty()), ChildOptions.of(this, at)));
    }
    for (Map.Entry<String, Output<String>> account : args.threatProtectedStorage.entrySet()) {
      storageThreatProtection.add(new AdvancedThreatProtection(name + "-defender-" + account.getKey(),
          AdvancedThreatProtectionArgs.builder()
              .resourceId(account.getValue())
              .settingName("current")
              .isEnabled(true)
              .build(), ChildOptions.of(this, at)));
    }
    registerOutputs(Map.of("workspaceId", workspace.id()));
  }

  /**
   * {@code logs.retentionDays} (365 when absent), failing when no workspace could keep logs that
   * long or the value is not a positive number of days.
   */
  public static int checkedLogRetentionDays(Settings settings) {
    int days = settings.integer("logs.retentionDays").orElse(MIN_RETENTION_DAYS);
    if (days < 1 || days > MAX_RETENTION_DAYS) {
      throw settings.invalid("logs.retentionDays", "must be between 1 and " + MAX_RETENTION_DAYS
          + " days (Log Analytics interactive retention limit), got " + days);
    }
    return days;
  }

  public Workspace workspace() { return workspace; }
  public SubscriptionDiagnosticSetting activityLog() { return activityLog; }
  public List<DiagnosticSetting> diagnostics() { return Collections.unmodifiableList(diagnostics); }
  public List<DefenderPricing> defenderPlans() { return Collections.unmodifiableList(defenderPlans); }

  public static final class Args {
    private final Settings settings;
    private final Placement placement;
    private final Output<String> resourceGroupName;
    private final Output<String> archiveStorageAccountId;
    private final List<DiagnosedResource> diagnosed;
    private final Map<String, Output<String>> threatProtectedStorage;

    private Args(Builder b) {
      this.settings = Objects.requireNonNull(b.settings, "settings");
      this.placement = Objects.requireNonNull(b.placement, "placement");
      this.resourceGroupName = Objects.requireNonNull(b.resourceGroupName, "resourceGroupName");
      this.archiveStorageAccountId = Objects.requireNonNull(b.archiveStorageAccountId, "archiveStorageAccountId");
      this.diagnosed = List.copyOf(b.diagnosed);
      this.threatProtectedStorage = Collections.unmodifiableMap(new java.util.LinkedHashMap<>(b.threatProtectedStorage));
    }

    public static Builder builder() { return new Builder(); }
  }

  public static final class Builder {
    private Settings settings;
    private Placement placement;
    private Output<String> resourceGroupName;
    private Output<String> archiveStorageAccountId;
    private final List<DiagnosedResource> diagnosed = new ArrayList<>();
    private final Map<String, Output<String>> threatProtectedStorage = new java.util.LinkedHashMap<>();

    public Builder settings(Settings v) { this.settings = v; return this; }
    public Builder placement(Placement v) { this.placement = v; return this; }
    public Builder resourceGroupName(Output<String> v) { this.resourceGroupName = v; return this; }
    public Builder archiveStorageAccountId(Output<String> v) { this.archiveStorageAccountId = v; return this; }
    public Builder diagnose(DiagnosedResource v) { this.diagnosed.add(v); return this; }
    /** Turns on Defender for Storage for one account, {@code label} naming it in the URN. */
    public Builder protectStorage(String label, Output<String> storageAccountId) {
      this.threatProtectedStorage.put(label, storageAccountId);
      return this;
    }
    public Args build() { return new Args(this); }
  }
}
