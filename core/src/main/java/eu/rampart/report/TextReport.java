package eu.rampart.report;

import eu.rampart.check.CheckError;
import eu.rampart.check.CheckResult;
import eu.rampart.check.Control;
import eu.rampart.check.FailOn;
import eu.rampart.check.FileResult;
import eu.rampart.check.Finding;
import eu.rampart.check.Severity;
import eu.rampart.check.WaivedFinding;
import eu.rampart.check.WaiverNotice;

/** Human-readable report: findings grouped by severity (critical first), then waivers, errors, summary. */
public final class TextReport implements ReportFormat {
  @Override
  public String name() { return "text"; }

  @Override
  public String render(CheckResult r, FailOn failOn) {
    StringBuilder sb = new StringBuilder();
    sb.append("rampart check: environment ").append(r.environment()).append('\n');
    for (FileResult f : r.files()) {
      sb.append("  input ").append(f.input());
      if (f.resourceCount() >= 0) sb.append(" (").append(f.resourceCount()).append(" resources)");
      sb.append('\n');
    }
    for (Severity s : Severity.values()) {
      int n = 0;
      for (FileResult f : r.files()) for (Finding x : f.findings()) if (x.severity() == s) n++;
      if (n == 0) continue;
      sb.append('\n').append(s.name()).append(" (").append(n).append(")\n");
      for (FileResult f : r.files()) {
        for (Finding x : f.findings()) {
          if (x.severity() != s) continue;
          Control c = r.control(x);
          sb.append("  ").append(x.controlId()).append(" [").append(x.enforcement().label()).append("] ")
              .append(c.title()).append('\n');
          field(sb, "resource", x.urn());
          field(sb, "input", f.input());
          field(sb, "problem", x.message());
          field(sb, "fix", x.remediation());
          f.expiredWaiverFor(x).ifPresent(w -> field(sb, "waiver", w.describe() + " expired on " + w.expires()
              + ": this finding counts again"));
        }
      }
    }
    if (r.waivedCount() > 0) {
      sb.append("\nWAIVED (").append(r.waivedCount()).append(")\n");
      for (FileResult f : r.files()) {
        for (WaivedFinding w : f.waived()) {
          Finding x = w.finding();
          sb.append("  ").append(x.controlId()).append(" [").append(x.severity().label()).append(", ")
              .append(x.enforcement().label()).append("] waived until ").append(w.waiver().expires())
              .append(" by ").append(w.waiver().owner()).append('\n');
          field(sb, "resource", x.urn());
          field(sb, "problem", x.message());
          field(sb, "reason", w.waiver().reason());
        }
      }
    }
    if (!r.notices().isEmpty()) {
      sb.append("\nWAIVER WARNINGS (").append(r.notices().size()).append(")\n");
      for (WaiverNotice n : r.notices()) {
        sb.append("  warning: ").append(oneLine(n.message())).append(" [").append(n.waiver().sourceFile()).append("]\n");
      }
    }
    if (!r.allErrors().isEmpty()) {
      sb.append("\nERRORS (").append(r.allErrors().size()).append(")\n");
      for (CheckError e : r.allErrors()) {
        sb.append("  ").append(e.kind() == CheckError.Kind.INPUT ? "input error: " : "evaluation error: ")
            .append(e.oneLine()).append('\n');
      }
    }
    sb.append('\n').append(r.summaryLine(failOn)).append('\n');
    return sb.toString();
  }

  private static void field(StringBuilder sb, String label, String value) {
    sb.append("    ").append(label).append(':').append(" ".repeat(Math.max(1, 10 - label.length())))
        .append(oneLine(value).replace("\n", "\n              ")).append('\n');
  }

  private static String oneLine(String s) { return s.replace("\r", ""); }
}
