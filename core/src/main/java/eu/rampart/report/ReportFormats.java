package eu.rampart.report;

import java.util.List;
import java.util.Optional;

/** The output formats of {@code rampart check --output}. */
public final class ReportFormats {
  private ReportFormats() {}

  public static List<String> names() { return List.of("text", "json", "sarif", "junit", "markdown", "github"); }

  public static Optional<ReportFormat> byName(String name) {
    if (name == null) return Optional.empty();
    return Optional.ofNullable(switch (name) {
      case "text" -> new TextReport();
      case "json" -> new JsonReport();
      case "sarif" -> new SarifReport();
      case "junit" -> new JunitReport();
      case "markdown" -> new MarkdownReport();
      case "github" -> new GithubReport();
      default -> null;
    });
  }
}
