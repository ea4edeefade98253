package eu.rampart.analyzer;

import eu.rampart.check.CheckEnvironment;
import eu.rampart.check.PolicyEvaluationException;
import eu.rampart.check.RegoPolicyPack;
import eu.rampart.env.Environment;
import eu.rampart.env.EnvironmentException;
import eu.rampart.rego.api.RegoException;
import io.grpc.Server;
import io.grpc.Status;
import io.grpc.util.MutableHandlerRegistry;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The executable Pulumi starts for a policy pack whose {@code PulumiPolicy.yaml} says
 * {@code runtime: rampart}. The CLI finds {@code pulumi-analyzer-policy-rampart} as
 * pulumi/pulumi {@code NewPolicyAnalyzer} and {@code workspace.GetPluginPath} do: on PATH (unless
 * PULUMI_IGNORE_AMBIENT_PLUGINS), then in {@code $PULUMI_HOME/plugins/analyzer-policy-rampart-v<version>/},
 * never in the pack directory; it starts it with the pack directory as working directory. Arguments, as Pulumi passes them: optional flags ({@code -tracing X},
 * {@code -logtostderr}, {@code -v=N}), then the engine's gRPC address, then the pack directory
 * (the working directory when absent). It serves the analyzer on a loopback port, prints that
 * port on the first line of stdout (the handshake), and exits when the engine goes away.
 */
public final class AnalyzerMain {
  /** Exit code when the pack cannot be loaded or the arguments are wrong. */
  static final int EXIT_FAILED_TO_START = 1;

  private AnalyzerMain() {}

