package eu.rampart.stacks.azure;

import com.google.gson.Gson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Reads {@code environments/<env>.yaml} of the repository, as Pulumi ESC would deliver it. */
final class EnvironmentFiles {
  private EnvironmentFiles() {}

  /** The {@code values.rampart} tree of the environment, as the JSON {@code rampart:settings} carries. */
  static String settingsJson(String env) {
    return new Gson().toJson(rampartTree(env));
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> rampartTree(String env) {
    Path file = repositoryRoot().resolve("environments").resolve(env + ".yaml");
    Object doc;
    try (InputStream in = Files.newInputStream(file)) {
      doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + file + ": " + e.getMessage(), e);
    }
    if (!(doc instanceof Map<?, ?> root) || !(root.get("values") instanceof Map<?, ?> values)
        || !(values.get("rampart") instanceof Map<?, ?> rampart)) {
      throw new IllegalStateException(file + " has no values.rampart mapping");
    }
    return (Map<String, Object>) rampart;
  }

  static Path repositoryRoot() {
    Path dir = Path.of("").toAbsolutePath();
    for (Path p = dir; p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("environments")) && Files.isRegularFile(p.resolve("pom.xml"))) return p;
    }
    throw new IllegalStateException("no repository root with environments/ above " + dir);
  }
}
