package eu.rampart.rego.builtins;

import static eu.rampart.rego.builtins.TextBuiltinsTestSupport.assertCall;
import static eu.rampart.rego.builtins.TextBuiltinsTestSupport.builtinError;
import static eu.rampart.rego.builtins.TextBuiltinsTestSupport.call;
import static eu.rampart.rego.builtins.TextBuiltinsTestSupport.typeError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.rampart.rego.value.BooleanValue;
import eu.rampart.rego.value.NullValue;
import eu.rampart.rego.value.Value;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Expected values from OPA's globmatch and globquotemeta conformance cases. */
class GlobBuiltinsTest {
  private static Value match(String pattern, Object delimiters, String value) {
    return call("glob.match", pattern, delimiters == null ? NullValue.NULL : delimiters, value);
  }

  @Test
  void delimiters() {
    assertEquals(BooleanValue.TRUE, match("*.github.com", List.of("."), "api.github.com"));
    assertEquals(BooleanValue.TRUE, match("api.**.com", List.of("."), "api.github.com"));
    assertEquals(BooleanValue.TRUE, match("*:github:com", List.of(":"), "api:github:com"));
    assertEquals(BooleanValue.FALSE, match("*.github.com", List.of("."), "api.not-github.com"));
    assertEquals(BooleanValue.FALSE, match("*.github.com", List.of("."), "api.example.com"));
    assertEquals(BooleanValue.TRUE, match("*", List.of("."), "foo"));
    assertEquals(BooleanValue.TRUE, match("*", List.of(), "foo"));
    assertEquals(BooleanValue.FALSE, match("*", List.of(), "foo.bar"));
    assertEquals(BooleanValue.TRUE, match("*", null, "foo.bar"));
    assertEquals(BooleanValue.TRUE, match("foo*", null, "foo.bar"));
  }

  @Test
  void characterClassesAndWildcards() {
    assertEquals(BooleanValue.TRUE, match("[abc]at", List.of(), "cat"));
    assertEquals(BooleanValue.TRUE, match("[!abc]at", List.of(), "fat"));
    assertEquals(BooleanValue.FALSE, match("[!abc]at", List.of(), "cat"));
    assertEquals(BooleanValue.TRUE, match("[a-c]at", List.of(), "bat"));
    assertEquals(BooleanValue.FALSE, match("[a-c]at", List.of(), "fat"));
    assertEquals(BooleanValue.FALSE, match("[!a-c]at", List.of(), "bat"));
    assertEquals(BooleanValue.TRUE, match("[!a-c]at", List.of(), "fat"));
    assertEquals(BooleanValue.TRUE, match("?at", List.of(), "fat"));
    assertEquals(BooleanValue.FALSE, match("?at", List.of(), "at"));
    assertEquals(BooleanValue.TRUE, match("?at", List.of("f"), "bat"));
    assertEquals(BooleanValue.FALSE, match("?at", List.of("f"), "fat"));
  }

  @Test
  void alternatives() {
    assertEquals(BooleanValue.TRUE, match("{cat,bat,[fr]at}", List.of(), "cat"));
    assertEquals(BooleanValue.TRUE, match("{cat,bat,[fr]at}", List.of(), "fat"));
    assertEquals(BooleanValue.TRUE, match("{cat,bat,[fr]at}", List.of(), "rat"));
    assertEquals(BooleanValue.FALSE, match("{cat,bat,[fr]at}", List.of(), "at"));
    assertEquals(BooleanValue.TRUE, match("eu-{west,central}-*", List.of(), "eu-central-1"));
    assertEquals(BooleanValue.FALSE, match("eu-{west,central}-*", List.of(), "us-east-1"));
  }

  @Test
  void metacharactersAreLiteralWhenEscapedOrQuoted() {
    assertEquals(BooleanValue.TRUE, match("a\\*b", List.of(), "a*b"));
    assertEquals(BooleanValue.FALSE, match("a\\*b", List.of(), "axb"));
    assertEquals(BooleanValue.TRUE, match("a+(b)|c^$", List.of(), "a+(b)|c^$"));
    assertCall("\"\\\\*.github.com\"", "glob.quote_meta", "*.github.com");
    assertCall("\"\\\\[a\\\\]\\\\{b\\\\}\\\\?\"", "glob.quote_meta", "[a]{b}?");
  }

  @Test
  void directMatcherAgreesWithTheRegexForm() {
    String[] globs = {"*", "**", "?", "a*b", "a**b", "*.github.com", "api.**.com", "[a-c]?t", "[!a-c]*", "a\\*b",
        "*-*-[0-9]", "eu-*", "*.*", "x?y*z", "[.]*", "**.x"};
    String[] inputs = {"", "a", "ab", "a.b", "axb", "a.x.b", "api.github.com", "api.x.y.com", "cat", "bat", "fat",
        "a*b", "eu-west-1", "eu.west", "x.yz", "xqyabz", ".x", "a.x"};
    int[][] delimiterSets = {{}, {'.'}, {'.', '-'}};
    for (int[] d : delimiterSets) {
      for (String g : globs) {
        GlobTokens direct = GlobTokens.of(g, d);
        com.google.re2j.Pattern re = GlobPattern.compile(g, d);
        for (String in : inputs) {
          assertEquals(re.matches(in), direct.matches(in), g + " on " + in + " with " + java.util.Arrays.toString(d));
        }
      }
    }
  }

  @Test
  void errors() {
    assertTrue(builtinError("glob.match", "[abc", List.of(), "a").contains("unclosed '['"));
    assertTrue(builtinError("glob.match", "{a,b", List.of(), "a").contains("unclosed '{'"));
    assertEquals("operand 2 must be one of {array, null} but got string", typeError("glob.match", "*", ".", "a"));
    assertEquals("operand 2 must be array of strings but got array containing number", typeError("glob.match", "*", List.of(1L), "a"));
  }
}
