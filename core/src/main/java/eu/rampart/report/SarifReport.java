package eu.rampart.report;

import com.fasterxml.jackson.core.JsonGenerator;
import eu.rampart.check.CheckError;
import eu.rampart.check.CheckResult;
import eu.rampart.check.Control;
import eu.rampart.check.Enforcement;
import eu.rampart.check.FailOn;
import eu.rampart.check.FileResult;
import eu.rampart.check.Finding;
import eu.rampart.check.Severity;
import eu.rampart.check.WaivedFinding;
import eu.rampart.check.WaiverNotice;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0 for code-scanning uploads: one rule per control, one result per finding (waived
 * findings carry an external suppression), waiver warnings and errors as tool notifications.
 */
public final class SarifReport implements ReportFormat {
  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

  @Override
  public String name() { return "sarif"; }

  @Override
  public String render(CheckResult r, FailOn failOn) {
    List<Control> rules = r.controls();
    Map<String, Control> byId = r.controlsById();
    List<String> ids = List.copyOf(byId.keySet());
    return JsonWriting.write(g -> {
      g.writeStartObject();
      g.writeStringField("$schema", SCHEMA);
      g.writeStringField("version", "2.1.0");
      g.writeArrayFieldStart("runs");
      g.writeStartObject();
      tool(g, rules);
      invocation(g, r, failOn);
      g.writeArrayFieldStart("results");
      for (FileResult f : r.files()) {
        for (Finding x : f.findings()) result(g, r, ids, f.input(), x, null);
        for (WaivedFinding w : f.waived()) result(g, r, ids, f.input(), w.finding(), w);
      }
      g.writeEndArray();
      g.writeStringField("columnKind", "unicodeCodePoints");
      g.writeEndObject();
      g.writeEndArray();
      g.writeEndObject();
    });
  }

