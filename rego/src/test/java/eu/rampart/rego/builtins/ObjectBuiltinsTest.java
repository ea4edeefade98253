package eu.rampart.rego.builtins;

import static eu.rampart.rego.builtins.DataBuiltinsTestKit.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.rampart.rego.value.BooleanValue;
import eu.rampart.rego.value.ObjectValue;
import eu.rampart.rego.value.Value;
import org.junit.jupiter.api.Test;

/** Values from conformance/opa-v1 objectget, objectkeys, objectremove*, objectfilter*, objectunion*, subset. */
class ObjectBuiltinsTest {
  private static final ObjectBuiltins F = new ObjectBuiltins();

  private static Value get(Value obj, Value key, Value dflt) { return call(F, "object.get", obj, key, dflt); }

  private static ObjectValue obj(Value k, Value v) { return ObjectValue.builder().put(k, v).build(); }

  @Test
  void getByKeyAndDefault() {
    assertEquals(s("b"), get(j("{\"a\":\"b\"}"), s("a"), s("c")));
    assertEquals(s("c"), get(j("{\"a\":\"b\"}"), s("c"), s("c")));
    assertEquals(n(2), get(obj(n(1), n(2)), n(1), n(3)));
    assertEquals(n(3), get(obj(n(1), n(2)), n(2), n(3)));
    assertEquals(j("{\"b\":\"c\"}"), get(j("{\"a\":{\"b\":\"c\"}}"), s("a"), BooleanValue.TRUE));
    assertEquals(BooleanValue.TRUE, get(j("{\"a\":{\"b\":\"c\"}}"), s("b"), BooleanValue.TRUE));
  }

  @Test
  void getByPath() {
    assertEquals(j("{\"a\":1}"), get(j("{\"a\":1}"), j("[]"), n(2)));
    assertEquals(n(1), get(j("{\"a\":{\"b\":{\"c\":1}}}"), j("[\"a\",\"b\",\"c\"]"), n(2)));
    assertEquals(n(2), get(j("{\"a\":{\"b\":{\"c\":1}}}"), j("[\"a\",\"b\",\"a\"]"), n(2)));
    assertEquals(n(2), get(j("{\"a\":{\"b\":1}}"), j("[\"b\",\"a\"]"), n(2)));
    assertEquals(n(2), get(j("{\"a\":{\"b\":[1,2,3]}}"), j("[\"a\",\"b\",\"a\"]"), n(2)));
    assertEquals(n(1), get(j("{\"a\":{\"b\":[{\"c\":1}]}}"), j("[\"a\",\"b\",0,\"c\"]"), n(2)));
    Value nonString = obj(n(1), obj(s("b"), obj(j("[1,2,3]"), n(1))));
    assertEquals(n(1), get(nonString, j("[1,\"b\",[1,2,3]]"), n(2)));
    typeError("operand 1 must be object but got string", F, "object.get", s("object"), j("[\"a\"]"), n(2));
  }

  @Test
  void keys() {
    assertEquals(strings("a", "b"), call(F, "object.keys", j("{\"a\":1,\"b\":2}")));
    assertEquals(set(j("{\"a\":1}"), j("{\"b\":2}")),
        call(F, "object.keys", ObjectValue.builder().put(j("{\"a\":1}"), n(1)).put(j("{\"b\":2}"), n(2)).build()));
    assertEquals(set(), call(F, "object.keys", j("{}")));
    typeError("operand 1 must be object but got string", F, "object.keys", s("object"));
  }

  @Test
  void remove() {
    Value doc = j("{\"a\":1,\"b\":{\"c\":3},\"d\":4}");
    assertEquals(j("{\"a\":1}"), call(F, "object.remove", doc, strings("b", "d")));
    assertEquals(j("{\"a\":1}"), call(F, "object.remove", doc, j("[\"d\",\"b\"]")));
    assertEquals(j("{\"a\":1}"), call(F, "object.remove", doc, j("{\"b\":1,\"d\":\"\"}")));
    assertEquals(j("{\"x\":123}"), call(F, "object.remove", j("{\"a\":{\"b\":{\"c\":2}},\"x\":123}"), j("{\"a\":{\"b\":{\"foo\":\"bar\"}}}")));
    assertEquals(j("{}"), call(F, "object.remove", j("{}"), strings("a", "b")));
    assertEquals(j("{\"a\":1,\"b\":{\"c\":3}}"), call(F, "object.remove", j("{\"a\":1,\"b\":{\"c\":3}}"), set()));
    typeError("operand 1 must be object but got array", F, "object.remove", j("[1]"), strings("a"));
    typeError("operand 1 must be object but got null", F, "object.remove", j("null"), strings("a"));
    typeError("operand 2 must be one of {object, set, array} but got string", F, "object.remove", j("{}"), s("a"));
    typeError("operand 2 must be one of {object, set, array} but got null", F, "object.remove", j("{}"), j("null"));
  }

