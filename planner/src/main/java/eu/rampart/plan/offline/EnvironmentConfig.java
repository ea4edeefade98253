package eu.rampart.plan.offline;

import eu.rampart.env.Environment;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The rampart environment's {@code values.pulumiConfig} with {@code --config} overrides on top. */
public final class EnvironmentConfig implements ProgramConfigSource {
  private final Environment env;

  public EnvironmentConfig(Environment env) {
    this.env = env;
  }

  @Override
  public ProgramConfig resolve(Path projectDir, String project, String stack, Map<String, String> overrides) {
    Map<String, String> values = new LinkedHashMap<>(env.pulumiConfig());
    Map<String, String> sources = new LinkedHashMap<>();
    values.keySet().forEach(k -> sources.put(k, env.file().toString()));
    overrides.forEach((k, v) -> {
      values.put(k, v);
      sources.put(k, "--config");
    });
    return new ProgramConfig(values, env.secretConfigKeys(), Set.of(), sources);
  }
}
