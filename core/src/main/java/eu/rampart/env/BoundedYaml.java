package eu.rampart.env;

import java.nio.file.Path;

/**
 * YAML read with the environment loader's bounds (file size, nesting, alias expansion, plain
 * values only), for other commands that accept YAML documents ({@code rampart rego eval -i}).
 */
public final class BoundedYaml {
  private BoundedYaml() {}

  /** The document as maps, lists and scalars; a problem is an {@link EnvironmentException} naming file and line. */
  public static Object read(Path file) {
    return YamlTree.parse(file).root;
  }
}