  private static void tool(JsonGenerator g, List<Control> rules) throws IOException {
    g.writeObjectFieldStart("tool");
    g.writeObjectFieldStart("driver");
    g.writeStringField("name", "rampart");
    g.writeStringField("informationUri", "https://github.com/rampart-eu/rampart");
    g.writeStringField("semanticVersion", "0.1.0");
    g.writeArrayFieldStart("rules");
    for (Control c : rules) {
      g.writeStartObject();
      g.writeStringField("id", c.id());
      g.writeStringField("name", ruleName(c));
      // the control's entry in the rule map of docs/policies.md
      g.writeStringField("helpUri", "https://github.com/rampart-eu/rampart/blob/main/docs/policies.md#controls-and-rules");
      text(g, "shortDescription", nonEmpty(c.title(), c.id()));
      text(g, "fullDescription", nonEmpty(c.description(), nonEmpty(c.title(), c.id())));
      g.writeObjectFieldStart("help");
      String fix = nonEmpty(c.remediation(), "See the control " + c.id() + " in the rampart control catalogue.");
      g.writeStringField("text", fix);
      g.writeStringField("markdown", "**" + c.id() + "**: " + fix);
      g.writeEndObject();
      g.writeObjectFieldStart("defaultConfiguration");
      g.writeStringField("level", level(c.enforcement()));
      g.writeEndObject();
      g.writeObjectFieldStart("properties");
      g.writeArrayFieldStart("tags");
      g.writeString("security");
      g.writeString("rampart");
      g.writeString(c.id().contains("-") ? c.id().substring(0, c.id().indexOf('-')).toLowerCase() : c.id());
      g.writeString(c.severity().label());
      g.writeString(c.enforcement().label());
      // framework references (GDPR, ISO/IEC 27001:2022, BSI C5:2020, ENISA EUCS, NIS2, CIS) for auditors' filters
      for (String ref : c.references()) g.writeString(ref);
      g.writeEndArray();
      // GitHub code scanning ranks security results by this CVSS-like score
      g.writeStringField("security-severity", securitySeverity(c.severity()));
      g.writeEndObject();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void invocation(JsonGenerator g, CheckResult r, FailOn failOn) throws IOException {
    g.writeArrayFieldStart("invocations");
    g.writeStartObject();
    g.writeBooleanField("executionSuccessful", r.allErrors().isEmpty());
    g.writeNumberField("exitCode", r.exitCode(failOn));
    g.writeArrayFieldStart("toolExecutionNotifications");
    for (WaiverNotice n : r.notices()) {
      g.writeStartObject();
      g.writeStringField("level", "warning");
      g.writeObjectFieldStart("descriptor");
      g.writeStringField("id", n.kind() == WaiverNotice.Kind.EXPIRED ? "waiver-expired" : "waiver-unused");
      g.writeEndObject();
      text(g, "message", n.message() + " [" + n.waiver().sourceFile() + "]");
      g.writeEndObject();
    }
    for (CheckError e : r.allErrors()) {
      g.writeStartObject();
      g.writeStringField("level", "error");
      g.writeObjectFieldStart("descriptor");
      g.writeStringField("id", e.kind() == CheckError.Kind.INPUT ? "input-error" : "evaluation-error");
      g.writeEndObject();
      text(g, "message", e.oneLine());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndArray();
  }

  private static void result(JsonGenerator g, CheckResult r, List<String> ids, String input, Finding x,
                             WaivedFinding waived) throws IOException {
    g.writeStartObject();
    g.writeStringField("ruleId", x.controlId());
    g.writeNumberField("ruleIndex", ids.indexOf(x.controlId()));
    g.writeStringField("level", level(x.enforcement()));
    text(g, "message", x.message() + " Remediation: " + x.remediation());
    g.writeArrayFieldStart("locations");
    g.writeStartObject();
    g.writeObjectFieldStart("physicalLocation");
    g.writeObjectFieldStart("artifactLocation");
    g.writeStringField("uri", Uris.relativeReference(input));
    g.writeEndObject();
    // the URN is the real location; line 1 gives code-scanning UIs a place to anchor the alert
    g.writeObjectFieldStart("region");
    g.writeNumberField("startLine", 1);
    g.writeEndObject();
    g.writeEndObject();
    g.writeArrayFieldStart("logicalLocations");
    g.writeStartObject();
    g.writeStringField("fullyQualifiedName", x.urn());
    g.writeStringField("kind", "resource");
    g.writeEndObject();
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndArray();
    g.writeObjectFieldStart("partialFingerprints");
    g.writeStringField("rampartFinding/v1", sha256(x.controlId() + "\n" + x.urn()));
    g.writeEndObject();
    if (waived != null) {
      g.writeArrayFieldStart("suppressions");
      g.writeStartObject();
      g.writeStringField("kind", "external");
      g.writeStringField("status", "accepted");
      g.writeStringField("justification", waived.waiver().reason() + " (owner " + waived.waiver().owner()
          + ", expires " + waived.waiver().expires() + ", " + waived.waiver().describe() + " in "
          + waived.waiver().sourceFile() + ")");
      g.writeEndObject();
      g.writeEndArray();
    }
    g.writeObjectFieldStart("properties");
    g.writeStringField("severity", x.severity().label());
    g.writeStringField("enforcement", x.enforcement().label());
    g.writeStringField("urn", x.urn());
    g.writeEndObject();
    g.writeEndObject();
  }

  static String level(Enforcement e) {
    return switch (e) {
      case MANDATORY -> "error";
      case ADVISORY -> "warning";
      case DISABLED -> "none";
    };
  }

  private static String securitySeverity(Severity s) {
    return switch (s) {
      case CRITICAL -> "9.5";
      case HIGH -> "8.0";
      case MEDIUM -> "5.5";
      case LOW -> "3.0";
    };
  }

  /** SARIF rule names are PascalCase identifiers. */
  private static String ruleName(Control c) {
    String src = nonEmpty(c.title(), c.id());
    StringBuilder sb = new StringBuilder();
    boolean up = true;
    for (char ch : src.toCharArray()) {
      if (Character.isLetterOrDigit(ch)) {
        sb.append(up ? Character.toUpperCase(ch) : ch);
        up = false;
      } else {
        up = true;
      }
    }
    if (sb.length() == 0 || !Character.isLetter(sb.charAt(0))) sb.insert(0, "Rule");
    return sb.toString();
  }

  private static void text(JsonGenerator g, String field, String text) throws IOException {
    g.writeObjectFieldStart(field);
    g.writeStringField("text", text);
    g.writeEndObject();
  }

  private static String nonEmpty(String s, String fallback) { return s == null || s.isBlank() ? fallback : s; }

  private static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
