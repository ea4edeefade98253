package eu.rampart.rego.builtins;

/**
 * An operand has the wrong type (OPA: eval_type_error), always an error. Message in OPA's words
 * without the built-in name, e.g. {@code operand 1 must be string but got number}.
 */
public class BuiltinTypeError extends RuntimeException {
  public BuiltinTypeError(String message) { super(message, null, false, false); }
}
