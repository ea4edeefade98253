package eu.rampart.report;

import eu.rampart.check.CheckError;
import eu.rampart.check.CheckResult;
import eu.rampart.check.Enforcement;
import eu.rampart.check.FailOn;
import eu.rampart.check.FileResult;
import eu.rampart.check.Finding;
import eu.rampart.check.Severity;
import eu.rampart.check.WaivedFinding;
import eu.rampart.check.WaiverNotice;

/** A pull/merge-request comment: verdict, summary table, findings by severity, collapsible details. */
public final class MarkdownReport implements ReportFormat {
  /**
   * Rows shown per table. GitHub refuses comments over 65,536 characters, so a large plan's
   * findings are cut here and the rest counted; the JSON and SARIF reports have them all.
   */
  static final int MAX_ROWS = 50;

  @Override
  public String name() { return "markdown"; }

  @Override
  public String render(CheckResult r, FailOn failOn) {
    int code = r.exitCode(failOn);
    String verdict = switch (code) {
      case 0 -> "✅ passed";
      case 1 -> "❌ failed";
      case 2 -> "⚠️ input error";
      default -> "⚠️ evaluation error";
    };
    StringBuilder sb = new StringBuilder();
    sb.append("## rampart check: ").append(verdict).append(" (environment `").append(code(r.environment())).append("`)\n\n");
    sb.append("| Result | Count |\n|---|---:|\n");
    sb.append("| Mandatory findings | ").append(r.count(Enforcement.MANDATORY)).append(" |\n");
    sb.append("| Advisory findings | ").append(r.count(Enforcement.ADVISORY)).append(" |\n");
    sb.append("| Waived findings | ").append(r.waivedCount()).append(" |\n");
    sb.append("| Waiver warnings | ").append(r.notices().size()).append(" |\n");
    sb.append("| Errors | ").append(r.allErrors().size()).append(" |\n");
    sb.append("| Resources checked | ").append(r.resourceCount()).append(" |\n");
    sb.append("| Inputs | ").append(r.files().size()).append(" |\n\n");
    sb.append("Fails on: **").append(failOn.label()).append("**. Exit code ").append(code).append(".\n");

    if (!r.allErrors().isEmpty()) {
      sb.append("\n### Errors\n\n");
      for (CheckError e : r.allErrors()) {
        sb.append("- **").append(e.kind() == CheckError.Kind.INPUT ? "input error" : "evaluation error").append("**: ")
            .append(inline(e.oneLine())).append('\n');
      }
    }
    for (Severity s : Severity.values()) {
      StringBuilder rows = new StringBuilder();
      StringBuilder details = new StringBuilder();
      int n = 0;
      for (FileResult f : r.files()) {
        for (Finding x : f.findings()) {
          if (x.severity() != s) continue;
          n++;
          if (n > MAX_ROWS) continue;
          rows.append("| ").append(cell(x.controlId())).append(" | ").append(x.enforcement().label())
              .append(" | `").append(code(x.urn())).append("` | ").append(cell(x.message())).append(" |\n");
          details.append("- **").append(inline(x.controlId())).append("** `").append(code(x.urn())).append("` in `")
              .append(code(f.input())).append("`  \n  Fix: ").append(inline(x.remediation())).append(references(r, x)).append('\n');
        }
      }
      if (n == 0) continue;
      String title = s.label().substring(0, 1).toUpperCase() + s.label().substring(1);
      sb.append("\n### ").append(title).append(" (").append(n).append(")\n\n");
      sb.append("| Control | Enforcement | Resource | Problem |\n|---|---|---|---|\n").append(rows);
      if (n > MAX_ROWS) sb.append("\n").append(more(n)).append('\n');
      sb.append("\n<details><summary>How to fix (").append(Math.min(n, MAX_ROWS)).append(")</summary>\n\n").append(details).append("\n</details>\n");
    }
    if (r.waivedCount() > 0) {
      sb.append("\n<details><summary>Waived findings (").append(r.waivedCount()).append(")</summary>\n\n");
      sb.append("| Control | Resource | Reason | Owner | Expires |\n|---|---|---|---|---|\n");
      int shown = 0;
      for (FileResult f : r.files()) {
        for (WaivedFinding w : f.waived()) {
          if (++shown > MAX_ROWS) continue;
          sb.append("| ").append(cell(w.finding().controlId())).append(" | `").append(code(w.finding().urn())).append("` | ")
              .append(cell(w.waiver().reason())).append(" | ").append(cell(w.waiver().owner())).append(" | ")
              .append(w.waiver().expires()).append(" |\n");
        }
      }
      if (shown > MAX_ROWS) sb.append("\n").append(more(shown)).append('\n');
      sb.append("\n</details>\n");
    }
    if (!r.notices().isEmpty()) {
      sb.append("\n### Waiver warnings\n\n");
      for (WaiverNotice n : r.notices()) sb.append("- ⚠️ ").append(inline(n.message())).append('\n');
    }
    sb.append("\n<sub>").append(inline(r.summaryLine(failOn))).append("</sub>\n");
    return sb.toString();
  }

  private static String more(int total) {
    return "… and " + (total - MAX_ROWS) + " more (" + total + " in all): see the JSON or SARIF report for every finding.";
  }

  /** Text inside a table cell: no pipes, no line breaks, no HTML, no emphasis surprises. */
  public static String cell(String s) { return inline(s).replace("|", "\\|"); }

  /** Inline Markdown text with its special characters escaped. */
  public static String inline(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      switch (c) {
        case '\\', '`', '*', '_', '[', ']', '#', '|', '~' -> sb.append('\\').append(c);
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '\n' -> sb.append(' ');
        case '\r' -> { }
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  /** Text inside a code span: backticks and line breaks cannot appear; pipes are escaped for tables. */
  public static String code(String s) {
    return s.replace('`', '\'').replace('\n', ' ').replace("\r", "").replace("|", "\\|");
  }

  /** "  \n  References: GDPR Art. 32(1)(a); ISO/IEC 27001:2022 A.8.24" for the finding's control, or "". */
  private static String references(CheckResult r, Finding x) {
    for (eu.rampart.check.Control c : r.controls()) {
      if (c.id().equals(x.controlId()) && !c.references().isEmpty()) return "  \n  References: " + inline(String.join("; ", c.references()));
    }
    return "";
  }
}
