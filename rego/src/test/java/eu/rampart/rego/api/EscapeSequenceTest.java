package eu.rampart.rego.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code \\u} escapes take four hex digits, in string literals and template strings alike (found by
 * RegoParserFuzzTest: {@code $"\\uampa"} threw NumberFormatException in the template parser; a
 * sign, {@code "\\u+123"}, was taken as a digit).
 */
class EscapeSequenceTest {
  @ParameterizedTest
  @ValueSource(strings = {"$\"a\\uampa\"", "$\"a\\u12\"", "\"a\\u+123\"", "\"a\\u-001\"", "$\"\\u00g1\""})
  void aBadUnicodeEscapeIsAParseError(String literal) {
    RegoException e = assertThrows(RegoException.class, () -> Rego.builder().module("p.rego", "package p\nx := " + literal + "\n").build());
    assertTrue(e.getMessage().contains("p.rego:2:") && e.getMessage().contains("invalid escape sequence"), e.getMessage());
  }

  @Test
  void goodEscapesStillRead() {
    Rego rego = Rego.builder().module("p.rego", "package p\nx := [\"\\u0041\", $\"\\u0042{1}\"]\n").build();
    assertEquals("[[\"A\",\"B1\"]]", rego.prepare("data.p.x").eval(null).expressionValues().get(0).toString().replace(" ", ""));
  }
}
