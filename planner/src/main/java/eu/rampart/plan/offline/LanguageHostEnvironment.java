package eu.rampart.plan.offline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The environment the Pulumi CLI's Java language host gives a program for a preview
 * (pulumi/pulumi-java {@code pkg/cmd/pulumi-language-java} {@code constructEnv}), read by the SDK in
 * {@code com.pulumi.deployment.internal.DeploymentImpl.DeploymentState.fromEnvironment} and
 * {@code DeploymentImpl.Config}. Every other {@code PULUMI_*} variable of the caller (a passphrase,
 * an access token) is withheld from the program.
 */
final class LanguageHostEnvironment {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** The Pulumi CLI's default {@code --parallel}: unbounded. */
  static final String PARALLEL = "2147483647";

  private LanguageHostEnvironment() {}

  static Map<String, String> forPreview(String project, String stack, String organization, ProgramConfig config, int port,
                                        Path projectDir) {
    Map<String, String> env = new LinkedHashMap<>(System.getenv());
    env.keySet().removeIf(k -> k.startsWith("PULUMI_"));
    String address = "127.0.0.1:" + port;
    env.put("PULUMI_MONITOR", address);
    env.put("PULUMI_ENGINE", address);
    env.put("PULUMI_PROJECT", project);
    env.put("PULUMI_STACK", stack);
    env.put("PULUMI_ORGANIZATION", organization);
    env.put("PULUMI_ROOT_DIRECTORY", projectDir.toString());
    try {
      env.put("PULUMI_CONFIG", JSON.writeValueAsString(config.values()));
      env.put("PULUMI_CONFIG_SECRET_KEYS", JSON.writeValueAsString(config.secretKeys()));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("config is always serialisable", e);
    }
    env.put("PULUMI_DRY_RUN", "true");
    env.put("PULUMI_PARALLEL", PARALLEL);
    return env;
  }
}
