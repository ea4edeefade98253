package eu.rampart.plan.config;

/**
 * One resolved config value as the program receives it: a string (objects and lists as JSON text),
 * or unknown when it is a secret that cannot be decrypted here.
 *
 * @param value   the text, null when unknown
 * @param secret  whether Pulumi treats the value as secret ({@code secure:}, {@code fn::secret},
 *                {@code secret: true} in the project)
 * @param unknown whether the value is not known (a secret without its passphrase or key)
 * @param source  where the value came from, for messages: a file name and the kind of source; never
 *                the value itself
 */
public record ConfigValue(String value, boolean secret, boolean unknown, String source) {
  public ConfigValue {
    if (unknown && value != null) throw new IllegalArgumentException("an unknown value has no text");
    if (!unknown && value == null) throw new IllegalArgumentException("a known value needs its text");
  }

  public static ConfigValue plain(String value, String source) { return new ConfigValue(value, false, false, source); }

  public static ConfigValue secret(String value, String source) { return new ConfigValue(value, true, false, source); }

  public static ConfigValue unknownSecret(String source) { return new ConfigValue(null, true, true, source); }

  /** Never prints a secret's text. */
  @Override
  public String toString() {
    String shown = unknown ? "<unknown>" : secret ? "[secret]" : value;
    return "ConfigValue[" + shown + (secret ? ", secret" : "") + ", from " + source + "]";
  }
}
