package eu.rampart.rego.builtins;

import static eu.rampart.rego.builtins.TextBuiltinsTestSupport.assertCall;
import static eu.rampart.rego.builtins.TextBuiltinsTestSupport.builtinError;
import static eu.rampart.rego.builtins.TextBuiltinsTestSupport.call;
import static eu.rampart.rego.builtins.TextBuiltinsTestSupport.json;
import static eu.rampart.rego.builtins.TextBuiltinsTestSupport.typeError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.rampart.rego.value.ArrayValue;
import eu.rampart.rego.value.BooleanValue;
import eu.rampart.rego.value.ObjectValue;
import eu.rampart.rego.value.SetValue;
import eu.rampart.rego.value.StringValue;
import eu.rampart.rego.value.Value;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Expected values from OPA's base64*, hexbuiltins, urlbuiltins and jsonbuiltins conformance cases. */
class EncodingBuiltinsTest {
  @Test
  void base64() {
    assertCall("\"aGVsbG8=\"", "base64.encode", "hello");
    assertCall("\"dGhlcmU=\"", "base64.encode", "there");
    assertCall("\"hello\"", "base64.decode", "aGVsbG8=");
    assertCall("\"there\"", "base64.decode", "dGhlcmU=");
    assertCall("\"c3ViamVjdHM/X2Q=\"", "base64.encode", "subjects?_d");
    assertCall("\"subjects?_d\"", "base64.decode", "c3ViamVjdHM/X2Q=");
    assertEquals(BooleanValue.TRUE, call("base64.is_valid", "aGVsbG8="));
    assertEquals(BooleanValue.FALSE, call("base64.is_valid", "{'not':'base64'}"));
    // Go's strict padding and its error offsets.
    assertEquals("illegal base64 data at input byte 0", builtinError("base64.decode", "{'not':'base64'}"));
    assertEquals("illegal base64 data at input byte 4", builtinError("base64.decode", "aGVsbG8"));
    assertEquals("illegal base64 data at input byte 8", builtinError("base64.decode", "aGVsbG8=x"));
    assertCall("\"hello\"", "base64.decode", "aGVs\nbG8=");
  }

  @Test
  void base64url() {
    assertCall("\"aGVsbG8=\"", "base64url.encode", "hello");
    assertCall("\"dGhlcmU=\"", "base64url.encode", "there");
    assertCall("\"hello\"", "base64url.decode", "aGVsbG8=");
    assertCall("\"hello\"", "base64url.decode", "aGVsbG8");
    assertCall("\"aGVsbG8\"", "base64url.encode_no_pad", "hello");
    assertCall("\"dGhlcmU\"", "base64url.encode_no_pad", "there");
    assertCall("\"\\u00ff\\u00fe\"", "base64url.decode", "w7_Dvg");
    assertEquals("illegal base64url string: abcde", builtinError("base64url.decode", "abcde"));
  }

  @Test
  void hex() {
    assertCall("\"6c6f72656d20697073756d\"", "hex.encode", "lorem ipsum");
    assertCall("\"lorem ipsum\"", "hex.decode", "6c6f72656d20697073756d");
    assertEquals("encoding/hex: invalid byte: U+0067 'g'", builtinError("hex.decode", "fghijkl"));
    assertEquals("encoding/hex: odd length hex string", builtinError("hex.decode", "abc"));
  }