  public static void main(String[] args) throws Exception {
    // Stdout belongs to the handshake: anything else printed there would be read as the port.
    PrintStream handshake = System.out;
    System.setOut(System.err);
    quietLibraryLogging();
    List<String> positional = new ArrayList<>();
    String environment = null;
    boolean training = false;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("-tracing") || a.equals("--tracing")) { i++; continue; }
      // runtime options of PulumiPolicy.yaml arrive as -key=value flags
      if (a.startsWith("-environment=") || a.startsWith("--environment=")) { environment = a.substring(a.indexOf('=') + 1); continue; }
      if (a.equals(CdsTraining.FLAG)) { training = true; continue; }
      if (a.startsWith("-")) continue; // -logtostderr, -v=9, -tracing=...: logging flags we do not need
      positional.add(a);
    }
    if (positional.isEmpty()) {
      System.err.println("pulumi-analyzer-policy-rampart: missing required engine RPC address argument");
      System.exit(EXIT_FAILED_TO_START);
    }
    String engine = positional.get(0);
    Path packDir = Path.of(positional.size() > 1 ? positional.get(1) : ".").toAbsolutePath().normalize();

    long t0 = System.nanoTime();
    String defaultEnvironment = environment == null ? "prod" : environment;
    Function<String, CheckEnvironment> environments = environments(packDir);
    // The server starts (Netty, gRPC: a few hundred classes) while this thread compiles the pack;
    // then that thread reads the environment the first Analyze will need, which takes tens of
    // milliseconds even with the start-up archive: done after the port is announced, the engine's
    // first calls waited for it and shared the cores with it.
    MutableHandlerRegistry services = new MutableHandlerRegistry();
    CompletableFuture<Server> starting = new CompletableFuture<>();
    Thread starter = new Thread(() -> {
      try {
        starting.complete(AnalyzerServer.start(services));
      } catch (IOException | RuntimeException e) {
        starting.completeExceptionally(e);
        return;
      }
      RampartAnalyzer.preloadEnvironment(environments, defaultEnvironment);
    }, "rampart-analyzer-start");
    starter.setDaemon(true);
    starter.start();
    RampartAnalyzer service;
    try {
      service = load(packDir, defaultEnvironment, environments);
    } catch (PolicyEvaluationException | RegoException | EnvironmentException e) {
      System.err.println("pulumi-analyzer-policy-rampart: cannot load the policy pack in " + packDir + ": " + e.getMessage());
      System.exit(EXIT_FAILED_TO_START);
      return;
    }
    services.addService(io.grpc.ServerInterceptors.intercept(RequestLimits.apply(service.bindService()), Warmup.interceptor()));
    Server server;
    try {
      server = starting.join();
    } catch (java.util.concurrent.CompletionException e) {
      System.err.println("pulumi-analyzer-policy-rampart: cannot start the gRPC server: " + e.getCause());
      System.exit(EXIT_FAILED_TO_START);
      return;
    }
    if (training) {
      CdsTraining.run(service, server);
      System.exit(0);
    }
    handshake.println(server.getPort());
    handshake.flush();
    Warmup.startInBackground(service, service.catalog(), server);
    if (System.getenv("RAMPART_TIMINGS") != null) {
      System.err.printf("rampart analyzer: pack loaded and port announced %d ms after main (JVM up %d ms)%n",
          (System.nanoTime() - t0) / 1_000_000, java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime());
    }

    long period = Long.getLong("rampart.analyzer.watchdogMillis", 1000L);
    try (EngineWatchdog ignored = EngineWatchdog.start(engine, period, () -> {
      System.err.println("pulumi-analyzer-policy-rampart: the engine at " + engine + " is gone; shutting down");
      server.shutdown();
    })) {
      Runtime.getRuntime().addShutdownHook(new Thread(server::shutdown));
      server.awaitTermination();
      server.awaitTermination(5, TimeUnit.SECONDS);
    }
  }

  /**
   * Pulumi shows the user every line a plugin writes to stderr, as the plugin's output (pulumi/pulumi
   * sdk/go/common/resource/plugin/plugin.go, {@code newPlugin}: its {@code runtrace} turns each line
   * into a diagnostic). Netty logs through SLF4J when SLF4J's API is on the classpath, and the Pulumi
   * SDK brings that API without a binding, so SLF4J's first use printed three lines about the missing
   * binding into every {@code pulumi up}. Netty logs to java.util.logging instead, as gRPC itself
   * does, from warnings up (its information lines are not for the user of {@code pulumi up}), and
   * SLF4J is never started. Must run before any Netty class takes its logger.
   */
  static void quietLibraryLogging() {
    NETTY_LOG.setLevel(java.util.logging.Level.WARNING);
    io.grpc.netty.shaded.io.netty.util.internal.logging.InternalLoggerFactory.setDefaultFactory(
        io.grpc.netty.shaded.io.netty.util.internal.logging.JdkLoggerFactory.INSTANCE);
  }

  /** Held here: java.util.logging keeps loggers weakly, and would forget the level with the logger. */
  private static final java.util.logging.Logger NETTY_LOG = java.util.logging.Logger.getLogger("io.grpc.netty.shaded.io.netty");

  static RampartAnalyzer load(Path packDir, String defaultEnvironment) throws PolicyEvaluationException {
    return load(packDir, defaultEnvironment, environments(packDir));
  }

  static RampartAnalyzer load(Path packDir, String defaultEnvironment, Function<String, CheckEnvironment> environments)
      throws PolicyEvaluationException {
    Path rules = rulesDir(packDir);
    RegoPolicyPack pack = RegoPolicyPack.fromDirectory(rules);
    PackCatalog catalog = PackCatalog.of(pack.annotations());
    ResourceChecks checks = new ResourceChecks(pack, catalog);
    String version = PackMetadata.version(packDir.resolve("PulumiPolicy.yaml").toFile().isFile() ? packDir : rules);
    return new RampartAnalyzer(pack, catalog, checks, version, environments, defaultEnvironment);
  }

  /** The environments the calls check against, by name, each read once (from {@link #environmentRoots}). */
  static Function<String, CheckEnvironment> environments(Path packDir) {
    List<Path> roots = environmentRoots(packDir);
    Map<String, CheckEnvironment> cache = new ConcurrentHashMap<>();
    return name -> cache.computeIfAbsent(name, n -> checkEnvironment(n, roots));
  }

  /**
   * The installed plugin's own directory (set by its launcher), which bundles the pack
   * ({@code pack/}) and the environments ({@code environments/}); null when run from a checkout.
   */
  static Path pluginDir() {
    String dir = System.getProperty("rampart.plugin.dir");
    return dir == null || dir.isBlank() ? null : Path.of(dir);
  }

  /**
   * The pack directory Pulumi names holds the rules that apply; a pack directory with only a
   * PulumiPolicy.yaml (as published for the installed plugin) uses the rules the plugin bundles.
   */
  static Path rulesDir(Path packDir) {
    if (hasRego(packDir) || pluginDir() == null) return packDir;
    Path bundled = pluginDir().resolve("pack");
    System.err.println("pulumi-analyzer-policy-rampart: " + packDir + " holds no .rego rules; using the pack bundled with the plugin (" + bundled + ")");
    return bundled;
  }

  private static boolean hasRego(Path dir) {
    try (java.util.stream.Stream<Path> s = Files.walk(dir, 4)) {
      return s.anyMatch(p -> p.getFileName().toString().endsWith(".rego"));
    } catch (IOException | java.io.UncheckedIOException e) {
      return false;
    }
  }

  /** Environments live beside the pack (a rampart checkout), under RAMPART_HOME, or in the installed plugin. */
  private static List<Path> environmentRoots(Path packDir) {
    List<Path> roots = new ArrayList<>();
    String home = System.getenv("RAMPART_HOME");
    if (home != null && !home.isBlank()) roots.add(Path.of(home));
    if (packDir.getParent() != null) roots.add(packDir.getParent());
    roots.add(packDir);
    if (pluginDir() != null) roots.add(pluginDir());
    return roots;
  }

  private static CheckEnvironment checkEnvironment(String name, List<Path> roots) {
    Environment env;
    try {
      env = Environment.resolve(name, roots);
    } catch (EnvironmentException e) {
      throw Status.INVALID_ARGUMENT.withDescription("rampart environment '" + name + "': " + e.getMessage()).asRuntimeException();
    }
    return CheckEnvironment.of(env);
  }

  /** The pack's version from PulumiPolicy.yaml, reported to Pulumi with every diagnostic. */
  static final class PackMetadata {
    private PackMetadata() {}

    static String version(Path packDir) {
      Path yaml = packDir.resolve("PulumiPolicy.yaml");
      if (!Files.isRegularFile(yaml)) return "0.1.0";
      try (java.io.Reader r = Files.newBufferedReader(yaml)) {
        Object doc = new org.yaml.snakeyaml.Yaml(new org.yaml.snakeyaml.constructor.SafeConstructor(
            new org.yaml.snakeyaml.LoaderOptions())).load(r);
        if (doc instanceof Map<?, ?> m && m.get("version") != null) return String.valueOf(m.get("version"));
      } catch (IOException | RuntimeException e) {
        System.err.println("pulumi-analyzer-policy-rampart: " + yaml + " is not readable YAML (" + e.getMessage()
            + "); reporting version 0.1.0");
      }
      return "0.1.0";
    }
  }
}
