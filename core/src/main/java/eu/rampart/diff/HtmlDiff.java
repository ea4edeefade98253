package eu.rampart.diff;

import java.util.List;
import java.util.Map;

/**
 * Renders a {@link DiffReport} as one self-contained HTML page: inline CSS, no scripts, no
 * external assets, so it can be attached to a change request and opened offline.
 */
public final class HtmlDiff {
  private HtmlDiff() {}

  private static final String CSS = """
      body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2rem auto;max-width:1180px;color:#1b1f24;line-height:1.45;padding:0 1rem}
      h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #d0d7de;padding-bottom:.3rem}
      h3{font-size:1rem;margin:1.2rem 0 .4rem}.sub{color:#57606a;margin-top:0}
      code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.85em;word-break:break-all}
      .counts{display:flex;gap:.8rem;flex-wrap:wrap;margin:1rem 0}
      .count{border:1px solid #d0d7de;border-radius:8px;padding:.6rem 1rem;min-width:6.5rem;text-align:center}
      .count b{display:block;font-size:1.6rem}.count.destructive{border-color:#cf222e;color:#a40e26;background:#ffebe9}
      .danger{border:2px solid #cf222e;background:#ffebe9;border-radius:8px;padding:.8rem 1.2rem;margin:1rem 0}
      .danger h2{color:#a40e26;border-bottom-color:#ff818266;margin-top:.2rem}
      .ok{border:1px solid #2da44e;background:#dafbe1;border-radius:8px;padding:.6rem 1rem}
      table{border-collapse:collapse;width:100%;margin:.4rem 0 1rem;font-size:.9rem}
      th,td{border:1px solid #d0d7de;padding:.35rem .55rem;text-align:left;vertical-align:top}th{background:#f6f8fa}
      .kind{font-weight:600;text-transform:uppercase;font-size:.8rem;padding:.1rem .4rem;border-radius:4px;white-space:nowrap}
      .delete,.replace{background:#ffebe9;color:#a40e26}.update{background:#fff8c5;color:#7d4e00}.create{background:#dafbe1;color:#116329}
      .count.zero{background:#fff;color:#57606a;border-color:#d0d7de}
      .absent{color:#8c959f;font-style:italic}.note{color:#57606a}.notevaluated{border:1px solid #bf8700;background:#fff8c5;border-radius:8px;padding:.6rem 1rem}
      """;

