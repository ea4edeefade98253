package eu.rampart.rego.builtins;

import eu.rampart.rego.value.Value;

/**
 * The body of a built-in. Returns the result, or {@code null} when the result is undefined.
 * Type problems throw {@link BuiltinTypeError}; other failures throw {@link BuiltinError}. The
 * evaluator adds the built-in's name and the call's location to the message.
 */
@FunctionalInterface
public interface BuiltinFunction {
  Value call(BuiltinContext ctx, Value[] args);
}
