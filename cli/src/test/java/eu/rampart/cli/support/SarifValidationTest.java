package eu.rampart.cli.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.rampart.check.CheckResult;
import eu.rampart.check.FailOn;
import eu.rampart.report.ReportFormats;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SARIF report is valid SARIF 2.1.0 according to Microsoft's multitool, and says what it should. */
class SarifValidationTest {
  @TempDir Path dir;

  static void assertValid(Path file) throws Exception { SarifMultitool.assertValid(file); }

  @Test
  void richReportPassesTheMultitool() throws Exception {
    Path f = dir.resolve("rich.sarif");
    Files.writeString(f, ReportFormats.byName("sarif").orElseThrow().render(SampleResults.rich(), FailOn.MANDATORY));
    assertValid(f);
  }

  @Test
  void cleanReportPassesTheMultitool() throws Exception {
    Path f = dir.resolve("clean.sarif");
    Files.writeString(f, ReportFormats.byName("sarif").orElseThrow().render(SampleResults.clean(), FailOn.MANDATORY));
    assertValid(f);
  }

  @Test
  void theValidatorCatchesABrokenLog() throws Exception {
    // proves this harness can fail: a result pointing at a rule that does not exist (SARIF1009)
    Path f = dir.resolve("broken.sarif");
    Files.writeString(f, "{\"version\":\"2.1.0\",\"runs\":[{\"tool\":{\"driver\":{\"name\":\"x\"}},"
        + "\"results\":[{\"message\":{\"text\":\"a\"},\"ruleId\":\"R1\",\"ruleIndex\":4}]}]}");
    AssertionError e = org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class, () -> assertValid(f));
    assertTrue(e.getMessage().contains("SARIF1009"), e.getMessage());
  }

  @Test
  void resultsRulesLevelsAndSuppressions() throws Exception {
    CheckResult r = SampleResults.rich();
    JsonNode s = new ObjectMapper().readTree(ReportFormats.byName("sarif").orElseThrow().render(r, FailOn.MANDATORY));
    assertEquals("2.1.0", s.get("version").asText());
    assertTrue(s.get("$schema").asText().contains("sarif-2.1.0"));
    JsonNode rules = s.at("/runs/0/tool/driver/rules");
    assertEquals(4, rules.size());
    assertEquals("RES-1", rules.get(0).get("id").asText());
    assertEquals("AllowedEURegionsOnly", rules.get(0).get("name").asText());
    assertEquals("error", rules.get(0).at("/defaultConfiguration/level").asText());
    assertEquals("warning", rules.get(2).at("/defaultConfiguration/level").asText());
    assertEquals("Create it in eu-central-1 or eu-west-1.", rules.get(0).at("/help/text").asText());
    assertTrue(rules.get(0).at("/properties/tags").toString().contains("critical"));
    JsonNode results = s.at("/runs/0/results");
    assertEquals(4, results.size(), "3 findings + 1 waived");
    for (JsonNode res : results) {
      assertEquals(res.get("ruleId").asText(), rules.get(res.get("ruleIndex").asInt()).get("id").asText());
    }
    assertEquals("error", results.get(0).get("level").asText());
    assertEquals(SampleResults.BUCKET, results.get(0).at("/locations/0/logicalLocations/0/fullyQualifiedName").asText());
    assertEquals("plans/prod%20plan.json", results.get(0).at("/locations/0/physicalLocation/artifactLocation/uri").asText());
    assertEquals("warning", results.get(2).get("level").asText());
    JsonNode waived = results.get(3);
    assertEquals("external", waived.at("/suppressions/0/kind").asText());
    assertTrue(waived.at("/suppressions/0/justification").asText().contains("vendor key, see OPS-12"));
    assertEquals(3, s.at("/runs/0/invocations/0/toolExecutionNotifications").size(), "2 waiver warnings + 1 error");
  }
}
