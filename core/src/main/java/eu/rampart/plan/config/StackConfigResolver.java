package eu.rampart.plan.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Resolves a stack's config the way the Pulumi CLI does before it starts the program
 * (pulumi/pulumi {@code sdk/go/common/workspace/config.go} {@code mergeConfig}), lowest to highest:
 *
 * <ol>
 *   <li>{@code Pulumi.yaml} {@code config:} defaults and values, for keys nothing else sets;</li>
 *   <li>the rampart environment's {@code values.pulumiConfig}: the environment the stack implicitly
 *       imports, so it sits first among the imports (unless the stack imports it explicitly, then
 *       it sits where the stack puts it);</li>
 *   <li>the stack file's ESC {@code environment:} imports, in order, a later one winning (objects
 *       merge deeply, as ESC merges imports), then the inline environment's own values;</li>
 *   <li>{@code Pulumi.<stack>.yaml} {@code config:} (an object merges over an environment's object
 *       as a JSON merge patch, {@code config.Value.Merge});</li>
 *   <li>{@code --config KEY=VALUE} overrides (Pulumi writes them into the stack file first).</li>
 * </ol>
 *
 * Then the project's declarations are checked ({@code validateStackConfigValues}): required keys,
 * declared types, {@code secret: true} keys that must be encrypted. {@code secure:} values are
 * decrypted with the passphrase when the stack uses the passphrase provider and one is set
 * ({@link StackSecrets}); otherwise they stay unknown secrets.
 */
public final class StackConfigResolver {
  private StackConfigResolver() {}

  /** A value and where it came from (a file name and a kind, never the value). */
  private record Entry(Object value, String source, Path file) {}

  public static StackConfig resolve(ConfigRequest r) throws ConfigException {
    ProjectFile project = ProjectFile.read(r.projectDir());
    Path stackPath = project.stackFile(r.stackName());
    StackFile stack = StackFile.read(stackPath);
    String stackLabel = stackPath.getFileName().toString();

    Map<String, Entry> merged = new TreeMap<>();
    for (EnvironmentSource env : environments(r, stack)) {
      for (Map.Entry<String, Object> e : env.pulumiConfig().entrySet()) {
        String key = ConfigKeys.withDefaultNamespace(project.name(), e.getKey());
        if (key == null) throw new ConfigException(env.file() + ": pulumiConfig key '" + e.getKey() + "' is not of the form <namespace>:<name>");
        Entry before = merged.get(key);
        Object value = before == null ? e.getValue() : ConfigTree.merge(before.value(), e.getValue());
        merged.put(key, new Entry(value, env.file() + " (pulumiConfig)", env.file()));
      }
    }
    for (Map.Entry<String, Object> e : stack.config().entrySet()) {
      Entry before = merged.get(e.getKey());
      Object value = before == null ? e.getValue() : ConfigTree.merge(before.value(), e.getValue());
      merged.put(e.getKey(), new Entry(value, stackLabel, stackPath));
    }
    for (Map.Entry<String, String> e : r.overrides().entrySet()) {
      String key = ConfigKeys.withDefaultNamespace(project.name(), e.getKey());
      if (key == null) throw new ConfigException("--config " + e.getKey() + ": not a config key of the form [<namespace>:]<name>");
      Entry before = merged.get(key);
      ProjectFile.Declaration declared = project.declarations().get(key);
      // Pulumi would store an override as plain text; rampart keeps it secret when the key was
      // secret below or is declared secret, so a password given on the command line stays masked.
      boolean secret = (before != null && ConfigTree.isSecret(before.value())) || (declared != null && declared.secret());
      Object value = e.getValue() == null ? "" : e.getValue();
      merged.put(key, new Entry(secret ? new ConfigTree.Secret(value) : value, "--config", null));
    }

    List<String> missing = new ArrayList<>();
    for (ProjectFile.Declaration d : project.declarations().values()) {
      if (merged.containsKey(d.key())) continue;
      Object fallback = d.value() != null ? d.value() : d.defaultValue();
      if (fallback != null) {
        merged.put(d.key(), new Entry(fallback, project.file().getFileName() + " (" + (d.value() != null ? "value" : "default") + ")", project.file()));
      } else if (project.ownsKey(d.key())) {
        missing.add(d.key().substring(d.key().indexOf(':') + 1));
      }
    }
    if (!missing.isEmpty()) {
      throw new ConfigException(project.file() + ": stack '" + r.stackName() + "' is missing configuration value"
          + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing) + " (set it in " + stackLabel + " or with --config)");
    }

