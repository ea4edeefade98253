package eu.rampart.rego.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eu.rampart.rego.api.Rego;
import eu.rampart.rego.api.RegoException;
import eu.rampart.rego.api.RegoVersion;
import eu.rampart.rego.value.Json;
import eu.rampart.rego.value.Value;
import org.junit.jupiter.api.Test;

class ParserTest {
  private static Value eval(String module, RegoVersion v, String query, String input) {
    return Rego.builder().module("m.rego", module, v).build().prepare(query).evalValue(input == null ? null : Json.parse(input));
  }

  @Test
  void v0PartialSetShorthandAndBodiesWithoutIf() {
    String m = "package p\n\ndeny[msg] {\n  input.x == 1\n  msg := \"one\"\n}\n\nallow { not deny[_] }\n";
    assertEquals(Json.parse("[\"one\"]"), Json.parse(Json.write(eval(m, RegoVersion.V0, "data.p.deny", "{\"x\": 1}"))));
    assertEquals(Json.parse("true"), eval(m, RegoVersion.V0, "data.p.allow", "{\"x\": 2}"));
  }

  @Test
  void v0NeedsFutureKeywordsForIf() {
    assertThrows(RegoException.class, () -> eval("package p\n\nallow if { true }\n", RegoVersion.V0, "data.p.allow", null));
    assertEquals(Json.parse("true"),
        eval("package p\nimport rego.v1\n\nallow if { true }\n", RegoVersion.V0, "data.p.allow", null));
    assertEquals(Json.parse("true"),
        eval("package p\nimport future.keywords.if\n\nallow if { true }\n", RegoVersion.V0, "data.p.allow", null));
  }

  @Test
  void v1RequiresContainsForMultiValueRules() {
    RegoException e = assertThrows(RegoException.class,
        () -> eval("package p\n\ndeny[x]\n", RegoVersion.V1, "data.p.deny", null));
    assertEquals("rego_parse_error", e.errors().get(0).code());
  }

  @Test
  void refHeadsSomeInEveryAndTemplates() {
    String m = String.join("\n",
        "package p",
        "a.b[x] contains y if { some x, y in {\"k\": \"v\"} }",
        "c.d[k] := v if { some k, v in input }",
        "all_pos if { every x in [1, 2] { x > 0 } }",
        "msg := $\"n={count(input)} first={input.one}\"",
        "f(x) := x * 2 if { x > 0 } else := 0",
        "g := [f(1), f(-1)]",
        "");
    assertEquals(Json.parse("{\"k\": [\"v\"]}"), Json.parse(Json.write(eval(m, RegoVersion.V1, "data.p.a.b", "{}"))));
    assertEquals(Json.parse("{\"one\": 1}"), eval(m, RegoVersion.V1, "data.p.c.d", "{\"one\": 1}"));
    assertEquals(Json.parse("true"), eval(m, RegoVersion.V1, "data.p.all_pos", null));
    assertEquals(Json.parse("\"n=1 first=1\""), eval(m, RegoVersion.V1, "data.p.msg", "{\"one\": 1}"));
    assertEquals(Json.parse("[2, 0]"), eval(m, RegoVersion.V1, "data.p.g", null));
  }

  @Test
  void multiLineBodiesWithSemicolonsAndRawStrings() {
    String m = "package p\n\nr if { x := `a\\b`; y := \"a\\\\b\"\n  x == y }\n";
    assertEquals(Json.parse("true"), eval(m, RegoVersion.V1, "data.p.r", null));
  }
}
