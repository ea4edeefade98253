package eu.rampart.plan.read;

import java.nio.file.Path;

/**
 * A file cannot be read as Pulumi or rampart output. The message is one line that names the file,
 * where the problem is (line/column or JSON path when known) and what was expected, so a CLI can
 * print it as is.
 */
public final class InputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public InputException(String message) {
    super(message, null, false, false);
  }

  public static InputException at(Path file, String where, String what) {
    StringBuilder sb = new StringBuilder(String.valueOf(file));
    if (where != null && !where.isEmpty()) sb.append(": ").append(where);
    sb.append(": ").append(what);
    return new InputException(sb.toString().replace('\n', ' ').replace('\r', ' '));
  }

  public static InputException of(Path file, String what) {
    return at(file, null, what);
  }
}
