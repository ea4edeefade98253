package eu.rampart.plan.config;

/** Config key forms, as pulumi/pulumi {@code sdk/go/common/resource/config/key.go} parses them. */
final class ConfigKeys {
  private ConfigKeys() {}

  /**
   * A key as written in a stack file: {@code <namespace>:<name>}, or the old
   * {@code <namespace>:config:<name>} (Go {@code config.ParseKey}); null when it is neither.
   */
  static String parseFull(String key) {
    int colons = (int) key.chars().filter(c -> c == ':').count();
    if (colons == 1) return key;
    if (colons == 2) {
      String[] parts = key.split(":", -1);
      if (parts[1].equals("config")) return parts[0] + ":" + parts[2];
    }
    return null;
  }

  /**
   * A key where a bare name means the project's namespace: project {@code config:}, ESC
   * {@code pulumiConfig}, {@code --config} (Go {@code workspace.parseConfigKey}); null when malformed.
   */
  static String withDefaultNamespace(String project, String key) {
    return key.contains(":") ? parseFull(key) : project + ":" + key;
  }

  static String namespace(String fullKey) {
    return fullKey.substring(0, fullKey.indexOf(':'));
  }
}
