package eu.rampart.stacks.aws;

import com.pulumi.aws.Provider;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;

import com.pulumi.resources.Resource;
import eu.rampart.stacks.common.Settings;

/** Resource options of the components' children: always a parent and an explicit provider. */
final class Options {
  private Options() {}

  /**
   * A component's own options: unless the caller chose some, the component carries the placement's
   * providers, so that the plan (and Pulumi) can tell where the component lives.
   */
  static ComponentResourceOptions component(ComponentResourceOptions given, AwsPlacement placement) {
    if (given != null) return given;
    // one provider per package: children that go to the secondary region name it themselves
    return ComponentResourceOptions.builder().providers(placement.primary()).build();
  }

  static CustomResourceOptions child(Resource parent, Provider provider) {
    return CustomResourceOptions.builder().parent(parent).provider(provider).build();
  }

  static CustomResourceOptions child(Resource parent, Provider provider, Resource... dependsOn) {
    return CustomResourceOptions.builder().parent(parent).provider(provider).dependsOn(dependsOn).build();
  }

  /** Buckets, keys, databases, vaults, trails and log groups: protected when the environment says so (always in prod). */
  static CustomResourceOptions stateful(Resource parent, Provider provider, Settings settings) {
    return CustomResourceOptions.builder().parent(parent).provider(provider).protect(settings.protect()).build();
  }

  static CustomResourceOptions stateful(Resource parent, Provider provider, Settings settings, Resource... dependsOn) {
    return CustomResourceOptions.builder().parent(parent).provider(provider).protect(settings.protect())
        .dependsOn(dependsOn).build();
  }
}
