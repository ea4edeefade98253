package eu.rampart.rego.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import eu.rampart.rego.api.Rego;
import eu.rampart.rego.value.Json;
import eu.rampart.rego.value.Value;
import org.junit.jupiter.api.Test;

/** The engine's own built-in families, exercised through queries as policies use them. */
class CoreBuiltinsTest {
  private static String eval(String query) {
    Value v = Rego.builder().build().prepare(query).evalValue(null);
    return v == null ? null : Json.write(v);
  }

  @Test
  void arbitraryPrecisionArithmetic() {
    assertEquals("28857836529306024611914", eval("28857836529306024611913 + 1"));
    assertEquals("0.3", eval("0.1 + 0.2"));
    assertEquals("0.3333333333333333", eval("1 / 3"));
    assertEquals("2.5", eval("5 / 2"));
    assertEquals("-1", eval("-7 % 3 + 0 - 0"));
    assertEquals("-1", eval("round(-0.5)"));
    assertEquals("3", eval("ceil(2.1)"));
    assertEquals("2", eval("floor(2.9)"));
    assertNull(eval("1 / 0"));
  }

  @Test
  void setsAndArrays() {
    assertEquals("[2]", eval("{1, 2} & {2, 3}"));
    assertEquals("[1,2,3]", eval("{1, 2} | {2, 3}"));
    assertEquals("[1]", eval("{1, 2} - {2}"));
    assertEquals("[2]", eval("intersection({{1, 2}, {2, 3}})"));
    assertEquals("[1,2,3]", eval("union({{1, 2}, {2, 3}})"));
    assertEquals("[2,3]", eval("array.slice([1, 2, 3, 4], 1, 3)"));
    assertEquals("[3,2,1]", eval("array.reverse([1, 2, 3])"));
    assertEquals("[1,2,3]", eval("array.concat([1], [2, 3])"));
    assertEquals("[1,2,[3]]", eval("array.flatten([[1], 2, [[3]]])"));
  }

  @Test
  void aggregatesTypesAndCasts() {
    assertEquals("3", eval("count(\"héé\")"));
    assertEquals("6", eval("sum([1, 2, 3])"));
    assertEquals("6", eval("product({1, 2, 3})"));
    assertEquals("3", eval("max([1, 3, 2])"));
    assertNull(eval("min([])"));
    assertEquals("[null,false,1,\"a\"]", eval("sort([\"a\", 1, false, null])"));
    assertEquals("\"set\"", eval("type_name({1})"));
    assertEquals("true", eval("is_object({})"));
    assertEquals("1.5", eval("to_number(\"1.5\")"));
    assertEquals("1", eval("to_number(true)"));
    assertEquals("[1,3,5]", eval("numbers.range_step(1, 6, 2)"));
    assertEquals("[3,2,1]", eval("numbers.range(3, 1)"));
  }
}
