package eu.rampart.stacks.azure;

import com.pulumi.azurenative.resources.ResourceGroup;
import com.pulumi.azurenative.resources.ResourceGroupArgs;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import eu.rampart.stacks.common.Settings;
import eu.rampart.stacks.common.Tags;
import java.util.Map;
import java.util.Objects;

/**
 * The landing zone's resource groups. Keys get a group of their own, apart from the data they
 * protect (ENC-2), so that access to one does not imply access to the other; logs and backups are
 * likewise isolated from the workloads they record.
 */
public final class ResourceGroups extends ComponentResource {
  public static final String TYPE = "rampart:azure:ResourceGroups";

  private final ResourceGroup network;
  private final ResourceGroup keys;
  private final ResourceGroup data;
  private final ResourceGroup logs;
  private final ResourceGroup backup;

  public ResourceGroups(String name, Args args, ComponentResourceOptions options) {
    super(TYPE, name, options);
    this.network = group(name, "network", Tags.Classification.INTERNAL, args);
    this.keys = group(name, "keys", Tags.Classification.CONFIDENTIAL, args);
    this.data = group(name, "data", Tags.Classification.PERSONAL, args);
    this.logs = group(name, "logs", Tags.Classification.CONFIDENTIAL, args);
    this.backup = group(name, "backup", Tags.Classification.PERSONAL, args);
    registerOutputs(Map.of("network", network.name(), "keys", keys.name(), "data", data.name(),
        "logs", logs.name(), "backup", backup.name()));
  }

  private ResourceGroup group(String prefix, String purpose, Tags.Classification classification, Args args) {
    String rgName = "rg-" + prefix + "-" + purpose + "-" + args.settings.environment();
    return new ResourceGroup(prefix + "-" + purpose, ResourceGroupArgs.builder()
        .resourceGroupName(rgName)
        .location(args.placement.location())
        .tags(Tags.of(args.settings, classification))
        .build(), ChildOptions.of(this, args.placement));
  }

  public ResourceGroup network() { return network; }
  public ResourceGroup keys() { return keys; }
  public ResourceGroup data() { return data; }
  public ResourceGroup logs() { return logs; }
  public ResourceGroup backup() { return backup; }

  public static final class Args {
    public static Builder builder() { return new Builder(); }

    private final Settings settings;
    private final Placement placement;

    private Args(Builder b) {
      this.settings = Objects.requireNonNull(b.settings, "settings");
      this.placement = Objects.requireNonNull(b.placement, "placement");
    }
  }

  public static final class Builder {
    private Settings settings;
    private Placement placement;

    public Builder settings(Settings settings) { this.settings = settings; return this; }
    public Builder placement(Placement placement) { this.placement = placement; return this; }
    public Args build() { return new Args(this); }
  }
}
