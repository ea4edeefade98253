package eu.rampart.stacks.aws.landingzone;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.rampart.check.CheckEnvironment;
import eu.rampart.check.CheckResult;
import eu.rampart.check.Checker;
import eu.rampart.check.Finding;
import eu.rampart.check.PolicyEvaluationException;
import eu.rampart.check.PolicyInputSource;
import eu.rampart.check.RegoPolicyPack;
import eu.rampart.diff.StatefulTypes;
import eu.rampart.env.Environment;
import eu.rampart.plan.input.Normaliser;
import eu.rampart.plan.input.PolicyInput;
import eu.rampart.plan.read.Readers;
import eu.rampart.rego.value.ObjectValue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The real policy pack (policies/rampart of this checkout) on the landing zone's plan, checked as
 * {@code rampart check --env E} does, once per environment; and the pack's list of stateful types.
 */
final class PackFindings {
  private static final Map<String, List<Finding>> CACHE = new ConcurrentHashMap<>();
  private static RegoPolicyPack pack;
  private static StatefulTypes stateful;

  private PackFindings() {}

  static synchronized RegoPolicyPack pack() throws PolicyEvaluationException {
    if (pack == null) pack = RegoPolicyPack.fromDirectory(EnvironmentFiles.root().resolve("policies").resolve("rampart"));
    return pack;
  }

  /** The one list of stateful types (lib_types.rego), the list DATA-4 and `rampart diff` use. */
  static synchronized StatefulTypes stateful() {
    try {
      if (stateful == null) stateful = StatefulTypes.of(pack());
      return stateful;
    } catch (PolicyEvaluationException e) {
      throw new AssertionError("the policy pack does not load: " + e.getMessage(), e);
    }
  }

  static synchronized List<Finding> of(String env) {
    return CACHE.computeIfAbsent(env, PackFindings::check);
  }

  private static List<Finding> check(String env) {
    try {
      Path dir = Files.createDirectories(Path.of("target", "plans"));
      Path file = dir.resolve("aws-landing-zone-" + env + ".json");
      new ObjectMapper().writeValue(file.toFile(), Plan.of(env).document);
      PolicyInput input = Normaliser.normalise(Readers.read(file));
      PolicyInputSource source = new PolicyInputSource() {
        @Override public String name() { return file.toString(); }
        @Override public ObjectValue load() { return (ObjectValue) input.value(); }
      };
      Environment environment = Environment.load(EnvironmentFiles.root().resolve("environments").resolve(env + ".yaml"));
      CheckResult r = new Checker(pack()).check(List.of(source), CheckEnvironment.of(environment));
      if (!r.allErrors().isEmpty()) throw new AssertionError(env + ": the pack did not evaluate: " + r.allErrors());
      return r.allFindings();
    } catch (java.io.IOException | PolicyEvaluationException e) {
      throw new AssertionError(env + ": checking the AWS landing zone failed: " + e.getMessage(), e);
    }
  }
}
