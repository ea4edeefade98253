package eu.rampart.analyzer;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import pulumirpc.AnalyzerOuterClass.AnalyzeRequest;
import pulumirpc.AnalyzerOuterClass.AnalyzeStackRequest;
import pulumirpc.AnalyzerOuterClass.AnalyzerResource;
import pulumirpc.AnalyzerOuterClass.AnalyzerStackConfigureRequest;

/**
 * Latency of the plugin as Pulumi drives it (run by bench/analyzer-bench.sh, not a test): over N
 * starts, start-up to the announced port and per-resource Analyze of the first 1,000 buckets after
 * it (optionally after an idle period, -DidleMillis), each start's median and the median over the
 * starts; then, in one more start, the round trip of an empty call, Analyze after -Dwarmup passes,
 * and AnalyzeStack of the 1,000 buckets. Prints medians and p99 in milliseconds, the plugin
 * process's CPU time beside each (what a loaded machine inflates least), and last the figures the
 * issue sets targets for. Arguments: [plugin executable] [pack dir] (default: the checkout's policies/).
 */
public final class AnalyzerBench {
  private AnalyzerBench() {}

  public static void main(String[] args) throws Exception {
    Path pack = args.length > 1 ? Path.of(args[1]) : PluginProcess.root().resolve("policies");
    Path exe = args.length > 0 ? Path.of(args[0]) : pack.resolve("pulumi-analyzer-policy-rampart");
    int runs = Integer.getInteger("rounds", 5);
    // an installed plugin must not lean on this checkout (RAMPART_HOME) for its environments
    Map<String, String> env = exe.toAbsolutePath().startsWith(PluginProcess.root())
        ? Map.of("RAMPART_HOME", PluginProcess.root().toString()) : Map.of();
    if (Boolean.parseBoolean(System.getProperty("warmClient", "true"))) warmClient();
    int n = 1000;
    AnalyzeRequest[] reqs = new AnalyzeRequest[n];
    for (int i = 0; i < n; i++) reqs[i] = BucketRequests.bucket(i, i % 2 == 0 ? "us-east-1" : "eu-central-1");
    // In every start: the first 1,000 resources right after the plugin started, the worst case (an
    // engine calling at once). With -DidleMillis=N the bench first waits N ms, as the engine does
    // while the program's runtime starts (a JVM program: seconds), which the plugin uses to warm up.
    // A cold start varies from one start to the next: the figure is the median over the starts.
    long idle = Long.getLong("idleMillis", 0);
    String after = "right after start-up" + (idle > 0 ? " and " + idle + " ms idle" : "");
    long[] startup = new long[runs];
    long[] startupCpu = new long[runs];
    double[] coldMedian = new double[runs], coldP99 = new double[runs];
    for (int r = 0; r < runs; r++) {
      try (PluginProcess p = PluginProcess.start(exe, pack, env)) {
        startup[r] = p.startupMillis;
        startupCpu[r] = cpuMillis(p);
        p.stub().configureStack(AnalyzerStackConfigureRequest.newBuilder().setProject("bench").setStack("prod").build());
        if (idle > 0) Thread.sleep(idle);
        long cpu0 = cpuMicros(p);
        long[] cold = timedAnalyze(p, reqs);
        long coldCpu = cpuMicros(p) - cpu0;
        String blocks = LatencyBlocks.medianOfEach100(cold);
        Arrays.sort(cold);
        coldMedian[r] = cold[n / 2] / 1e6;
        coldP99[r] = cold[n * 99 / 100] / 1e6;
        System.out.printf("start %d: port after %d ms; Analyze %s: median %.3f ms, p90 %.3f ms, p99 %.3f ms, plugin CPU %.3f ms per call; "
            + "median of each 100 calls in order (ms):%s%n", r + 1, startup[r], after, coldMedian[r], cold[n * 9 / 10] / 1e6, coldP99[r],
            coldCpu / 1e3 / n, blocks);
      }
    }
    Arrays.sort(startup);
    Arrays.sort(startupCpu);
    Arrays.sort(coldMedian);
    Arrays.sort(coldP99);
    System.out.printf("start-up to announced port: median %d ms over %d starts (min %d, max %d); plugin CPU median %d ms%n",
        startup[runs / 2], runs, startup[0], startup[runs - 1], startupCpu[runs / 2]);
    System.out.printf("Analyze, first 1,000 buckets %s: median of the %d starts' medians %.3f ms (min %.3f, max %.3f); of their p99 %.3f ms%n",
        after, runs, coldMedian[runs / 2], coldMedian[0], coldMedian[runs - 1], coldP99[runs / 2]);

    try (PluginProcess p = PluginProcess.start(exe, pack, env)) {
      p.stub().configureStack(AnalyzerStackConfigureRequest.newBuilder().setProject("bench").setStack("prod").build());
      for (AnalyzeRequest r : reqs) p.stub().analyze(r);
      // the floor under every figure below: an empty call's round trip through both JVMs' gRPC
      long[] e = new long[n];
      for (int w = 0; w < 2; w++) {
        for (int i = 0; i < n; i++) {
          long t0 = System.nanoTime();
          p.stub().getPluginInfo(com.google.protobuf.Empty.getDefaultInstance());
          e[i] = System.nanoTime() - t0;
        }
      }
      Arrays.sort(e);
      System.out.printf("round trip of an empty call (GetPluginInfo, 1,000 after 1,000, after the first 1,000 Analyze): median %.3f ms, p99 %.3f ms%n",
          e[n / 2] / 1e6, e[n * 99 / 100] / 1e6);
      for (int w = 0; w < Integer.getInteger("warmup", 5); w++) for (AnalyzeRequest r : reqs) p.stub().analyze(r);
      long cpu0 = cpuMicros(p);
      long[] t = timedAnalyze(p, reqs);
      long analyzeCpu = cpuMicros(p) - cpu0;
      Arrays.sort(t);
      System.out.printf("Analyze, 1,000 buckets after %d more passes: median %.3f ms, p90 %.3f ms, p99 %.3f ms; plugin CPU %.3f ms per call%n",
          Integer.getInteger("warmup", 5), t[n / 2] / 1e6, t[n * 9 / 10] / 1e6, t[n * 99 / 100] / 1e6, analyzeCpu / 1e3 / n);

      AnalyzeStackRequest.Builder stack = AnalyzeStackRequest.newBuilder();
      for (AnalyzeRequest r : reqs) {
        stack.addResources(AnalyzerResource.newBuilder().setUrn(r.getUrn()).setType(r.getType()).setName(r.getName())
            .setProperties(r.getProperties()).setProvider(r.getProvider()));
      }
      AnalyzeStackRequest sreq = stack.build();
      int sr = Integer.getInteger("stackRounds", 9);
      long[] s = new long[sr];
      for (int w = 0; w < 3; w++) p.stub().analyzeStack(sreq);
      long scpu0 = cpuMicros(p);
      for (int i = 0; i < sr; i++) {
        long t0 = System.nanoTime();
        p.stub().analyzeStack(sreq);
        s[i] = System.nanoTime() - t0;
      }
      long stackCpu = cpuMicros(p) - scpu0;
      Arrays.sort(s);
      System.out.printf("AnalyzeStack (1,000 buckets, after 3 warm-up calls): median %.1f ms over %d calls (min %.1f, max %.1f); plugin CPU %.0f ms per call%n",
          s[sr / 2] / 1e6, sr, s[0] / 1e6, s[sr - 1] / 1e6, stackCpu / 1e3 / sr);
      coldClients(p, Integer.getInteger("coldClients", 0));
      System.out.println();
      System.out.println("targets (issue 12):");
      target("start-up to announced port, median", startup[runs / 2], 700, "ms");
      target("Analyze median, first 1,000 after start", coldMedian[runs / 2], 0.5, "ms");
      target("Analyze p99, first 1,000 after start", coldP99[runs / 2], 5, "ms");
      target("Analyze median, after " + Integer.getInteger("warmup", 5) + " passes", t[n / 2] / 1e6, 0.5, "ms");
      target("Analyze p99, after " + Integer.getInteger("warmup", 5) + " passes", t[n * 99 / 100] / 1e6, 5, "ms");
      target("AnalyzeStack of 1,000 resources, median", s[sr / 2] / 1e6, 300, "ms");
    }
  }