    StackSecrets.Access access = null;
    Map<String, ConfigValue> values = new LinkedHashMap<>();
    for (Map.Entry<String, Entry> e : merged.entrySet()) {
      String key = e.getKey();
      Entry entry = e.getValue();
      ProjectFile.Declaration declared = project.declarations().get(key);
      boolean secret = ConfigTree.isSecret(entry.value());
      if (declared != null && declared.secret() && !secret && project.ownsKey(key)) {
        throw new ConfigException(where(entry, project) + ": stack '" + r.stackName() + "' configuration key '" + key
            + "' must be encrypted as it's secret (pulumi config set --secret)");
      }
      if (ConfigTree.containsSecure(entry.value())) {
        if (access == null) access = StackSecrets.open(stack, r.processEnv());
        if (access.crypter() == null) {
          values.put(key, ConfigValue.unknownSecret(entry.source() + "; not decrypted: " + access.reason()));
          continue;
        }
      }
      Object opened = open(entry, key, access);
      if (declared != null && declared.type() != null && project.ownsKey(key) && !ConfigTypes.matches(declared.type(), declared.items(), opened)) {
        throw new ConfigException(where(entry, project) + ": stack '" + r.stackName() + "' configuration key '" + key
            + "' must be of type '" + ConfigTypes.fullName(declared.type(), declared.items()) + "'");
      }
      values.put(key, new ConfigValue(ConfigTree.text(opened), secret, false, entry.source()));
    }
    return new StackConfig(project.name(), r.stackName(), values);
  }

  /** The environments whose pulumiConfig the stack sees, lowest precedence first. */
  private static List<EnvironmentSource> environments(ConfigRequest r, StackFile stack) {
    List<EnvironmentSource> out = new ArrayList<>();
    List<EnvironmentSource> imported = new ArrayList<>();
    for (StackFile.EnvironmentImport imp : stack.imports()) {
      EnvironmentSource env = EnvironmentSource.imported(imp.name(), r.environmentsDir(), stack.file());
      // ast.ImportDecl merge: false: the import is visible to references only, its values are not merged
      if (imp.merge()) imported.add(env);
    }
    if (r.rampartEnvironmentFile() != null) {
      Path implicit = r.rampartEnvironmentFile().toAbsolutePath().normalize();
      boolean explicit = imported.stream().anyMatch(e -> e.file().toAbsolutePath().normalize().equals(implicit));
      if (!explicit) out.add(EnvironmentSource.load(r.rampartEnvironmentFile()));
    }
    out.addAll(imported);
    if (stack.inlineValues() != null) out.add(EnvironmentSource.inline(stack.file(), stack.inlineValues()));
    return out;
  }

  /**
   * The value with its secure leaves decrypted. For validation Pulumi reads a scalar stack value as
   * text and an object as parsed JSON; that is the tree as it stands here.
   */
  private static Object open(Entry entry, String key, StackSecrets.Access access) {
    try {
      return ConfigTree.open(entry.value(), leaf -> access.crypter().decrypt(leaf.ciphertext()));
    } catch (PassphraseCrypter.Failure e) {
      throw new ConfigException(entry.file() + ": config key '" + key + "': cannot decrypt secure value: " + e.getMessage());
    }
  }

  private static Object where(Entry entry, ProjectFile project) {
    return entry.file() != null ? entry.file() : project.file();
  }
}
