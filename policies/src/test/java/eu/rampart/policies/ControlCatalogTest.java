package eu.rampart.policies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.rampart.rego.api.Annotation;
import eu.rampart.rego.api.Rego;
import eu.rampart.rego.value.ObjectValue;
import eu.rampart.rego.value.StringValue;
import eu.rampart.rego.value.Value;
import java.io.IOException;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The pack covers exactly the 26 controls of CONTROLS.md: each has a rule with a METADATA
 * annotation, and the annotation and {@code data.rampart.lib.catalog} (which builds findings)
 * carry the severity and default enforcement CONTROLS.md gives.
 */
class ControlCatalogTest {
  private static final Pattern ROW = Pattern.compile("^\\| ([A-Z]+-\\d+) \\|.*\\| (critical|high|medium|low), (mandatory in prod|mandatory|advisory) \\|$");

  record Default(String severity, String enforcement, String productionEnforcement) {}

  static Map<String, Default> controlsMd() throws IOException {
    Map<String, Default> out = new LinkedHashMap<>();
    for (String line : Files.readAllLines(Paths.fixtures().getParent().getParent().resolve("CONTROLS.md"))) {
      Matcher m = ROW.matcher(line.trim());
      if (!m.matches()) continue;
      String enf = m.group(3);
      out.put(m.group(1), enf.equals("mandatory in prod")
          ? new Default(m.group(2), "advisory", "mandatory")
          : new Default(m.group(2), enf, null));
    }
    return out;
  }

  @Test
  void controlsMdHas26Controls() throws IOException {
    assertEquals(26, controlsMd().size(), "CONTROLS.md rows parsed: " + controlsMd().keySet());
  }

  @Test
  void everyControlHasAnAnnotatedRuleMatchingControlsMd() throws IOException {
    Rego rego = Rego.builder().modules(Paths.policies()).build();
    Map<String, Annotation> byId = new LinkedHashMap<>();
    for (Annotation a : rego.annotations()) {
      if (a.custom() == null || !(a.custom().get("id") instanceof StringValue id)) continue;
      byId.putIfAbsent(id.value(), a);
    }
    Map<String, Default> expected = controlsMd();
    java.util.List<String> missing = expected.keySet().stream().filter(k -> !byId.containsKey(k)).toList();
    assertTrue(missing.isEmpty(), "controls without an annotated rule: " + missing);
    java.util.List<String> unknown = byId.keySet().stream().filter(k -> !expected.containsKey(k)).toList();
    assertTrue(unknown.isEmpty(), "annotations for control ids not in CONTROLS.md: " + unknown);
    for (var e : expected.entrySet()) {
      Annotation a = byId.get(e.getKey());
      String where = e.getKey() + " (" + a.file() + ":" + a.line() + ")";
      assertNotNull(a.title(), where + " has no title");
      assertTrue(a.title().startsWith(e.getKey() + " "), where + " title should start with its id: " + a.title());
      assertNotNull(a.description(), where + " has no description");
      assertEquals(e.getValue().severity(), str(a.custom(), "severity"), where + " severity");
      assertEquals(e.getValue().enforcement(), str(a.custom(), "enforcement"), where + " enforcement");
      assertEquals(e.getValue().productionEnforcement(), str(a.custom(), "production_enforcement"), where + " production_enforcement");
      assertNotNull(str(a.custom(), "remediation"), where + " has no remediation");
    }
  }

  @Test
  void findingCatalogMatchesControlsMd() throws IOException {
    Rego rego = Rego.builder().modules(Paths.policies()).build();
    Value catalog = rego.prepare("data.rampart.lib.catalog").evalValue(null);
    assertTrue(catalog instanceof ObjectValue, "data.rampart.lib.catalog must be an object, got " + catalog);
    ObjectValue cat = (ObjectValue) catalog;
    Map<String, Default> expected = controlsMd();
    assertEquals(expected.size(), cat.size(), "catalog size");
    for (var e : expected.entrySet()) {
      Value entry = cat.get(e.getKey());
      assertTrue(entry instanceof ObjectValue, e.getKey() + " missing from data.rampart.lib.catalog");
      ObjectValue o = (ObjectValue) entry;
      assertEquals(e.getValue().severity(), str(o, "severity"), e.getKey() + " severity");
      assertEquals(e.getValue().enforcement(), str(o, "enforcement"), e.getKey() + " enforcement");
      assertEquals(e.getValue().productionEnforcement(), str(o, "production_enforcement"), e.getKey() + " production_enforcement");
    }
  }

  private static String str(ObjectValue o, String key) {
    return o.get(key) instanceof StringValue s ? s.value() : null;
  }
}
