package eu.rampart.stacks.aws;

import com.pulumi.aws.Provider;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;
import eu.rampart.stacks.common.Settings;

/** Resource options of the components' children: always a parent and an explicit provider. */
final class Options {
  private Options() {}

  static CustomResourceOptions child(Resource parent, Provider provider) {
    return CustomResourceOptions.builder().parent(parent).provider(provider).build();
  }

  static CustomResourceOptions child(Resource parent, Provider provider, Resource... dependsOn) {
    return CustomResourceOptions.builder().parent(parent).provider(provider).dependsOn(dependsOn).build();
  }

  /** Buckets, keys, databases and vaults: protected when the environment says so (always in prod). */
  static CustomResourceOptions stateful(Resource parent, Provider provider, Settings settings) {
    return CustomResourceOptions.builder().parent(parent).provider(provider).protect(settings.protect()).build();
  }

  static CustomResourceOptions stateful(Resource parent, Provider provider, Settings settings, Resource... dependsOn) {
    return CustomResourceOptions.builder().parent(parent).provider(provider).protect(settings.protect())
        .dependsOn(dependsOn).build();
  }
}
