package eu.rampart.rego.builtins;

import eu.rampart.rego.types.Type;
import eu.rampart.rego.value.NumberValue;
import eu.rampart.rego.value.Value;
import java.security.SecureRandom;
import java.util.List;

/** rand.intn: a random integer in [0, n), the same for equal (str, n) within one query. */
public final class RandBuiltins implements BuiltinFamily {
  private static final SecureRandom RANDOM = new SecureRandom();

  /** Cache key kept distinct from other built-ins' keys in the shared per-query cache. */
  private record IntnKey(String str, long n) {}

  @Override
  public void register(BuiltinRegistry r) {
    r.registerNondeterministic("rand.intn", List.of(Type.STRING, Type.NUMBER), Type.NUMBER, RandBuiltins::intn);
  }

  private static Value intn(BuiltinContext ctx, Value[] a) {
    String str = Args.string(a, 0);
    long n = Args.integer(a, 1);
    if (n == 0) return NumberValue.of(0);
    long bound = Math.abs(n);
    return (Value) ctx.queryCache().computeIfAbsent(new IntnKey(str, bound),
        k -> NumberValue.of(RANDOM.nextLong(bound)));
  }
}
