package eu.rampart.rego.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.rampart.rego.value.Json;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** A number whose exponent does not fit (found by RegoParserFuzzTest): an error at its place, never a Java exception. */
class NumberRangeTest {
  private static final String HUGE = "1e99999999999";

  @Test
  void aLiteralOutOfRangeIsAParseError() {
    RegoException e = assertThrows(RegoException.class, () -> Rego.builder().module("p.rego", "package p\n\nx := " + HUGE + "\n").build());
    assertTrue(e.getMessage().contains("rego_parse_error") && e.getMessage().contains("out of range"), e.getMessage());
    RegoException negative = assertThrows(RegoException.class, () -> Rego.builder().module("p.rego", "package p\n\nx := -" + HUGE + "\n").build());
    assertTrue(negative.getMessage().contains("out of range"), negative.getMessage());
  }

  @Test
  void toNumberOutOfRangeIsABuiltinError() {
    EvalException e = assertThrows(EvalException.class, () -> Rego.builder().module("p.rego", "package p\n\nx := to_number(input.s)\n")
        .strictBuiltinErrors(true).build().prepare("data.p.x").eval(Json.parse("{\"s\": \"" + HUGE + "\"}")));
    assertEquals("eval_builtin_error", e.code());
    assertTrue(e.getMessage().contains("value out of range"), e.getMessage());
  }

  /**
   * An exponent that fits an int but would take a billion digits written out (3e888888888: the
   * second fuzzing finding, BigInteger overflow in the parser) or a thousand-million-digit
   * fraction: refused beyond 1e10000 either way, as a parse error and as bad JSON.
   */
  @Test
  void aLiteralBeyondTheExponentBoundIsAParseError() {
    for (String n : new String[] {"3e888888888", "1e10001", "1e-10002", "0.5e-888888888"}) {
      RegoException e = assertThrows(RegoException.class, () -> Rego.builder().module("p.rego", "package p\n\nx := " + n + "\n").build(), n);
      assertTrue(e.getMessage().contains("rego_parse_error") && e.getMessage().contains("out of range"), e.getMessage());
      IOException j = assertThrows(IOException.class, () -> Json.parse(new java.io.StringReader("[" + n + "]")), n);
      assertTrue(j.getMessage().contains("out of range"), j.getMessage());
    }
  }

  @Test
  void numbersUpToTheBoundStillWork() throws Exception {
    QueryResult r = Rego.builder().module("p.rego", "package p\n\nx := 1e10000 > 9e9999\ny := 2e9999 - 1e9999 == 1e9999\n").build().prepare("[data.p.x, data.p.y]").eval(null);
    assertEquals("[true,true]", r.expressionValues().get(0).get(0).toString().replace(" ", ""));
  }

  /** Arithmetic that would leave the range fails as a built-in error, never with a billion-digit number. */
  @Test
  void arithmeticBeyondTheBoundIsABuiltinError() {
    EvalException e = assertThrows(EvalException.class, () -> Rego.builder().module("p.rego", "package p\n\nx := input.n * input.n\n")
        .strictBuiltinErrors(true).build().prepare("data.p.x").eval(Json.parse("{\"n\": 1e6000}")));
    assertEquals("eval_builtin_error", e.code());
    assertTrue(e.getMessage().contains("number out of range") && !e.getMessage().contains("java."), e.getMessage());
  }

  @Test
  void jsonOutOfRangeIsRefusedLikeBadJson() {
    IOException e = assertThrows(IOException.class, () -> Json.parse(new java.io.StringReader("{\"n\": " + HUGE + "}")));
    assertTrue(e.getMessage().contains("out of range"), e.getMessage());
  }
}
