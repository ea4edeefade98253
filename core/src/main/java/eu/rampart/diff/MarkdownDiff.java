package eu.rampart.diff;

import java.util.List;

/** Renders a {@link DiffReport} as GitHub-flavoured Markdown (for PR comments and terminals). */
public final class MarkdownDiff {
  private MarkdownDiff() {}

  public static String render(DiffReport r) {
    StringBuilder sb = new StringBuilder();
    sb.append("# rampart diff\n\n");
    if (r.after() == null) sb.append("Planned changes in `").append(code(r.before())).append("`\n\n");
    else sb.append("`").append(code(r.before())).append("` → `").append(code(r.after())).append("`\n\n");
    sb.append("**Summary:** ").append(r.summaryLine()).append("; ")
        .append(r.destructive().size()).append(" destructive change(s) to stateful resources\n\n");

    List<ResourceChange> destructive = r.destructive();
    sb.append("## Destructive changes to stateful resources\n\n");
    if (destructive.isEmpty()) sb.append("None.\n\n");
    else {
      sb.append("> [!CAUTION]\n> These delete or replace resources that hold data, keys or audit logs. Review them first.\n\n");
      for (ResourceChange c : destructive) {
        sb.append("- **").append(c.kind().label().toUpperCase()).append("** `").append(code(c.type())).append("` **")
            .append(cell(c.name())).append("**");
        if (!c.reason().isEmpty()) sb.append(" (").append(cell(c.reason())).append(")");
        sb.append("  \n  `").append(code(c.urn())).append("`\n");
      }
      sb.append('\n');
    }

    sb.append("## Security-relevant property changes\n\n");
    List<ResourceChange> sec = r.withSecurityChanges();
    if (sec.isEmpty()) sb.append("None.\n\n");
    for (ResourceChange c : sec) {
      sb.append("### ").append(c.kind().label()).append(" `").append(code(c.type())).append("` ").append(cell(c.name())).append("\n\n");
      sb.append("| property | before | after |\n|---|---|---|\n");
      for (PropertyChange p : c.securityChanges()) {
        sb.append("| `").append(code(p.path())).append("` | ").append(value(p.before())).append(" | ").append(value(p.after())).append(" |\n");
      }
      if (c.omitted() > 0) sb.append("\n… and ").append(c.omitted()).append(" more security-relevant change(s)\n");
      sb.append('\n');
    }

    sb.append("## All changes\n\n");
    List<ResourceChange> ordered = r.ordered();
    if (ordered.isEmpty()) sb.append("No changes.\n\n");
    else {
      sb.append("| change | type | name | stateful |\n|---|---|---|---|\n");
      for (ResourceChange c : ordered) {
        sb.append("| ").append(c.kind().label()).append(" | `").append(code(c.type())).append("` | ").append(cell(c.name()))
            .append(" | ").append(c.stateful() ? "yes" : "").append(" |\n");
      }
      sb.append('\n');
    }

    sb.append("## Policy delta\n\n").append(r.policyLine()).append("\n\n");
    PolicyDelta d = r.delta();
    if (d.evaluated()) {
      findings(sb, "New findings", d.added());
      findings(sb, "Fixed findings", d.fixed());
      findings(sb, "Unchanged findings", d.unchanged());
    }
    return sb.toString();
  }

  private static void findings(StringBuilder sb, String title, List<PolicyFinding> fs) {
    sb.append("### ").append(title).append(" (").append(fs.size()).append(")\n\n");
    if (fs.isEmpty()) return;
    sb.append("| rule | severity | enforcement | resource | message |\n|---|---|---|---|---|\n");
    for (PolicyFinding f : fs) {
      sb.append("| ").append(cell(f.id())).append(" | ").append(cell(f.severity())).append(" | ").append(cell(f.enforcement()))
          .append(" | `").append(code(f.urn())).append("` | ").append(cell(f.message())).append(" |\n");
    }
    sb.append('\n');
  }

  private static String value(String v) {
    return v == null ? "*(absent)*" : "`" + code(abbreviate(v)) + "`";
  }

  static String abbreviate(String v) {
    return v.length() > 160 ? v.substring(0, 157) + "..." : v;
  }

  public static String code(String s) {
    return s == null ? "" : s.replace("`", "'").replace("|", "\\|").replace("\n", " ");
  }

  public static String cell(String s) {
    return s == null ? "" : s.replace("|", "\\|").replace("\n", " ");
  }
}
