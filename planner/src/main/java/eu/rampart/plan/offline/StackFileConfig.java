package eu.rampart.plan.offline;

import eu.rampart.plan.config.ConfigException;
import eu.rampart.plan.config.ConfigRequest;
import eu.rampart.plan.config.ConfigValue;
import eu.rampart.plan.config.StackConfig;
import eu.rampart.plan.config.StackConfigResolver;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The stack's config as the Pulumi CLI resolves it ({@link StackConfigResolver}: Pulumi.yaml,
 * the rampart environment, ESC imports, {@code Pulumi.<stack>.yaml}, overrides, passphrase secrets).
 * A secret that cannot be decrypted here reaches the program as the unknown sentinel, marked secret.
 */
public final class StackFileConfig implements ProgramConfigSource {
  private final Path environmentsDir;
  private final Path environmentFile;
  private final Map<String, String> processEnv;

  /**
   * @param environmentsDir where ESC imports are resolved, or null
   * @param environmentFile the rampart environment the stack implicitly imports, or null
   */
  public StackFileConfig(Path environmentsDir, Path environmentFile, Map<String, String> processEnv) {
    this.environmentsDir = environmentsDir;
    this.environmentFile = environmentFile;
    this.processEnv = Map.copyOf(processEnv);
  }

  @Override
  public ProgramConfig resolve(Path projectDir, String project, String stack, Map<String, String> overrides) throws OfflinePlanException {
    StackConfig config;
    try {
      config = StackConfigResolver.resolve(new ConfigRequest(projectDir, stack, environmentsDir, environmentFile, overrides, processEnv));
    } catch (ConfigException e) {
      throw new OfflinePlanException(OfflinePlanException.BAD_INPUT, e.getMessage());
    }
    Map<String, String> values = new LinkedHashMap<>();
    Set<String> unknown = new HashSet<>();
    Map<String, String> sources = new LinkedHashMap<>();
    for (Map.Entry<String, ConfigValue> e : config.values().entrySet()) {
      ConfigValue v = e.getValue();
      // Pulumi cannot start a program with an undecryptable secret; a plan can: the program gets
      // the engine's unknown sentinel, which the engine treats as a value not known until apply
      values.put(e.getKey(), v.unknown() ? ProgramConfig.UNKNOWN : v.value());
      if (v.unknown()) unknown.add(e.getKey());
      sources.put(e.getKey(), v.source());
    }
    return new ProgramConfig(values, config.secretKeys(), unknown, sources);
  }
}
