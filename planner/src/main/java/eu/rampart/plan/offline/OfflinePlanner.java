package eu.rampart.plan.offline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.rampart.env.Environment;
import eu.rampart.plan.engine.EngineMain;
import eu.rampart.plan.input.RegionResolver;
import eu.rampart.plan.read.InputException;
import eu.rampart.plan.read.InputFormat;
import eu.rampart.plan.read.Readers;
import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Plans a Pulumi Java program without Pulumi: starts the program's own {@code main} in a child JVM
 * against a local stand-in for the Pulumi engine ({@code eu.rampart.plan.engine}), in preview mode,
 * with the environment the Pulumi CLI's Java language host gives it, and writes what it registers as a
 * {@code rampart-plan/v1} document (docs/plan-format.md).
 */
public final class OfflinePlanner {
  /** Settings for one run. */
  public record Options(Optional<Path> output, Optional<String> programClass, Optional<String> stackName,
                        Optional<String> classpath, Map<String, String> configOverrides, boolean progress, long timeoutSeconds) {
    public Options {
      Objects.requireNonNull(output);
      Objects.requireNonNull(programClass);
      Objects.requireNonNull(stackName);
      Objects.requireNonNull(classpath);
      configOverrides = Map.copyOf(configOverrides);
    }

    public static Options defaults() {
      return new Options(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Map.of(), false, 600);
    }

    public Options withOutput(Path p) { return new Options(Optional.of(p), programClass, stackName, classpath, configOverrides, progress, timeoutSeconds); }
    public Options withProgram(String c) { return new Options(output, Optional.of(c), stackName, classpath, configOverrides, progress, timeoutSeconds); }
    public Options withStackName(String s) { return new Options(output, programClass, Optional.of(s), classpath, configOverrides, progress, timeoutSeconds); }
    public Options withClasspath(String cp) { return new Options(output, programClass, stackName, Optional.of(cp), configOverrides, progress, timeoutSeconds); }
    public Options withConfig(Map<String, String> overrides) { return new Options(output, programClass, stackName, classpath, overrides, progress, timeoutSeconds); }
    public Options withProgress(boolean on) { return new Options(output, programClass, stackName, classpath, configOverrides, on, timeoutSeconds); }
  }

