package eu.rampart.report;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import eu.rampart.diff.HtmlDiff;
import eu.rampart.diff.MarkdownDiff;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * How each writer escapes text, taken from the writers themselves, so the secret masker can find a
 * secret in any report after escaping: registering a secret registers it as every writer would
 * print it. A writer that gains an escaping adds it here; {@code MaskerFuzzTest} and the bad-input
 * corpus check that no registered secret survives any writer.
 */
public final class WriterEscapes {
  private WriterEscapes() {}

  /** Every escaping a report, diff or log line applies to a string value. */
  public static final List<UnaryOperator<String>> ALL = List.of(
      WriterEscapes::jackson,                       // JSON and SARIF reports, JSON diff (Jackson)
      WriterEscapes::regoJson,                      // rego eval output, values in messages (json.marshal)
      WriterEscapes::goJson,                        // Pulumi's own JSON escaping, quoted in messages
      WriterEscapes::xmlText,                       // JUnit (XMLStreamWriter text)
      WriterEscapes::xmlAttribute,                  // JUnit (XMLStreamWriter attributes)
      HtmlDiff::esc,                                // HTML diff
      MarkdownReport::inline,                       // Markdown report text
      MarkdownReport::cell,
      MarkdownReport::code,
      MarkdownDiff::code,                           // Markdown diff
      MarkdownDiff::cell,
      GithubReport::escapeData,                     // GitHub workflow commands
      GithubReport::escapeProperty,
      s -> s.replace("\r", ""));                    // text report (TextReport.oneLine)

  /**
   * How a string appears quoted inside JSON text that a writer may copy into its output (a
   * Pulumi file's raw line in an error message, JSON embedded in a report): Go's HTML-safe
   * encoding (Pulumi's own files), Go's with HTML escaping off, and Jackson's. The masker
   * registers each of these, also as every writer in {@link #ALL} escapes it in turn.
   */
  public static final List<UnaryOperator<String>> JSON_TEXT = List.of(
      WriterEscapes::goJson,
      WriterEscapes::goJsonPlain,
      WriterEscapes::jackson);

  static String jackson(String s) {
    return new String(JsonStringEncoder.getInstance().quoteAsString(s));
  }

  static String regoJson(String s) {
    String q = eu.rampart.rego.value.Json.write(eu.rampart.rego.value.StringValue.of(s));
    return q.substring(1, q.length() - 1);
  }

  /** Go's encoding/json (HTML-safe: &lt; &gt; &amp; as \u003c \u003e \u0026, lower-case hex). */
  public static String goJson(String s) { return goJson(s, true); }

  /** Go's encoding/json with {@code SetEscapeHTML(false)}: only quotes, backslashes and controls. */
  static String goJsonPlain(String s) { return goJson(s, false); }

  private static String goJson(String s, boolean htmlSafe) {
    StringBuilder sb = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        case '<', '>', '&' -> {
          if (htmlSafe) eu.rampart.rego.value.Json.appendUnicodeEscape(sb, c, false);
          else sb.append(c);
        }
        case '\u2028', '\u2029' -> eu.rampart.rego.value.Json.appendUnicodeEscape(sb, c, false);
        default -> {
          if (c < 0x20) eu.rampart.rego.value.Json.appendUnicodeEscape(sb, c, false);
          else sb.append(c);
        }
      }
    }
    return sb.toString();
  }

  static String xmlText(String s) {
    return Xml.clean(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  static String xmlAttribute(String s) {
    return xmlText(s).replace("\"", "&quot;");
  }
}
