package eu.rampart.rego.builtins;

import static eu.rampart.rego.builtins.TextBuiltinsTestSupport.assertCall;
import static eu.rampart.rego.builtins.TextBuiltinsTestSupport.builtinError;
import static eu.rampart.rego.builtins.TextBuiltinsTestSupport.call;
import static eu.rampart.rego.builtins.TextBuiltinsTestSupport.json;
import static eu.rampart.rego.builtins.TextBuiltinsTestSupport.typeError;
import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.rampart.rego.value.BooleanValue;
import eu.rampart.rego.value.SetValue;
import eu.rampart.rego.value.StringValue;
import eu.rampart.rego.value.Value;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Expected values are those of OPA's conformance cases (strings, trim*, replacen directories). */
class StringBuiltinsTest {
  private static Value set(String... items) {
    Value[] v = new Value[items.length];
    for (int i = 0; i < items.length; i++) v[i] = StringValue.of(items[i]);
    return SetValue.of(v);
  }

  @Test
  void anyPrefixAndSuffixMatch() {
    List<String> strs = List.of("a/b/c", "a/b/d", "e/f/g");
    assertEquals(BooleanValue.TRUE, call("strings.any_prefix_match", strs, List.of("a/", "d/")));
    assertEquals(BooleanValue.FALSE, call("strings.any_prefix_match", strs, List.of("f/", "d/")));
    assertEquals(BooleanValue.TRUE, call("strings.any_prefix_match", strs, List.of("d/", "e/f/g")));
    assertEquals(BooleanValue.FALSE, call("strings.any_prefix_match", List.of(), List.of()));
    assertEquals(BooleanValue.TRUE, call("strings.any_prefix_match", strs, "a/"));
    assertEquals(BooleanValue.TRUE, call("strings.any_prefix_match", "a/b/c", List.of("a/", "d/")));
    assertEquals(BooleanValue.TRUE, call("strings.any_prefix_match", set("a/b/c", "a/b/d", "e/f/g"), set("a/", "d/")));
    assertEquals(BooleanValue.FALSE, call("strings.any_prefix_match", List.of("aa/bb/cc"), List.of("a/b", "e/f")));
    assertEquals(BooleanValue.TRUE, call("strings.any_suffix_match", strs, List.of("/c", "/a")));
    assertEquals(BooleanValue.FALSE, call("strings.any_suffix_match", List.of("aa/bb/cc", "aa/bb/dd", "ee/ff/gg"), List.of("b/c", "f/g")));
    assertEquals(BooleanValue.TRUE, call("strings.any_suffix_match", set("a/b/c"), set("/c", "/a")));
    assertEquals(BooleanValue.FALSE, call("strings.any_suffix_match", "a/b/g", List.of("/c", "/a")));
  }

  @Test
  void anyMatchTypeErrorsUseOpaWording() {
    assertEquals("operand 1 must be array of strings but got array containing number",
        typeError("strings.any_prefix_match", List.of(1L, 2L, 3L), List.of("f/", "d/")));
    assertEquals("operand 1 must be one of {string, set, array} but got number",
        typeError("strings.any_prefix_match", 1L, List.of("f/")));
    assertEquals("operand 2 must be array of strings but got array containing number",
        typeError("strings.any_suffix_match", List.of("a"), List.of(1L, 2L)));
    assertEquals("operand 2 must be one of {string, set, array} but got number",
        typeError("strings.any_suffix_match", List.of("a"), 1L));
  }

  @Test
  void formatInt() {
    assertCall("\"f\"", "format_int", json("15.5"), 16L);
    assertCall("\"3\"", "format_int", json("3.1"), 10L);
    assertCall("\"-1010\"", "format_int", -10L, 2L);
    assertCall("\"17\"", "format_int", 15L, 8L);
    assertEquals("operand 2 must be one of {2, 8, 10, 16}", typeError("format_int", json("4.1"), 199L));
  }

  @Test
  void concat() {
    assertCall("\"/foo/bar/0/baz\"", "concat", "/", List.of("", "foo", "bar", "0", "baz"));
    Value joined = call("concat", ",", set("1", "2", "3"));
    assertEquals(5, ((StringValue) joined).value().length());
    assertEquals("operand 2 must be array of strings but got array containing number", typeError("concat", ",", List.of("a", 1L)));
    assertEquals("operand 2 must be one of {array, set} but got string", typeError("concat", ",", "ab"));
  }

