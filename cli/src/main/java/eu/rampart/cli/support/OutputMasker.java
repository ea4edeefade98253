package eu.rampart.cli.support;

import eu.rampart.plan.secret.SecretMasker;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The last filter before anything is written (reports, stderr): replaces every known secret value
 * in every form a writer can print it (core's {@link SecretMasker}, one masker for every writer)
 * and Pulumi's secret markers. Secrets are added as soon as they are known: the environment's
 * {@code fn::secret} values when it is loaded, an input's secrets as soon as it is parsed.
 */
public final class OutputMasker implements UnaryOperator<String> {
  public static final String MASK = "[masked]";
  /** Pulumi's signature key for secrets, resource references and assets. */
  static final String SIGNATURE_KEY = eu.rampart.plan.input.PulumiValues.SIG_KEY;
  private static final List<String> MARKERS = List.of(SIGNATURE_KEY, eu.rampart.plan.input.PulumiValues.SECRET);
  /** Shorter values would mask ordinary words ("true", "1"): such values are not secrets anyone could use. */
  static final int MIN_SECRET_LENGTH = SecretMasker.MIN_LENGTH;

  private final Set<String> secrets = new LinkedHashSet<>();
  private final List<UnaryOperator<String>> delegates = new ArrayList<>();
  private SecretMasker masker = SecretMasker.NONE;

  public synchronized void addSecret(String value) {
    if (value == null || value.length() < MIN_SECRET_LENGTH) return;
    if (secrets.add(value)) masker = null;
  }

  public synchronized void addSecrets(Collection<String> values) {
    for (String v : values) addSecret(v);
  }

  /** Another masker applied first. */
  public synchronized void addDelegate(UnaryOperator<String> other) { delegates.add(other); }

  @Override
  public synchronized String apply(String text) {
    if (text == null) return null;
    String out = text;
    for (UnaryOperator<String> d : delegates) out = d.apply(out);
    if (masker == null) masker = new SecretMasker(secrets);
    out = masker.mask(out);
    for (String m : MARKERS) if (out.contains(m)) out = out.replace(m, MASK);
    return out;
  }
}
