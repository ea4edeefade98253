package eu.rampart.stacks.azure;

import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;
import java.util.List;

/** Resource options for the children of a component: parent, explicit provider, protection. */
final class ChildOptions {
  private ChildOptions() {}

  static CustomResourceOptions of(Resource parent, Placement placement, Resource... dependsOn) {
    return CustomResourceOptions.builder()
        .parent(parent)
        .provider(placement.provider())
        .dependsOn(List.of(dependsOn))
        .build();
  }

  /** Stateful resources (storage, vaults, keys) are protected where the environment asks for it. */
  static CustomResourceOptions stateful(Resource parent, Placement placement, boolean protect, Resource... dependsOn) {
    return CustomResourceOptions.builder()
        .parent(parent)
        .provider(placement.provider())
        .protect(protect)
        .dependsOn(List.of(dependsOn))
        .build();
  }
}
