package eu.rampart.plan.secret;

import java.util.List;
import java.util.Locale;

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

  /** True when a property called {@code key} of a resource of {@code type} holds a secret. */
  public static boolean isSensitive(String type, String key) {
    String k = key.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
    for (String s : SUFFIXES) if (k.endsWith(s)) return true;
    // Secret stores keep the secret itself under a generic name (Key Vault secret properties.value,
    // SSM parameter value).
    return k.equals("value") && holdsSecretValue(type);
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
