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

  static List<Finding> evaluate(Value input) throws PolicyEvaluationException {
    return FindingParser.parse(get().evaluateFindings(input));
  }

  /** A plan, preview, export, checkpoint or event file read and normalised for an environment. */
  static PolicyInput input(Path file, String environment) {
    JsonNode env = Environment.load(Paths.environment(environment)).toPolicyEnvironment();
    return Normaliser.normalise(Readers.read(file), env);
  }
}
