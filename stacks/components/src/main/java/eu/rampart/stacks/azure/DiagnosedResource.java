package eu.rampart.stacks.azure;

import com.pulumi.core.Output;
import java.util.Objects;

/**
 * A resource whose logs the audit trail collects. {@code resourceUri} is the id the diagnostic
 * setting attaches to: for a storage account that is its blob service, where the read, write and
 * delete logs are emitted.
 */
public record DiagnosedResource(String name, Output<String> resourceUri) {
  public DiagnosedResource {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(resourceUri, "resourceUri");
  }

  public static DiagnosedResource of(String name, Output<String> resourceId) {
    return new DiagnosedResource(name, resourceId);
  }

  /** The blob service of a storage account, which carries its data-access logs. */
  public static DiagnosedResource blobsOf(String name, Output<String> storageAccountId) {
    return new DiagnosedResource(name, storageAccountId.applyValue(id -> id + "/blobServices/default"));
  }
}
