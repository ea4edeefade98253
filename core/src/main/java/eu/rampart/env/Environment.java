package eu.rampart.env;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A rampart environment: one Pulumi ESC file ({@code environments/<name>.yaml}) with the settings
 * under {@code values.rampart} and the stack config under {@code values.pulumiConfig}, which only
 * references the settings. rampart reads the same file that ESC serves to {@code pulumi up}.
 */
public final class Environment {
  static final String SECRET_FN = "fn::secret";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path file;
  private final String name;
  private final Map<String, Object> values;
  private final Map<String, Object> settings;
  private final Map<String, String> pulumiConfig;
  private final Set<String> secretConfigKeys;
  private final PolicySettings policy;
  private final boolean production;
  /** Every {@code fn::secret} value (and every string derived from one by interpolation), for the output masker. */
  private Set<String> secretValues = Set.of();

  private Environment(Path file, String name, Map<String, Object> values, Map<String, Object> settings,
                      Map<String, String> pulumiConfig, Set<String> secretConfigKeys, PolicySettings policy,
                      boolean production) {
    this.file = file;
    this.name = name;
    this.values = values;
    this.settings = settings;
    this.pulumiConfig = pulumiConfig;
    this.secretConfigKeys = secretConfigKeys;
    this.policy = policy;
    this.production = production;
  }

  /** Reads and resolves an environment file; every problem is an {@link EnvironmentException}. */
  public static Environment load(Path file) {
    if (!Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) throw new EnvironmentException(file, 0, "no such environment file");
    return load(file, YamlTree.parse(file));
  }

  /**
   * Loads an environment from bytes already in memory as if they were {@code file}'s content (the
   * name appears in messages and gives the default environment name): the same YAML bounds,
   * interpolation and validation as {@link #load(Path)} without the file system, for the fuzzer.
   */
  public static Environment load(Path file, byte[] bytes) {
    return load(file, YamlTree.parse(file, bytes));
  }

  private static Environment load(Path file, YamlTree tree) {
    // Secrets are known before anything is validated, so no message below can show one.
    Set<String> secrets = EnvironmentSecrets.of(tree.root);
    try {
      Environment env = validate(file, tree);
      Set<String> all = new LinkedHashSet<>(secrets);
      all.addAll(EnvironmentSecrets.derived(env.values, secrets));
      env.secretValues = Collections.unmodifiableSet(all);
      return env;
    } catch (EnvironmentException e) {
      throw EnvironmentSecrets.masked(e, secrets);
    }
  }

