package eu.rampart.stacks.common;

/**
 * A value the program needs is absent from the environment settings. The message names the dotted
 * key and the environment file, so the person running {@code rampart plan} or {@code pulumi up}
 * knows exactly what to add where; the offline planner recognises this class by name.
 */
public final class MissingSettingException extends RuntimeException {
  private final String key;
  private final String environmentFile;

  public MissingSettingException(String key, String environmentFile, String expected) {
    super("missing required setting '" + key + "' (" + expected + ") in " + environmentFile
        + ": add it under values." + key);
    this.key = key;
    this.environmentFile = environmentFile;
  }

  /** Dotted path of the missing value, e.g. {@code rampart.aws.vpcCidr}. */
  public String key() { return key; }

  public String environmentFile() { return environmentFile; }
}
