package eu.rampart.rego.builtins;

import eu.rampart.rego.value.ArrayValue;
import eu.rampart.rego.value.SetValue;
import eu.rampart.rego.value.StringValue;
import eu.rampart.rego.value.Value;
import java.nio.charset.StandardCharsets;

/**
 * Shared helpers for the text families (strings, regex, glob, encoding). Go works on UTF-8 bytes
 * and runes where Java works on UTF-16 chars, so rune-based positions are computed here.
 */
final class TextOperands {
  private TextOperands() {}

  /** OPA's element error: "operand 1 must be array of strings but got array containing number". */
  static BuiltinTypeError elementError(int index, Value collection, String expected, Value element) {
    String kind = collection.typeName();
    return new BuiltinTypeError("operand " + (index + 1) + " must be " + kind + " of " + expected
        + "s but got " + kind + " containing " + element.typeName());
  }

  /** The strings of a string, array of strings or set of strings operand (OPA's {string, set, array}). */
  static String[] stringOrCollection(Value[] args, int i) {
    Value v = args[i];
    if (v instanceof StringValue s) return new String[] {s.value()};
    if (v instanceof ArrayValue a) {
      String[] out = new String[a.size()];
      for (int k = 0; k < out.length; k++) {
        if (!(a.get(k) instanceof StringValue s)) throw elementError(i, a, "string", a.get(k));
        out[k] = s.value();
      }
      return out;
    }
    if (v instanceof SetValue set) {
      Value[] items = set.sorted();
      String[] out = new String[items.length];
      for (int k = 0; k < out.length; k++) {
        if (!(items[k] instanceof StringValue s)) throw elementError(i, set, "string", items[k]);
        out[k] = s.value();
      }
      return out;
    }
    throw new BuiltinTypeError("operand " + (i + 1) + " must be one of {string, set, array} but got " + v.typeName());
  }

  static byte[] utf8(String s) { return s.getBytes(StandardCharsets.UTF_8); }

  /** Go's string(bytes) as it appears in Rego output: invalid UTF-8 becomes U+FFFD. */
  static String fromUtf8(byte[] b) { return new String(b, StandardCharsets.UTF_8); }

  static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= 0x80) return false;
    return true;
  }

  /** Number of runes (code points) in s[0:charIndex]. */
  static int runeIndex(String s, int charIndex) {
    return s.codePointCount(0, charIndex);
  }

  /** Go's unicode.IsSpace. */
  static boolean isGoSpace(int c) {
    switch (c) {
      case '\t': case '\n': case 0x0B: case '\f': case '\r': case ' ': case 0x85: case 0xA0:
      case 0x1680: case 0x2028: case 0x2029: case 0x202F: case 0x205F: case 0x3000:
        return true;
      default:
        return c >= 0x2000 && c <= 0x200A;
    }
  }
}
