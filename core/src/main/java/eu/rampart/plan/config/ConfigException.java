package eu.rampart.plan.config;

/**
 * Stack config that cannot be resolved: a one-line message naming the file (and the key), never a
 * secret value. The CLI maps it to exit code {@link #EXIT_CODE}.
 */
public class ConfigException extends RuntimeException {
  /** Usage or input error, as every rampart command uses it. */
  public static final int EXIT_CODE = 2;

  public ConfigException(String message) {
    super(message);
  }

  public ConfigException(String message, Throwable cause) {
    super(message, cause);
  }
}
