package eu.rampart.policies;

import com.fasterxml.jackson.databind.JsonNode;
import eu.rampart.check.Finding;
import eu.rampart.check.FindingParser;
import eu.rampart.check.PolicyEvaluationException;
import eu.rampart.check.RegoPolicyPack;
import eu.rampart.env.Environment;
import eu.rampart.plan.input.Normaliser;
import eu.rampart.plan.input.PolicyInput;
import eu.rampart.plan.read.Readers;
import eu.rampart.rego.value.Value;
import java.nio.file.Path;
import java.util.List;

/** The policy pack of this module, compiled once, evaluated the way {@code rampart check} does. */
final class Pack {
  private static RegoPolicyPack pack;

  private Pack() {}

  static synchronized RegoPolicyPack get() throws PolicyEvaluationException {
    if (pack == null) pack = RegoPolicyPack.fromDirectory(Paths.policies());
    return pack;
  }

  /** The pack's findings with the environment's enforcement overrides applied, as the checker does. */
  static List<Finding> evaluate(Value input) throws PolicyEvaluationException {
    List<Finding> found = FindingParser.parse(get().evaluateFindings(input));
    Value env = input instanceof eu.rampart.rego.value.ObjectValue o ? o.get("environment") : null;
    if (!(env instanceof eu.rampart.rego.value.ObjectValue e)) return found;
    java.util.Set<String> ids = new java.util.HashSet<>();
    for (eu.rampart.check.Control c : get().controls()) ids.add(c.id());
    eu.rampart.check.EnforcementOverrides overrides;
    try {
      overrides = eu.rampart.check.EnforcementOverrides.of(new eu.rampart.check.CheckEnvironment("test", e, List.of(), "input.environment"), ids);
    } catch (eu.rampart.check.CheckInputException x) {
      throw new PolicyEvaluationException(x.source() + ": " + x.getMessage());
    }
    return found.stream().map(overrides::apply).filter(f -> f.enforcement() != eu.rampart.check.Enforcement.DISABLED).toList();
  }

  /** A plan, preview, export, checkpoint or event file read and normalised for an environment. */
  static PolicyInput input(Path file, String environment) {
    JsonNode env = Environment.load(Paths.environment(environment)).toPolicyEnvironment();
    return Normaliser.normalise(Readers.read(file), env);
  }
}
