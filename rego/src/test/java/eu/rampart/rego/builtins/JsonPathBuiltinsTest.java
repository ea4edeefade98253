package eu.rampart.rego.builtins;

import static eu.rampart.rego.builtins.DataBuiltinsTestKit.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.rampart.rego.value.ArrayValue;
import eu.rampart.rego.value.BooleanValue;
import eu.rampart.rego.value.ObjectValue;
import eu.rampart.rego.value.Value;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** Values from conformance/opa-v1 jsonfilter*, jsonremove*, jsonpatch. */
class JsonPathBuiltinsTest {
  private static final JsonPathBuiltins F = new JsonPathBuiltins();
  private static final String DOC = "{\"a\":{\"b\":{\"c\":7,\"d\":8}},\"e\":9}";

  @Test
  void filter() {
    assertEquals(j("{\"a\":{\"b\":{\"c\":7}}}"), call(F, "json.filter", j(DOC), strings("a/b/c")));
    assertEquals(j("{\"a\":{\"b\":{\"c\":7}},\"e\":9}"), call(F, "json.filter", j(DOC), strings("a/b/c", "e")));
    assertEquals(j("{\"a\":{\"b\":{\"c\":7}},\"e\":9}"), call(F, "json.filter", j(DOC), j("[\"a/b/c\",\"e\"]")));
    assertEquals(j("{\"a\":{\"b\":{\"c\":7},\"e\":9}}"),
        call(F, "json.filter", j("{\"a\":{\"b\":{\"c\":7,\"d\":8},\"e\":9}}"), strings("a/b/c", "a/e")));
    assertEquals(j("{\"a\":{\"b\":7}}"), call(F, "json.filter", j("{\"a\":{\"b\":7}}"), strings("a", "a/b")));
    assertEquals(j("{}"), call(F, "json.filter", j("{}"), strings("a/b")));
    assertEquals(j("{\"a\":[{\"1\":[\"d\"]}]}"),
        call(F, "json.filter", j("{\"a\":[{\"1\":[\"b\",\"c\",\"d\"]},{\"x\":\"y\"}]}"), strings("a/0/1/2")));
    assertEquals(j("{\"a\":{\"b\":{\"c\":7}},\"e\":9}"), call(F, "json.filter", j(DOC), set(j("[\"a\",\"b\",\"c\"]"), j("[\"e\"]"))));
    assertEquals(j("{\"a\":{\"b\":{\"c\":7,\"d\":8}}}"),
        call(F, "json.filter", j("{\"a\":{\"b\":{\"c\":7,\"d\":8,\"x\":0}},\"e\":9}"), set(s("a/b/d"), j("[\"a\",\"b\",\"c\"]"))));
  }

  @Test
  void filterIsIdempotent() {
    Value once = call(F, "json.filter", j(DOC), strings("a/b/c"));
    assertEquals(once, call(F, "json.filter", once, strings("a/b/c")));
  }

  @Test
  void remove() {
    assertEquals(j("{\"a\":{\"b\":{\"d\":8}},\"e\":9}"), call(F, "json.remove", j(DOC), strings("a/b/c")));
    assertEquals(j("{\"a\":{\"b\":{\"d\":8}}}"), call(F, "json.remove", j(DOC), strings("a/b/c", "e")));
    assertEquals(j("{\"a\":{\"b\":{\"d\":8}}}"), call(F, "json.remove", j(DOC), j("[\"a/b/c\",\"e\"]")));
    assertEquals(j("{\"c\":1}"), call(F, "json.remove", j("{\"a\":{\"b\":7},\"c\":1}"), strings("a", "a/b")));
    assertEquals(j("{\"a\":7}"), call(F, "json.remove", j("{\"a\":7}"), set()));
    assertEquals(j("{}"), call(F, "json.remove", j("{\"a\":{\"b\":7},\"c\":1}"), strings("a", "c")));
    assertEquals(j("{\"a\":{}}"), call(F, "json.remove", j("{\"a\":{\"b\":7},\"c\":1}"), strings("a/b", "c")));
    assertEquals(j("{\"a\":[{\"c\":8}]}"), call(F, "json.remove", j("{\"a\":[{\"b\":7,\"c\":8},{\"d\":9}]}"), strings("a/0/b", "a/1")));
    assertEquals(j("{\"a\":[{\"1\":[\"b\",\"c\"]},{\"x\":\"y\"}]}"),
        call(F, "json.remove", j("{\"a\":[{\"1\":[\"b\",\"c\",\"d\"]},{\"x\":\"y\"}]}"), strings("a/0/1/2")));
    assertEquals(j("{\"a\":{\"b\":{\"x\":0}},\"e\":9}"),
        call(F, "json.remove", j("{\"a\":{\"b\":{\"c\":7,\"d\":8,\"x\":0}},\"e\":9}"), set(s("a/b/d"), j("[\"a\",\"b\",\"c\"]"))));
  }

