package eu.rampart.rego.builtins;

/**
 * A built-in that cannot do its job at all here (no network, not supported): an eval_builtin_error
 * even without strict built-in errors, as OPA halts on http.send failures, so the call is never a
 * silent undefined.
 */
public class BuiltinHalt extends RuntimeException {
  public BuiltinHalt(String message) { super(message, null, false, false); }
}
