package eu.rampart.cli.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.rampart.check.CheckResult;
import eu.rampart.check.FailOn;
import eu.rampart.report.ReportFormats;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ReportFormatsTest {
  static String render(String format, CheckResult r, FailOn failOn) {
    return ReportFormats.byName(format).orElseThrow().render(r, failOn);
  }

  @Test
  void junitXmlParsesWithOneSuitePerInputAndFailuresPerControl() throws Exception {
    String xml = render("junit", SampleResults.rich(), FailOn.MANDATORY);
    Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    Element root = doc.getDocumentElement();
    assertEquals("testsuites", root.getTagName());
    NodeList suites = root.getElementsByTagName("testsuite");
    assertEquals(3, suites.getLength(), "plan, broken input, waivers");
    Element plan = (Element) suites.item(0);
    assertEquals("plans/prod plan.json", plan.getAttribute("name"));
    assertEquals("4", plan.getAttribute("tests"));
    assertEquals("1", plan.getAttribute("failures"), "RES-1 fails; LOG-3 is advisory at --fail-on mandatory");
    Element failure = (Element) plan.getElementsByTagName("failure").item(0);
    assertTrue(failure.getTextContent().contains(SampleResults.BUCKET));
    assertTrue(failure.getTextContent().contains("::error::injected"), "text survives escaping");
    Element broken = (Element) suites.item(1);
    assertEquals(1, broken.getElementsByTagName("error").getLength());
    assertEquals(2, ((Element) suites.item(2)).getElementsByTagName("skipped").getLength());
    assertTrue(xml.contains("waived until 2027-01-31"));

    String advisory = render("junit", SampleResults.rich(), FailOn.ADVISORY);
    Document d2 = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(advisory.getBytes(StandardCharsets.UTF_8)));
    assertEquals("2", ((Element) d2.getElementsByTagName("testsuite").item(0)).getAttribute("failures"));
  }

  @Test
  void markdownRendersTablesHeadingsAndDetails() {
    String md = render("markdown", SampleResults.rich(), FailOn.MANDATORY);
    Parser parser = Parser.builder().extensions(List.of(TablesExtension.create())).build();
    String html = HtmlRenderer.builder().extensions(List.of(TablesExtension.create())).build().render(parser.parse(md));
    assertTrue(html.contains("<h2>rampart check: ⚠️ input error (environment <code>prod</code>)</h2>"), html);
    assertTrue(html.contains("<h3>Critical (2)</h3>"), html);
    assertTrue(html.contains("<h3>Medium (1)</h3>"), html);
    assertTrue(html.contains("<table>"), html);
    assertTrue(html.contains("<details><summary>Waived findings (1)</summary>"), html);
    // a pipe inside a message must not add a column: every row of the findings table has 4 cells
    org.commonmark.node.Node doc = parser.parse(md);
    int[] maxCells = {0};
    doc.accept(new org.commonmark.node.AbstractVisitor() {
      @Override public void visit(org.commonmark.node.CustomBlock b) { countRows(b, maxCells); }
    });
    assertFalse(html.contains("<b>html</b>"), "HTML in messages is escaped");
    assertTrue(html.contains(SampleResults.BUCKET));
  }

  @Test
  void markdownStaysUnderGithubsCommentLimitForLargePlans() {
    java.util.List<eu.rampart.check.Finding> many = new java.util.ArrayList<>();
    for (int i = 0; i < 5000; i++) {
      many.add(new eu.rampart.check.Finding("RES-1", eu.rampart.check.Severity.CRITICAL, eu.rampart.check.Enforcement.MANDATORY,
          SampleResults.BUCKET + "-" + i, "bucket " + i + " is in us-east-1, outside the allowed regions", "Move it."));
    }
    CheckResult big = new CheckResult("prod", SampleResults.controls(),
        List.of(new eu.rampart.check.FileResult("plan.json", 10000, many, List.of(), List.of())), List.of(), List.of());
    String md = render("markdown", big, FailOn.MANDATORY);
    assertTrue(md.length() < 65_536, "GitHub rejects comments over 65,536 characters: " + md.length());
    assertTrue(md.contains("| Mandatory findings | 5000 |"), "the summary still counts every finding");
    assertTrue(md.contains("… and 4950 more (5000 in all)"), md.substring(0, 2000));
  }

  private static void countRows(org.commonmark.node.Node n, int[] max) {
    for (org.commonmark.node.Node c = n.getFirstChild(); c != null; c = c.getNext()) {
      if (c instanceof org.commonmark.ext.gfm.tables.TableRow) {
        int cells = 0;
        for (org.commonmark.node.Node x = c.getFirstChild(); x != null; x = x.getNext()) cells++;
        max[0] = Math.max(max[0], cells);
        assertTrue(cells <= 5, "table row has " + cells + " cells");
      } else {
        countRows(c, max);
      }
    }
  }

  @Test
  void githubCommandsAreOneLineEachAndEscaped() {
    String out = render("github", SampleResults.rich(), FailOn.MANDATORY);
    String[] lines = out.split("\n");
    for (String l : lines) {
      assertTrue(l.startsWith("::error ") || l.startsWith("::warning ") || l.startsWith("::notice ") || l.startsWith("INPUT ERROR"), l);
    }
    assertTrue(out.contains("::error file=plans/prod plan.json,title=RES-1 (critical%2C mandatory)::"), out);
    assertTrue(out.contains("line one%0A::error::injected"), "newline escaped, so no injected command");
    assertTrue(out.contains("100%25"), "percent escaped");
    assertTrue(out.contains("::warning file=plans/prod plan.json,title=LOG-3"), out);
    assertTrue(out.contains("::notice file=plans/prod plan.json,title=ENC-2 waived until 2027-01-31::"), out);
    assertTrue(out.contains("::warning file=environments/prod.yaml,title=rampart waiver expired::"), out);
    assertTrue(out.contains("::error file=broken.json,title=rampart input error::broken.json: line 3"), out);
  }

  @Test
  void jsonFollowsTheDocumentedSchema() throws Exception {
    JsonNode j = new ObjectMapper().readTree(render("json", SampleResults.rich(), FailOn.MANDATORY));
    assertEquals("rampart-check/v1", j.get("format").asText());
    assertEquals(2, j.get("exitCode").asInt(), "the unreadable input makes it an input error");
    assertFalse(j.get("passed").asBoolean());
    assertEquals(2, j.at("/summary/mandatory").asInt());
    assertEquals(1, j.at("/summary/advisory").asInt());
    assertEquals(1, j.at("/summary/waived").asInt());
    assertEquals(SampleResults.BUCKET, j.at("/inputs/0/findings/0/urn").asText());
    assertEquals("Allowed EU regions only", j.at("/inputs/0/findings/0/title").asText());
    assertEquals("platform-team", j.at("/inputs/0/waived/0/waiver/owner").asText());
    assertEquals("2025-01-01", j.at("/inputs/0/findings/0/expiredWaiver/expires").asText());
    assertTrue(j.at("/inputs/0/findings/1/expiredWaiver").isMissingNode());
    assertEquals("expired", j.at("/waiverWarnings/0/kind").asText());
    assertEquals("input", j.at("/inputs/1/errors/0/kind").asText());
    assertTrue(j.at("/inputs/1/resources").isNull());

    JsonNode clean = new ObjectMapper().readTree(render("json", SampleResults.clean(), FailOn.ADVISORY));
    assertTrue(clean.get("passed").asBoolean());
    assertEquals(0, clean.get("exitCode").asInt());
  }

  @Test
  void textGroupsBySeverityWithWaiversWarningsErrorsAndSummary() {
    String t = render("text", SampleResults.rich(), FailOn.MANDATORY);
    int critical = t.indexOf("\nCRITICAL (2)"), medium = t.indexOf("\nMEDIUM (1)"), waived = t.indexOf("\nWAIVED (1)"),
        warnings = t.indexOf("\nWAIVER WARNINGS (2)"), errors = t.indexOf("\nERRORS (1)");
    assertTrue(critical >= 0 && critical < medium && medium < waived && waived < warnings && warnings < errors, t);
    assertTrue(t.contains("RES-1 [mandatory] Allowed EU regions only"));
    assertTrue(t.contains("fix:       Create it in eu-central-1."), t);
    assertTrue(t.contains("waiver:    waivers[1] (RES-1 on **) expired on 2025-01-01: this finding counts again"), t);
    assertTrue(t.strip().endsWith("environment prod]"), t);
    assertTrue(t.contains("INPUT ERROR: 2 mandatory, 1 advisory, 1 waived"), t);
  }

  @Test
  void everyFormatShowsWaiverWarnings() {
    for (String f : ReportFormats.names()) {
      String out = render(f, SampleResults.rich(), FailOn.MANDATORY);
      assertTrue(out.contains("expired on 2025-01-01"), f + " lacks the expired-waiver warning");
      assertTrue(out.contains("matches no finding"), f + " lacks the unused-waiver warning");
    }
  }
}
