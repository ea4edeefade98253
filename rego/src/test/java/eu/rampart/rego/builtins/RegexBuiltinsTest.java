package eu.rampart.rego.builtins;

import static eu.rampart.rego.builtins.TextBuiltinsTestSupport.assertCall;
import static eu.rampart.rego.builtins.TextBuiltinsTestSupport.builtinError;
import static eu.rampart.rego.builtins.TextBuiltinsTestSupport.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.rampart.rego.value.BooleanValue;
import org.junit.jupiter.api.Test;

/** Expected values from OPA's regex* and globsmatch conformance cases, plus Go regexp loop semantics. */
class RegexBuiltinsTest {
  @Test
  void match() {
    assertEquals(BooleanValue.TRUE, call("regex.match", "^[a-z]+\\[[0-9]+\\]$", "foo[1]"));
    assertEquals(BooleanValue.TRUE, call("regex.match", "^$", ""));
    assertEquals(BooleanValue.TRUE, call("regex.match", "", ""));
    assertEquals(BooleanValue.TRUE, call("regex.match", "", "x"));
    assertEquals(BooleanValue.FALSE, call("regex.match", "^$", "something"));
    assertEquals(BooleanValue.TRUE, call("re_match", "b+", "abbc"));
    assertTrue(builtinError("regex.match", "$^[[[", "something").startsWith("error parsing regexp: missing closing ]"));
  }

  @Test
  void compiledPatternsAreCached() {
    assertSame(RegexBuiltins.compile("^a+b$"), RegexBuiltins.compile("^a+b$"));
  }

  @Test
  void literalFastPathAgreesWithRe2() {
    String[] patterns = {"", "^", "$", "^$", "eu-", "^eu-", "-prod$", "^arn:aws$", "^a\\.b", "a\\$", "\\^x",
        "a\\\\$", "x y", "å"};
    String[] inputs = {"", "eu-west-1", "x-prod", "arn:aws", "a.b", "axb", "a$", "^x", "a\\", "a\\$", "x y", "bå"};
    for (String p : patterns) {
      RegexLiteral lit = RegexLiteral.of(p);
      if (lit == null) throw new AssertionError("expected a literal form for " + p);
      com.google.re2j.Pattern re = com.google.re2j.Pattern.compile(p);
      for (String in : inputs) assertEquals(re.matcher(in).find(), lit.matches(in), p + " on " + in);
    }
    for (String p : new String[] {"a.b", "a+", "^a|b$", "a$$", "\\d", "(a)", "a{2}"}) {
      assertEquals(null, RegexLiteral.of(p), p);
    }
    assertTrue(builtinError("regex.match", "\\", "x").startsWith("error parsing regexp"));
  }

