package eu.rampart.rego.api;

/**
 * An evaluation error with OPA's code ({@code eval_type_error}, {@code eval_builtin_error},
 * {@code eval_conflict_error}, ...) and the location of the expression that raised it.
 */
public class EvalException extends RuntimeException {
  private final String code;
  private final String file;
  private final int line;
  private final int column;
  private final String bareMessage;

  public EvalException(String code, String message, String file, int line, int column) {
    super(render(code, message, file, line), null, false, false);
    this.code = code;
    this.bareMessage = message;
    this.file = file;
    this.line = line;
    this.column = column;
  }

  public String code() { return code; }
  public String bareMessage() { return bareMessage; }
  public String file() { return file; }
  public int line() { return line; }
  public int column() { return column; }

  public RegoError toError() { return new RegoError(code, bareMessage, file, line, column); }

  /** OPA prints eval errors as {@code file:line: code: message}. */
  private static String render(String code, String message, String file, int line) {
    StringBuilder sb = new StringBuilder();
    if (file != null && !file.isEmpty()) sb.append(file).append(':');
    if (line > 0) sb.append(line).append(':');
    if (sb.length() > 0) sb.append(' ');
    return sb.append(code).append(": ").append(message).toString();
  }
}
