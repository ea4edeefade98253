package eu.rampart.plan.secret;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Property names whose values are secrets even when Pulumi stores them in plaintext: providers
 * keep the plaintext of a secret input in {@code inputs} and only the ciphertext in
 * {@code outputs}, and a program may pass a password without marking it secret.
 */
public final class SensitiveNames {
  private SensitiveNames() {}

  private static final List<String> SUFFIXES = List.of(
      "password", "passwd", "passphrase", "secret", "secretstring", "secretbinary", "secretvalue",
      "privatekey", "privatekeypem", "secretkey", "secretaccesskey", "sharedkey", "accountkey",
      "connectionstring", "authtoken", "apitoken", "accesstoken", "clientsecret", "sastoken");

  /** Property names repeat across resources: each is classified once. */
  private static final ConcurrentHashMap<String, Kind> KINDS = new ConcurrentHashMap<>();

  private enum Kind { SECRET_NAME, VALUE, PLAIN }

  /** True when a property called {@code key} of a resource of {@code type} holds a secret. */
  public static boolean isSensitive(String type, String key) {
    Kind kind = KINDS.get(key);
    if (kind == null) {
      kind = classify(key);
      if (KINDS.size() < 100_000) KINDS.put(key, kind);
    }
    // Secret stores keep the secret itself under a generic name (Key Vault secret properties.value,
    // SSM parameter value).
    return kind == Kind.SECRET_NAME || kind == Kind.VALUE && holdsSecretValue(type);
  }

  private static Kind classify(String key) {
    String k = key.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
    for (String s : SUFFIXES) if (k.endsWith(s)) return Kind.SECRET_NAME;
    return k.equals("value") ? Kind.VALUE : Kind.PLAIN;
  }

  /** Config keys such as {@code db:password} or {@code rampart:adminPassword}. */
  public static boolean isSensitiveConfigKey(String key) {
    int colon = key.lastIndexOf(':');
    return isSensitive("", colon < 0 ? key : key.substring(colon + 1));
  }

  static boolean holdsSecretValue(String type) {
    if (type == null) return false;
    String cls = type.substring(type.lastIndexOf(':') + 1).toLowerCase(Locale.ROOT);
    return cls.contains("secret") || type.equals("aws:ssm/parameter:Parameter");
  }
}
