package eu.rampart.cli.support;

import eu.rampart.check.EmbeddedPolicies;
import eu.rampart.check.PolicyEvaluationException;
import eu.rampart.check.PolicyPack;
import eu.rampart.check.RegoPolicyPack;
import java.nio.file.Path;

/** The pack a command checks with: {@code --policies DIR} when given, else the one embedded in the CLI. */
public final class PolicyPacks {
  private PolicyPacks() {}

  public static PolicyPack load(Path dirOrNull) throws PolicyEvaluationException {
    if (dirOrNull != null) return RegoPolicyPack.fromDirectory(dirOrNull);
    return EmbeddedPolicies.load(PolicyPacks.class.getClassLoader());
  }
}
