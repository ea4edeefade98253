package eu.rampart.rego.builtins;

/** A built-in failed on well-typed input (OPA: eval_builtin_error). Undefined unless strict. */
public class BuiltinError extends RuntimeException {
  public BuiltinError(String message) { super(message, null, false, false); }
  public BuiltinError(String message, Throwable cause) { super(message, cause, false, false); }
}
