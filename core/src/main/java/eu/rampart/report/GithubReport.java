package eu.rampart.report;

import eu.rampart.check.CheckError;
import eu.rampart.check.CheckResult;
import eu.rampart.check.Enforcement;
import eu.rampart.check.FailOn;
import eu.rampart.check.FileResult;
import eu.rampart.check.Finding;
import eu.rampart.check.WaivedFinding;
import eu.rampart.check.WaiverNotice;

/**
 * GitHub Actions workflow commands: {@code ::error} for mandatory findings and errors,
 * {@code ::warning} for advisory findings and waiver warnings, {@code ::notice} for waived findings.
 * Every value is escaped so a message can never end the command or start a new one.
 */
public final class GithubReport implements ReportFormat {
  @Override
  public String name() { return "github"; }

  @Override
  public String render(CheckResult r, FailOn failOn) {
    StringBuilder sb = new StringBuilder();
    for (CheckError e : r.allErrors()) {
      command(sb, "error", e.kind() == CheckError.Kind.INPUT ? "rampart input error" : "rampart evaluation error",
          e.source(), e.oneLine());
    }
    for (FileResult f : r.files()) {
      for (Finding x : f.findings()) {
        command(sb, x.enforcement() == Enforcement.MANDATORY ? "error" : "warning",
            x.controlId() + " (" + x.severity().label() + ", " + x.enforcement().label() + ")", f.input(),
            x.urn() + "\n" + x.message() + "\nFix: " + x.remediation());
      }
      for (WaivedFinding w : f.waived()) {
        command(sb, "notice", w.finding().controlId() + " waived until " + w.waiver().expires(), f.input(),
            w.finding().urn() + "\n" + w.finding().message() + "\nWaived by " + w.waiver().owner() + ": " + w.waiver().reason());
      }
    }
    for (WaiverNotice n : r.notices()) {
      command(sb, "warning", "rampart waiver " + n.kind().name().toLowerCase(), n.waiver().sourceFile(), n.message());
    }
    sb.append(escapeData(r.summaryLine(failOn))).append('\n');
    return sb.toString();
  }

  private static void command(StringBuilder sb, String kind, String title, String file, String message) {
    sb.append("::").append(kind).append(" ");
    if (file != null && !file.isEmpty()) sb.append("file=").append(escapeProperty(file)).append(',');
    sb.append("title=").append(escapeProperty(title)).append("::").append(escapeData(message)).append('\n');
  }

  /** Escaping of a command's message (as in @actions/core). */
  public static String escapeData(String s) {
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** Escaping of a command property value (as in @actions/core). */
  public static String escapeProperty(String s) {
    return escapeData(s).replace(":", "%3A").replace(",", "%2C");
  }
}