  private static Environment validate(Path file, YamlTree tree) {
    if (!(tree.root instanceof Map<?, ?> root)) throw new EnvironmentException(file, 1, "expected a mapping with 'values'");
    if (!(root.get("values") instanceof Map<?, ?> rawValues)) {
      throw new EnvironmentException(file, tree.line(""), "missing 'values' mapping (Pulumi ESC layout)");
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> resolved = new Interpolation(file, tree, (Map<String, Object>) rawValues).resolveAll();

    if (!(resolved.get("rampart") instanceof Map<?, ?> rawSettings)) {
      throw new EnvironmentException(file, tree.line("values"), "missing 'values.rampart' mapping (the rampart settings)");
    }
    // fn::secret around the whole mapping unwraps to its value, which must still be the settings mapping
    Object settingsValue = unwrapSecrets((Object) castMap(rawSettings), null);
    if (!(settingsValue instanceof Map<?, ?> unwrapped)) {
      throw new EnvironmentException(file, tree.line("values.rampart"), "'values.rampart' must be a mapping of settings, found a secret value");
    }
    Map<String, Object> settings = castMap(unwrapped);

    Map<String, String> config = new LinkedHashMap<>();
    Set<String> secretKeys = new LinkedHashSet<>();
    Object rawConfig = resolved.get("pulumiConfig");
    if (rawConfig != null && !(rawConfig instanceof Map)) {
      throw new EnvironmentException(file, tree.line("values.pulumiConfig"), "'values.pulumiConfig' must be a mapping");
    }
    if (rawConfig instanceof Map<?, ?> cfg) {
      for (Map.Entry<?, ?> e : cfg.entrySet()) {
        String key = (String) e.getKey();
        Set<Boolean> secret = new LinkedHashSet<>();
        Object value = unwrapSecrets(e.getValue(), secret);
        if (!secret.isEmpty()) secretKeys.add(key);
        if (value == null) throw new EnvironmentException(file, tree.line("values.pulumiConfig." + key), "config " + key + " is null");
        config.put(key, configString(file, key, value));
      }
    }

    String fileName = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
    Object declared = settings.get("environment");
    if (declared != null && !(declared instanceof String)) {
      throw new EnvironmentException(file, tree.line("values.rampart.environment"), "'values.rampart.environment' must be a string");
    }
    String name = declared == null ? fileName : (String) declared;
    if (!(settings.get("production") instanceof Boolean prod)) {
      Object p = settings.get("production");
      throw p == null
          ? new EnvironmentException(file, tree.line("values.rampart"), "missing required setting 'rampart.production' (true or false)")
          : new EnvironmentException(file, tree.line("values.rampart.production"),
              "'rampart.production' must be true or false, found " + EnvironmentSecrets.kind(p));
    }
    PolicySettings policy = PolicySettings.from(file, tree, settings.get("policy"));
    return new Environment(file, name, Collections.unmodifiableMap(resolved), Collections.unmodifiableMap(settings),
        Collections.unmodifiableMap(config), Collections.unmodifiableSet(secretKeys), policy, prod);
  }

  /**
   * Finds {@code <root>/environments/<name>.yaml} (or {@code .yml}); the error lists the names
   * that do exist.
   */
  public static Environment named(Path root, String name) {
    Path dir = root.resolve("environments");
    if (!name.matches("[A-Za-z0-9_.-]+")) {
      throw new EnvironmentException(dir, 0, "invalid environment name '" + name + "'");
    }
    for (String ext : List.of(".yaml", ".yml")) {
      Path candidate = dir.resolve(name + ext);
      if (Files.isRegularFile(candidate)) return load(candidate);
    }
    throw new EnvironmentException(dir, 0, "no environment named '" + name + "'; available: " + available(dir));
  }

  /**
   * An environment given on a command line: a path to a file (contains a separator or ends in
   * .yaml/.yml), else a name looked up in {@code <root>/environments} for each root in turn.
   */
  public static Environment resolve(String nameOrPath, List<Path> roots) {
    boolean looksLikePath = nameOrPath.contains("/") || nameOrPath.contains(java.io.File.separator)
        || nameOrPath.endsWith(".yaml") || nameOrPath.endsWith(".yml");
    if (looksLikePath) return load(Path.of(nameOrPath));
    for (Path root : roots) {
      if (Files.isRegularFile(root.resolve("environments").resolve(nameOrPath + ".yaml"))
          || Files.isRegularFile(root.resolve("environments").resolve(nameOrPath + ".yml"))) {
        return named(root, nameOrPath);
      }
    }
    if (roots.isEmpty()) throw new IllegalArgumentException("no directory to look for environments in");
    // not found anywhere: let the first root explain, listing what exists there
    return named(roots.get(0), nameOrPath);
  }

  /** The names of the environment files in {@code dir}, sorted; "none" when there are none. */
  static String available(Path dir) {
    if (!Files.isDirectory(dir)) return "none (" + dir + " does not exist)";
    try (Stream<Path> files = Files.list(dir)) {
      List<String> names = files.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".yaml") || n.endsWith(".yml"))
          .map(n -> n.replaceFirst("\\.ya?ml$", "")).sorted().toList();
      return names.isEmpty() ? "none" : String.join(", ", names);
    } catch (IOException e) {
      return "unknown (" + e.getMessage() + ")";
    }
  }

  public Path file() { return file; }

  public String name() { return name; }

  public boolean production() { return production; }

  /** The resolved {@code values} tree. */
  public Map<String, Object> values() { return values; }

  /** The resolved {@code values.rampart} tree, secrets unwrapped. */
  public Map<String, Object> settings() { return settings; }

  /** Stack config as Pulumi takes it: every value a string, objects and lists as JSON text. */
  public Map<String, String> pulumiConfig() { return pulumiConfig; }

  /** Config keys whose values are (or contain) ESC secrets ({@code fn::secret}). */
  public Set<String> secretConfigKeys() { return secretConfigKeys; }

  public PolicySettings policy() { return policy; }

  /** The environment's secret values ({@code fn::secret}, and strings interpolated from them): never to be printed. */
  public Set<String> secretValues() { return secretValues; }

  /** The value at a dotted path below {@code values.rampart}, or null. */
  public Object setting(String dottedPath) {
    Object cur = settings;
    for (String part : dottedPath.split("\\.")) {
      if (!(cur instanceof Map<?, ?> m)) return null;
      cur = m.get(part);
    }
    return cur;
  }

  /** The {@code input.environment} object of docs/policy-input.md. */
  public ObjectNode toPolicyEnvironment() {
    return PolicyEnvironment.of(this);
  }

  private static String configString(Path file, String key, Object value) {
    if (value instanceof String s) return s;
    if (value instanceof Double d && d == Math.rint(d) && !Double.isInfinite(d)) return String.valueOf(d.longValue());
    if (value instanceof Number || value instanceof Boolean) return String.valueOf(value);
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new EnvironmentException(file, 0, "config " + key + " cannot be written as JSON: " + e.getOriginalMessage());
    }
  }

  /** Replaces {@code {fn::secret: v}} by {@code v}; records in {@code found} that one was seen. */
  @SuppressWarnings("unchecked")
  static <T> T unwrapSecrets(T value, Set<Boolean> found) {
    if (value instanceof Map<?, ?> m) {
      if (m.size() == 1 && m.containsKey(SECRET_FN)) {
        if (found != null) found.add(Boolean.TRUE);
        return (T) unwrapSecrets(m.get(SECRET_FN), found);
      }
      Map<String, Object> out = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : m.entrySet()) out.put((String) e.getKey(), unwrapSecrets(e.getValue(), found));
      return (T) out;
    }
    if (value instanceof List<?> l) {
      List<Object> out = new ArrayList<>();
      for (Object item : l) out.add(unwrapSecrets(item, found));
      return (T) out;
    }
    return value;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> castMap(Map<?, ?> m) {
    return (Map<String, Object>) m;
  }
}
