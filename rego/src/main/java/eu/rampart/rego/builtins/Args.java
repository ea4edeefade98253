package eu.rampart.rego.builtins;

import eu.rampart.rego.value.ArrayValue;
import eu.rampart.rego.value.BooleanValue;
import eu.rampart.rego.value.NumberValue;
import eu.rampart.rego.value.ObjectValue;
import eu.rampart.rego.value.SetValue;
import eu.rampart.rego.value.StringValue;
import eu.rampart.rego.value.Value;

/** Operand accessors that fail with OPA's wording ("operand 1 must be string but got number"). */
public final class Args {
  private Args() {}

  public static BuiltinTypeError typeError(int index, String expected, Value got) {
    return new BuiltinTypeError("operand " + (index + 1) + " must be " + expected + " but got " + got.typeName());
  }

  public static String string(Value[] args, int i) {
    if (args[i] instanceof StringValue s) return s.value();
    throw typeError(i, "string", args[i]);
  }

  public static NumberValue number(Value[] args, int i) {
    if (args[i] instanceof NumberValue n) return n;
    throw typeError(i, "number", args[i]);
  }

  public static boolean bool(Value[] args, int i) {
    if (args[i] instanceof BooleanValue b) return b.value();
    throw typeError(i, "boolean", args[i]);
  }

  public static ArrayValue array(Value[] args, int i) {
    if (args[i] instanceof ArrayValue a) return a;
    throw typeError(i, "array", args[i]);
  }

  public static ObjectValue object(Value[] args, int i) {
    if (args[i] instanceof ObjectValue o) return o;
    throw typeError(i, "object", args[i]);
  }

  public static SetValue set(Value[] args, int i) {
    if (args[i] instanceof SetValue s) return s;
    throw typeError(i, "set", args[i]);
  }

  /** An integer operand that fits an int, else a type/builtin error as OPA reports it. */
  public static int integer(Value[] args, int i) {
    NumberValue n = number(args, i);
    if (!n.isInteger()) throw new BuiltinTypeError("operand " + (i + 1) + " must be integer number but got floating-point number");
    try {
      return n.intValueExact();
    } catch (ArithmeticException e) {
      throw new BuiltinError("operand " + (i + 1) + " is out of range");
    }
  }
}