  @Test
  void removeErrors() {
    typeError("operand 1 must be object but got string", F, "json.remove", s("foo"), strings("a/b/c"));
    typeError("operand 1 must be object but got boolean", F, "json.remove", BooleanValue.TRUE, strings("a/b/c"));
    typeError("operand 2 must be one of {set, array} but got string", F, "json.remove", j("{\"a\":{\"b\":{\"c\":123}}}"), s("foo"));
    typeError("operand 2 must be one of {set, array} but got object", F, "json.remove", j("{\"a\":{\"b\":{\"c\":123}}}"), j("{\"y\":123}"));
    String containing = "operand 2 must be one of {set, array} containing string paths or array of path segments but got ";
    typeError(containing + "number", F, "json.remove", j("{}"), set(n(1), n(2), n(3), s("a")));
    typeError(containing + "object", F, "json.remove", j("{}"), set(s("a"), j("{\"x\":1}"), j("{\"y\":2}")));
    typeError(containing + "number", F, "json.remove", j("{}"), j("[\"a\",1,2,3]"));
    typeError(containing + "object", F, "json.filter", j("{}"), j("[\"a\",{\"x\":1},{\"y\":2}]"));
  }

  private static Value patch(Value doc, String ops) { return call(F, "json.patch", doc, j(ops)); }

  @Test
  void patchWithSets() {
    Value doc = ObjectValue.builder().put("foo", strings("a", "b", "c")).build();
    assertEquals(strings("a", "c"), ((ObjectValue) patch(doc, "[{\"op\":\"remove\",\"path\":\"foo/b\"}]")).get("foo"));
    assertEquals(strings("a", "b", "c", "d"), ((ObjectValue) patch(doc, "[{\"op\":\"add\",\"path\":\"foo/d\",\"value\":\"d\"}]")).get("foo"));
    assertNull(patch(doc, "[{\"op\":\"add\",\"path\":\"foo/d\",\"value\":\"e\"}]"));
    Value two = ObjectValue.builder().put("foo", strings("a", "b")).put("bar", strings("c", "d")).build();
    ObjectValue moved = (ObjectValue) patch(two, "[{\"op\":\"move\",\"from\":\"foo/a\",\"path\":\"bar/a\"}]");
    assertEquals(strings("b"), moved.get("foo"));
    assertEquals(strings("a", "c", "d"), moved.get("bar"));
    assertEquals(set(j("[1,2]")), patch(set(j("[1]")), "[{\"op\":\"add\",\"path\":[[1],1],\"value\":2}]"));
    assertNull(patch(j("[1,2,3]"), "[{\"op\":\"add\",\"path\":\"1.2\",\"value\":\"foo\"}]"));
  }

  /**
   * Runs the RFC 6902 suite embedded in jsonpatch/json-patch-tests.yaml with the same pass rule as
   * its Rego driver: an expected document must be produced; an "error" case must be undefined or an
   * error; other cases must be defined. Cases marked opa_disabled are excluded there as here.
   */
  @Test
  @SuppressWarnings("unchecked")
  void rfc6902Suite() throws Exception {
    Path file = Path.of(System.getProperty("rampart.conformance.dir", "../../shared/conformance/opa-v1"),
        "jsonpatch", "json-patch-tests.yaml");
    Map<String, Object> yaml = new Yaml().load(Files.readString(file));
    List<String> modules = (List<String>) ((List<Map<String, Object>>) yaml.get("cases")).get(0).get("modules");
    List<String> failures = new ArrayList<>();
    int run = 0;
    for (String module : modules.subList(1, modules.size())) {
      String literal = module.substring(module.indexOf("cases :=") + "cases :=".length()).replaceAll(",(\\s*[\\]}])", "$1");
      ArrayValue cases = (ArrayValue) j(literal);
      for (Value c : cases.items()) {
        ObjectValue t = (ObjectValue) c;
        if (BooleanValue.TRUE.equals(t.get("opa_disabled"))) continue;
        run++;
        Value result;
        try {
          result = call(F, "json.patch", t.get("doc"), t.get("patch"));
        } catch (BuiltinError e) {
          result = null;
        }
        String name = String.valueOf(t.get("comment"));
        if (t.get("error") != null) {
          if (result != null) failures.add(name + ": expected undefined, got " + result);
        } else if (t.get("expected") != null) {
          if (!t.get("expected").equals(result)) failures.add(name + ": expected " + t.get("expected") + ", got " + result);
        } else if (result == null) {
          failures.add(name + ": expected a result");
        }
      }
    }
    assertTrue(run > 100, "suite cases found: " + run);
    assertEquals(List.of(), failures);
  }

  @Test
  void patchRejectsMalformedOperations() {
    typeError("operand 2 must be array of objects but got array containing number", F, "json.patch", j("{}"), j("[1]"));
    builtinError("missing 'path' attribute", F, "json.patch", j("{}"), j("[{\"op\":\"add\",\"value\":1}]"));
    builtinError("unrecognized op 'spam'", F, "json.patch", j("{}"), j("[{\"op\":\"spam\",\"path\":\"/a\"}]"));
    assertNotNull(patch(j("{\"foo\":1}"), "[{\"op\":\"test\",\"path\":\"/foo\",\"value\":1.0}]"));
  }

