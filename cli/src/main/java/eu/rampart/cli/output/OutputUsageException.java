package eu.rampart.cli.output;

/** The report options cannot be honoured (unknown format, clashing files, an input named as output): exit 2. */
public final class OutputUsageException extends Exception {
  private static final long serialVersionUID = 1L;

  public OutputUsageException(String message) { super(message, null, false, false); }
}
