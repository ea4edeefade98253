package eu.rampart.plan.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code Pulumi.<stack>.yaml}, as pulumi/pulumi {@code workspace.ProjectStack} holds it: the
 * config bag, the secrets provider settings and the ESC environment the stack imports. A stack
 * file that does not exist is an empty one (Pulumi writes it on the first {@code config set}).
 *
 * @param file            the path, whether or not it exists
 * @param config          full key → value tree: top-level scalars as their literal text
 *                        ({@code config.Value.unmarshalValue} reads a string first), {@code secure:}
 *                        leaves as {@link ConfigTree.Secure}, objects and lists typed
 * @param secretsProvider {@code secretsprovider}, or null
 * @param encryptionSalt  {@code encryptionsalt}, or null
 * @param encryptedKey    {@code encryptedkey} (cloud secrets providers), or null
 * @param imports         the ESC environments imported, in order
 * @param inlineValues    the {@code values:} of an inline environment definition, or null
 */
record StackFile(Path file, Map<String, Object> config, String secretsProvider, String encryptionSalt,
                 String encryptedKey, List<EnvironmentImport> imports, Map<String, Object> inlineValues) {

  /** One ESC import; {@code merge: false} imports are visible to references only, not merged into values. */
  record EnvironmentImport(String name, boolean merge) {}

  static StackFile read(Path file) {
    if (!Files.exists(file)) return new StackFile(file, Map.of(), null, null, null, List.of(), null);
    Object root = PulumiYaml.read(file);
    if (root == null) return new StackFile(file, Map.of(), null, null, null, List.of(), null);
    if (!(root instanceof Map<?, ?> m)) throw new ConfigException(file + ": expected a mapping (config, encryptionsalt, environment)");

    Map<String, Object> config = new LinkedHashMap<>();
    Object rawConfig = m.get("config");
    if (rawConfig instanceof Map<?, ?> entries) {
      for (Map.Entry<?, ?> e : entries.entrySet()) {
        String rawKey = (String) e.getKey();
        String key = ConfigKeys.parseFull(rawKey);
        if (key == null) {
          throw new ConfigException(file + ": could not parse '" + rawKey
              + "' as a configuration key (configuration keys should be of the form <namespace>:<name>)");
        }
        if (config.containsKey(key)) throw new ConfigException(file + ": config key '" + key + "' is set twice");
        config.put(key, value(file, key, e.getValue()));
      }
    } else if (rawConfig != null && PulumiYaml.text(rawConfig) != null) {
      throw new ConfigException(file + ": 'config' must be a mapping");
    }

    List<EnvironmentImport> imports = new ArrayList<>();
    Map<String, Object> inline = null;
    Object env = m.get("environment");
    if (env instanceof List<?> list) {
      imports.addAll(imports(file, list));
    } else if (env instanceof Map<?, ?> definition) {
      // an inline environment definition (workspace.Environment with a YAML node): imports and values
      for (Object k : definition.keySet()) {
        if (!k.equals("imports") && !k.equals("values")) {
          throw new ConfigException(file + ": environment: '" + k + "' is not supported here (only imports and values)");
        }
      }
      Object imp = definition.get("imports");
      if (imp instanceof List<?> list) imports.addAll(imports(file, list));
      else if (imp != null) throw new ConfigException(file + ": environment.imports must be a list");
      Object values = definition.get("values");
      if (values instanceof Map<?, ?> vm) {
        @SuppressWarnings("unchecked")
        Map<String, Object> typed = (Map<String, Object>) PulumiYaml.typedTree(vm);
        inline = typed;
      } else if (values != null) {
        throw new ConfigException(file + ": environment.values must be a mapping");
      }
    } else if (env != null && PulumiYaml.text(env) != null) {
      throw new ConfigException(file + ": 'environment' must be a list of environment names or an environment definition");
    }
    String main = PulumiYaml.text(m.get("mainEnvironment"));
    if (main != null) imports.add(new EnvironmentImport(main, true));

    return new StackFile(file, config, PulumiYaml.text(m.get("secretsprovider")), PulumiYaml.text(m.get("encryptionsalt")),
        PulumiYaml.text(m.get("encryptedkey")), List.copyOf(imports), inline);
  }

  /** Whether any config value holds a {@code secure:} ciphertext. */
  boolean hasSecureValues() {
    return config.values().stream().anyMatch(ConfigTree::containsSecure);
  }

  private static List<EnvironmentImport> imports(Path file, List<?> list) {
    List<EnvironmentImport> out = new ArrayList<>();
    for (Object item : list) {
      String name = PulumiYaml.text(item);
      if (name != null) {
        out.add(new EnvironmentImport(name, true));
        continue;
      }
      // ast.ImportDecl: {<name>: {merge: <bool>}}
      if (item instanceof Map<?, ?> one && one.size() == 1) {
        Map.Entry<?, ?> e = one.entrySet().iterator().next();
        boolean merge = true;
        if (e.getValue() instanceof Map<?, ?> meta) {
          Object flag = PulumiYaml.typedTree(meta.get("merge"));
          if (flag != null && !(flag instanceof Boolean)) throw new ConfigException(file + ": environment import '" + e.getKey() + "': merge must be true or false");
          merge = !Boolean.FALSE.equals(flag);
        } else if (e.getValue() != null && PulumiYaml.typedTree(e.getValue()) != null) {
          throw new ConfigException(file + ": environment import '" + e.getKey() + "' must map to {merge: true|false}");
        }
        out.add(new EnvironmentImport((String) e.getKey(), merge));
        continue;
      }
      throw new ConfigException(file + ": environment imports must be names or {<name>: {merge: ...}}");
    }
    return out;
  }

  /** A stack value: the literal text of a scalar, a secure leaf, or an object/list tree. */
  private static Object value(Path file, String key, Object node) {
    if (node instanceof PulumiYaml.Scalar s) return s.typed() == null ? "" : s.text();
    Object secure = secureLeaf(node);
    if (secure != null) return secure;
    return tree(file, key, node);
  }

  private static Object tree(Path file, String key, Object node) {
    if (node instanceof PulumiYaml.Scalar s) return s.typed();
    Object secure = secureLeaf(node);
    if (secure != null) return secure;
    if (node instanceof Map<?, ?> m) {
      Map<String, Object> out = new LinkedHashMap<>();
      m.forEach((k, v) -> out.put((String) k, tree(file, key, v)));
      return out;
    }
    List<Object> out = new ArrayList<>();
    for (Object item : (List<?>) node) out.add(tree(file, key, item));
    return out;
  }

  /** {@code isSecureValue}: a mapping with the single key "secure" and a string value. */
  private static ConfigTree.Secure secureLeaf(Object node) {
    if (node instanceof Map<?, ?> m && m.size() == 1 && m.get("secure") instanceof PulumiYaml.Scalar s && s.typed() instanceof String text) {
      return new ConfigTree.Secure(text);
    }
    return null;
  }
}