  public static String render(DiffReport r) {
    StringBuilder sb = new StringBuilder(16_384);
    sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>rampart diff</title><style>").append(CSS).append("</style></head><body>\n");
    sb.append("<h1>rampart diff</h1>\n<p class=\"sub\">");
    if (r.after() == null) sb.append("Planned changes in <code>").append(esc(r.before())).append("</code>");
    else sb.append("<code>").append(esc(r.before())).append("</code> &rarr; <code>").append(esc(r.after())).append("</code>");
    sb.append("</p>\n");

    Map<ChangeKind, Integer> counts = r.counts();
    sb.append("<div class=\"counts\" id=\"summary\">");
    count(sb, "destructive", "destructive", r.destructive().size());
    for (ChangeKind k : List.of(ChangeKind.CREATE, ChangeKind.UPDATE, ChangeKind.REPLACE, ChangeKind.DELETE, ChangeKind.SAME)) {
      count(sb, k.label(), k.label(), counts.get(k));
    }
    sb.append("</div>\n<p id=\"summary-line\">").append(esc(r.summaryLine())).append("</p>\n");

    List<ResourceChange> destructive = r.destructive();
    if (!destructive.isEmpty()) {
      sb.append("<section class=\"danger\" id=\"destructive\"><h2>Destructive changes to stateful resources</h2>")
          .append("<p>These delete or replace resources that hold data, keys or audit logs. Review them first.</p>")
          .append("<table><tr><th>change</th><th>type</th><th>name</th><th>reason</th><th>URN</th></tr>");
      for (ResourceChange c : destructive) {
        sb.append("<tr><td><span class=\"kind ").append(c.kind().label()).append("\">").append(c.kind().label())
            .append("</span></td><td><code>").append(esc(c.type())).append("</code></td><td><b>").append(esc(c.name()))
            .append("</b></td><td>").append(esc(c.reason())).append("</td><td><code>").append(esc(c.urn())).append("</code></td></tr>");
      }
      sb.append("</table></section>\n");
    } else {
      sb.append("<p class=\"ok\" id=\"destructive\">No stateful resource is deleted or replaced.</p>\n");
    }

    sb.append("<h2>Security-relevant property changes</h2>\n");
    List<ResourceChange> sec = r.withSecurityChanges();
    if (sec.isEmpty()) sb.append("<p class=\"note\">None.</p>\n");
    for (ResourceChange c : sec) {
      sb.append("<h3><span class=\"kind ").append(c.kind().label()).append("\">").append(c.kind().label()).append("</span> <code>")
          .append(esc(c.type())).append("</code> ").append(esc(c.name())).append("</h3>\n")
          .append("<table><tr><th>property</th><th>before</th><th>after</th></tr>");
      for (PropertyChange p : c.securityChanges()) {
        sb.append("<tr><td><code>").append(esc(p.path())).append("</code></td><td>").append(value(p.before()))
            .append("</td><td>").append(value(p.after())).append("</td></tr>");
      }
      sb.append("</table>");
      if (c.omitted() > 0) sb.append("<p class=\"note\">… and ").append(c.omitted()).append(" more security-relevant change(s)</p>");
      sb.append('\n');
    }

    sb.append("<h2>All changes</h2>\n");
    List<ResourceChange> ordered = r.ordered();
    if (ordered.isEmpty()) sb.append("<p class=\"note\">No changes.</p>\n");
    else {
      sb.append("<table id=\"changes\"><tr><th>change</th><th>type</th><th>name</th><th>stateful</th></tr>");
      for (ResourceChange c : ordered) {
        sb.append("<tr><td><span class=\"kind ").append(c.kind().label()).append("\">").append(c.kind().label())
            .append("</span></td><td><code>").append(esc(c.type())).append("</code></td><td>").append(esc(c.name()))
            .append("</td><td>").append(c.stateful() ? "yes" : "").append("</td></tr>");
      }
      sb.append("</table>\n");
    }

    sb.append("<h2>Policy delta</h2>\n");
    PolicyDelta d = r.delta();
    if (!d.evaluated()) {
      sb.append("<p class=\"notevaluated\" id=\"policy-delta\">").append(esc(r.policyLine())).append("</p>\n");
    } else {
      sb.append("<p id=\"policy-delta\">").append(esc(r.policyLine())).append("</p>\n");
      findings(sb, "New findings", d.added());
      findings(sb, "Fixed findings", d.fixed());
      findings(sb, "Unchanged findings", d.unchanged());
    }
    sb.append("</body></html>\n");
    return sb.toString();
  }

  private static void count(StringBuilder sb, String cls, String label, int n) {
    sb.append("<div class=\"count ").append(cls).append(n == 0 ? " zero" : "").append("\"><b>").append(n).append("</b>").append(label).append("</div>");
  }

  private static void findings(StringBuilder sb, String title, List<PolicyFinding> fs) {
    sb.append("<h3>").append(title).append(" (").append(fs.size()).append(")</h3>\n");
    if (fs.isEmpty()) return;
    sb.append("<table><tr><th>rule</th><th>severity</th><th>enforcement</th><th>resource</th><th>message</th></tr>");
    for (PolicyFinding f : fs) {
      sb.append("<tr><td>").append(esc(f.id())).append("</td><td>").append(esc(f.severity())).append("</td><td>")
          .append(esc(f.enforcement())).append("</td><td><code>").append(esc(f.urn())).append("</code></td><td>")
          .append(esc(f.message())).append("</td></tr>");
    }
    sb.append("</table>\n");
  }

  private static String value(String v) {
    return v == null ? "<span class=\"absent\">(absent)</span>" : "<code>" + esc(MarkdownDiff.abbreviate(v)) + "</code>";
  }

  public static String esc(String s) {
    if (s == null) return "";
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }
}
