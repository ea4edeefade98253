package eu.rampart.rego.builtins;

import static eu.rampart.rego.builtins.DataBuiltinsTestKit.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.rampart.rego.value.BooleanValue;
import eu.rampart.rego.value.NullValue;
import eu.rampart.rego.value.ObjectValue;
import eu.rampart.rego.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Every built-in of the data families, called with random well- and ill-typed operands, either
 * answers (a value or undefined) or fails with a BuiltinError or BuiltinTypeError: never any other
 * exception, which would surface as a stack trace instead of a Rego error.
 */
class DataBuiltinsFuzzTest {
  private static final BuiltinFamily[] FAMILIES = {new ObjectBuiltins(), new JsonPathBuiltins(), new NetBuiltins(),
      new TimeBuiltins(), new BitsBuiltins(), new GraphBuiltins(), new RandBuiltins()};

  private static final String[] STRINGS = {"", "a", "a/b", "/a/0", "-", "~01", "10.0.0.0/8", "10.1.2.3", "::1", "fe80::/120",
      "2001:db8::/126", "1.2.3.4/33", "not-a-cidr", "2006-01-02T15:04:05Z07:00", "2017-06-02T19:00:00-07:00", "RFC822Z",
      "Mon Jan _2 15:04:05 MST 2006", "15:04:05.999", ".000", "_2006", "1h30m", "-1.5s", "1d", "9223372036854775808ns",
      "UTC", "Local", "Europe/Paris", "Mars/Olympus", "{\"type\":\"string\"}", "{\"type\":\"nope\"}", "{", "[1,2]",
      "add", "remove", "replace", "move", "copy", "test", "spam", "2006-002", "Z07:00:00", "+24:30", "GMT+3", "PM"};

  private final SplittableRandom rnd = new SplittableRandom(2026);

  private Value value(int depth) {
    switch (rnd.nextInt(depth > 2 ? 5 : 9)) {
      case 0: return NullValue.NULL;
      case 1: return BooleanValue.of(rnd.nextBoolean());
      case 2: return new Value[] {n(0), n(-1), n(3), n(64), num("1.5"), num("1e3"), num("9223372036854775807"),
          num("-9223372036854775808"), num("99999999999999999999999"), n(1670006453141828752L)}[rnd.nextInt(10)];
      case 3: case 4: return s(STRINGS[rnd.nextInt(STRINGS.length)]);
      case 5: case 6: {
        List<Value> items = new ArrayList<>();
        for (int i = rnd.nextInt(4); i > 0; i--) items.add(value(depth + 1));
        return eu.rampart.rego.value.ArrayValue.of(items);
      }
      case 7: {
        List<Value> items = new ArrayList<>();
        for (int i = rnd.nextInt(4); i > 0; i--) items.add(value(depth + 1));
        return eu.rampart.rego.value.SetValue.of(items);
      }
      default: {
        ObjectValue.Builder b = ObjectValue.builder();
        for (int i = rnd.nextInt(4); i > 0; i--) {
          Value k = rnd.nextInt(4) == 0 ? value(depth + 1) : s(new String[] {"op", "path", "value", "from", "a", "b", "type",
              "properties", "required", "items", "0"}[rnd.nextInt(11)]);
          b.put(k, value(depth + 1));
        }
        return b.build();
      }
    }
  }

  @Test
  void onlyRegoErrorsEscape() {
    int calls = 0, answers = 0;
    for (BuiltinFamily f : FAMILIES) {
      for (Map.Entry<String, Builtin> e : new BuiltinRegistry().with(f).all().entrySet()) {
        if (e.getKey().equals("net.lookup_ip_addr")) continue; // random names would go to DNS
        for (int i = 0; i < 3000; i++) {
          Value[] args = new Value[e.getValue().arity()];
          for (int k = 0; k < args.length; k++) args[k] = value(0);
          calls++;
          try {
            if (e.getValue().fn().call(new Ctx(), args) != null) answers++;
          } catch (BuiltinError | BuiltinTypeError expected) {
            // a Rego error: fine
          } catch (RuntimeException | StackOverflowError bad) {
            throw new AssertionError(e.getKey() + java.util.Arrays.toString(args) + " threw " + bad, bad);
          }
        }
      }
    }
    assertEquals(true, answers > calls / 20, "the operands reached the built-ins' logic: " + answers + " of " + calls);
  }
}
