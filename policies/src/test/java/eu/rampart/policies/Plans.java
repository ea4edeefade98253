package eu.rampart.policies;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.rampart.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine;

/**
 * Plans of the landing zones made with {@code rampart plan} (the offline planner, no Pulumi CLI)
 * and normalised with the project's readers, once per JVM; callers get a fresh copy to edit.
 */
final class Plans {
  static final String AWS = "stacks/aws-landing-zone";
  static final String AZURE = "stacks/azure-landing-zone";

  private static final Map<String, ObjectNode> CACHE = new HashMap<>();
  /** A stack that failed to plan fails every test that needs it, without planning it again. */
  private static final Map<String, AssertionError> FAILED = new HashMap<>();

  private Plans() {}

  static synchronized ObjectNode input(String stack, String env) throws Exception {
    String key = stack + "@" + env;
    if (FAILED.containsKey(key)) throw FAILED.get(key);
    ObjectNode cached = CACHE.get(key);
    if (cached == null) {
      Path plan;
      try {
        plan = plan(stack, env);
      } catch (AssertionError e) {
        FAILED.put(key, e);
        throw e;
      }
      cached = Pack.input(plan, env).json();
      CACHE.put(key, cached);
    }
    return cached.deepCopy();
  }

  static Path plan(String stack, String env) throws Exception {
    Path dir = Path.of("target", "plans");
    Files.createDirectories(dir);
    Path out = dir.resolve(Path.of(stack).getFileName() + "-" + env + ".json").toAbsolutePath();
    CommandLine cl = Main.commandLine();
    StringWriter err = new StringWriter();
    cl.setErr(new PrintWriter(err, true));
    cl.setOut(new PrintWriter(new StringWriter(), true));
    int code = cl.execute("plan", "--stack", Paths.root().resolve(stack).toString(),
        "--env", Paths.environment(env).toString(), "-o", out.toString(), "--no-progress");
    assertEquals(0, code, "rampart plan --stack " + stack + " --env " + env + " failed: " + err);
    return out;
  }
}
