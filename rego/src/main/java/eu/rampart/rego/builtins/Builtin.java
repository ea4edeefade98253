package eu.rampart.rego.builtins;

import eu.rampart.rego.types.Type;
import java.util.List;

/**
 * A declared built-in: name (dotted, e.g. {@code net.cidr_contains}), argument types, result
 * type and body. {@code variadic} is for the few built-ins OPA declares with any arity.
 * {@code nondeterministic} marks built-ins that must not be evaluated at compile time.
 */
public record Builtin(String name, List<Type> args, Type result, BuiltinFunction fn,
                      boolean nondeterministic) {

  public int arity() { return args.size(); }
}
