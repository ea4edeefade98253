package eu.rampart.stacks.azure;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.rampart.check.CheckEnvironment;
import eu.rampart.check.CheckResult;
import eu.rampart.check.Checker;
import eu.rampart.check.Finding;
import eu.rampart.check.PolicyInputSource;
import eu.rampart.check.RegoPolicyPack;
import eu.rampart.env.Environment;
import eu.rampart.plan.input.Normaliser;
import eu.rampart.plan.input.PolicyInput;
import eu.rampart.plan.mock.InProcessPlanner;
import eu.rampart.plan.read.Readers;
import eu.rampart.rego.value.ObjectValue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The real policy pack (policies/rampart of this checkout) run on a plan of the Azure landing zone,
 * the way {@code rampart check --env E} runs it: the plan made by the offline planner, read and
 * normalised by the project's readers, checked with the environment's enforcement and waivers.
 * Once per environment and JVM.
 */
final class LandingZoneFindings {
  private static final Map<String, CheckResult> CACHE = new ConcurrentHashMap<>();
  private static RegoPolicyPack pack;

  private LandingZoneFindings() {}

  /** Every finding of the pack on the landing zone planned for {@code env}; evaluation errors fail. */
  static synchronized List<Finding> of(String env) {
    CheckResult r = CACHE.computeIfAbsent(env, LandingZoneFindings::check);
    if (!r.allErrors().isEmpty()) throw new AssertionError(env + ": the pack did not evaluate: " + r.allErrors());
    return r.allFindings();
  }

  /** The pack's resource count for the plan: what it judged. */
  static synchronized int resources(String env) {
    return CACHE.computeIfAbsent(env, LandingZoneFindings::check).resourceCount();
  }

  private static CheckResult check(String env) {
    try {
      Path root = EnvironmentFiles.repositoryRoot();
      if (pack == null) pack = RegoPolicyPack.fromDirectory(root.resolve("policies").resolve("rampart"));
      String location = (String) ((Map<?, ?>) EnvironmentFiles.rampartTree(env).get("azure")).get("primaryLocation");
      Map<String, Object> plan = InProcessPlanner.plan(AzureLandingZone.PROJECT, env, env,
          Map.of("azure-native:location", location, "rampart:settings", EnvironmentFiles.settingsJson(env)), List.of(),
          AzureLandingZone::define);
      Path dir = Files.createDirectories(Path.of("target", "plans"));
      Path file = dir.resolve("azure-landing-zone-" + env + ".json");
      new ObjectMapper().writeValue(file.toFile(), plan);
      PolicyInput input = Normaliser.normalise(Readers.read(file));
      PolicyInputSource source = new PolicyInputSource() {
        @Override public String name() { return file.toString(); }
        @Override public ObjectValue load() { return (ObjectValue) input.value(); }
      };
      Environment environment = Environment.load(root.resolve("environments").resolve(env + ".yaml"));
      return new Checker(pack).check(List.of(source), CheckEnvironment.of(environment));
    } catch (Exception e) {
      throw new AssertionError(env + ": planning or checking the Azure landing zone failed: " + e.getMessage(), e);
    }
  }
}
