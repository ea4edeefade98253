package eu.rampart.rego.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.rampart.rego.value.ArrayValue;
import eu.rampart.rego.value.ObjectValue;
import eu.rampart.rego.value.StringValue;
import org.junit.jupiter.api.Test;

/**
 * SnakeYAML shares one object per anchored node, so aliases make small documents stand for huge or
 * cyclic values: the conversion to Rego values counts values and nesting and refuses beyond the bounds.
 */
class YamlBoundsTest {
  /** 8 levels of 10 aliases each: 80 aliases (under SnakeYAML's alias count), 10^9 values expanded. */
  private static String bomb() {
    StringBuilder sb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
    String prev = "a";
    for (char c : "bcdefghi".toCharArray()) {
      sb.append(c).append(": &").append(c).append(" [").append(String.join(", ", java.util.Collections.nCopies(10, "*" + prev))).append("]\n");
      prev = String.valueOf(c);
    }
    return sb.toString();
  }

  @Test
  void anAliasBombUnderTheAliasCountIsRefusedAtTheValueBound() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> YamlDocuments.parse(bomb(), 100_000, 100, "raise with X=N"));
    assertEquals("yaml: the document expands to more than 100000 values (aliases of aliases?); raise with X=N", e.getMessage());
  }

  @Test
  void aRecursiveAliasIsRefusedAtTheDepthBoundNotFollowed() {
    IllegalArgumentException seq = assertThrows(IllegalArgumentException.class, () -> YamlDocuments.parse("a: &a [1, *a]\n", 100_000, 100, "raise"));
    assertTrue(seq.getMessage().startsWith("yaml: values nested deeper than 100 levels"), seq.getMessage());
    IllegalArgumentException map = assertThrows(IllegalArgumentException.class, () -> YamlDocuments.parse("a: &a {b: *a}\n", 100_000, 100, "raise"));
    assertTrue(map.getMessage().startsWith("yaml: values nested deeper than 100 levels"), map.getMessage());
  }

  @Test
  void theBuiltinRefusesARecursiveAliasWithAnErrorNotAStackOverflow() {
    BuiltinError e = assertThrows(BuiltinError.class, () -> YamlCodec.unmarshal("a: &a [1, *a]\n"));
    assertTrue(e.getMessage().contains("nested deeper than 1000 levels"), e.getMessage());
  }

  @Test
  void sharedAliasesWithinTheBoundsExpandAsBefore() {
    ObjectValue v = (ObjectValue) YamlDocuments.parse("a: &a [x, y]\nb: [*a, *a]\n", 100, 3, "raise");
    ArrayValue b = (ArrayValue) v.get(StringValue.of("b"));
    assertEquals(2, b.size());
    assertEquals(StringValue.of("y"), ((ArrayValue) b.get(1)).get(1));
    // the same document counts 1 + 3 (a) + 1 + 2 * 3 (b) = 11 values: one fewer is refused
    assertThrows(IllegalArgumentException.class, () -> YamlDocuments.parse("a: &a [x, y]\nb: [*a, *a]\n", 10, 3, "raise"));
    assertEquals(2, ((ArrayValue) ((ObjectValue) YamlDocuments.parse("a: &a [x, y]\nb: [*a, *a]\n", 11, 3, "raise")).get(StringValue.of("b"))).size());
  }
}
