package eu.rampart.diff;

import eu.rampart.plan.secret.SecretMasker;
import java.util.Locale;

/** Output formats of {@code rampart diff}. Every rendering passes through the secret masker. */
public enum DiffFormat {
  MARKDOWN, JSON, HTML;

  public static DiffFormat parse(String s) {
    try {
      return valueOf(s.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown output format '" + s + "': expected markdown, json or html");
    }
  }

  public String render(DiffReport unmasked, SecretMasker masker) {
    DiffReport report = unmasked.mapText(masker::mask);
    String text = switch (this) {
      case MARKDOWN -> MarkdownDiff.render(report);
      case JSON -> JsonDiff.render(report);
      case HTML -> HtmlDiff.render(report);
    };
    return masker.mask(text);
  }
}
