package eu.rampart.plan.engine;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The plain texts of every secret the planner has seen (secret config, values sent wrapped as
 * secrets), so that no message, log line or error it passes on can carry one.
 */
final class SecretTexts {
  static final String MASK = "[secret]";
  private final Set<String> texts = ConcurrentHashMap.newKeySet();
  private volatile boolean unknownSecrets;

  /** A secret config value the program got as the unknown sentinel (it could not be decrypted). */
  void addUnknown() {
    unknownSecrets = true;
  }

  boolean hasUnknownSecrets() {
    return unknownSecrets;
  }

  void add(String text) {
    if (text != null && text.length() >= 3 && !text.equals(Wire.UNKNOWN)) texts.add(text);
  }

  void addAll(Set<String> more) {
    more.forEach(this::add);
  }

  /** Whether {@code s} is, or contains, a secret's text (short secrets only when equal). */
  boolean contains(String s) {
    if (s == null || s.isEmpty() || texts.isEmpty()) return false;
    for (String t : texts) {
      if (s.equals(t) || (t.length() >= 4 && s.contains(t))) return true;
    }
    return false;
  }

  String mask(String s) {
    if (s == null || texts.isEmpty()) return s;
    // longest first, so that a secret containing another is masked whole
    List<String> sorted = texts.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    String out = s;
    for (String t : sorted) if (out.contains(t)) out = out.replace(t, MASK);
    return out;
  }
}