  /** Each request's round trip in nanoseconds, in order. */
  private static long[] timedAnalyze(PluginProcess p, AnalyzeRequest[] reqs) {
    long[] t = new long[reqs.length];
    for (int i = 0; i < reqs.length; i++) {
      long t0 = System.nanoTime();
      p.stub().analyze(reqs[i]);
      t[i] = System.nanoTime() - t0;
    }
    return t;
  }

  /**
   * The Pulumi engine that calls the plugin is a Go program, compiled ahead of time; this client is
   * a JVM, which would spend the first thousand calls compiling its own gRPC client on the same two
   * cores as the plugin. It is warmed first against a stand-in server in this JVM, so that the
   * figures below are the plugin's. The stand-in answers as the plugin does for these buckets
   * ({@link StandInAnalyzer}), so that reading diagnostics is warm too, not only the empty answer.
   */
  static void warmClient() throws Exception {
    io.grpc.Server stand = io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder.forAddress(
            new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0))
        .addService(new StandInAnalyzer()).build().start();
    io.grpc.ManagedChannel ch = io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder.forAddress("127.0.0.1", stand.getPort()).usePlaintext().build();
    try {
      for (int i = 0; i < 5000; i++) {
        pulumirpc.AnalyzerGrpc.newBlockingStub(ch).withDeadlineAfter(120, java.util.concurrent.TimeUnit.SECONDS)
            .analyze(BucketRequests.bucket(i, i % 2 == 0 ? "us-east-1" : "eu-central-1"));
      }
    } finally {
      ch.shutdownNow();
      stand.shutdownNow();
    }
  }

  /**
   * The share of a client that is itself cold: fresh JVMs, one after another, each timing its first
   * 1,000 calls to this plugin, warm by now (a probe written in Java meets both JVMs cold).
   */
  private static void coldClients(PluginProcess p, int clients) throws Exception {
    if (clients <= 0) return;
    double[] medians = new double[clients];
    for (int c = 0; c < clients; c++) {
      Process client = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:+UseSerialGC",
          "-cp", System.getProperty("java.class.path"), AnalyzerColdClient.class.getName(), p.channel.authority())
          .redirectError(ProcessBuilder.Redirect.DISCARD).start();
      String line = new String(client.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).trim();
      if (client.waitFor() != 0 || line.isEmpty()) throw new IllegalStateException("the cold client failed: " + line);
      String[] f = line.split(" ");
      medians[c] = Double.parseDouble(f[0]);
      System.out.printf("fresh JVM client %d, first 1,000 Analyze to the warm plugin: median %s ms, p99 %s ms; median of each 100 calls (ms):%s%n",
          c + 1, f[0], f[1], line.substring(f[0].length() + f[1].length() + 1));
    }
    Arrays.sort(medians);
    System.out.printf("fresh JVM clients: median of their medians %.3f ms (min %.3f, max %.3f)%n", medians[clients / 2], medians[0], medians[clients - 1]);
  }

  private static void target(String what, double value, double limit, String unit) {
    System.out.printf("  %-42s %10.3f %s  (target <= %s %s: %s)%n", what, value, unit,
        limit == Math.rint(limit) ? String.valueOf((long) limit) : String.valueOf(limit), unit, value <= limit ? "met" : "NOT met");
  }

  /** CPU time the plugin process (the launcher execs the JVM: same process) has used so far. */
  private static long cpuMicros(PluginProcess p) {
    return p.process.toHandle().info().totalCpuDuration().map(d -> d.toNanos() / 1000).orElse(-1L);
  }

  private static long cpuMillis(PluginProcess p) { return cpuMicros(p) / 1000; }
}
