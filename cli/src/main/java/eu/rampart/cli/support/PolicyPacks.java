package eu.rampart.cli.support;

import eu.rampart.check.EmbeddedPolicies;
import eu.rampart.check.PolicyEvaluationException;
import eu.rampart.check.RegoPolicyPack;
import java.nio.file.Path;

/** The pack a command checks with: {@code --policies DIR} when given, else the one embedded in the CLI. */
public final class PolicyPacks {
  private PolicyPacks() {}

  /**
   * Why {@code --policies DIR} cannot be used, or null: a missing directory is a usage error (exit
   * 2), found before anything runs, not an evaluation error.
   */
  public static String usageProblem(Path dirOrNull) {
    if (dirOrNull == null) return null;
    if (!java.nio.file.Files.exists(dirOrNull)) return "--policies " + dirOrNull + ": no such directory";
    if (!java.nio.file.Files.isDirectory(dirOrNull)) return "--policies " + dirOrNull + ": not a directory (expected the policy pack directory)";
    return null;
  }

  public static RegoPolicyPack load(Path dirOrNull) throws PolicyEvaluationException {
    if (dirOrNull != null) return RegoPolicyPack.fromDirectory(dirOrNull);
    return EmbeddedPolicies.load(PolicyPacks.class.getClassLoader());
  }
}
