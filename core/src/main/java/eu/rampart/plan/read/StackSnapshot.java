package eu.rampart.plan.read;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one file says about a stack: its resources in registration order, the stack config the file
 * carries (previews and event streams do; exports and checkpoints do not), and whether it describes
 * changes ({@link #hasChanges()}) or a state.
 *
 * @param secretsProvider the state's secrets provider type ({@code b64}, {@code passphrase}, ...) when known
 */
public record StackSnapshot(
    Path file,
    InputFormat format,
    String project,
    String stack,
    String environment,
    Map<String, String> config,
    List<ResourceState> resources,
    String secretsProvider) {

  public StackSnapshot {
    config = config == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(config));
    resources = List.copyOf(resources);
  }

  /** True when resources carry an {@code op} (previews, event streams). */
  public boolean hasChanges() {
    return format == InputFormat.PREVIEW || format == InputFormat.EVENTS;
  }

  public Optional<ResourceState> resource(String urn) {
    for (ResourceState r : resources) if (r.urn().equals(urn)) return Optional.of(r);
    return Optional.empty();
  }
}
