package eu.rampart.rego.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.rampart.rego.api.Rego;
import eu.rampart.rego.value.Json;
import eu.rampart.rego.value.Value;
import org.junit.jupiter.api.Test;

/**
 * Documents no input can change are computed once per policy and reused by later evaluations;
 * everything that reads the input, directly or through a rule or function, is computed per
 * evaluation, and {@code with} replacements still apply.
 */
class ConstantDocumentsTest {
  private static final String POLICY = String.join("\n",
      "package p",
      "",
      "catalogue := {\"a\", \"b\"} | {x | some x in data.extra}",
      "bigger := catalogue | {\"c\"}",
      "reads_input := catalogue | {input.x}",
      "through_fn := f(1)",
      "f(n) := n + input.n",
      "through_rule := count(reads_input)",
      "with_inside := y if { y := catalogue with data.extra as [\"z\"] }",
      "allowed if input.x in bigger",
      "");

  private static Rego rego() {
    return Rego.builder().module("p.rego", POLICY).data(Json.parse("{\"extra\": [\"d\"]}")).build();
  }

  private static String eval(Rego rego, String query, String input) {
    Value v = rego.prepare(query).evalValue(input == null ? null : Json.parse(input));
    return v == null ? null : Json.write(v);
  }

  @Test
  void onlyInputFreeDocumentsAreConstant() {
    // catalogue and bigger; not reads_input, through_fn, through_rule, with_inside, allowed
    assertEquals(2, rego().compiled().constantDocumentCount());
  }

  @Test
  void inputDependentDocumentsFollowEachInput() {
    Rego rego = rego();
    for (int i = 0; i < 3; i++) {
      assertEquals("[\"a\",\"b\",\"c\",\"d\"]", eval(rego, "data.p.bigger", "{\"x\": \"q" + i + "\"}"));
      assertEquals("[\"a\",\"b\",\"d\",\"q" + i + "\"]", eval(rego, "data.p.reads_input", "{\"x\": \"q" + i + "\"}"));
      assertEquals(String.valueOf(1 + i), eval(rego, "data.p.through_fn", "{\"n\": " + i + "}"));
      assertEquals("true", eval(rego, "data.p.allowed", "{\"x\": \"c\"}"));
      assertEquals(null, eval(rego, "data.p.allowed", "{\"x\": \"e\"}"));
    }
  }

  @Test
  void withReplacementsAreNotServedFromTheCache() {
    Rego rego = rego();
    assertEquals("[\"a\",\"b\",\"d\"]", eval(rego, "data.p.catalogue", null));
    assertEquals("[\"a\",\"b\",\"z\"]", eval(rego, "data.p.with_inside", null));
    assertEquals("[\"a\",\"b\",\"c\",\"y\"]", eval(rego, "data.p.bigger with data.extra as [\"y\"]", null));
    assertEquals("[\"a\",\"b\",\"c\",\"d\"]", eval(rego, "data.p.bigger", null));
    assertTrue(eval(rego, "data.p.bigger with data.p.catalogue as {\"k\"}", null).contains("\"k\""));
  }
}
