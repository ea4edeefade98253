package eu.rampart.rego.builtins;

import eu.rampart.rego.types.Type;
import eu.rampart.rego.value.BooleanValue;
import eu.rampart.rego.value.NullValue;
import eu.rampart.rego.value.NumberValue;
import eu.rampart.rego.value.StringValue;
import eu.rampart.rego.value.Value;
import java.util.List;

/** to_number (OPA v1 dropped the cast_* built-ins). */
public final class CastBuiltins implements BuiltinFamily {
  @Override
  public void register(BuiltinRegistry r) {
    r.register("to_number", List.of(Type.union(Type.NULL, Type.BOOLEAN, Type.NUMBER, Type.STRING)), Type.NUMBER, (c, a) -> {
      Value v = a[0];
      if (v instanceof NullValue) return NumberValue.of(0);
      if (v instanceof BooleanValue b) return NumberValue.of(b.value() ? 1 : 0);
      if (v instanceof NumberValue) return v;
      String s = ((StringValue) v).value();
      if (s.matches("(?i)[+-]?(nan|inf|infinity)")) {
        throw new BuiltinTypeError("operand 1 must be a finite number but got " + quote(s));
      }
      if (!s.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?")) {
        throw new BuiltinError("strconv.ParseFloat: parsing " + quote(s) + ": invalid syntax");
      }
      try {
        return NumberValue.parse(s.startsWith("+") ? s.substring(1) : s);
      } catch (NumberFormatException e) {
        // an exponent beyond what a number can hold, as Go's ParseFloat reports it
        throw new BuiltinError("strconv.ParseFloat: parsing " + quote(s) + ": value out of range");
      }
    });
  }

  private static String quote(String s) {
    StringBuilder sb = new StringBuilder();
    eu.rampart.rego.value.Json.appendQuoted(sb, s);
    return sb.toString();
  }
}
