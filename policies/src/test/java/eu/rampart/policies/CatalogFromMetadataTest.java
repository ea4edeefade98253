package eu.rampart.policies;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.rampart.rego.api.Annotation;
import eu.rampart.rego.value.ObjectValue;
import eu.rampart.rego.value.StringValue;
import eu.rampart.rego.value.Value;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * One catalog: a control's severity, enforcement and remediation are written once, in its rule's
 * METADATA. {@code lib_catalog.rego}, which the rules use to build findings, is generated from those
 * annotations; this test fails when it is stale and rewrites it with {@code -Drampart.regenerate=true}.
 */
class CatalogFromMetadataTest {
  static final Path GENERATED = Paths.policies().resolve("lib_catalog.rego");

  static String render() throws Exception {
    Map<String, String> entries = new TreeMap<>(CatalogFromMetadataTest::order);
    for (Annotation a : Pack.get().annotations()) {
      ObjectValue c = a.custom();
      if (c == null || str(c, "id") == null) continue;
      StringBuilder e = new StringBuilder("{");
      e.append("\"severity\": ").append(quote(str(c, "severity")));
      e.append(", \"enforcement\": ").append(quote(str(c, "enforcement")));
      if (str(c, "production_enforcement") != null) e.append(", \"production_enforcement\": ").append(quote(str(c, "production_enforcement")));
      e.append(", \"remediation\": ").append(quote(str(c, "remediation"))).append("}");
      entries.put(str(c, "id"), e.toString());
    }
    StringBuilder b = new StringBuilder();
    b.append("# GENERATED from the METADATA annotations of the control rules by\n");
    b.append("# policies/src/test/java/eu/rampart/policies/CatalogFromMetadataTest.java: do not edit; change the\n");
    b.append("# rule's METADATA and regenerate (mvn -B -o -pl policies -am verify -Dtest=CatalogFromMetadataTest\n");
    b.append("# -Dsurefire.failIfNoSpecifiedTests=false -Drampart.regenerate=true).\n");
    b.append("# production_enforcement (the \"mandatory in prod\" controls) replaces enforcement when\n");
    b.append("# input.environment.production is true.\n");
    b.append("package rampart.lib\n\ncatalog := {\n");
    entries.forEach((id, e) -> b.append("\t\"").append(id).append("\": ").append(e).append(",\n"));
    b.append("}\n");
    return b.toString();
  }

  /** The order of CONTROLS.md: families as listed there, then by number. */
  static int order(String a, String b) {
    java.util.List<String> families = java.util.List.of("RES", "ENC", "NET", "VPN", "BAK", "LOG", "DATA", "AVAIL", "TAG");
    int fa = families.indexOf(a.substring(0, a.lastIndexOf('-'))), fb = families.indexOf(b.substring(0, b.lastIndexOf('-')));
    if (fa != fb) return Integer.compare(fa, fb);
    return Integer.compare(Integer.parseInt(a.substring(a.lastIndexOf('-') + 1)), Integer.parseInt(b.substring(b.lastIndexOf('-') + 1)));
  }

  private static String str(ObjectValue o, String k) {
    Value v = o.get(k);
    return v instanceof StringValue s ? s.value() : null;
  }

  private static String quote(String s) {
    if (s == null) throw new AssertionError("a control's METADATA lacks severity, enforcement or remediation");
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  @Test
  void theCatalogIsTheMetadata() throws Exception {
    String expected = render();
    if (Boolean.getBoolean("rampart.regenerate")) Files.writeString(GENERATED, expected, StandardCharsets.UTF_8);
    assertEquals(expected, Files.readString(GENERATED, StandardCharsets.UTF_8), GENERATED + " is stale: regenerate it (see its header)");
  }
}
