package eu.rampart.rego.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eu.rampart.rego.value.ArrayValue;
import eu.rampart.rego.value.Json;
import eu.rampart.rego.value.NumberValue;
import eu.rampart.rego.value.SetValue;
import eu.rampart.rego.value.StringValue;
import eu.rampart.rego.value.Value;
import java.util.HashMap;
import java.util.Map;

/** Calls built-ins of the data families directly, as the evaluator would, with a fixed query context. */
final class DataBuiltinsTestKit {
  private DataBuiltinsTestKit() {}

  static final long QUERY_TIME = 1_700_000_000_123_456_789L;

  static final class Ctx implements BuiltinContext {
    final Map<Object, Object> cache = new HashMap<>();
    int budgetChecks;

    @Override public long queryTimeNanos() { return QUERY_TIME; }
    @Override public Map<Object, Object> queryCache() { return cache; }
    @Override public void print(String line) {}
    @Override public void checkBudget() { budgetChecks++; }
  }

  static Value call(BuiltinFamily family, String name, Value... args) {
    return call(new Ctx(), family, name, args);
  }

  static Value call(BuiltinContext ctx, BuiltinFamily family, String name, Value... args) {
    Builtin b = new BuiltinRegistry().with(family).get(name);
    if (b == null) throw new AssertionError("not registered: " + name);
    assertEquals(b.arity(), args.length, name + " arity");
    return b.fn().call(ctx, args);
  }

  /** JSON text to a value. */
  static Value j(String json) { return Json.parse(json); }

  static StringValue s(String v) { return StringValue.of(v); }

  static NumberValue n(long v) { return NumberValue.of(v); }

  static NumberValue num(String text) { return NumberValue.parse(text); }

  static SetValue set(Value... items) { return SetValue.of(items); }

  static SetValue strings(String... items) {
    Value[] v = new Value[items.length];
    for (int i = 0; i < items.length; i++) v[i] = StringValue.of(items[i]);
    return SetValue.of(v);
  }

  static ArrayValue arr(Value... items) { return ArrayValue.of(items); }

  static void typeError(String message, BuiltinFamily f, String name, Value... args) {
    BuiltinTypeError e = assertThrows(BuiltinTypeError.class, () -> call(f, name, args));
    assertEquals(message, e.getMessage());
  }

  static void builtinError(String message, BuiltinFamily f, String name, Value... args) {
    BuiltinError e = assertThrows(BuiltinError.class, () -> call(f, name, args));
    assertEquals(message, e.getMessage());
  }
}
