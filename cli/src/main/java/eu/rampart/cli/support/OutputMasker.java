package eu.rampart.cli.support;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The last filter before anything is written (reports, stderr): replaces every known secret value
 * and Pulumi's secret markers. Values come from the inputs' secret masker; markers are fixed.
 */
public final class OutputMasker implements UnaryOperator<String> {
  public static final String MASK = "[masked]";
  /** Pulumi's signature key for secrets, resource references and assets. */
  static final String SIGNATURE_KEY = "4dabf18193072939515e22adb298388d";
  private static final List<String> MARKERS = List.of(SIGNATURE_KEY, "[secret]");
  /** Shorter values would mask ordinary words ("true", "1"): such values are not secrets anyone could use. */
  static final int MIN_SECRET_LENGTH = 4;

  private final List<String> secrets = new ArrayList<>();
  private final List<UnaryOperator<String>> delegates = new ArrayList<>();

  public synchronized void addSecret(String value) {
    if (value == null || value.length() < MIN_SECRET_LENGTH) return;
    // the same value as each output format escapes it (JSON/SARIF, XML, Markdown, workflow commands)
    for (String v : List.of(value, jsonEscaped(value), xmlEscaped(value), value.replace("%", "%25").replace("\n", "%0A"))) {
      if (!secrets.contains(v)) secrets.add(v);
    }
    // longest first so that a secret containing another is masked whole
    secrets.sort(Comparator.comparingInt(String::length).reversed());
  }

  public synchronized void addSecrets(Set<String> values) {
    for (String v : new LinkedHashSet<>(values)) addSecret(v);
  }

  static String jsonEscaped(String s) {
    String q = eu.rampart.rego.value.Json.write(eu.rampart.rego.value.StringValue.of(s));
    return q.substring(1, q.length() - 1);
  }

  static String xmlEscaped(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  /** Another masker (e.g. the readers' secret masker) applied first. */
  public synchronized void addDelegate(UnaryOperator<String> masker) { delegates.add(masker); }

  @Override
  public synchronized String apply(String text) {
    if (text == null) return null;
    String out = text;
    for (UnaryOperator<String> d : delegates) out = d.apply(out);
    for (String s : secrets) if (out.contains(s)) out = out.replace(s, MASK);
    for (String m : MARKERS) if (out.contains(m)) out = out.replace(m, MASK);
    return out;
  }
}
