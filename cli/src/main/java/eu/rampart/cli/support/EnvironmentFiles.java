package eu.rampart.cli.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The files an {@code --env} argument may read, by the rule of
 * {@link eu.rampart.env.Environment#resolve}: the file itself, or environments/NAME.yaml|yml under
 * the home. Used to keep reports from overwriting them before the environment is even loaded.
 */
public final class EnvironmentFiles {
  private EnvironmentFiles() {}

  public static List<Path> of(String nameOrFile, Path home) {
    List<Path> files = new ArrayList<>();
    if (nameOrFile == null) return files;
    try {
      files.add(Path.of(nameOrFile));
      files.add(home.resolve("environments").resolve(nameOrFile + ".yaml"));
      files.add(home.resolve("environments").resolve(nameOrFile + ".yml"));
    } catch (java.nio.file.InvalidPathException e) {
      return files;  // not a file name at all: the environment loader reports it
    }
    files.removeIf(f -> !Files.isRegularFile(f));
    return files;
  }
}
