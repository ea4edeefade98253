package eu.rampart.policies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.rampart.check.CheckEnvironment;
import eu.rampart.check.CheckResult;
import eu.rampart.check.Checker;
import eu.rampart.check.Control;
import eu.rampart.check.FailOn;
import eu.rampart.check.PolicyInputSource;
import eu.rampart.plan.input.EngineValues;
import eu.rampart.rego.value.ObjectValue;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every control carries the references EU auditors ask for, and the reports pass them on. */
class FrameworkReferencesTest {
  @Test
  void everyControlNamesTheFrameworks() throws Exception {
    List<Control> controls = Pack.get().controls();
    assertEquals(26, controls.size());
    for (Control c : controls) {
      List<String> refs = c.references();
      for (String framework : List.of("ISO/IEC 27001:2022 A.", "BSI C5:2020 ", "ENISA EUCS ", "NIS2 Art. 21(2)")) {
        assertTrue(refs.stream().anyMatch(r -> r.startsWith(framework)), c.id() + " names no " + framework + " reference: " + refs);
      }
      // EUCS by requirement id of the December 2020 candidate scheme (CKM-03, OPS-09 ...), never a bare category
      refs.stream().filter(r -> r.startsWith("ENISA EUCS ")).forEach(r -> assertTrue(
          r.matches("ENISA EUCS (OIS|ISP|RM|HR|AM|PS|OPS|IAM|CKM|CS|PI|CCM|DEV|PM|IM|BC|CO|DOC|INQ|PSS)-\\d{2}"),
          c.id() + " cites EUCS by something other than a requirement id: " + r));
      if (!c.id().equals("TAG-1")) {
        assertTrue(refs.stream().anyMatch(r -> r.startsWith("GDPR ")), c.id() + " names no GDPR article: " + refs);
      }
    }
    for (String transfer : List.of("RES-1", "RES-2")) {
      Control c = controls.stream().filter(x -> x.id().equals(transfer)).findFirst().orElseThrow();
      assertTrue(c.references().contains("GDPR Chapter V (Art. 44-49)"), transfer + " is about third-country transfers");
    }
  }

  @Test
  void sarifRulesCarryTheReferencesAsTagsAndAHelpUri() throws Exception {
    ObjectValue in = (ObjectValue) EngineValues.of(Plans.input(Plans.AWS, "prod"));
    PolicyInputSource source = new PolicyInputSource() {
      @Override public String name() { return "aws-landing-zone-prod.json"; }
      @Override public ObjectValue load() { return in; }
    };
    ObjectValue env = (ObjectValue) in.get("environment");
    CheckResult r = new Checker(Pack.get()).check(List.of(source), new CheckEnvironment("prod", env, List.of(), "environments/prod.yaml"));
    String sarif = eu.rampart.report.ReportFormats.byName("sarif").orElseThrow().render(r, FailOn.MANDATORY);
    JsonNode rules = new ObjectMapper().readTree(sarif).at("/runs/0/tool/driver/rules");
    boolean seen = false;
    for (JsonNode rule : rules) {
      assertTrue(rule.path("helpUri").asText().startsWith("https://"), rule.path("id").asText() + " has no helpUri");
      if (rule.path("id").asText().equals("ENC-1")) {
        seen = true;
        List<String> tags = new ObjectMapper().convertValue(rule.at("/properties/tags"), new com.fasterxml.jackson.core.type.TypeReference<List<String>>() {});
        assertTrue(tags.contains("ISO/IEC 27001:2022 A.8.24") && tags.contains("BSI C5:2020 CRY-03") && tags.contains("GDPR Art. 32(1)(a)"), tags.toString());
      }
    }
    assertTrue(seen, "ENC-1 is among the SARIF rules");
  }
}
