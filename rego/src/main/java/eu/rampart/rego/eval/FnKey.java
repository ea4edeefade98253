package eu.rampart.rego.eval;

import java.util.Arrays;

/** Memo key of a user-function call: the function and its argument values (hash computed once). */
final class FnKey {
  private final String name;
  private final Object[] args;
  private final int hash;

  FnKey(String name, Object[] args) {
    this.name = name;
    this.args = args;
    this.hash = name.hashCode() * 31 + Arrays.hashCode(args);
  }

  @Override public int hashCode() { return hash; }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof FnKey k) || k.hash != hash || !k.name.equals(name) || k.args.length != args.length) return false;
    for (int i = 0; i < args.length; i++) {
      if (args[i] != k.args[i] && !args[i].equals(k.args[i])) return false;
    }
    return true;
  }
}
