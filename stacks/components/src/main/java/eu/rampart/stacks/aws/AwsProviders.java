package eu.rampart.stacks.aws;

import com.pulumi.aws.Provider;
import com.pulumi.aws.ProviderArgs;
import com.pulumi.aws.inputs.ProviderDefaultTagsArgs;
import eu.rampart.stacks.common.Settings;
import eu.rampart.stacks.common.Tags;
import java.util.Optional;

/**
 * The explicit providers of a landing zone: {@code primary} in {@code rampart.aws.primaryRegion}
 * and, when cross-region copies are on, {@code secondary} in {@code rampart.aws.secondaryRegion}.
 */
public final class AwsProviders {
  private AwsProviders() {}

  public static AwsPlacement create(Settings settings) {
    String primaryRegion = settings.requireString("aws.primaryRegion");
    Provider primary = provider("primary", primaryRegion, settings);
    if (!settings.crossRegionCopies()) return AwsPlacement.primaryOnly(settings, primary, primaryRegion);
    String secondaryRegion = settings.requireString("aws.secondaryRegion");
    if (secondaryRegion.equals(primaryRegion)) {
      throw settings.invalid("aws.secondaryRegion", "must differ from rampart.aws.primaryRegion (control RES-3), both are "
          + primaryRegion);
    }
    Provider secondary = provider("secondary", secondaryRegion, settings);
    return new AwsPlacement(settings, primary, primaryRegion, Optional.of(secondary), Optional.of(secondaryRegion));
  }

  private static Provider provider(String name, String region, Settings settings) {
    ProviderArgs.Builder args = ProviderArgs.builder()
        .region(region)
        .defaultTags(ProviderDefaultTagsArgs.builder().tags(Tags.of(settings, Tags.Classification.INTERNAL)).build());
    // when the environment names its accounts, a wrong profile cannot deploy somewhere else
    settings.stringList("aws.allowedAccountIds").filter(ids -> !ids.isEmpty()).ifPresent(args::allowedAccountIds);
    return new Provider(name, args.build());
  }
}
