package eu.rampart.rego.api;

/**
 * One parse/compile/eval problem with OPA's error code (e.g. {@code rego_unsafe_var_error}) and
 * location. {@link #toString()} renders OPA's format {@code file:line:col: code: message}.
 */
public record RegoError(String code, String message, String file, int line, int column) {
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    if (file != null && !file.isEmpty()) sb.append(file).append(':');
    if (line > 0) {
      sb.append(line).append(':');
      if (column > 0) sb.append(column).append(':');
    }
    if (sb.length() > 0) sb.append(' ');
    return sb.append(code).append(": ").append(message).toString();
  }
}
