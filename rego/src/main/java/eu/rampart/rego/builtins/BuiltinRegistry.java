package eu.rampart.rego.builtins;

import eu.rampart.rego.types.Type;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Name to built-in. {@link #standard()} holds every family that ships with the engine. */
public final class BuiltinRegistry {
  private final Map<String, Builtin> byName = new TreeMap<>();

  public BuiltinRegistry register(Builtin b) {
    byName.put(b.name(), b);
    return this;
  }

  /** Registers a deterministic built-in whose argument and result types are given. */
  public BuiltinRegistry register(String name, List<Type> args, Type result, BuiltinFunction fn) {
    return register(new Builtin(name, List.copyOf(args), result, fn, false));
  }

  /** Registers a built-in whose result may differ between calls with equal arguments. */
  public BuiltinRegistry registerNondeterministic(String name, List<Type> args, Type result, BuiltinFunction fn) {
    return register(new Builtin(name, List.copyOf(args), result, fn, true));
  }

  public Builtin get(String name) { return byName.get(name); }

  public Map<String, Builtin> all() { return Collections.unmodifiableMap(byName); }

  public BuiltinRegistry with(BuiltinFamily family) {
    family.register(this);
    return this;
  }

  private static volatile BuiltinRegistry standard;

  /** All built-in families. Families are listed in {@link StandardLibrary}. */
  public static BuiltinRegistry standard() {
    BuiltinRegistry s = standard;
    if (s == null) {
      synchronized (BuiltinRegistry.class) {
        s = standard;
        if (s == null) {
          s = new BuiltinRegistry();
          for (BuiltinFamily f : StandardLibrary.FAMILIES) s.with(f);
          standard = s;
        }
      }
    }
    return s;
  }
}