  @Test
  void filter() {
    Value doc = j("{\"a\":1,\"b\":{\"c\":3},\"d\":4}");
    assertEquals(j("{\"b\":{\"c\":3},\"d\":4}"), call(F, "object.filter", doc, strings("b", "d")));
    assertEquals(j("{\"b\":{\"c\":3},\"d\":4}"), call(F, "object.filter", doc, j("[\"d\",\"b\"]")));
    assertEquals(j("{\"b\":{\"c\":3},\"d\":4}"), call(F, "object.filter", doc, j("{\"b\":1,\"d\":\"\"}")));
    Value key = j("[[7]]");
    Value mixed = ObjectValue.builder().put("a", n(1)).put(key, n(2)).build();
    assertEquals(obj(key, n(2)), call(F, "object.filter", mixed, set(key)));
    typeError("operand 1 must be object but got boolean", F, "object.filter", BooleanValue.TRUE, strings("a"));
    typeError("operand 2 must be one of {object, set, array} but got number", F, "object.filter", j("{}"), n(1));
  }

  @Test
  void union() {
    assertEquals(j("{}"), call(F, "object.union", j("{}"), j("{}")));
    assertEquals(j("{\"a\":1,\"b\":2}"), call(F, "object.union", j("{\"a\":1}"), j("{\"b\":2}")));
    assertEquals(j("{\"a\":2}"), call(F, "object.union", j("{\"a\":1}"), j("{\"a\":2}")));
    assertEquals(j("{\"a\":{\"b\":{\"c\":1}},\"d\":7}"),
        call(F, "object.union", j("{\"a\":1}"), j("{\"a\":{\"b\":{\"c\":1}},\"d\":7}")));
    assertEquals(j("{\"a\":{\"b\":\"foo\",\"b1\":\"bar\"},\"d\":7,\"e\":17}"),
        call(F, "object.union", j("{\"a\":{\"b\":{\"c\":1}},\"e\":1}"), j("{\"a\":{\"b\":\"foo\",\"b1\":\"bar\"},\"d\":7,\"e\":17}")));
    typeError("operand 1 must be object but got array", F, "object.union", j("[1,2,3]"), j("{\"b\":2}"));
    typeError("operand 2 must be object but got array", F, "object.union", j("{\"a\":1}"), j("[1,2,3]"));
  }

  @Test
  void unionN() {
    assertEquals(j("{}"), call(F, "object.union_n", j("[{}]")));
    assertEquals(j("{\"foo\":\"baz\"}"), call(F, "object.union_n", j("[{\"foo\":\"bar\"},{\"foo\":\"baz\"}]")));
    assertEquals(j("{\"a\":\"final A!\",\"b\":2,\"c\":3,\"d\":4,\"e\":5,\"foo\":\"baz\"}"),
        call(F, "object.union_n", j("[{\"a\":1,\"b\":2,\"c\":3},{\"foo\":\"baz\",\"a\":\"a\",\"b\":2,\"d\":4},{\"a\":\"final A!\",\"e\":5.0}]")));
    typeError("operand 1 must be array of objects but got array containing string", F, "object.union_n",
        j("[{\"foo\":1},{\"bar\":2},\"baz\"]"));
  }

  private static boolean subset(Value sup, Value sub) {
    return ((BooleanValue) call(F, "object.subset", sup, sub)).value();
  }

  @Test
  void subsetOfObjectsSetsAndArrays() {
    Value a = j("{\"a\":5,\"b\":7,\"c\":15,\"nested\":{\"x\":10,\"y\":15,\"z\":20,\"set1\":[],\"arr1\":[6,7,8,9]}}");
    Value nestedA = ObjectValue.builder().put("a", n(5)).put("b", n(7)).put("c", n(15)).put("nested",
        ObjectValue.builder().put("x", n(10)).put("y", n(15)).put("z", n(20)).put("set1", set(n(1), n(2), n(3), n(4)))
            .put("arr1", j("[6,7,8,9]")).build()).build();
    Value nestedB = ObjectValue.builder().put("a", n(5)).put("nested",
        ObjectValue.builder().put("x", n(10)).put("y", n(15)).put("set1", set(n(4), n(1))).put("arr1", j("[6,7]")).build()).build();
    assertEquals(true, subset(nestedA, nestedB));
    assertEquals(false, subset(nestedB, nestedA));
    assertEquals(false, subset(a, j("{\"a\":5,\"b\":10}")));
    assertEquals(true, subset(set(n(1), n(2), n(3), strings("a", "b", "c")), set(n(3), n(2), strings("a", "b", "c"))));
    assertEquals(false, subset(set(n(1), n(2), n(3), strings("a", "b", "c")), set(n(3), n(2), strings("a", "b"))));
    Value arr = j("[1,2,3,4,5,6]");
    assertEquals(true, subset(arr, j("[3,4,5]")));
    assertEquals(true, subset(arr, j("[1,2,3,4,5,6]")));
    assertEquals(false, subset(arr, j("[4,5,6,8]")));
    assertEquals(false, subset(j("[3,4,5]"), arr));
    assertEquals(true, subset(arr, set(n(4), n(3), n(2))));
    assertEquals(false, subset(arr, set(n(9), n(8), n(7))));
    builtinError("both arguments object.subset must be of the same type or array and set", F, "object.subset",
        set(n(4)), arr);
  }
}
