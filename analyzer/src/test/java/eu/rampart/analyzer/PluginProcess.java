package eu.rampart.analyzer;

import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.protobuf.services.HealthStatusManager;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import pulumirpc.AnalyzerGrpc;

/**
 * Starts the plugin the way the Pulumi CLI does: the executable named after the pack's runtime,
 * found in the pack directory, run with the pack directory as working directory and the
 * arguments {@code <engine address> .}; the port is read from the first line of its stdout.
 * A stand-in engine serves the gRPC health service the plugin watches.
 */
final class PluginProcess implements AutoCloseable {
  final Server engine;
  final Process process;
  final ManagedChannel channel;
  final long startupMillis;
  /** Everything the plugin wrote to stderr so far (filled while it runs). */
  final StringBuffer stderr;
  private final Thread stderrReader;

  private PluginProcess(Server engine, Process process, ManagedChannel channel, long startupMillis, StringBuffer stderr, Thread stderrReader) {
    this.stderr = stderr;
    this.stderrReader = stderrReader;
    this.engine = engine;
    this.process = process;
    this.channel = channel;
    this.startupMillis = startupMillis;
  }

  static Path root() {
    return Path.of(System.getProperty("rampart.root.dir", "..")).toAbsolutePath().normalize();
  }

  static PluginProcess start(String... extraArgs) throws IOException, InterruptedException {
    Path pack = root().resolve("policies");
    return start(pack.resolve("pulumi-analyzer-policy-rampart"), pack, java.util.Map.of("RAMPART_HOME", root().toString()), extraArgs);
  }

  /** Starts {@code executable} as the Pulumi CLI does: cwd = the pack directory, args {@code <engine address> .}. */
  static PluginProcess start(Path executable, Path pack, java.util.Map<String, String> env, String... extraArgs)
      throws IOException, InterruptedException {
    Server engine = NettyServerBuilder.forAddress(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))
        .addService(new HealthStatusManager().getHealthService())
        .build()
        .start();
    String[] cmd = new String[3 + extraArgs.length];
    cmd[0] = executable.toString();
    System.arraycopy(extraArgs, 0, cmd, 1, extraArgs.length);
    cmd[1 + extraArgs.length] = "127.0.0.1:" + engine.getPort();
    cmd[2 + extraArgs.length] = ".";
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(pack.toFile());
    pb.environment().putAll(env);
    long t0 = System.nanoTime();
    Process p = pb.start();
    PluginProcess[] self = new PluginProcess[1];
    StringBuffer err = new StringBuffer();
    Thread drain = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
        String line;
        while ((line = r.readLine()) != null) err.append(line).append('\n');
      } catch (IOException ignored) {
        // process ended
      }
    });
    drain.setDaemon(true);
    drain.start();
    BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> {
      try {
        return out.readLine();
      } catch (IOException e) {
        return null;
      }
    });
    String line;
    try {
      line = first.get(180, TimeUnit.SECONDS);
    } catch (Exception e) {
      p.destroyForcibly();
      engine.shutdownNow();
      throw new IllegalStateException("plugin did not announce a port: " + e + "\nstderr:\n" + err);
    }
    long ms = (System.nanoTime() - t0) / 1_000_000;
    if (line == null || !line.trim().matches("\\d+")) {
      p.destroyForcibly();
      engine.shutdownNow();
      throw new IllegalStateException("plugin's first stdout line is not a port: '" + line + "'\nstderr:\n" + err);
    }
    ManagedChannel ch = NettyChannelBuilder.forAddress("127.0.0.1", Integer.parseInt(line.trim())).usePlaintext().build();
    PluginProcess pp = new PluginProcess(engine, p, ch, ms, err, drain);
    self[0] = pp;
    return pp;
  }

  AnalyzerGrpc.AnalyzerBlockingStub stub() {
    return AnalyzerGrpc.newBlockingStub(channel).withDeadlineAfter(120, TimeUnit.SECONDS);
  }

  /** Stops the plugin as {@link #close} does and returns all it wrote to stderr, to the last line. */
  String stderrAfterExit() throws InterruptedException {
    close();
    stderrReader.join(TimeUnit.SECONDS.toMillis(10));
    return stderr.toString();
  }

  @Override
  public void close() {
    channel.shutdownNow();
    engine.shutdownNow();
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) process.destroyForcibly();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }
}
