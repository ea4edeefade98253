package eu.rampart.rego.builtins;

import static eu.rampart.rego.builtins.DataBuiltinsTestKit.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.rampart.rego.value.ObjectValue;
import eu.rampart.rego.value.Value;
import org.junit.jupiter.api.Test;

/** Values from conformance/opa-v1 reachable (graph.reachable and graph.reachable_paths). */
class GraphBuiltinsTest {
  private static final GraphBuiltins F = new GraphBuiltins();

  private static final Value COMPONENTS = ObjectValue.builder()
      .put("a", strings("b", "c")).put("b", strings("d")).put("c", strings("d")).put("d", set())
      .put("e", strings("f")).put("f", strings("e")).put("x", strings("x")).build();

  @Test
  void reachable() {
    assertEquals(set(), call(F, "graph.reachable", j("{}"), strings("a")));
    Value cycle = ObjectValue.builder().put("a", strings("b")).put("b", strings("c")).put("c", strings("a")).build();
    assertEquals(strings("a", "b", "c"), call(F, "graph.reachable", cycle, strings("a")));
    assertEquals(strings("b", "d", "e", "f"), call(F, "graph.reachable", COMPONENTS, strings("b", "e")));
    assertEquals(strings("a", "b", "c"), call(F, "graph.reachable", j("{\"a\":[\"b\"],\"b\":[\"c\"],\"c\":[\"a\"]}"), j("[\"a\"]")));
    assertEquals(strings("a"), call(F, "graph.reachable", j("{\"a\":null}"), j("[\"a\"]")));
    typeError("operand 1 must be object but got number", F, "graph.reachable", n(1), j("[1]"));
    typeError("operand 2 must be one of {array, set} but got string", F, "graph.reachable", j("{\"a\":[]}"), s("a"));
  }

  @Test
  void reachablePaths() {
    assertEquals(set(), call(F, "graph.reachable_paths", j("{}"), strings("a")));
    Value cycle = ObjectValue.builder().put("a", strings("b")).put("b", strings("c")).put("c", strings("a")).build();
    assertEquals(set(j("[\"a\",\"b\",\"c\"]")), call(F, "graph.reachable_paths", cycle, strings("a")));
    assertEquals(set(j("[\"b\",\"d\"]"), j("[\"e\",\"f\"]")), call(F, "graph.reachable_paths", COMPONENTS, strings("b", "e")));
    assertEquals(set(j("[\"a\"]")), call(F, "graph.reachable_paths", j("{\"a\":null}"), j("[\"a\"]")));
    assertEquals(set(j("[\"a\",\"b\",\"c\"]"), j("[\"a\",\"c\"]")),
        call(F, "graph.reachable_paths", j("{\"a\":[\"b\",\"c\"],\"b\":[\"c\"],\"c\":[]}"), strings("a")));
    assertEquals(set(j("[\"a\",\"b\"]"), j("[\"b\"]")),
        call(F, "graph.reachable_paths", j("{\"a\":[\"b\"],\"b\":[\"nonexistent\"]}"), strings("a", "b")));
    typeError("operand 2 must be one of {array, set} but got string", F, "graph.reachable_paths", j("{\"a\":[]}"), s("a"));
  }

  @Test
  void reachablePathsIssue1022() {
    Value g1 = j("{\"one\":[\"two\",\"five\"],\"two\":[\"four\"],\"three\":[\"\"],\"four\":[\"three\"],\"five\":[\"seven\",\"six\"],"
        + "\"six\":[\"nine\"],\"seven\":[\"eight\"],\"eight\":[\"\"],\"nine\":[\"\"]}");
    assertEquals(set(j("[\"one\",\"five\",\"seven\",\"eight\"]"), j("[\"one\",\"five\",\"six\",\"nine\"]"),
        j("[\"one\",\"two\",\"four\",\"three\"]")), call(F, "graph.reachable_paths", g1, strings("one")));
    Value g3 = j("{\"one\":[\"two\",\"five\"],\"two\":[\"four\"],\"three\":[\"\"],\"four\":[\"three\"],\"five\":[\"seven\",\"six\"],"
        + "\"six\":[\"nine\",\"seven\"],\"seven\":[\"eight\"],\"eight\":[\"three\"],\"nine\":[\"\"]}");
    assertEquals(set(j("[\"one\",\"five\",\"seven\",\"eight\",\"three\"]"), j("[\"one\",\"five\",\"six\"]"),
        j("[\"one\",\"five\",\"six\",\"nine\"]"), j("[\"one\",\"two\",\"four\",\"three\"]")),
        call(F, "graph.reachable_paths", g3, strings("one")));
  }
}
