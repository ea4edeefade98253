package eu.rampart.check;

/** An input (plan, state, environment file, waiver) that cannot be read: exit code 2. */
public class CheckInputException extends Exception {
  private final String source;

  public CheckInputException(String source, String message) {
    super(message);
    this.source = source;
  }

  public CheckInputException(String source, String message, Throwable cause) {
    super(message, cause);
    this.source = source;
  }

  public String source() { return source; }
}
