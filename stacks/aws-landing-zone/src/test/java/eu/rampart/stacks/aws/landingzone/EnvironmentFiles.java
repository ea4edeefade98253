package eu.rampart.stacks.aws.landingzone;

import com.google.gson.Gson;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The stack config of {@code environments/<env>.yaml} as ESC would hand it to Pulumi. The files
 * use whole-value references only (pulumiConfig: {@code ${rampart...}}); anything else fails here
 * rather than being guessed. (rampart's own loader, eu.rampart.env, is tested in core.)
 */
final class EnvironmentFiles {
  private static final Pattern WHOLE_REF = Pattern.compile("^\\$\\{([A-Za-z0-9_.]+)}$");

  private EnvironmentFiles() {}

  static Path root() {
    Path p = Path.of("").toAbsolutePath();
    for (Path d = p; d != null; d = d.getParent()) {
      if (Files.isDirectory(d.resolve("environments")) && Files.isRegularFile(d.resolve("environments/prod.yaml"))) return d;
    }
    throw new IllegalStateException("no environments/ directory above " + p);
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> values(String env) {
    try (Reader r = Files.newBufferedReader(root().resolve("environments/" + env + ".yaml"))) {
      Map<String, Object> doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(r);
      return (Map<String, Object>) doc.get("values");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @SuppressWarnings("unchecked")
  static Map<String, String> config(Map<String, Object> values) {
    Map<String, String> out = new LinkedHashMap<>();
    if (!(values.get("pulumiConfig") instanceof Map)) throw new IllegalStateException("environment file has no values.pulumiConfig");
    for (Map.Entry<String, Object> e : ((Map<String, Object>) values.get("pulumiConfig")).entrySet()) {
      Object v = e.getValue();
      if (v instanceof String s) {
        Matcher m = WHOLE_REF.matcher(s);
        if (m.matches()) v = lookup(values, m.group(1));
        else if (s.contains("${")) throw new IllegalStateException("unsupported interpolation in test helper: " + s);
      }
      out.put(e.getKey(), v instanceof String s ? s : new Gson().toJson(v));
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  static Object lookup(Map<String, Object> values, String path) {
    Object cur = values;
    for (String part : path.split("\\.")) {
      if (!(cur instanceof Map<?, ?> m) || !m.containsKey(part)) throw new IllegalStateException("unknown reference ${" + path + "}");
      cur = ((Map<String, Object>) m).get(part);
    }
    return cur;
  }
}
