package eu.rampart.cli.support;

import eu.rampart.check.CheckEnvironment;
import eu.rampart.check.CheckInputException;
import eu.rampart.env.Environment;
import eu.rampart.env.EnvironmentException;
import java.nio.file.Path;
import java.util.List;

/**
 * The environment a check runs in, from the shared loader: {@code --env NAME} is
 * {@code environments/NAME.yaml} under the rampart home, {@code --env FILE} that file.
 */
public final class CheckEnvironments {
  /** The loaded environment (the planner needs it) and what the checker needs from it. */
  public record Loaded(Environment environment, CheckEnvironment check) {}

  private CheckEnvironments() {}

  /** Loads the environment and registers its secret values with the masker before anything else is printed. */
  public static Loaded load(String nameOrFile, Path home, OutputMasker masker) throws CheckInputException {
    Loaded loaded = load(nameOrFile, home);
    masker.addSecrets(loaded.environment().secretValues());
    return loaded;
  }

  public static Loaded load(String nameOrFile, Path home) throws CheckInputException {
    Environment env;
    try {
      env = Environment.resolve(nameOrFile, List.of(home));
    } catch (EnvironmentException e) {
      String prefix = e.file() + (e.line() > 0 ? ":" + e.line() : "") + ": ";
      String msg = e.getMessage().startsWith(prefix) ? e.getMessage().substring(prefix.length()) : e.getMessage();
      throw new CheckInputException(e.file() + (e.line() > 0 ? ":" + e.line() : ""), msg);
    } catch (RuntimeException e) {
      throw new CheckInputException(nameOrFile, "cannot load the environment: " + e.getMessage());
    }
    return new Loaded(env, CheckEnvironment.of(env));
  }
}
