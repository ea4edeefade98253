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

  /** Compiled once: String.split compiles a pattern of more than one character on every call. */
  public static final java.util.regex.Pattern LINE_BREAKS = java.util.regex.Pattern.compile("[\\r\\n]+");

  private final Set<String> secrets;
  private final AhoCorasick automaton;

  public SecretMasker(Collection<String> secrets) {
    TreeSet<String> s = new TreeSet<>();
    for (String x : secrets) {
      if (x == null || x.length() < MIN_LENGTH || x.equals(MASK)) continue;
      s.addAll(forms(x));
    }
    this.secrets = java.util.Collections.unmodifiableSet(s);
    // the automaton's root table is 64 Ki entries: not worth building when there is nothing to find
    this.automaton = s.isEmpty() ? null : new AhoCorasick(s);
  }

  /**
   * Every way a secret can appear in output: as is, as each writer escapes it
   * ({@link WriterEscapes#ALL}), as JSON text quotes it ({@link WriterEscapes#JSON_TEXT}, for raw
   * input lines and JSON inside a report) and that again through each writer, and line by line,
   * since writers break or indent multi-line values (a secret with {@code \r\n} shows as separate
   * lines in the text report). Over-masking costs nothing; a miss leaks.
   */
  static java.util.Set<String> forms(String secret) {
    java.util.Set<String> bases = new java.util.LinkedHashSet<>();
    bases.add(secret);
    for (String piece : LINE_BREAKS.split(secret)) {
      if (piece.strip().length() >= MIN_LENGTH) {
        bases.add(piece);
        bases.add(piece.strip());
      }
    }
    java.util.Set<String> out = new java.util.LinkedHashSet<>();
    for (String b : bases) {
      java.util.List<String> quoted = new java.util.ArrayList<>();
      quoted.add(b);
      for (java.util.function.UnaryOperator<String> j : WriterEscapes.JSON_TEXT) quoted.add(j.apply(b));
      for (String q : quoted) {
        out.add(q);
        for (java.util.function.UnaryOperator<String> e : WriterEscapes.ALL) out.add(e.apply(q));
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
}