  @Test
  void urlquery() {
    assertCall("\"a%3Db%2B1\"", "urlquery.encode", "a=b+1");
    assertCall("\"\"", "urlquery.encode", "");
    assertCall("\"a+b%C3%A5~\"", "urlquery.encode", "a bå~");
    assertCall("\"a=b+1\"", "urlquery.decode", "a%3Db%2B1");
    assertCall("\"a b\"", "urlquery.decode", "a+b");
    assertEquals("invalid URL escape \"%zz\"", builtinError("urlquery.decode", "a%zz"));
    assertCall("\"\"", "urlquery.encode_object", json("{}"));
    assertCall("\"a=c%3Db%2B1\"", "urlquery.encode_object", json("{\"a\": \"c=b+1\"}"));
    assertCall("\"a=b%2B1&a=c%2B2\"", "urlquery.encode_object", json("{\"a\": [\"b+1\", \"c+2\"]}"));
    assertCall("\"a=b%2B1\"", "urlquery.encode_object", Map.of("a", SetValue.of(StringValue.of("b+1"))));
    assertCall("\"a=1&b=2\"", "urlquery.encode_object", json("{\"b\": \"2\", \"a\": \"1\"}"));
    assertEquals("encode_object: value must be a string, an array of strings or a set of strings",
        builtinError("urlquery.encode_object", json("{\"a\": [1]}")));
    assertCall("\"1=x\"", "urlquery.encode_object", Map.of(1L, "x"));
    assertCall("{\"a\": [\"value_a1\", \"value_a2\"], \"b\": [\"value_b\"]}", "urlquery.decode_object", "a=value_a1&b=value_b&a=value_a2");
    assertCall("{\"a\": [\"value_a1\"], \"b\": [\"\"]}", "urlquery.decode_object", "a=value_a1&b");
    assertCall("{}", "urlquery.decode_object", "");
  }

  @Test
  void jsonMarshal() {
    Value withSet = ArrayValue.of(ObjectValue.builder().put("foo", SetValue.of(json("3"), json("1"), json("2"))).build());
    assertCall("\"[{\\\"foo\\\":[1,2,3]}]\"", "json.marshal", withSet);
    assertCall("\"[1234567890,2000000,1000000000]\"", "json.marshal", json("[1234567890, 2000000, 1000000000]"));
    // Go escapes HTML-significant characters and sorts keys by UTF-8 bytes.
    assertCall("\"{\\\"a\\\":\\\"\\\\u003cb\\\\u003e \\\\u0026\\\",\\\"b\\\":null}\"", "json.marshal", json("{\"b\": null, \"a\": \"<b> &\"}"));
  }

  @Test
  void jsonMarshalWithOptions() {
    Value v = json("[1234567890, 2000000, 1000000000]");
    assertCall("\"[\\n  1234567890,\\n  2000000,\\n  1000000000\\n]\"", "json.marshal_with_options", v, json("{\"indent\": \"  \"}"));
    assertCall("\"[1234567890,2000000,1000000000]\"", "json.marshal_with_options", v, json("{}"));
    assertCall("\"[\\n\\t1234567890,\\n\\t2000000,\\n\\t1000000000\\n]\"", "json.marshal_with_options", v, json("{\"pretty\": true}"));
    assertCall("\"[1234567890,2000000,1000000000]\"", "json.marshal_with_options", v,
        json("{\"pretty\": false, \"prefix\": \"NO!\", \"indent\": \"BAD!\"}"));
    assertCall("\"JSON => [\\nJSON => \\t1234567890,\\nJSON => \\t2000000,\\nJSON => \\t1000000000\\nJSON => ]\"",
        "json.marshal_with_options", v, json("{\"prefix\": \"JSON => \"}"));
    assertCall("\"JSON => {\\nJSON => \\t\\\"bar\\\": \\\"baz\\\",\\nJSON => \\t\\\"foo\\\": \\\"bar\\\"\\nJSON => }\"",
        "json.marshal_with_options", json("{\"foo\": \"bar\", \"bar\": \"baz\"}"), json("{\"prefix\": \"JSON => \"}"));
    assertCall("\"---[]\"", "json.marshal_with_options", json("[]"), json("{\"indent\": \"    \", \"prefix\": \"---\"}"));
    assertCall("\"[\\n    [\\n        [\\n            [\\n                [\\n                    [\\n                        []\\n"
        + "                    ]\\n                ]\\n            ]\\n        ]\\n    ]\\n]\"",
        "json.marshal_with_options", json("[[[[[[[]]]]]]]"), json("{\"indent\": \"    \"}"));
    assertTrue(typeError("json.marshal_with_options", json("[]"), json("{\"indent\": \"    \", \"include_winning_lottery_numbers\": true}"))
        .contains("object contained unknown key \"include_winning_lottery_numbers\""));
  }

