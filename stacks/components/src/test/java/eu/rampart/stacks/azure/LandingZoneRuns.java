package eu.rampart.stacks.azure;

import com.pulumi.test.TestOptions;
import com.pulumi.test.TestResult;
import com.pulumi.test.internal.PulumiTestInternal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Runs {@link AzureLandingZone} for an environment under the SDK mocks, once per environment and
 * JVM (a run takes seconds and the deployment is a static singleton, so runs cannot overlap).
 */
final class LandingZoneRuns {
  private static final Map<String, List<Registered>> CACHE = new ConcurrentHashMap<>();

  private LandingZoneRuns() {}

  static synchronized List<Registered> of(String env) {
    return CACHE.computeIfAbsent(env, LandingZoneRuns::run);
  }

  static List<Registered> run(String env) {
    return run(env, EnvironmentFiles.settingsJson(env));
  }

  static List<Registered> run(String env, String settingsJson) {
    String location = (String) ((Map<?, ?>) EnvironmentFiles.rampartTree(env).get("azure")).get("primaryLocation");
    RecordingMonitor monitor = new RecordingMonitor(new AzureMocks());
    try {
      TestResult result = PulumiTestInternal.builder()
          .options(TestOptions.builder().projectName(AzureLandingZone.PROJECT).stackName(env).preview(false).build())
          .mocks(new AzureMocks())
          .config(Map.of("azure-native:location", location, "rampart:settings", settingsJson))
          .monitorDecorator(ignored -> monitor)
          .build()
          .runTest(AzureLandingZone::define);
      if (!result.exceptions().isEmpty()) {
        throw new IllegalStateException("the " + env + " program failed: " + result.exceptions().get(0),
            result.exceptions().get(0));
      }
      if (result.exitCode() != 0 || !result.errors().isEmpty()) {
        throw new IllegalStateException("the " + env + " program reported errors: " + result.errors());
      }
      return List.copyOf(monitor.registered());
    } finally {
      PulumiTestInternal.cleanup();
    }
  }
}
