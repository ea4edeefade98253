package eu.rampart.rego.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eu.rampart.rego.api.EvalException;
import eu.rampart.rego.api.Rego;
import eu.rampart.rego.value.ArrayValue;
import eu.rampart.rego.value.Json;
import eu.rampart.rego.value.NumberValue;
import eu.rampart.rego.value.StringValue;
import eu.rampart.rego.value.Value;
import org.junit.jupiter.api.Test;

/** {@code some x in xs; x.f == "c"} visits only the members whose field holds "c", with unchanged results. */
class FieldIndexTest {
  private static final String POLICY = String.join("\n",
      "package p",
      "",
      "indexed := [[i, r.name] | some i, r in input.rs; r.type == \"a\"]",
      // the same filter behind another expression is not indexed: the reference result
      "scanned := [[i, r.name] | some i, r in input.rs; true; r.type == \"a\"]",
      "nested := [r.name | some r in input.rs; \"deep\" == r.meta.kind]",
      "nested_scanned := [r.name | some r in input.rs; true; \"deep\" == r.meta.kind]",
      "in_set := [r.name | some r in {x | some x in input.rs}; r.type == \"b\"]",
      "in_object := [[k, r.name] | some k, r in {sprintf(\"k%03d\", [i]): x | some i, x in input.rs}; r.type = \"b\"]",
      "none := [r | some r in input.rs; r.type == \"nothing\"]",
      "in_types := [[i, r.name] | some i, r in input.rs; r.type in {\"c\", \"b\"}]",
      "in_types_scanned := [[i, r.name] | some i, r in input.rs; true; r.type in {\"c\", \"b\"}]",
      "in_mixed := [r.name | some r in input.rs; r.type in [1, \"a\"]]",
      "in_mixed_scanned := [r.name | some r in input.rs; true; r.type in [1, \"a\"]]",
      "of_type(t) := [r.name | some r in input.rs; r.type == t]",
      "of_type_scanned(t) := [r.name | some r in input.rs; true; r.type == t]",
      "",
      "# a function called per member: with the index each call visits only the matching members",
      "has_peer(n) if {",
      "  some r in input.rs",
      "  r.type == \"rare\"",
      "  r.name == n",
      "}",
      "peers := count([n | some n in input.names; has_peer(n)])",
      "");

  /** 120 members: types a/b/c in turn, some without a type, one with a numeric type, every 7th with meta.kind. */
  private static Value input(int n) {
    StringBuilder sb = new StringBuilder("{\"rs\": [");
    for (int i = 0; i < n; i++) {
      if (i > 0) sb.append(',');
      sb.append("{\"name\": \"r").append(i).append('"');
      if (i % 11 == 10) sb.append(", \"type\": 1");
      else if (i % 13 != 12) sb.append(", \"type\": \"").append((char) ('a' + i % 3)).append('"');
      if (i % 7 == 0) sb.append(", \"meta\": {\"kind\": \"deep\"}");
      sb.append('}');
    }
    sb.append("], \"names\": [");
    for (int i = 0; i < n; i++) sb.append(i > 0 ? "," : "").append("\"r").append(i).append('"');
    return Json.parse(sb.append("]}").toString());
  }

  /** n members of type "common", every 100th of type "rare", and the names of all of them. */
  private static Value rare(int n) {
    StringBuilder sb = new StringBuilder("{\"rs\": [");
    for (int i = 0; i < n; i++) {
      sb.append(i > 0 ? "," : "").append("{\"name\": \"r").append(i).append("\", \"type\": \"")
          .append(i % 100 == 0 ? "rare" : "common").append("\"}");
    }
    sb.append("], \"names\": [");
    for (int i = 0; i < n; i++) sb.append(i > 0 ? "," : "").append("\"r").append(i).append('"');
    return Json.parse(sb.append("]}").toString());
  }

  private static Value eval(Rego rego, String query, Value input) {
    return rego.prepare(query).evalValue(input);
  }

  @Test
  void indexedIterationFindsTheSameMembersInTheSameOrder() {
    Rego rego = Rego.builder().module("p.rego", POLICY).build();
    Value in = input(120);
    Value indexed = eval(rego, "data.p.indexed", in);
    assertEquals(eval(rego, "data.p.scanned", in), indexed);
    assertEquals(Json.parse("[0, \"r0\"]"), ((ArrayValue) indexed).get(0));
    assertEquals(eval(rego, "data.p.nested_scanned", in), eval(rego, "data.p.nested", in));
    assertEquals(18, ((NumberValue) eval(rego, "count(data.p.nested)", in)).intValueExact());
    assertEquals(Json.parse("[]"), eval(rego, "data.p.none", in));
  }

  @Test
  void membershipAndVariableProbesGiveTheScannedResults() {
    Rego rego = Rego.builder().module("p.rego", POLICY).build();
    Value in = input(120);
    Value inTypes = eval(rego, "data.p.in_types", in);
    assertEquals(eval(rego, "data.p.in_types_scanned", in), inTypes);
    assertEquals(Json.parse("[1, \"r1\"]"), ((ArrayValue) inTypes).get(0));
    assertEquals(Json.parse("[2, \"r2\"]"), ((ArrayValue) inTypes).get(1));
    Value mixed = eval(rego, "data.p.in_mixed", in);
    assertEquals(eval(rego, "data.p.in_mixed_scanned", in), mixed);
    assertEquals(StringValue.of("r10"), ((ArrayValue) mixed).get(4)); // the numeric type 1 is a member too
    assertEquals(eval(rego, "data.p.of_type_scanned(\"c\")", in), eval(rego, "data.p.of_type(\"c\")", in));
    Value numeric = eval(rego, "data.p.of_type(1)", in);
    assertEquals(eval(rego, "data.p.of_type_scanned(1)", in), numeric);
    assertEquals(StringValue.of("r10"), ((ArrayValue) numeric).get(0));
  }

  @Test
  void setsAndObjectsAreIndexedInTheirIterationOrder() {
    Rego rego = Rego.builder().module("p.rego", POLICY).build();
    Value in = input(120);
    Value set = eval(rego, "data.p.in_set", in);
    Value object = eval(rego, "data.p.in_object", in);
    assertEquals(eval(rego, "[r.name | some r in {x | some x in input.rs}; true; r.type == \"b\"]", in), set);
    assertEquals(eval(rego, "[[k, r.name] | some k, r in {sprintf(\"k%03d\", [i]): x | some i, x in input.rs}; true; r.type = \"b\"]", in), object);
    assertEquals(Json.parse("[\"k001\", \"r1\"]"), ((ArrayValue) object).get(0));
  }

  @Test
  void aFilteredScanInsideAFunctionCostsOnlyTheMatchingMembers() {
    Rego rego = Rego.builder().module("p.rego", POLICY).maxSteps(200_000).build();
    // 2000 calls of has_peer over 2000 members, 20 of them "rare": a full scan per call would take
    // about 4 million steps, the indexed one about 40 thousand
    Value in = rare(2000);
    assertEquals(20, ((NumberValue) eval(rego, "data.p.peers", in)).intValueExact());
    Rego unindexed = Rego.builder().module("p.rego", POLICY.replace("input.rs\n  r.type", "input.rs\n  true\n  r.type"))
        .maxSteps(200_000).build();
    EvalException e = assertThrows(EvalException.class, () -> eval(unindexed, "data.p.peers", in));
    assertEquals("eval_cancel_error", e.code());
  }
}