  @Test
  void jsonUnmarshalAndIsValid() {
    assertCall("[{\"foo\": [1, 2, 3]}]", "json.unmarshal", "[{\"foo\":[1,2,3]}]");
    assertEquals("operand 1 must be string but got number", typeError("json.unmarshal", 1L));
    assertEquals("unexpected end of JSON input", builtinError("json.unmarshal", "{\"a\": "));
    assertEquals("unexpected end of JSON input", builtinError("json.unmarshal", ""));
    assertEquals("invalid character 'p' looking for beginning of value", builtinError("json.unmarshal", "plainstring"));
    assertEquals("invalid character '}' looking for beginning of value", builtinError("json.unmarshal", "[}"));
    assertEquals("invalid character 'x' after top-level value", builtinError("json.unmarshal", "{} x"));
    assertEquals("invalid character '2' after top-level value", builtinError("json.unmarshal", "1 2"));
    assertEquals(BooleanValue.FALSE, call("json.is_valid", "plainstring"));
    assertEquals(BooleanValue.FALSE, call("json.is_valid", "{"));
    assertEquals(BooleanValue.TRUE, call("json.is_valid", "{\"json\": \"ok\"}"));
    assertEquals(BooleanValue.FALSE, call("json.is_valid", 1L));
    assertEquals(BooleanValue.FALSE, call("json.is_valid", "{} {}"));
  }

  @Test
  void yaml() {
    Value v = ArrayValue.of(ObjectValue.builder().put("foo", SetValue.of(json("1"), json("2"), json("3"))).build());
    Value text = call("yaml.marshal", v);
    assertEquals("- foo:\n  - 1\n  - 2\n  - 3\n", ((StringValue) text).value());
    assertCall("[{\"foo\": [1, 2, 3]}]", "yaml.unmarshal", text);
    assertTrue(builtinError("yaml.unmarshal", "[1,2,3").startsWith("yaml: line 1: did not find"));
    assertEquals(BooleanValue.TRUE, call("yaml.is_valid", "foo:\n  - qux: bar\n  - baz: 2"));
    assertEquals(BooleanValue.FALSE, call("yaml.is_valid", "foo:\n  - qux: bar\n  - baz: {"));
    assertEquals(BooleanValue.TRUE, call("yaml.is_valid", "{\"json\": \"ok\"}"));
    assertEquals(BooleanValue.FALSE, call("yaml.is_valid", 1L));
    // Timestamps stay strings and non-string keys become strings, as with Go's sigs.k8s.io/yaml.
    assertCall("{\"at\": \"2024-01-02\", \"1\": true}", "yaml.unmarshal", "at: 2024-01-02\n1: yes\n");
    assertCall("{\"s\": \"1.0\"}", "yaml.unmarshal", call("yaml.marshal", json("{\"s\": \"1.0\"}")));
    assertCall("{\"a\": 1}", "yaml.unmarshal", "a: 1\n---\nb: 2\n");
    assertCall("null", "yaml.unmarshal", "");
  }

  @Test
  void yamlRejectsAliasBombs() {
    StringBuilder sb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
    char prev = 'a';
    for (char c = 'b'; c <= 'l'; c++) {
      sb.append(c).append(": &").append(c).append(" [");
      for (int i = 0; i < 10; i++) sb.append(i > 0 ? ", " : "").append('*').append(prev);
      sb.append("]\n");
      prev = c;
    }
    assertTrue(builtinError("yaml.unmarshal", sb.toString()).startsWith("yaml: "));
  }
}
