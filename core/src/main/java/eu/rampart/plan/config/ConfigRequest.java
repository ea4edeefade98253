package eu.rampart.plan.config;

import java.nio.file.Path;
import java.util.Map;

/**
 * What the stack config of one planning run is made of.
 *
 * @param projectDir             directory holding {@code Pulumi.yaml} and {@code Pulumi.<stack>.yaml}
 * @param stackName              the stack whose {@code Pulumi.<stack>.yaml} is read
 * @param environmentsDir        rampart's {@code environments/} directory, where ESC {@code environment:}
 *                               imports are resolved; null when there is none
 * @param rampartEnvironmentFile the rampart environment whose {@code values.pulumiConfig} the stack
 *                               implicitly imports; null for none
 * @param overrides              {@code --config KEY=VALUE} overrides, in the order given
 * @param processEnv             the process environment ({@code PULUMI_CONFIG_PASSPHRASE},
 *                               {@code PULUMI_CONFIG_PASSPHRASE_FILE})
 */
public record ConfigRequest(Path projectDir, String stackName, Path environmentsDir, Path rampartEnvironmentFile,
                            Map<String, String> overrides, Map<String, String> processEnv) {
  public ConfigRequest {
    if (projectDir == null) throw new IllegalArgumentException("projectDir is required");
    if (stackName == null || stackName.isBlank()) throw new IllegalArgumentException("stackName is required");
    overrides = overrides == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(overrides));
    processEnv = processEnv == null ? Map.of() : Map.copyOf(processEnv);
  }

  /** Names override keys and variables only: their values may be secrets (a passphrase, a password). */
  @Override
  public String toString() {
    return "ConfigRequest[projectDir=" + projectDir + ", stackName=" + stackName + ", environmentsDir=" + environmentsDir
        + ", rampartEnvironmentFile=" + rampartEnvironmentFile + ", overrides=" + overrides.keySet()
        + ", processEnv=" + new java.util.TreeSet<>(processEnv.keySet()) + "]";
  }
}
