package eu.rampart.diff;

import java.util.List;

/**
 * One resource's change.
 *
 * @param stateful the resource holds data or keys (buckets, storage accounts, keys, vaults, databases, log archives)
 * @param reason why it is a replace (type or provider changed, id changed, Pulumi plans a replacement), or empty
 * @param securityChanges security-relevant property changes (only for updates and replaces)
 * @param omitted how many further security changes were left out of {@code securityChanges}
 */
public record ResourceChange(String urn, String type, String name, ChangeKind kind, boolean stateful, String reason,
    List<PropertyChange> securityChanges, int omitted) {
  public ResourceChange {
    securityChanges = List.copyOf(securityChanges);
  }

  /** A delete or replace of a stateful resource: reviewed first. */
  public boolean destructiveToData() {
    return stateful && kind.destructive();
  }
}
