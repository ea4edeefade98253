package eu.rampart.plan.offline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.rampart.env.Environment;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.w3c.dom.Document;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Plans a Pulumi Java program without Pulumi: runs its static {@code stack(Context)} in a child
 * JVM under the SDK's mocks, with the stack config of an {@link Environment}, and writes a
 * {@code rampart-plan/v1} document (docs/plan-format.md). Works for any Pulumi Java Maven project
 * whose program class has a static {@code stack(com.pulumi.Context)} method.
 */
public final class OfflinePlanner {
  /** Settings for one run. */
  public record Options(Optional<Path> output, Optional<String> programClass, Optional<String> stackName,
                        boolean progress, long timeoutSeconds) {
    public Options {
      Objects.requireNonNull(output);
      Objects.requireNonNull(programClass);
      Objects.requireNonNull(stackName);
    }

    public static Options defaults() {
      return new Options(Optional.empty(), Optional.empty(), Optional.empty(), false, 600);
    }

    public Options withOutput(Path p) { return new Options(Optional.of(p), programClass, stackName, progress, timeoutSeconds); }
    public Options withProgram(String c) { return new Options(output, Optional.of(c), stackName, progress, timeoutSeconds); }
    public Options withProgress(boolean on) { return new Options(output, programClass, stackName, on, timeoutSeconds); }
  }

  static final List<String> CHILD_JVM_FLAGS = List.of(
      // on 2 cores the common pool has parallelism 1 and the SDK then starts a thread per task
      "-Djava.util.concurrent.ForkJoinPool.common.parallelism=4",
      "-Xmx1g", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto");
  private static final String MAIN = "eu.rampart.plan.mock.PlannerMain";
  private static final ObjectMapper JSON = new ObjectMapper();

  private OfflinePlanner() {}

  /** The default plan location: {@code <stack>/target/rampart-plan-<env>.json}. */
  public static Path defaultOutput(Path stackDir, Environment env) {
    return stackDir.toAbsolutePath().normalize().resolve("target").resolve("rampart-plan-" + env.name() + ".json");
  }

  public static Path plan(Path stackDir, Environment env, Options options) throws OfflinePlanException {
    Path dir = stackDir.toAbsolutePath().normalize();
    if (!Files.isRegularFile(dir.resolve("pom.xml"))) {
      throw new OfflinePlanException(OfflinePlanException.BAD_INPUT, dir + ": not a Pulumi Java Maven project (no pom.xml)");
    }
    String project = projectName(dir);
    String program = options.programClass().orElse(null);
    if (program == null) {
      Document pom = MavenPoms.read(dir.resolve("pom.xml"));
      program = MavenPoms.property(pom, "mainClass").orElseThrow(() -> new OfflinePlanException(OfflinePlanException.BAD_INPUT,
          dir.resolve("pom.xml") + ": no <mainClass> property naming the program class; add it or pass the class explicitly"));
    }
    Path output = options.output().orElse(defaultOutput(dir, env)).toAbsolutePath().normalize();

    List<Path> classpath = new ArrayList<>();
    classpath.add(PlannerClasses.locate(options.progress()));
    classpath.addAll(ProjectClasspath.resolve(dir, options.progress()));

    Path work = null;
    try {
      Files.createDirectories(output.getParent());
      work = Files.createTempDirectory(output.getParent(), ".rampart-plan-");
      Path request = work.resolve("request.json");
      Path errorFile = work.resolve("error.json");
      Files.writeString(request, JSON.writeValueAsString(request(program, project, env, options, output, errorFile)),
          StandardCharsets.UTF_8);
      Path argFile = work.resolve("java.args");
      Files.writeString(argFile, "-cp\n" + quote(String.join(File.pathSeparator, classpath.stream().map(Path::toString).toList())) + "\n",
          StandardCharsets.UTF_8);

      List<String> cmd = new ArrayList<>();
      cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      cmd.addAll(CHILD_JVM_FLAGS);
      cmd.add("@" + argFile);
      cmd.add(MAIN);
      cmd.add(request.toString());
      Processes.Result r = Processes.run(cmd, dir, options.progress(), options.timeoutSeconds());
      if (r.exitCode() == 0 && Files.isRegularFile(output)) return output;
      throw failure(env, dir, r, errorFile);
    } catch (IOException e) {
      throw new OfflinePlanException(OfflinePlanException.PLANNER_FAILED, "cannot run the planner: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new OfflinePlanException(OfflinePlanException.PLANNER_FAILED, "interrupted while planning");
    } finally {
      deleteQuietly(work);
    }
  }

  private static ObjectNode request(String program, String project, Environment env, Options options, Path output, Path errorFile) {
    ObjectNode req = JSON.createObjectNode();
    req.put("program", program);
    req.put("project", project);
    req.put("stack", options.stackName().orElse(env.name()));
    req.put("environment", env.name());
    ObjectNode config = req.putObject("config");
    for (Map.Entry<String, String> e : env.pulumiConfig().entrySet()) config.put(e.getKey(), e.getValue());
    ArrayNode secrets = req.putArray("secretKeys");
    env.secretConfigKeys().forEach(secrets::add);
    req.put("output", output.toString());
    req.put("errorFile", errorFile.toString());
    req.put("progress", options.progress());
    return req;
  }

  private static OfflinePlanException failure(Environment env, Path dir, Processes.Result r, Path errorFile) throws IOException {
    if (Files.isRegularFile(errorFile)) {
      JsonNode err = JSON.readTree(errorFile.toFile());
      String kind = err.path("kind").asText("");
      String message = err.path("message").asText("the program failed");
      int code = r.exitCode() == OfflinePlanException.BAD_INPUT ? OfflinePlanException.BAD_INPUT : OfflinePlanException.PLANNER_FAILED;
      String where = switch (kind) {
        case "missing-setting", "invalid-setting" -> " (environment file: " + env.file() + ")";
        case "missing-config" -> " (set it under values.pulumiConfig in " + env.file() + ")";
        default -> "";
      };
      return new OfflinePlanException(code, "cannot plan " + dir.getFileName() + " for environment " + env.name() + ": "
          + message + where);
    }
    // no explanation: the JVM itself failed (bad classpath, out of memory...); show its last words
    return new OfflinePlanException(OfflinePlanException.PLANNER_FAILED, "the planner failed for " + dir.getFileName()
        + " (exit " + r.exitCode() + "):\n" + r.tail());
  }

  /** {@code name:} of Pulumi.yaml, the project name Pulumi puts in every URN. */
  static String projectName(Path dir) throws OfflinePlanException {
    Path yaml = Files.isRegularFile(dir.resolve("Pulumi.yaml")) ? dir.resolve("Pulumi.yaml") : dir.resolve("Pulumi.yml");
    if (!Files.isRegularFile(yaml)) {
      throw new OfflinePlanException(OfflinePlanException.BAD_INPUT, dir + ": no Pulumi.yaml (not a Pulumi project)");
    }
    Object doc;
    try {
      doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(yaml, StandardCharsets.UTF_8));
    } catch (IOException | RuntimeException e) {
      throw new OfflinePlanException(OfflinePlanException.BAD_INPUT, yaml + ": cannot read: " + e.getMessage());
    }
    if (doc instanceof Map<?, ?> m && m.get("name") instanceof String name && !name.isBlank()) return name;
    throw new OfflinePlanException(OfflinePlanException.BAD_INPUT, yaml + ": missing 'name'");
  }

  private static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static void deleteQuietly(Path dir) {
    if (dir == null) return;
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // a leftover temp directory under target/ is harmless
    }
  }
}
