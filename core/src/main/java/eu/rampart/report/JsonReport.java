package eu.rampart.report;

import com.fasterxml.jackson.core.JsonGenerator;
import eu.rampart.check.CheckError;
import eu.rampart.check.CheckResult;
import eu.rampart.check.Enforcement;
import eu.rampart.check.FailOn;
import eu.rampart.check.FileResult;
import eu.rampart.check.Finding;
import eu.rampart.check.WaivedFinding;
import eu.rampart.check.Waiver;
import eu.rampart.check.WaiverNotice;
import java.io.IOException;
import java.util.Locale;

/** Machine-readable report, schema {@code rampart-check/v1} (documented in docs/check.md). */
public final class JsonReport implements ReportFormat {
  public static final String SCHEMA = "rampart-check/v1";

  @Override
  public String name() { return "json"; }

  @Override
  public String render(CheckResult r, FailOn failOn) {
    return JsonWriting.write(g -> {
      int code = r.exitCode(failOn);
      g.writeStartObject();
      g.writeStringField("format", SCHEMA);
      g.writeStringField("environment", r.environment());
      g.writeStringField("failOn", failOn.label());
      g.writeNumberField("exitCode", code);
      g.writeBooleanField("passed", code == 0);
      g.writeObjectFieldStart("summary");
      g.writeNumberField("inputs", r.files().size());
      g.writeNumberField("resources", r.resourceCount());
      g.writeNumberField("mandatory", r.count(Enforcement.MANDATORY));
      g.writeNumberField("advisory", r.count(Enforcement.ADVISORY));
      g.writeNumberField("waived", r.waivedCount());
      g.writeNumberField("waiverWarnings", r.notices().size());
      g.writeNumberField("errors", r.allErrors().size());
      g.writeEndObject();
      g.writeArrayFieldStart("inputs");
      for (FileResult f : r.files()) {
        g.writeStartObject();
        g.writeStringField("input", f.input());
        if (f.resourceCount() >= 0) g.writeNumberField("resources", f.resourceCount());
        else g.writeNullField("resources");
        g.writeArrayFieldStart("findings");
        for (Finding x : f.findings()) {
          g.writeStartObject();
          finding(g, r, x);
          java.util.Optional<Waiver> lapsed = f.expiredWaiverFor(x);
          if (lapsed.isPresent()) {
            g.writeObjectFieldStart("expiredWaiver");
            waiver(g, lapsed.get());
            g.writeEndObject();
          }
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("waived");
        for (WaivedFinding w : f.waived()) {
          g.writeStartObject();
          finding(g, r, w.finding());
          g.writeObjectFieldStart("waiver");
          waiver(g, w.waiver());
          g.writeEndObject();
          g.writeEndObject();
        }
        g.writeEndArray();
        errors(g, f.errors());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("waiverWarnings");
      for (WaiverNotice n : r.notices()) {
        g.writeStartObject();
        g.writeStringField("kind", n.kind().name().toLowerCase(Locale.ROOT));
        g.writeStringField("message", n.message());
        waiver(g, n.waiver());
        g.writeEndObject();
      }
      g.writeEndArray();
      errors(g, r.errors());
      g.writeStringField("summaryLine", r.summaryLine(failOn));
      g.writeEndObject();
    });
  }

  private static void finding(JsonGenerator g, CheckResult r, Finding x) throws IOException {
    g.writeStringField("id", x.controlId());
    g.writeStringField("title", r.control(x).title());
    g.writeStringField("severity", x.severity().label());
    g.writeStringField("enforcement", x.enforcement().label());
    g.writeStringField("urn", x.urn());
    g.writeStringField("message", x.message());
    g.writeStringField("remediation", x.remediation());
  }

  private static void waiver(JsonGenerator g, Waiver w) throws IOException {
    g.writeStringField("file", w.sourceFile());
    g.writeNumberField("index", w.index());
    g.writeStringField("rule", w.rule());
    g.writeStringField("urn", w.urn().pattern());
    g.writeStringField("reason", w.reason());
    g.writeStringField("owner", w.owner());
    g.writeStringField("expires", w.expires().toString());
  }

  private static void errors(JsonGenerator g, java.util.List<CheckError> errors) throws IOException {
    g.writeArrayFieldStart("errors");
    for (CheckError e : errors) {
      g.writeStartObject();
      g.writeStringField("kind", e.kind() == CheckError.Kind.INPUT ? "input" : "evaluation");
      g.writeStringField("source", e.source());
      g.writeStringField("message", e.message());
      g.writeEndObject();
    }
    g.writeEndArray();
  }
}
