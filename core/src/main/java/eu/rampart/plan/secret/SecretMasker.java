package eu.rampart.plan.secret;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import eu.rampart.report.WriterEscapes;

/**
 * Replaces every occurrence of known secret plaintexts in output text with {@code [secret]}. Built
 * once per run from {@link SecretCollector}; {@link #mask} is a single pass over the text.
 *
 * <p>Values shorter than {@link #MIN_LENGTH} characters are not searched for: masking every "1" or
 * "no" in a report would make it unreadable, and such values never reach reports anyway because
 * the normalised input already replaces secrets by {@code [secret]}. This is the second line of
 * defence for text that did not come through the normaliser (error messages, raw values).
 */
public final class SecretMasker {
  public static final String MASK = "[secret]";
  public static final int MIN_LENGTH = 4;
  public static final SecretMasker NONE = new SecretMasker(List.of());

  private final Set<String> secrets;
  private final AhoCorasick automaton;

  public SecretMasker(Collection<String> secrets) {
    TreeSet<String> s = new TreeSet<>();
    for (String x : secrets) {
      if (x == null || x.length() < MIN_LENGTH || x.equals(MASK)) continue;
      s.addAll(forms(x));
    }
    this.secrets = java.util.Collections.unmodifiableSet(s);
    this.automaton = new AhoCorasick(s);
  }

  /**
   * Every way a secret can appear in output: as is, as each writer escapes it
   * ({@link WriterEscapes#ALL}, also after a JSON escaping, for JSON text inside a report), and
   * line by line, since writers break or indent multi-line values (a secret with {@code \r\n}
   * shows as separate lines in the text report). Over-masking costs nothing; a miss leaks.
   */
  static java.util.Set<String> forms(String secret) {
    java.util.Set<String> bases = new java.util.LinkedHashSet<>();
    bases.add(secret);
    for (String piece : secret.split("[\\r\\n]+")) {
      if (piece.strip().length() >= MIN_LENGTH) {
        bases.add(piece);
        bases.add(piece.strip());
      }
    }
    java.util.Set<String> out = new java.util.LinkedHashSet<>();
    for (String b : bases) {
      out.add(b);
      out.add(jsonEscape(b));
      out.add(jsonEscapeUpper(b));
      out.add(htmlEscape(b));
      out.add(markdownEscape(b));
      for (java.util.function.UnaryOperator<String> e : WriterEscapes.ALL) {
        String once = e.apply(b);
        out.add(once);
        out.add(e.apply(jsonEscape(b)));
        out.add(e.apply(jsonEscapeUpper(b)));
      }
    }
    out.removeIf(f -> f.length() < MIN_LENGTH || f.equals(MASK));
    return out;
  }

  public static SecretMasker combine(SecretMasker a, SecretMasker b) {
    List<String> all = new java.util.ArrayList<>(a.secrets);
    all.addAll(b.secrets);
    return new SecretMasker(all);
  }

  /** Number of distinct strings searched for (including escaped forms). */
  public int size() { return secrets.size(); }

  public boolean isEmpty() { return secrets.isEmpty(); }

  public String mask(String text) {
    if (text == null || secrets.isEmpty()) return text;
    List<int[]> spans = automaton.find(text);
    if (spans.isEmpty()) return text;
    StringBuilder sb = new StringBuilder(text.length());
    int pos = 0;
    for (int[] span : spans) {
      sb.append(text, pos, span[0]).append(MASK);
      pos = span[1];
    }
    return sb.append(text, pos, text.length()).toString();
  }

  /** True when the text contains any known secret. */
  public boolean revealsSecret(String text) {
    return text != null && !secrets.isEmpty() && !automaton.find(text).isEmpty();
  }

  /** Go's JSON escaping (lower-case hex for control characters), as the engine prints strings. */
  static String jsonEscape(String s) { return jsonEscape(s, false); }

  /** Jackson's escaping: short forms for \b \f \n \r \t, upper-case hex for other controls. */
  static String jsonEscapeUpper(String s) { return jsonEscape(s, true); }

  private static String jsonEscape(String s, boolean jackson) {
    StringBuilder sb = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (jackson && c == '\b') sb.append("\\b");
          else if (jackson && c == '\f') sb.append("\\f");
          else if (c < 0x20) sb.append(String.format(jackson ? "\\u%04X" : "\\u%04x", (int) c));
          else sb.append(c);
        }
      }
    }
    return sb.toString();
  }

  /** How Markdown tables show text: backticks become quotes, pipes are escaped, lines joined. */
  static String markdownEscape(String s) {
    return s.replace("`", "'").replace("|", "\\|").replace("\n", " ");
  }

  static String htmlEscape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
  }
}
