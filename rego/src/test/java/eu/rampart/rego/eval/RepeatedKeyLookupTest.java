package eu.rampart.rego.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eu.rampart.rego.api.EvalException;
import eu.rampart.rego.api.Rego;
import eu.rampart.rego.value.Json;
import eu.rampart.rego.value.NumberValue;
import eu.rampart.rego.value.Value;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * data.p.index[key] looked up with many keys: the partial object is computed whole once instead
 * of scanning its rule bodies per key, with the same values and no error a keyed lookup would not raise.
 */
class RepeatedKeyLookupTest {
  private static final String POLICY = String.join("\n",
      "package p",
      "",
      "index[k] contains r.name if {",
      "  some r in input.rs",
      "  k := r.group",
      "}",
      "",
      "pairs[k] := v if {",
      "  some [k, v] in input.pairs",
      "}",
      "",
      "sizes := [count(index[g]) | some g in input.groups]",
      "");

  private static Value input(int n) {
    List<String> rs = new ArrayList<>(), groups = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      rs.add("{\"name\": \"r" + i + "\", \"group\": \"g" + (i % 50) + "\"}");
      groups.add("\"g" + i + "\"");
    }
    return Json.parse("{\"rs\": [" + String.join(",", rs) + "], \"groups\": [" + String.join(",", groups)
        + "], \"pairs\": [[\"a\", 1], [\"b\", 2], [\"bad\", 1], [\"bad\", 2]]}");
  }

  @Test
  void manyKeysGiveTheValuesOfTheWholeObject() {
    Rego rego = Rego.builder().module("p.rego", POLICY).build();
    Value in = input(200);
    assertEquals(rego.prepare("{\"r0\", \"r50\", \"r100\", \"r150\"}").evalValue(null), rego.prepare("data.p.index.g0").evalValue(in));
    assertEquals(rego.prepare("[count(data.p.index[g]) | some g in input.groups; data.p.index[g]] ").evalValue(in),
        rego.prepare("[count(x) | some g in input.groups; x := {k: v | some k, v in data.p.index}[g]]").evalValue(in));
    assertEquals(rego.prepare("data.p.index[\"g7\"]").evalValue(in),
        rego.prepare("[data.p.index.g1, data.p.index.g7][1]").evalValue(in));
  }

  @Test
  void theCostIsLinearInTheNumberOfKeys() {
    Rego rego = Rego.builder().module("p.rego", POLICY).maxSteps(300_000).build();
    // 2000 lookups (50 of them defined) of a 2000-member index: one scan per key would take about 4 million steps
    Value sizes = rego.prepare("data.p.sizes").evalValue(input(2000));
    assertEquals(50, ((eu.rampart.rego.value.ArrayValue) sizes).size());
    assertEquals(NumberValue.of(40), ((eu.rampart.rego.value.ArrayValue) sizes).get(0));
  }

  @Test
  void aConflictElsewhereInTheObjectStaysInvisibleToKeyedLookups() {
    Rego rego = Rego.builder().module("p.rego", POLICY).build();
    Value in = input(10);
    assertEquals(Json.parse("[1, 2]"), rego.prepare("[data.p.pairs.a, data.p.pairs.b]").evalValue(in));
    assertEquals(Json.parse("[2, 1, 2]"), rego.prepare("[data.p.pairs.b, data.p.pairs.a, data.p.pairs.b]").evalValue(in));
    EvalException e = assertThrows(EvalException.class, () -> rego.prepare("data.p.pairs").eval(in));
    assertEquals("eval_conflict_error", e.code());
  }
}
