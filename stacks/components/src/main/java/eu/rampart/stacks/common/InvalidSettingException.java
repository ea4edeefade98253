package eu.rampart.stacks.common;

/**
 * A setting is present but unusable (wrong type, out of range). Like {@link MissingSettingException}
 * it is the environment file's fault, so the offline planner reports it as bad input (exit 2),
 * recognising it by class name.
 */
public final class InvalidSettingException extends IllegalArgumentException {
  private final String key;
  private final String environmentFile;

  public InvalidSettingException(String key, String environmentFile, String problem) {
    super("setting '" + key + "' in " + environmentFile + " " + problem);
    this.key = key;
    this.environmentFile = environmentFile;
  }

  /** Dotted path of the setting, e.g. {@code rampart.backup.everyHours}. */
  public String key() { return key; }

  public String environmentFile() { return environmentFile; }
}