  @Test
  void patternCacheStaysBoundedAndCorrectUnderConcurrency() throws Exception {
    PatternCache<String, com.google.re2j.Pattern> cache = new PatternCache<>(100);
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      java.util.List<java.util.concurrent.Future<Integer>> results = new java.util.ArrayList<>();
      for (int t = 0; t < 4; t++) {
        results.add(pool.submit(() -> {
          int ok = 0;
          for (int i = 0; i < 2000; i++) {
            com.google.re2j.Pattern p = cache.get("^p" + (i % 300) + "x+$", com.google.re2j.Pattern::compile);
            if (p.matches("p" + (i % 300) + "xx") && !p.matches("p" + (i % 300))) ok++;
            assertTrue(cache.size() <= 100, "cache size " + cache.size());
          }
          return ok;
        }));
      }
      for (java.util.concurrent.Future<Integer> f : results) assertEquals(2000, f.get());
    } finally {
      pool.shutdownNow();
    }
    // A failing compile is cached and rethrown.
    PatternCache<String, com.google.re2j.Pattern> failing = new PatternCache<>(10);
    int[] compiles = {0};
    for (int i = 0; i < 3; i++) {
      org.junit.jupiter.api.Assertions.assertThrows(BuiltinError.class, () -> failing.get("[", k -> {
        compiles[0]++;
        throw new BuiltinError("bad");
      }));
    }
    assertEquals(1, compiles[0]);
  }

  @Test
  void isValid() {
    assertEquals(BooleanValue.FALSE, call("regex.is_valid", 10L));
    assertEquals(BooleanValue.FALSE, call("regex.is_valid", "++"));
    assertEquals(BooleanValue.TRUE, call("regex.is_valid", ".+"));
  }

  @Test
  void findN() {
    assertCall("[\"ar\", \"an\", \"al\"]", "regex.find_n", "a.", "paranormal", -1L);
    assertCall("[\"ar\", \"an\"]", "regex.find_n", "a.", "paranormal", 2L);
    assertCall("[]", "regex.find_n", "a.", "paranormal", 0L);
    assertCall("[\"ab\"]", "regex.find_n", "^a.", "abacadaeaf", -1L);
    assertCall("[\"f\"]", "regex.find_n", ".$", "abacadaeaf", -1L);
    assertCall("[\"ab\", \"ac\", \"ad\", \"ae\", \"af\"]", "regex.find_n", "[abcdef]{2}", "abacadaeaf", -1L);
    assertCall("[]", "regex.find_n", "bork", "paranormal", -1L);
    // Go skips an empty match that directly follows a match: "a*" on "baaab".
    assertCall("[\"\", \"aaa\", \"\"]", "regex.find_n", "a*", "baaab", -1L);
  }

  @Test
  void findAllStringSubmatch() {
    assertCall("[]", "regex.find_all_string_submatch_n", "a(x*)b", "-", -1L);
    assertCall("[[\"ab\", \"\"]]", "regex.find_all_string_submatch_n", "a(x*)b", "-ab-", -1L);
    assertCall("[[\"axxb\", \"xx\"]]", "regex.find_all_string_submatch_n", "a(x*)b", "-axxb-", -1L);
    assertCall("[[\"axxb\", \"xx\"], [\"ab\", \"\"]]", "regex.find_all_string_submatch_n", "a(x*)b", "-axxb-ab-", -1L);
    assertCall("[[\"som\", \"o\", \"m\"], [\"ri\", \"i\", \"\"]]", "regex.find_all_string_submatch_n",
        "[^aouiye]([aouiye])([^aouiye])?", "somestri", -1L);
    assertCall("[[\"som\", \"o\", \"m\"]]", "regex.find_all_string_submatch_n",
        "[^aouiye]([aouiye])([^aouiye])?", "somestri", 1L);
  }

  @Test
  void replace() {
    assertCall("\"-0-0-\"", "regex.replace", "-wy-wxxy-", "w(x*)y", "0");
    assertCall("\"foofoo\"", "regex.replace", "foo", "(foo)", "$1$1");
    assertCall("\"Foo\"", "regex.replace", "foo", "^[a-z]", "F");
    assertCall("\"foo\"", "regex.replace", "foo", "^[a-z]$", "F");
    assertCall("\"M\"", "regex.replace", "foo", "^[a-z]+$", "M");
    assertCall("\"foF\"", "regex.replace", "foo", "[a-z]$", "F");
    assertCall("\"foo\"", "regex.replace", "foo", "x[a-z]$", "F");
    assertCall("\"___ ___\"", "regex.replace", "foo bar", "[a-z]", "_");
    assertCall("\"_ _x\"", "regex.replace", "foo barx", "[a-z]{3}", "_");
    assertCall("\"_o __\"", "regex.replace", "foo barx", "[a-z]{2}", "_");
    assertTrue(builtinError("regex.replace", "foo", "[", "$1").startsWith("error parsing regexp"));
    // Go's expansion: ${1}x, named groups, $$ and the longest-name rule ($1x is group "1x", empty).
    assertCall("\"[a]ax $ \"", "regex.replace", "a", "(?P<n>a)", "[${n}]${1}x $$ $1x");
    // Go: the empty match right after "a" gets no replacement.
    assertCall("\"XbX\"", "regex.replace", "ab", "a*", "X");
  }

  @Test
  void split() {
    assertCall("[\"\"]", "regex.split", "^[a-z]+\\[[0-9]+\\]$", "");
    assertCall("[\"\", \" baz\"]", "regex.split", "^[a-z]+", "foobar baz");
    assertCall("[\"foobar \", \"\"]", "regex.split", "[a-z]+$", "foobar baz");
    assertCall("[\"foobar baz\"]", "regex.split", "^[a-z]+$", "foobar baz");
    assertCall("[\"\", \"\"]", "regex.split", "^[a-z ]+$", "foobar baz");
    assertCall("[\"b\", \"n\", \"n\", \"\"]", "regex.split", "a", "banana");
    assertCall("[\"pi\", \"a\"]", "regex.split", "z+", "pizza");
  }

  @Test
  void templateMatch() {
    assertEquals(BooleanValue.TRUE, call("regex.template_match", "urn:foo:{.*}", "urn:foo:bar:baz", "{", "}"));
    assertEquals(BooleanValue.TRUE, call("regex.template_match", "urn:foo:<.*>", "urn:foo:bar:baz", "<", ">"));
    assertEquals(BooleanValue.FALSE, call("regex.template_match", "urn:foo.{[a-z]+}", "urn:fooXbar", "{", "}"));
    assertEquals("unbalanced braces in \"urn:{.*\"", builtinError("regex.template_match", "urn:{.*", "x", "{", "}"));
    assertEquals("start delimiter has to be exactly one character long but is 2 long",
        builtinError("regex.template_match", "x", "x", "{{", "}"));
  }

  @Test
  void globsMatch() {
    assertEquals(BooleanValue.TRUE, call("regex.globs_match", "a.a.[0-9]+z", ".b.b2359825792*594823z"));
    assertEquals(BooleanValue.TRUE, call("regex.globs_match", "b.*", "bar"));
    assertEquals(BooleanValue.TRUE, call("regex.globs_match", "b.*", "baz"));
    assertEquals(BooleanValue.TRUE, call("regex.globs_match", "[a-z]+\\[[0-9]+\\]", "foo\\[1\\]"));
    assertEquals(BooleanValue.FALSE, call("regex.globs_match", "[a-z]+\\[[0-9]+\\]", "foo[\"bar\"]"));
    assertEquals(BooleanValue.FALSE, call("regex.globs_match", "[a-z]+", "[0-9]+"));
    assertEquals(BooleanValue.TRUE, call("regex.globs_match", "[^a]b", "cb"));
    assertEquals(BooleanValue.TRUE, call("regex.globs_match", "a\\**", "a\\*\\*"));
    assertTrue(builtinError("regex.globs_match", "a**", "a").contains("quantifier '*' with no preceding"));
    assertTrue(builtinError("regex.globs_match", "\\\\**", "a").contains("quantifier '*' with no preceding"));
    assertEquals("input:pqrs], pos:5, set-close ']' with no preceding '[': the input provided is invalid",
        builtinError("regex.globs_match", "pqrs]", "[a-b]+"));
  }
}
