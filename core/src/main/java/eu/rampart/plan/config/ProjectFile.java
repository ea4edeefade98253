package eu.rampart.plan.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the stack config needs from {@code Pulumi.yaml}: the project name, the directory of the
 * stack files, and the {@code config:} declarations.
 *
 * <p>Follows pulumi/pulumi {@code sdk/go/common/workspace/project.go}: a string {@code config:} is
 * the old spelling of {@code stackConfigDir} ({@code RewriteConfigPathIntoStackConfigDir}); a
 * scalar or list under {@code config:} is shorthand for {@code default:} when the key is the
 * project's and for {@code value:} otherwise ({@code RewriteShorthandConfigValues}); the checks are
 * those of {@code Project.Validate}.
 */
record ProjectFile(Path file, String name, Path stackConfigDir, Map<String, Declaration> declarations) {
  private static final List<String> FILE_NAMES = List.of("Pulumi.yaml", "Pulumi.yml", "Pulumi.json");
  private static final Set<String> DECLARATION_FIELDS = Set.of("type", "description", "items", "default", "value", "secret");

  /**
   * One {@code config:} entry.
   *
   * @param key          the full key ({@code namespace:name})
   * @param type         string, integer, boolean, array or object; null when untyped
   * @param items        for arrays, the item declaration ({@code {type, items}}), typed tree
   * @param defaultValue typed tree, or null
   * @param value        typed tree, or null
   * @param secret       {@code secret: true}: stack values must be encrypted
   */
  record Declaration(String key, String type, Object items, Object defaultValue, Object value, boolean secret) {}

  static ProjectFile read(Path projectDir) {
    Path file = null;
    for (String n : FILE_NAMES) {
      if (Files.isRegularFile(projectDir.resolve(n))) {
        file = projectDir.resolve(n);
        break;
      }
    }
    if (file == null) throw new ConfigException(projectDir + ": no Pulumi.yaml (not a Pulumi project directory)");
    if (!(PulumiYaml.read(file) instanceof Map<?, ?> root)) throw new ConfigException(file + ": expected a mapping with 'name'");
    String name = PulumiYaml.text(root.get("name"));
    if (name == null || name.isBlank()) throw new ConfigException(file + ": project is missing a 'name' attribute");
    if (name.contains(":")) throw new ConfigException(file + ": project name '" + name + "' must not contain ':'");

    Object config = root.get("config");
    String dir = PulumiYaml.text(root.get("stackConfigDir"));
    if (config instanceof PulumiYaml.Scalar s && s.typed() != null) {
      if (dir != null) throw new ConfigException(file + ": should not use both config and stackConfigDir to define the stack directory");
      dir = s.text();
      config = null;
    }
    Path stackDir = dir == null ? file.getParent() : file.getParent().resolve(dir).normalize();

    Map<String, Declaration> declarations = new LinkedHashMap<>();
    if (config instanceof Map<?, ?> entries) {
      for (Map.Entry<?, ?> e : entries.entrySet()) {
        Declaration d = declaration(file, name, (String) e.getKey(), e.getValue());
        declarations.put(d.key(), d);
      }
    } else if (config != null && !(config instanceof PulumiYaml.Scalar)) {
      throw new ConfigException(file + ": 'config' must be a mapping");
    }
    return new ProjectFile(file, name, stackDir, declarations);
  }

  /** The stack's config file, {@code Pulumi.<stack>.<ext>} beside the project file or in stackConfigDir. */
  Path stackFile(String stackName) {
    String shortName = stackName.substring(stackName.lastIndexOf('/') + 1);
    String fileName = file.getFileName().toString();
    String ext = fileName.substring(fileName.lastIndexOf('.'));
    return stackConfigDir.resolve("Pulumi." + shortName + ext);
  }

  boolean ownsKey(String fullKey) {
    return ConfigKeys.namespace(fullKey).equals(name);
  }

  private static Declaration declaration(Path file, String project, String rawKey, Object node) {
    String key = ConfigKeys.withDefaultNamespace(project, rawKey);
    if (key == null) {
      throw new ConfigException(file + ": config key '" + rawKey + "' is not of the form <namespace>:<name>");
    }
    boolean projectKey = ConfigKeys.namespace(key).equals(project);
    if (!(node instanceof Map<?, ?> m)) {
      // shorthand: a scalar or list
      Object typed = PulumiYaml.typedTree(node);
      if (typed == null) throw new ConfigException(file + ": config key '" + rawKey + "' has no value");
      return projectKey ? new Declaration(key, null, null, typed, null, false) : new Declaration(key, null, null, null, typed, false);
    }
    for (Object field : m.keySet()) {
      if (!DECLARATION_FIELDS.contains((String) field)) {
        throw new ConfigException(file + ": config key '" + rawKey + "': unknown attribute '" + field
            + "' (allowed: type, description, items, default, value, secret)");
      }
    }
    String type = PulumiYaml.text(m.get("type"));
    Object items = PulumiYaml.typedTree(m.get("items"));
    Object def = PulumiYaml.typedTree(m.get("default"));
    Object value = PulumiYaml.typedTree(m.get("value"));
    Object secretFlag = PulumiYaml.typedTree(m.get("secret"));
    if (secretFlag != null && !(secretFlag instanceof Boolean)) {
      throw new ConfigException(file + ": config key '" + rawKey + "': 'secret' must be true or false");
    }
    boolean secret = Boolean.TRUE.equals(secretFlag);
    if (def != null && value != null) {
      throw new ConfigException(file + ": project config '" + rawKey + "' cannot have both a 'default' and 'value' attribute");
    }
    if (type != null && !ConfigTypes.NAMES.contains(type)) {
      throw new ConfigException(file + ": config key '" + rawKey + "': unknown type '" + type + "' (string, integer, boolean, array, object)");
    }
    if (projectKey) {
      if ("array".equals(type) && items == null) {
        throw new ConfigException(file + ": the configuration key '" + rawKey + "' declares an array but does not specify the underlying type via the 'items' attribute");
      }
      if (type != null && def != null && !ConfigTypes.matches(type, items, def)) {
        throw new ConfigException(file + ": the default value specified for configuration key '" + rawKey
            + "' is not of the expected type '" + ConfigTypes.fullName(type, items) + "'");
      }
    } else {
      if (type != null) throw new ConfigException(file + ": configuration key '" + rawKey + "' is not namespaced by the project and should not define a type");
      if (def != null) throw new ConfigException(file + ": configuration key '" + rawKey + "' is not namespaced by the project and should not define a default value (use 'value')");
      if (value == null) throw new ConfigException(file + ": configuration key '" + rawKey + "' is namespaced and must provide an attribute 'value'");
    }
    return new Declaration(key, type, items, def, value, secret);
  }
}
