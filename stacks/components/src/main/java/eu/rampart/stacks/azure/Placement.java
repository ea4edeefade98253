package eu.rampart.stacks.azure;

import com.pulumi.resources.ProviderResource;
import java.util.Objects;

/**
 * Where a component's resources go: an explicit azure-native provider and the location every
 * resource also names itself, so that no resource falls back to a default region.
 */
public record Placement(ProviderResource provider, String location) {
  public Placement {
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(location, "location");
  }
}