  @Test
  void indexOfCountsRunes() {
    assertCall("2", "indexof", "abcdefgh", "cde");
    assertCall("8", "indexof", "abcabcabcdefgh", "cde");
    assertCall("-1", "indexof", "abcdefgh", "xyz");
    assertCall("1", "indexof", "μx", "x");
    assertCall("-1", "indexof", "μ", "μμ");
    assertCall("9", "indexof", "skön var våren", "vår");
    assertCall("4", "indexof", "🍧🍨🧁🍰🍮", "🍮");
    assertCall("0", "indexof", "🍧🍨🧁🍰🍮", "🍧🍨🧁🍰🍮");
    assertEquals("empty search character", builtinError("indexof", "abc", ""));
  }

  @Test
  void indexOfN() {
    assertCall("[3]", "indexof_n", "dogcat", "cat");
    assertCall("[3, 9]", "indexof_n", "dogcatdogcat", "cat");
    assertCall("[]", "indexof_n", "dogcat", "rabbit");
    assertCall("[1, 3, 5]", "indexof_n", "😇😀😇😀😇😀", "😀");
    assertCall("[]", "indexof_n", "😇😀😇😀😇😀", "😂");
    assertCall("[0, 1, 2]", "indexof_n", "aaaa", "aa");
    assertEquals("empty search character", builtinError("indexof_n", "abc", ""));
  }

  @Test
  void substringWorksOnRunes() {
    assertCall("\"cde\"", "substring", "abcdefgh", 2L, 3L);
    assertCall("\"åä\"", "substring", "åäö", 0L, 2L);
    assertCall("\"cdefgh\"", "substring", "abcdefgh", 2L, -1L);
    assertCall("\"äö\"", "substring", "aåäö", 2L, -1L);
    assertCall("\"cdefgh\"", "substring", "abcdefgh", 2L, 10000L);
    assertCall("\"cdefghåäö\"", "substring", "abcdefghåäö", 2L, 10000L);
    assertCall("\"\"", "substring", "aaa", 3L, -1L);
    assertCall("\"\"", "substring", "åäö", 4L, -1L);
    assertEquals("negative offset", builtinError("substring", "aaa", -1L, -1L));
    assertEquals("negative offset", builtinError("substring", "åäö", -1L, -1L));
    assertEquals("operand 2 must be integer number but got floating-point number", typeError("substring", "aaa", json("1.5"), 1L));
  }

  @Test
  void containsStartsEnds() {
    assertEquals(BooleanValue.TRUE, call("contains", "abcdefgh", "defg"));
    assertEquals(BooleanValue.FALSE, call("contains", "abcdefgh", "ac"));
    assertEquals(BooleanValue.TRUE, call("startswith", "abcdefgh", "abcd"));
    assertEquals(BooleanValue.FALSE, call("startswith", "abcdefgh", "bcd"));
    assertEquals(BooleanValue.TRUE, call("endswith", "abcdefgh", "fgh"));
    assertEquals(BooleanValue.FALSE, call("endswith", "abcdefgh", "fg"));
    assertEquals("operand 1 must be string but got number", typeError("contains", 1L, "a"));
  }

  @Test
  void caseMappingIsPerRune() {
    assertCall("\"abcdef\"", "lower", "AbCdEf");
    assertCall("\"ABCDEF\"", "upper", "AbCdEf");
    assertCall("\"ÅÄÖ ß\"", "upper", "åäö ß");
  }

  @Test
  void split() {
    assertCall("[\"\"]", "split", "", ".");
    assertCall("[\"t\", \"e\", \"s\", \"t\"]", "split", "test", "");
    assertCall("[]", "split", "", "");
    assertCall("[\"foo\", \"bar\", \"baz\"]", "split", "foo.bar.baz", ".");
    assertCall("[\"a\", \"\", \"b\", \"\"]", "split", "a..b.", ".");
  }

  @Test
  void replace() {
    assertCall("\"\"", "replace", "", "hi", "bye");
    assertCall("\"foo,bar\"", "replace", "foo.bar", ".", ",");
    assertCall("\"foo,bar,baz\"", "replace", "foo.bar.baz", ".", ",");
    assertCall("\"foo,,.bar\"", "replace", "foo...bar", "..", ",,");
    assertCall("\"-a-b-\"", "replace", "ab", "", "-");
  }