  static final List<String> CHILD_JVM_FLAGS = List.of(
      // on 2 cores the common pool has parallelism 1 and the SDK then starts a thread per task
      "-Djava.util.concurrent.ForkJoinPool.common.parallelism=4",
      "-Xmx1g", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto");
  /** Set (to anything) to run the program's JVM without a class-data archive, as before it had one. */
  static final String NO_CDS = "RAMPART_NO_CDS";
  /** The child's entry; by name, so that this JVM never loads it (it needs the program's gRPC). */
  static final String MAIN = "eu.rampart.plan.engine.EngineMain";
  /** The organization the Pulumi CLI passes for stacks of a self-managed backend. */
  static final String ORGANIZATION = "organization";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int PORT_ATTEMPTS = 3;

  private OfflinePlanner() {}

  /** The default plan location: {@code <stack>/target/rampart-plan-<env>.json}. */
  public static Path defaultOutput(Path stackDir, Environment env) {
    return stackDir.toAbsolutePath().normalize().resolve("target").resolve("rampart-plan-" + env.name() + ".json");
  }

  /**
   * Plans with the stack's own config as Pulumi resolves it, the rampart environment imported
   * implicitly (its {@code values.pulumiConfig}), ESC imports resolved beside the environment file,
   * and the passphrase from this process's {@code PULUMI_CONFIG_PASSPHRASE(_FILE)}.
   */
  public static Path plan(Path stackDir, Environment env, Options options) throws OfflinePlanException {
    Path envFile = env.file().toAbsolutePath().normalize();
    return plan(stackDir, env.name(), new StackFileConfig(envFile.getParent(), envFile, System.getenv()),
        options.output().isPresent() ? options : options.withOutput(defaultOutput(stackDir, env)), env.file());
  }

  /**
   * @param environmentName the rampart environment the plan is for (recorded in the plan; the stack
   *     name unless {@code options.stackName} says otherwise)
   * @param environmentFile named in messages about settings the program found missing, or null
   */
  public static Path plan(Path stackDir, String environmentName, ProgramConfigSource configSource, Options options,
                          Path environmentFile) throws OfflinePlanException {
    PlanTimings timings = PlanTimings.fromEnvironment();
    Path dir = stackDir.toAbsolutePath().normalize();
    if (!Files.isDirectory(dir)) throw new OfflinePlanException(OfflinePlanException.BAD_INPUT, dir + ": no such directory");
    JavaProgram program = JavaProgram.locate(dir, options.programClass(), options.classpath(), options.progress());
    timings.lap("project and class path");
    String stack = options.stackName().orElse(environmentName);
    ProgramConfig config = configSource.resolve(dir, program.project(), stack, options.configOverrides());
    timings.lap("stack config");
    Path output = options.output().orElse(dir.resolve("target").resolve("rampart-plan-" + environmentName + ".json"))
        .toAbsolutePath().normalize();

    List<Path> classpath = new ArrayList<>(program.classpath());
    classpath.add(PlannerClasses.locate());
    Path work = null;
    try {
      Files.createDirectories(output.getParent());
      work = Files.createTempDirectory(output.getParent(), ".rampart-plan-");
      Path raw = work.resolve("registrations.json");
      Masker masker = new Masker(config.secretTexts());
      ProgramClassData.Launch launch = System.getenv(NO_CDS) != null ? ProgramClassData.plain(classpath)
          : ProgramClassData.prepare(program.directory(), classpath, CHILD_JVM_FLAGS);
      timings.lap("class-data archive");
      Processes.Result r = null;
      for (int attempt = 0; attempt < PORT_ATTEMPTS; attempt++) {
        r = runChild(program, stack, config, dir, launch, work, raw, options, masker);
        // an archive recorded by a JVM that never ran the program (port taken) is dropped by finish
        ProgramClassData.finish(launch, r.exitCode());
        if (ProgramClassData.recordingFailed(launch, r.exitCode())) {
          // the JVM could not record the archive (and exits 1 for it): the plan itself runs without one
          launch = ProgramClassData.plain(classpath);
          Files.deleteIfExists(raw);
          r = runChild(program, stack, config, dir, launch, work, raw, options, masker);
        }
        if (r.exitCode() != EngineMain.PORT_TAKEN) break;
      }
      timings.lap("program JVM" + (launch.records() ? " (recording its class-data archive)" : launch.archive() != null
          && launch.jvmFlags().stream().anyMatch(f -> f.startsWith("-XX:SharedArchiveFile")) ? " (class-data archive mapped)" : ""));
      JsonNode registrations = Files.isRegularFile(raw) ? JSON.readTree(raw.toFile()) : null;
      failIfFailed(dir, stack, r, registrations, masker, environmentFile, config);
      ObjectNode doc = document(program.project(), stack, environmentName, config, registrations, work);
      timings.lap("regions");
      writeAtomically(doc, output);
      timings.lap("plan written");
      timings.report();
      return output;
    } catch (IOException e) {
      throw new OfflinePlanException(OfflinePlanException.PLANNER_FAILED, "cannot run the planner: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new OfflinePlanException(OfflinePlanException.PLANNER_FAILED, "interrupted while planning");
    } finally {
      deleteQuietly(work);
    }
  }

  private static Processes.Result runChild(JavaProgram program, String stack, ProgramConfig config, Path dir, ProgramClassData.Launch launch,
                                           Path work, Path raw, Options options, Masker masker) throws IOException, InterruptedException {
    Path argFile = work.resolve("java.args");
    Files.writeString(argFile, "-cp\n" + quote(String.join(File.pathSeparator, launch.classpath().stream().map(Path::toString).toList())) + "\n",
        StandardCharsets.UTF_8);
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(CHILD_JVM_FLAGS);
    cmd.addAll(launch.jvmFlags());
    cmd.add("@" + argFile);
    cmd.add(MAIN);
    cmd.add(program.mainClass());
    cmd.add(raw.toString());
    Map<String, String> env = LanguageHostEnvironment.forPreview(program.project(), stack, ORGANIZATION, config, freePort(), dir);
    if (options.progress()) System.err.println("rampart: running " + program.mainClass() + " for stack " + stack + " (preview against a local engine)");
    return Processes.run(cmd, program.directory(), env, options.progress() ? masker : null, options.timeoutSeconds());
  }

  private static void failIfFailed(Path dir, String stack, Processes.Result r, JsonNode registrations, Masker masker,
                                   Path environmentFile, ProgramConfig config) throws OfflinePlanException {
    JsonNode errors = registrations == null ? null : registrations.path("errors");
    if (errors != null && errors.size() > 0) {
      JsonNode first = errors.get(0);
      String kind = first.path("kind").asText("program-error");
      String message = masker.mask(first.path("message").asText("the program failed"));
      String prefix = "cannot plan " + dir.getFileName() + " for stack " + stack + ": ";
      switch (kind) {
        case "missing-config" -> {
          String key = first.path("key").asText();
          throw new OfflinePlanException(OfflinePlanException.BAD_INPUT, prefix + message + " (set it in "
              + dir.resolve("Pulumi." + stack + ".yaml").getFileName()
              + (environmentFile == null ? "" : ", under values.pulumiConfig in " + environmentFile) + ", or pass --config " + key + "=VALUE)");
        }
        case "missing-setting", "invalid-setting" -> throw new OfflinePlanException(OfflinePlanException.BAD_INPUT, prefix + message
            + (environmentFile == null ? "" : " (environment file: " + environmentFile + ")"));
        case "bad-program" -> throw new OfflinePlanException(OfflinePlanException.BAD_INPUT, prefix + message);
        default -> throw new OfflinePlanException(OfflinePlanException.PLANNER_FAILED, prefix + message);
      }
    }
    if (r.exitCode() != 0 || registrations == null) {
      throw new OfflinePlanException(OfflinePlanException.PLANNER_FAILED, "the program " + dir.getFileName() + " exited with code "
          + r.exitCode() + " without saying why; its last output:\n" + masker.mask(r.tail()));
    }
    if (registrations.path("resources").isEmpty()) {
      throw new OfflinePlanException(OfflinePlanException.BAD_INPUT, "the program " + dir.getFileName()
          + " registered nothing: its main must run the stack with com.pulumi.Pulumi.run(ctx -> ...)");
    }
  }

  private static ObjectNode document(String project, String stack, String environment, ProgramConfig config,
                                     JsonNode registrations, Path work) throws IOException, OfflinePlanException {
    ObjectNode doc = JSON.createObjectNode();
    doc.put("format", "rampart-plan/v1");
    doc.put("generator", "rampart");
    ObjectNode s = doc.putObject("stack");
    s.put("project", project);
    s.put("name", stack);
    s.put("environment", environment);
    ObjectNode c = s.putObject("config");
    config.values().forEach((k, v) -> {
      if (config.secretKeys().contains(k)) c.set(k, secretForm(config.unknownKeys().contains(k) || ProgramConfig.UNKNOWN.equals(v)));
      else c.put(k, v);
    });
    ArrayNode resources = doc.putArray("resources");
    RegistrationOrder.sort(registrations.path("resources")).forEach(resources::add);

    // regions come from the one resolver the readers use, run on this very document
    Path unresolved = work.resolve("unresolved.json");
    JSON.writeValue(unresolved.toFile(), doc);
    Map<String, RegionResolver.Resolution> regions;
    try {
      regions = RegionResolver.forPlan(Readers.read(unresolved, Optional.of(InputFormat.RAMPART_PLAN)));
    } catch (InputException e) {
      throw new OfflinePlanException(OfflinePlanException.PLANNER_FAILED, "the planner wrote a plan it cannot read back: " + e.getMessage());
    }
    ArrayNode placed = JSON.createArrayNode();
    for (JsonNode r : resources) {
      ObjectNode o = JSON.createObjectNode();
      for (Iterator<Map.Entry<String, JsonNode>> it = r.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        o.set(e.getKey(), e.getValue());
        if (e.getKey().equals("propertyDependencies")) {
          RegionResolver.Resolution res = regions.get(r.path("urn").asText());
          o.put("region", res == null ? null : res.region());
          o.put("regionSource", res == null ? "unknown" : res.source());
        }
      }
      placed.add(o);
    }
    doc.set("resources", placed);
    return doc;
  }

  static ObjectNode secretForm(boolean unknown) {
    ObjectNode o = JSON.createObjectNode();
    o.put(eu.rampart.plan.input.PulumiValues.SIG_KEY, eu.rampart.plan.input.PulumiValues.SIG_SECRET);
    if (unknown) o.put("value", ProgramConfig.UNKNOWN);
    return o;
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  /** Writes next to the target and moves into place, so a reader never sees half a plan. */
  private static void writeAtomically(ObjectNode doc, Path target) throws IOException {
    Path tmp = Files.createTempFile(target.getParent(), ".rampart-plan-", ".tmp");
    try {
      JSON.writer().with(SerializationFeature.INDENT_OUTPUT).writeValue(tmp.toFile(), doc);
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
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

  /** Masks the plain texts of secret config in what the planner passes on from the child. */
  static final class Masker {
    private final List<String> texts;

    Masker(java.util.Set<String> texts) {
      this.texts = texts.stream().filter(t -> t.length() >= 3).sorted((a, b) -> b.length() - a.length()).toList();
    }

    String mask(String s) {
      if (s == null) return null;
      String out = s;
      for (String t : texts) out = out.replace(t, "[secret]");
      return out;
    }
  }
}
