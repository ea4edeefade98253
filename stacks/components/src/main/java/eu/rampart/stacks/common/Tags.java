package eu.rampart.stacks.common;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The ownership tags every taggable resource carries (control TAG-1). */
public final class Tags {
  public static final String ENVIRONMENT = "environment";
  public static final String OWNER = "owner";
  public static final String DATA_CLASSIFICATION = "data-classification";
  public static final String MANAGED_BY = "managed-by";

  /** Data classifications used by the landing zones; {@code personal} triggers stricter rules. */
  public enum Classification {
    PUBLIC("public"), INTERNAL("internal"), CONFIDENTIAL("confidential"), PERSONAL("personal");
    private final String value;
    Classification(String value) { this.value = value; }
    public String value() { return value; }
  }

  private Tags() {}

  /** The mandatory tags for one resource, in a stable order. */
  public static Map<String, String> of(Settings settings, Classification classification) {
    Map<String, String> tags = new LinkedHashMap<>();
    tags.put(ENVIRONMENT, settings.environment());
    tags.put(OWNER, settings.owner());
    tags.put(DATA_CLASSIFICATION, classification.value());
    tags.put(MANAGED_BY, "rampart");
    return Collections.unmodifiableMap(tags);
  }

  /** The mandatory tags plus extra ones; the mandatory tags cannot be overridden. */
  public static Map<String, String> with(Settings settings, Classification classification, Map<String, String> extra) {
    Map<String, String> tags = new LinkedHashMap<>(extra);
    tags.putAll(of(settings, classification));
    return Collections.unmodifiableMap(tags);
  }
}
