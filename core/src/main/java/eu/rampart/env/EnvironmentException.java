package eu.rampart.env;

import java.nio.file.Path;

/** An environment file that cannot be used; the message names the file, and the line when known. */
public final class EnvironmentException extends RuntimeException {
  private final Path file;
  private final int line;

  public EnvironmentException(Path file, int line, String message) {
    super(file + (line > 0 ? ":" + line : "") + ": " + message);
    this.file = file;
    this.line = line;
  }

  public Path file() { return file; }

  /** 1-based line, or 0 when unknown. */
  public int line() { return line; }
}
