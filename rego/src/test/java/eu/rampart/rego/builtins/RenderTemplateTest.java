package eu.rampart.rego.builtins;

import static eu.rampart.rego.builtins.TextBuiltinsTestSupport.assertCall;
import static eu.rampart.rego.builtins.TextBuiltinsTestSupport.builtinError;
import static eu.rampart.rego.builtins.TextBuiltinsTestSupport.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.rampart.rego.value.ObjectValue;
import org.junit.jupiter.api.Test;

/** strings.render_template: the rendertemplate conformance cases plus the text/template features it supports. */
class RenderTemplateTest {
  private static String render(String template, String varsJson) {
    return GoTemplate.render(template, (ObjectValue) json(varsJson));
  }

  @Test
  void conformanceCases() {
    assertCall("\"hello world\"", "strings.render_template", "{{.test}}", json("{\"test\": \"hello world\"}"));
    assertCall("\"2023\"", "strings.render_template", "{{.test}}", json("{\"test\": 2023}"));
    assertCall("\"hello rohan,hello john doe\"", "strings.render_template",
        "{{range $i, $name := .hellonames}}{{if $i}},{{end}}hello {{$name}}{{end}}",
        json("{\"hellonames\": [\"rohan\", \"john doe\"]}"));
    assertCall("\"<undefined>\"", "strings.render_template", "{{.testvarnotprovided}}", json("{\"test\": \"hello world\"}"));
    assertCall("\"test <undefined> <undefined> 1\"", "strings.render_template", "test {{.foo}} {{.bar}} {{.baz}}", json("{\"baz\": 1}"));
  }

  @Test
  void controlStructures() {
    assertEquals("yes", render("{{if .a}}yes{{else}}no{{end}}", "{\"a\": true}"));
    assertEquals("no", render("{{if .a}}yes{{else}}no{{end}}", "{\"a\": []}"));
    assertEquals("two", render("{{if eq .s \"a\"}}one{{else if eq .s \"b\" \"c\"}}two{{else}}many{{end}}", "{\"s\": \"c\"}"));
    assertEquals("a=1;b=2;", render("{{range $k, $v := .m}}{{$k}}={{$v}};{{end}}", "{\"m\": {\"b\": 2, \"a\": 1}}"));
    assertEquals("none", render("{{range .xs}}x{{else}}none{{end}}", "{\"xs\": []}"));
    assertEquals("inner", render("{{with .o}}{{.name}}{{end}}", "{\"o\": {\"name\": \"inner\"}}"));
    assertEquals("[1 2]|map[a:x]", render("{{.xs}}|{{.m}}", "{\"xs\": [1, 2], \"m\": {\"a\": \"x\"}}"));
  }

  @Test
  void functionsPipelinesAndTrimming() {
    assertEquals("3", render("{{len .xs}}", "{\"xs\": [1, 2, 3]}"));
    assertEquals("b", render("{{index .xs 1}}", "{\"xs\": [\"a\", \"b\"]}"));
    assertEquals("x-7|%!d(json.Number=7)|07", render("{{printf \"%s-%v|%d|%02d\" .a .n .n 7}}", "{\"a\": \"x\", \"n\": 7}"));
    assertEquals("true", render("{{.a | not | not}}", "{\"a\": 1}"));
    assertEquals("a,,b", render("a, {{- /* comment */ -}} ,b", "{}"));
    assertEquals("1 2", render("{{$x := .a}}{{$x}} {{.b}}", "{\"a\": 1, \"b\": 2}"));
    assertEquals("1500000 3.25", render("{{.n}} {{.f}}", "{\"n\": 1500000, \"f\": 3.25}"));
  }

  @Test
  void numbersAreJsonNumbersAsInOpa() {
    // OPA decodes template variables with UseNumber: a json.Number is a string to text/template.
    assertEquals("same", render("{{if eq .n \"7\"}}same{{end}}", "{\"n\": 7}"));
    assertEquals("truthy", render("{{if .n}}truthy{{end}}", "{\"n\": 0}"));
    assertEquals("1", render("{{len .n}}", "{\"n\": 0}"));
    assertTrue(builtinError("strings.render_template", "{{eq .n 7}}", json("{\"n\": 7}")).contains("incompatible types"));
    assertEquals("0:a 1:b ", render("{{range $i, $x := .xs}}{{$i}}:{{$x}} {{end}}", "{\"xs\": [\"a\", \"b\"]}"));
  }

  @Test
  void longRendersCheckTheQueryBudget() {
    StringBuilder xs = new StringBuilder("[0");
    for (int i = 1; i < 200; i++) xs.append(',').append(i);
    ObjectValue vars = (ObjectValue) json("{\"xs\": " + xs + "]}");
    TextBuiltinsTestSupport.QueryContext spent = new TextBuiltinsTestSupport.QueryContext() {
      @Override public void checkBudget() { throw new IllegalStateException("budget spent"); }
    };
    String nested = "{{range .xs}}{{range $.xs}}.{{end}}{{end}}";
    assertEquals(40_000, GoTemplate.render(nested, vars).length());
    assertEquals("budget spent", assertThrows(IllegalStateException.class,
        () -> TextBuiltinsTestSupport.call(spent, "strings.render_template", nested, vars)).getMessage());
  }

  @Test
  void errorsAreBuiltinErrors() {
    assertTrue(builtinError("strings.render_template", "{{.a", json("{}")).startsWith("template: "));
    assertTrue(builtinError("strings.render_template", "{{if .a}}x", json("{}")).contains("unexpected EOF"));
    assertTrue(builtinError("strings.render_template", "{{nosuchfn 1}}", json("{}")).contains("\"nosuchfn\" not defined"));
    assertTrue(builtinError("strings.render_template", "{{template \"x\"}}", json("{}")).contains("not supported"));
  }
}
