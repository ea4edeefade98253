package eu.rampart.plan.config;

import eu.rampart.env.Environment;
import eu.rampart.env.EnvironmentException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code values.pulumiConfig} of one ESC environment the stack imports, read with rampart's
 * environment loader (its interpolation and {@code fn::secret}), as a config tree with
 * {@code fn::secret} values turned into {@link ConfigTree.Secret} leaves.
 *
 * <p>Import names resolve to rampart's {@code environments/} directory: {@code <name>},
 * {@code rampart/<name>} and {@code <org>/rampart/<name>} are {@code environments/<name>.yaml}
 * (a trailing {@code @<version>} pin is not checked: the file is what is planned). Anything else
 * is an error: the environment lives in Pulumi Cloud and its values cannot be known here.
 */
record EnvironmentSource(Path file, Map<String, Object> pulumiConfig) {
  static final String RAMPART_PROJECT = "rampart";
  private static final String SECRET_FN = "fn::secret";

  /** Resolves an import written in {@code stackFile}. */
  static EnvironmentSource imported(String importName, Path environmentsDir, Path stackFile) {
    String name = importName;
    int at = name.indexOf('@');
    if (at >= 0) name = name.substring(0, at);
    String[] parts = name.split("/", -1);
    String envName = parts[parts.length - 1];
    boolean rampartProject = parts.length == 1 || (parts.length <= 3 && parts[parts.length - 2].equals(RAMPART_PROJECT));
    if (!rampartProject || !envName.matches("[A-Za-z0-9_.-]+")) {
      throw new ConfigException(stackFile + ": environment import '" + importName
          + "' cannot be resolved: only <name> and rampart/<name> are read, from environments/<name>.yaml");
    }
    if (environmentsDir == null) {
      throw new ConfigException(stackFile + ": environment import '" + importName
          + "' cannot be resolved: no environments/ directory to read it from");
    }
    for (String ext : List.of(".yaml", ".yml")) {
      Path candidate = environmentsDir.resolve(envName + ext);
      if (Files.isRegularFile(candidate)) return load(candidate);
    }
    throw new ConfigException(stackFile + ": environment import '" + importName + "' cannot be resolved: no "
        + environmentsDir.resolve(envName + ".yaml"));
  }

  /** Loads an environment file (the rampart environment, or an import). */
  static EnvironmentSource load(Path file) {
    // ESC would evaluate an imported environment's own imports first; rampart's loader does not, so refuse them
    if (PulumiYaml.read(file) instanceof Map<?, ?> root && root.get("imports") != null) {
      throw new ConfigException(file + ": 'imports' inside an environment file are not resolved by rampart (flatten them into values)");
    }
    Environment env;
    try {
      env = Environment.load(file);
    } catch (EnvironmentException e) {
      throw new ConfigException(e.getMessage(), e);
    }
    Object raw = env.values().get("pulumiConfig");
    Map<String, Object> config = new LinkedHashMap<>();
    if (raw instanceof Map<?, ?> m) {
      for (Map.Entry<?, ?> e : m.entrySet()) config.put((String) e.getKey(), secrets(file, (String) e.getKey(), e.getValue()));
    }
    return new EnvironmentSource(file, config);
  }

  /** An inline {@code environment: {values: ...}} block of a stack file (literal values and fn::secret only). */
  static EnvironmentSource inline(Path stackFile, Map<String, Object> values) {
    Map<String, Object> config = new LinkedHashMap<>();
    if (values.get("pulumiConfig") instanceof Map<?, ?> m) {
      for (Map.Entry<?, ?> e : m.entrySet()) {
        if (containsInterpolation(e.getValue())) {
          throw new ConfigException(stackFile + ": environment.values.pulumiConfig." + e.getKey()
              + ": interpolation in an inline environment is not resolved by rampart (move it to environments/)");
        }
        config.put((String) e.getKey(), secrets(stackFile, (String) e.getKey(), e.getValue()));
      }
    } else if (values.get("pulumiConfig") != null) {
      throw new ConfigException(stackFile + ": environment.values.pulumiConfig must be a mapping");
    }
    return new EnvironmentSource(stackFile, config);
  }

  private static boolean containsInterpolation(Object v) {
    if (v instanceof String s) return s.contains("${");
    if (v instanceof Map<?, ?> m) return m.values().stream().anyMatch(EnvironmentSource::containsInterpolation);
    if (v instanceof List<?> l) return l.stream().anyMatch(EnvironmentSource::containsInterpolation);
    return false;
  }

  /** {@code {fn::secret: v}} → Secret(v); any other ESC function is refused (fail closed). */
  private static Object secrets(Path file, String key, Object v) {
    if (v instanceof Map<?, ?> m) {
      if (m.size() == 1 && m.containsKey(SECRET_FN)) return new ConfigTree.Secret(secrets(file, key, m.get(SECRET_FN)));
      Map<String, Object> out = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : m.entrySet()) {
        String k = (String) e.getKey();
        if (k.startsWith("fn::")) {
          throw new ConfigException(file + ": pulumiConfig." + key + ": ESC function " + k + " is not evaluated by rampart");
        }
        out.put(k, secrets(file, key, e.getValue()));
      }
      return out;
    }
    if (v instanceof List<?> l) return l.stream().map(item -> secrets(file, key, item)).toList();
    return v;
  }
}
