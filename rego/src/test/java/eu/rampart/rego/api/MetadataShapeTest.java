package eu.rampart.rego.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * METADATA blocks of the wrong shape (found by RegoParserFuzzTest: an empty {@code related_resources:}
 * threw NullPointerException while binding annotations): a parse error at the block, never a Java
 * exception; an empty value is an unset field, as in OPA.
 */
class MetadataShapeTest {
  private static Rego compile(String block) {
    return Rego.builder().module("p.rego", "# METADATA\n" + block + "package p\n\nx := 1\n").build();
  }

  @ParameterizedTest
  @ValueSource(strings = {"# scope: 123\n", "# scope: everywhere\n", "# title: [a, b]\n", "# description: {a: 1}\n",
      "# entrypoint: yes please\n", "# custom: [1, 2]\n", "# authors: [~]\n", "# related_resources: [https://x, ~]\n"})
  void aBlockOfTheWrongShapeIsAParseErrorAtTheBlock(String block) {
    RegoException e = assertThrows(RegoException.class, () -> compile(block));
    assertTrue(e.getMessage().contains("p.rego:1:") && e.getMessage().contains("rego_parse_error"), e.getMessage());
  }

  @Test
  void aScalarTitleReadsAsItsText() {
    assertEquals("2024", compile("# title: 2024\n# description: true\n").annotations().get(0).title());
  }

  @Test
  void anEmptyValueIsAnUnsetField() {
    Rego rego = compile("# title:\n# related_resources:\n# authors:\n# scope:\n# custom:\n");
    assertEquals(1, rego.annotations().size());
    assertEquals(null, rego.annotations().get(0).title());
  }
}
