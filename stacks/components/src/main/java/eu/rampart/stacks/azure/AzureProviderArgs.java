package eu.rampart.stacks.azure;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.Objects;

/**
 * Inputs of an explicit {@code azure-native} provider pinned to one location. The generated
 * {@code com.pulumi.azurenative.ProviderArgs} of 2.10.0 has no {@code location} field although the
 * provider reads {@code location} from its configuration, so the provider is registered with these
 * args instead; the engine passes every input to the plugin as configuration.
 */
public final class AzureProviderArgs extends ResourceArgs {
  @Import(name = "location", required = true)
  private final Output<String> location;

  public AzureProviderArgs(String location) {
    this.location = Output.of(Objects.requireNonNull(location, "location"));
  }

  public Output<String> location() { return location; }
}