  private static final String SCHEMA = "{\"properties\":{\"id\":{\"type\":\"integer\"}},\"required\":[\"id\"]}";

  @Test
  void matchSchema() {
    assertEquals(j("[true,[]]"), call(F, "json.match_schema", j("{\"id\":5}"), j(SCHEMA)));
    assertEquals(j("[true,[]]"), call(F, "json.match_schema", s("{\"id\": 5}"), j(SCHEMA)));
    assertEquals(j("[true,[]]"), call(F, "json.match_schema", j("{\"id\":5}"), s(SCHEMA)));
    assertEquals(j("[false,[{\"desc\":\"Invalid type. Expected: integer, given: string\",\"error\":\"id: Invalid type. Expected: integer, given: string\","
        + "\"field\":\"id\",\"type\":\"invalid_type\"}]]"), call(F, "json.match_schema", j("{\"id\":\"foo\"}"), j(SCHEMA)));
    assertEquals(j("[false,[{\"desc\":\"id is required\",\"error\":\"(root): id is required\",\"field\":\"(root)\",\"type\":\"required\"}]]"),
        call(F, "json.match_schema", j("{}"), j(SCHEMA)));
    builtinError("has a primitive type that is NOT VALID -- given: /unknown/ Expected valid values are:[array boolean integer number null object string]",
        F, "json.match_schema", j("{\"id\":\"foo\"}"), j("{\"properties\":{\"id\":{\"type\":\"unknown\"}},\"required\":[\"id\"]}"));
  }

  @Test
  void matchSchemaKeywords() {
    String schema = "{\"type\":\"object\",\"additionalProperties\":false,\"properties\":{"
        + "\"tags\":{\"type\":\"array\",\"items\":{\"type\":\"string\",\"pattern\":\"^[a-z]+$\"},\"minItems\":1},"
        + "\"size\":{\"type\":\"number\",\"minimum\":1,\"maximum\":10},"
        + "\"kind\":{\"enum\":[\"a\",\"b\"]}}}";
    ArrayValue r = (ArrayValue) call(F, "json.match_schema", j("{\"tags\":[\"ok\",\"NO\"],\"size\":11,\"kind\":\"c\",\"x\":1}"), j(schema));
    assertEquals(BooleanValue.FALSE, r.get(0));
    List<String> errors = new ArrayList<>();
    for (Value e : ((ArrayValue) r.get(1)).items()) errors.add(((ObjectValue) e).get("error").toString());
    assertEquals(List.of("\"kind: kind must be one of the following: \\\"a\\\", \\\"b\\\"\"",
        "\"size: Must be less than or equal to 10\"", "\"tags.1: Does not match pattern '^[a-z]+$'\"",
        "\"(root): Additional property x is not allowed\""), errors);
  }

  @Test
  void matchSchemaFormats() {
    String schema = "{\"properties\":{\"at\":{\"format\":\"date-time\"},\"ip\":{\"format\":\"ipv4\"},\"id\":{\"format\":\"uuid\"},"
        + "\"x\":{\"format\":\"no-such-format\"}}}";
    assertEquals(j("[true,[]]"), call(F, "json.match_schema",
        j("{\"at\":\"2026-01-15T12:00:00Z\",\"ip\":\"10.1.2.3\",\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"x\":\"?\"}"), j(schema)));
    ArrayValue r = (ArrayValue) call(F, "json.match_schema", j("{\"at\":\"15/01/2026\",\"ip\":\"::1\",\"id\":\"nope\"}"), j(schema));
    List<String> errors = new ArrayList<>();
    for (Value e : ((ArrayValue) r.get(1)).items()) errors.add(((ObjectValue) e).get("error").toString());
    assertEquals(List.of("\"at: Does not match format 'date-time'\"", "\"id: Does not match format 'uuid'\"",
        "\"ip: Does not match format 'ipv4'\""), errors);
  }

  @Test
  void verifySchema() {
    assertEquals(j("[true,null]"), call(F, "json.verify_schema", s("{\"type\": \"boolean\"}")));
    assertEquals(j("[true,null]"), call(F, "json.verify_schema", j("{\"type\":\"boolean\"}")));
    String why = "jsonschema: has a primitive type that is NOT VALID -- given: /unknown_type/ Expected valid values are:"
        + "[array boolean integer number null object string]";
    assertEquals(arr(BooleanValue.FALSE, s(why)), call(F, "json.verify_schema", s("{\"type\": \"unknown_type\"}")));
    assertEquals(arr(BooleanValue.FALSE, s(why)), call(F, "json.verify_schema", j("{\"type\":\"unknown_type\"}")));
    assertEquals(arr(BooleanValue.FALSE, s("jsonschema: Invalid regex pattern '(('")),
        call(F, "json.verify_schema", j("{\"patternProperties\":{\"((\":{}}}")));
    typeError("operand 1 must be one of {string, object, boolean} but got number", F, "json.verify_schema", n(1));
    typeError("operand 2 must be one of {string, object, boolean} but got array", F, "json.match_schema", n(1), j("[]"));
    assertEquals(j("[true,[]]"), call(F, "json.match_schema", n(7), j("{\"type\":\"integer\"}")));
  }
}
