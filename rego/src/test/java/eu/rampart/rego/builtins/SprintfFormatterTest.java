package eu.rampart.rego.builtins;

import static eu.rampart.rego.builtins.TextBuiltinsTestSupport.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.rampart.rego.value.ArrayValue;
import org.junit.jupiter.api.Test;

/**
 * sprintf against Go's fmt. Expected strings are what Go 1.2x's fmt.Sprintf prints for the
 * argument types OPA passes (int, *big.Int, float64, string).
 */
class SprintfFormatterTest {
  private static String f(String format, String argsJson) {
    return SprintfFormatter.format(format, (ArrayValue) json(argsJson));
  }

  @Test
  void conformanceCases() {
    assertEquals("hi there", f("hi %s", "[\"there\"]"));
    assertEquals("hi 05", f("hi %02d", "[5]"));
    assertEquals("hi 7F.01", f("hi %02X.%02X", "[127, 1]"));
    assertEquals("hi 3.14", f("hi %.2f", "[3.1415]"));
    assertEquals("hi 2e308", f("hi %v", "[2e308]"));
    assertEquals("hi [\"there\", 5, 3.14]", f("hi %v", "[[\"there\", 5, 3.14]]"));
    assertEquals("123456789123456789123", f("%s", "[123456789123456789123]"));
  }

  @Test
  void integers() {
    assertEquals("42|-42|+42| 42", f("%d|%d|%+d|% d", "[42, -42, 42, 42]"));
    assertEquals("   42|42   |00042|-0042", f("%5d|%-5d|%05d|%05d", "[42, 42, 42, -42]"));
    assertEquals("ff|FF|0xff|377|0377|0o377|11111111", f("%x|%X|%#x|%o|%#o|%O|%b", "[255, 255, 255, 255, 255, 255, 255]"));
    assertEquals("-ff", f("%x", "[-255]"));
    assertEquals("A|'A'|U+0041|U+0041 'A'", f("%c|%q|%U|%#U", "[65, 65, 65, 65]"));
    assertEquals("  007", f("%5.3d", "[7]"));
    assertEquals("%!f(int=5)", f("%f", "[5]"));
    assertEquals("%!s(int=5)", f("%s", "[5]"));
  }

  @Test
  void bigIntegers() {
    assertEquals("18446744073709551616", f("%d", "[18446744073709551616]"));
    assertEquals("10000000000000000", f("%x", "[18446744073709551616]"));
    assertEquals("+18446744073709551616", f("%+d", "[18446744073709551616]"));
    assertEquals("%!f(big.Int=18446744073709551616)", f("%f", "[18446744073709551616]"));
  }

  @Test
  void floats() {
    assertEquals("3.14", f("%v", "[3.14]"));
    assertEquals("1.2345675e+06", f("%v", "[1234567.5]"));
    assertEquals("1e-05", f("%v", "[0.00001]"));
    assertEquals("0.0001", f("%v", "[0.0001]"));
    assertEquals("3.141500", f("%f", "[3.1415]"));
    assertEquals("3.1415e+00", f("%.4e", "[3.1415]"));
    assertEquals("3.141500E+00", f("%E", "[3.1415]"));
    assertEquals("3.142", f("%.4g", "[3.1415]"));
    assertEquals("  3.14|3.14  |003.14|+3.14", f("%6.2f|%-6.2f|%06.2f|%+.2f", "[3.1415, 3.1415, 3.1415, 3.1415]"));
    assertEquals("-03.14", f("%06.2f", "[-3.1415]"));
    assertEquals("2", f("%.0f", "[2.5]"));
    assertEquals("%!d(float64=3.14)", f("%d", "[3.14]"));
    // A float-shaped literal is a float64 to Go even when it is integral.
    assertEquals("1000", f("%v", "[1e3]"));
    // 2^-44: JDK 17's Double.toString gives 17 digits, Go the shortest 16.
    assertEquals("5.684341886080802e-14", f("%v", "[5.684341886080802e-14]"));
    assertEquals("0.30000000000000004", f("%v", "[0.30000000000000004]"));
  }

  @Test
  void strings() {
    assertEquals("\"a\\\"b\\n\"", f("%q", "[\"a\\\"b\\n\"]"));
    assertEquals("`ab`", f("%#q", "[\"ab\"]"));
    assertEquals("6869|6869|68 69", f("%x|%X|% x", "[\"hi\", \"hi\", \"hi\"]"));
    assertEquals("   ab|ab   |ab", f("%5s|%-5s|%.2s", "[\"ab\", \"ab\", \"abc\"]"));
    assertEquals("åä", f("%.2s", "[\"åäö\"]"));
    assertEquals("%!d(string=x)", f("%d", "[\"x\"]"));
    assertEquals("true", f("%v", "[true]"));
    assertEquals("%!t(string=true)", f("%t", "[true]"));
    assertEquals("null {\"a\": 1} []", f("%v %v %v", "[null, {\"a\": 1}, []]"));
    // Strings inside composites are quoted as Go's strconv.Quote does (OPA's Term.String()).
    assertEquals("[\"tab\\there\", \"\\x1b\", \"\\u00a0\"]", f("%v", "[[\"tab\\there\", \"\\u001b\", \"\\u00a0\"]]"));
  }

  @Test
  void argumentErrorsUseGoNotation() {
    assertEquals("a %!d(MISSING)", f("a %d", "[]"));
    assertEquals("a%!(EXTRA int=1, string=x)", f("a", "[1, \"x\"]"));
    assertEquals("100%", f("100%%", "[]"));
    assertEquals("int string float64 *big.Int string", f("%T %T %T %T %T", "[1, \"a\", 1.5, 18446744073709551616, [1]]"));
    assertEquals("%!(NOVERB)", f("%", "[]"));
    assertEquals("b a", f("%[2]s %[1]s", "[\"a\", \"b\"]"));
    assertEquals("%!s(BADINDEX)", f("%[3]s", "[\"a\"]"));
    assertEquals("   x", f("%*s", "[4, \"x\"]"));
    assertEquals("%!(NOVERB)%!(EXTRA int=1)", f("%100000000d", "[1]"));
  }

  @Test
  void floatBinaryAndHexForms() {
    assertEquals("0x1.8p+00|0X1.8P+00|0x1.92p+01|-0x1.4p+03", f("%x|%X|%.2x|%x", "[1.5, 1.5, 3.1415, -10.0]"));
    assertEquals("6755399441055744p-52", f("%b", "[1.5]"));
  }
}
