package eu.rampart.plan.engine;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.reflect.TypeToken;
import io.grpc.Server;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Child-process entry of the planner: {@code EngineMain <main class> <plan file> [program args...]}.
 * The parent starts it with the environment the Pulumi CLI's Java language host gives a program
 * during {@code pulumi preview} ({@code PULUMI_MONITOR}, {@code PULUMI_ENGINE}, {@code PULUMI_PROJECT},
 * {@code PULUMI_STACK}, {@code PULUMI_ORGANIZATION}, {@code PULUMI_CONFIG}, {@code PULUMI_CONFIG_SECRET_KEYS},
 * {@code PULUMI_DRY_RUN=true}, {@code PULUMI_PARALLEL}). This class serves the engine's gRPC services
 * on the monitor address, then calls the program's own {@code main}, unmodified, in this JVM. When
 * the JVM ends (the SDK's {@code Pulumi.run} exits it), the registrations are written to the plan
 * file; the parent adds regions and checks the outcome.
 */
public final class EngineMain {
  /** Exit code when the monitor address cannot be bound (the parent retries on another port). */
  public static final int PORT_TAKEN = 75;
  static final int PROGRAM_FAILED = 3;

  private EngineMain() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("rampart-planner: usage: EngineMain <main class> <plan file> [args...]");
      System.exit(2);
    }
    String mainClass = args[0];
    Path planFile = Path.of(args[1]);
    String[] programArgs = java.util.Arrays.copyOfRange(args, 2, args.length);
    boolean verbose = System.getenv("RAMPART_DEBUG") != null;

    Gson gson = new Gson();
    Map<String, String> config = System.getenv("PULUMI_CONFIG") == null ? Map.of()
        : gson.fromJson(System.getenv("PULUMI_CONFIG"), new TypeToken<LinkedHashMap<String, String>>() { }.getType());
    Set<String> secretKeys = System.getenv("PULUMI_CONFIG_SECRET_KEYS") == null ? Set.of()
        : gson.fromJson(System.getenv("PULUMI_CONFIG_SECRET_KEYS"), new TypeToken<LinkedHashSet<String>>() { }.getType());
    EngineState state = new EngineState(env("PULUMI_PROJECT"), env("PULUMI_STACK"), config, secretKeys);

    // what the program prints passes through the same mask as everything else the planner writes
    PrintStream console = System.err;
    System.setOut(new MaskingPrintStream(System.out, state.secrets));
    System.setErr(new MaskingPrintStream(System.err, state.secrets));

    // before any channel or server is built in this JVM (gRPC reads the global list once)
    InvokeForm.install();
    String monitor = env("PULUMI_MONITOR");
    int colon = monitor.lastIndexOf(':');
    Server server;
    Server inProcess;
    io.grpc.ServerServiceDefinition monitorService = io.grpc.ServerInterceptors.intercept(
        new MonitorService(state, new DeclaredOutputs(EngineMain.class.getClassLoader())), InvokeForm.SERVER);
    EngineService engineService = new EngineService(state, console, verbose);
    try {
      // the engine's address, as the Pulumi CLI gives it: also served for channels not built through gRPC's provider
      server = NettyServerBuilder.forAddress(new InetSocketAddress(monitor.substring(0, colon), Integer.parseInt(monitor.substring(colon + 1))))
          .maxInboundMessageSize(400 * 1024 * 1024)
          // every handler answers from memory without blocking: run it on the event loop, no hand-off,
          // so the SDK's runner (which polls while calls are in flight) waits as little as possible
          .directExecutor()
          .addService(monitorService)
          .addService(engineService)
          .build().start();
      // the same services in process: the SDK's channels to PULUMI_MONITOR/PULUMI_ENGINE come here
      // (InProcessEngineChannels), without HTTP/2 and Netty's event loops between two halves of one JVM
      inProcess = io.grpc.inprocess.InProcessServerBuilder.forName(InProcessEngineChannels.NAME)
          .maxInboundMessageSize(400 * 1024 * 1024)
          .directExecutor()
          .addService(monitorService)
          .addService(engineService)
          .build().start();
      InProcessEngineChannels.serve(monitor);
    } catch (IOException e) {
      console.println("rampart-planner: cannot listen on " + monitor + ": " + e.getMessage());
      System.exit(PORT_TAKEN);
      return;
    }

    List<ProgramError> thrown = new ArrayList<>();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        write(planFile, state, thrown);
      } catch (IOException | RuntimeException e) {
        console.println("rampart-planner: cannot write " + planFile + ": " + state.secrets.mask(String.valueOf(e)));
      }
      server.shutdownNow();
      inProcess.shutdownNow();
    }, "rampart-plan-writer"));

    // before the program's Pulumi.run creates its deployment: the SDK then logs through this logger
    RunnerPacing.install();

    Method main;
    try {
      Class<?> program = Class.forName(mainClass, false, EngineMain.class.getClassLoader());
      main = program.getMethod("main", String[].class);
      if (!Modifier.isStatic(main.getModifiers())) throw new NoSuchMethodException(mainClass + ".main is not static");
    } catch (ClassNotFoundException | NoSuchMethodException | LinkageError e) {
      thrown.add(new ProgramError("bad-program", "the program's main class " + mainClass
          + " cannot be started: " + (e instanceof ClassNotFoundException ? "it is not on the class path (is the project compiled?)"
          : e.getMessage()), null));
      System.exit(2);
      return;
    }
    try {
      main.invoke(null, (Object) programArgs);
    } catch (InvocationTargetException e) {
      thrown.add(ProgramError.fromThrowable(e.getCause()));
      if (verbose) e.getCause().printStackTrace(console);
      System.exit(PROGRAM_FAILED);
    }
    // a main that returns without Pulumi.run's exit: the program is done once its threads are
    System.exit(0);
  }

  private static String env(String name) {
    String v = System.getenv(name);
    if (v == null || v.isEmpty()) throw new IllegalStateException(name + " is not set: EngineMain is started by rampart's planner");
    return v;
  }

  private static void write(Path planFile, EngineState state, List<ProgramError> thrown) throws IOException {
    Map<String, Object> doc = new LinkedHashMap<>();
    List<Object> resources = new ArrayList<>();
    for (Registration r : state.registrations()) resources.add(r.toPlan(state.secrets));
    doc.put("resources", resources);
    List<Object> errors = new ArrayList<>();
    for (ProgramError e : thrown) errors.add(error(e, state));
    for (String logged : state.errors()) errors.add(error(ProgramError.fromLog(logged), state));
    doc.put("errors", errors);
    Path tmp = planFile.resolveSibling(planFile.getFileName() + ".tmp");
    try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
      new GsonBuilder().serializeNulls().disableHtmlEscaping().create().toJson(doc, w);
    }
    try {
      Files.move(tmp, planFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, planFile, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static Map<String, Object> error(ProgramError e, EngineState state) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kind", e.kind());
    m.put("message", state.secrets.mask(e.message()));
    m.put("key", e.key());
    return m;
  }
}
