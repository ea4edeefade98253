package eu.rampart.rego.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eu.rampart.rego.value.JavaValues;
import eu.rampart.rego.value.Json;
import eu.rampart.rego.value.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Calls the text families' built-ins directly, as the evaluator would, with a minimal query context. */
final class TextBuiltinsTestSupport {
  private TextBuiltinsTestSupport() {}

  static final BuiltinRegistry REGISTRY = new BuiltinRegistry()
      .with(new StringBuiltins()).with(new RegexBuiltins()).with(new GlobBuiltins())
      .with(new EncodingBuiltins()).with(new UnitsBuiltins()).with(new SemverBuiltins())
      .with(new UuidBuiltins()).with(new CryptoBuiltins());

  static class QueryContext implements BuiltinContext {
    final Map<Object, Object> cache = new HashMap<>();
    final List<String> printed = new ArrayList<>();

    @Override public long queryTimeNanos() { return 0; }
    @Override public Map<Object, Object> queryCache() { return cache; }
    @Override public void print(String line) { printed.add(line); }
    @Override public void checkBudget() {}
  }

  /** Arguments may be Values or plain Java values (String, Long, List, Map, ...). */
  static Value call(BuiltinContext ctx, String name, Object... args) {
    Builtin b = REGISTRY.get(name);
    if (b == null) throw new AssertionError("no built-in " + name);
    assertEquals(b.arity(), args.length, name + " arity");
    Value[] v = new Value[args.length];
    for (int i = 0; i < args.length; i++) v[i] = JavaValues.from(args[i]);
    return b.fn().call(ctx, v);
  }

  static Value call(String name, Object... args) {
    return call(new QueryContext(), name, args);
  }

  /** A value from JSON text, e.g. json("[1, \"a\"]"). */
  static Value json(String text) {
    return Json.parse(text);
  }

  static void assertCall(String expectedJson, String name, Object... args) {
    assertEquals(json(expectedJson), call(name, args), name);
  }

  static String typeError(String name, Object... args) {
    return assertThrows(BuiltinTypeError.class, () -> call(name, args)).getMessage();
  }

  static String builtinError(String name, Object... args) {
    return assertThrows(BuiltinError.class, () -> call(name, args)).getMessage();
  }
}
