package eu.rampart.stacks.aws;

import com.pulumi.aws.Provider;
import eu.rampart.stacks.common.Settings;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a component puts its resources: the settings of the environment and the explicit providers
 * of the primary and (when cross-region copies are on) secondary region. No resource relies on a
 * default provider, so no resource can land in a region nobody chose.
 */
public record AwsPlacement(Settings settings, Provider primary, String primaryRegion,
                           Optional<Provider> secondary, Optional<String> secondaryRegion) {
  public AwsPlacement {
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(primary, "primary provider");
    Objects.requireNonNull(primaryRegion, "primaryRegion");
    if (secondary.isPresent() != secondaryRegion.isPresent()) {
      throw new IllegalArgumentException("secondary provider and region go together");
    }
  }

  public static AwsPlacement primaryOnly(Settings settings, Provider primary, String primaryRegion) {
    return new AwsPlacement(settings, primary, primaryRegion, Optional.empty(), Optional.empty());
  }

  /** Whether copies and replicas go to the secondary region. */
  public boolean crossRegion() {
    return secondary.isPresent();
  }

  public Provider requireSecondary() {
    return secondary.orElseThrow(() -> new IllegalStateException(
        "cross-region copies need the secondary provider (rampart.aws.secondaryRegion)"));
  }
}