  @Test
  void trimFamily() {
    assertCall("\"\"", "trim", "", ".");
    assertCall("\"foo.bar\"", "trim", "...foo.bar...", ".");
    assertCall("\"oo.ba\"", "trim", "...foo.bar...", ".fr");
    assertCall("\"foo.bar\"", "trim", "...foo.bar...", ".o");
    assertCall("\"foo, bar\"", "trim", "¡¡¡foo, bar!!!", "!¡");
    assertCall("\"¡¡¡foo, bar!!!\"", "trim", "¡¡¡foo, bar!!!", "i");
    assertCall("\"foo, bar!!!\"", "trim_left", "¡¡¡foo, bar!!!", "!¡");
    assertCall("\"!!!foo, bar¡¡¡\"", "trim_left", "!!!foo, bar¡¡¡", "¡");
    assertCall("\"¡¡¡foo, bar\"", "trim_right", "¡¡¡foo, bar!!!", "!¡");
    assertCall("\"!!!foo, bar¡¡¡\"", "trim_right", "!!!foo, bar¡¡¡", "!");
    assertCall("\", bar!!!\"", "trim_prefix", "¡¡¡foo, bar!!!", "¡¡¡foo");
    assertCall("\"¡¡¡foo, bar!!!\"", "trim_prefix", "¡¡¡foo, bar!!!", "¡¡¡bar");
    assertCall("\"¡¡¡foo\"", "trim_suffix", "¡¡¡foo, bar!!!", ", bar!!!");
    assertCall("\"¡¡¡foo, bar!!!\"", "trim_suffix", "¡¡¡foo, bar!!!", ", foo!!!");
    assertCall("\"foo, bar\"", "trim_space", " \t\n foo, bar \n\t\r\n");
    assertCall("\"foo, bar\"", "trim_space", "foo, bar");
    assertCall("\"x\"", "trim_space", "\u00a0\u2003x\u3000");
  }

  @Test
  void reverseWorksOnRunes() {
    assertCall("\"rab\"", "strings.reverse", "bar");
    assertCall("\"⃣️2\"", "strings.reverse", "2️⃣");
    assertCall("\"𝛾😀1\"", "strings.reverse", "1😀𝛾");
    assertCall("\"\"", "strings.reverse", "");
    assertEquals("operand 1 must be string but got number", typeError("strings.reverse", 123L));
    assertEquals("operand 1 must be string but got object", typeError("strings.reverse", Map.of("bar", "baz")));
  }

  @Test
  void replaceN() {
    assertCall("\"This is &lt;b&gt;HTML&lt;/b&gt;!\"", "strings.replace_n", Map.of("<", "&lt;", ">", "&gt;"), "This is <b>HTML</b>!");
    assertCall("\"xoobar\"", "strings.replace_n", Map.of("f", "x", "foo", "xxx"), "foobar");
    assertCall("\"xoo\"", "strings.replace_n", Map.of("foo", "xxx", "f", "x"), "foo");
    assertCall("\"Everything is new1, new2\"", "strings.replace_n", Map.of("old1", "new1", "old2", "new2"), "Everything is new1, new2");
    assertEquals("operand 1 non-string key found in pattern object", typeError("strings.replace_n", Map.of(2L, "x"), "foo"));
    assertEquals("operand 1 non-string value found in pattern object", typeError("strings.replace_n", Map.of("f", 100L), "foo"));
    assertEquals("operand 2 must be string but got number", typeError("strings.replace_n", Map.of("foo", "baz"), 100L));
  }

  @Test
  void count() {
    assertCall("3", "strings.count", "cheese", "e");
    assertCall("3", "strings.count", "hello hello hello world", "hello");
    assertCall("0", "strings.count", "dummy", "x");
    assertCall("6", "strings.count", "dummy", "");
    assertCall("1", "strings.count", "", "");
    assertCall("0", "strings.count", "", "x");
    assertCall("2", "strings.count", "11111", "11");
    assertCall("1", "strings.count", "11111", "11111");
  }

  @Test
  void sprintfCases() {
    assertCall("\"hi there\"", "sprintf", "hi %s", List.of("there"));
    assertCall("\"hi 05\"", "sprintf", "hi %02d", List.of(5L));
    assertCall("\"hi 7F.01\"", "sprintf", "hi %02X.%02X", List.of(127L, 1L));
    assertCall("\"hi 3.14\"", "sprintf", "hi %.2f", List.of(json("3.1415")));
    assertCall("\"hi 2e308\"", "sprintf", "hi %v", List.of(json("2e308")));
    assertCall("\"hi true\"", "sprintf", "hi %s", List.of(true));
    assertCall("\"hi [\\\"there\\\", 5, 3.14]\"", "sprintf", "hi %v", List.of(json("[\"there\", 5, 3.14]")));
    assertCall("\"123456789123456789123\"", "sprintf", "%s", List.of(json("123456789123456789123")));
    assertCall("\"1208925819614629174706175\"", "sprintf", "%s", List.of(json("1208925819614629174706175")));
    assertCall("\"a/1\"", "sprintf", "%s/%d", List.of("a", 1L));
    assertEquals("operand 2 must be array but got string", typeError("sprintf", "%s", "x"));
  }
}
