package eu.rampart.rego.builtins;

/** A family of built-ins in one file (strings, regex, net, time, ...), registered together. */
public interface BuiltinFamily {
  void register(BuiltinRegistry registry);
}
