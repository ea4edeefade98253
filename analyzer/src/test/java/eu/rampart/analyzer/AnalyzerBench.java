package eu.rampart.analyzer;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import pulumirpc.AnalyzerOuterClass.AnalyzeRequest;
import pulumirpc.AnalyzerOuterClass.AnalyzeStackRequest;
import pulumirpc.AnalyzerOuterClass.AnalyzerResource;
import pulumirpc.AnalyzerOuterClass.AnalyzerStackConfigureRequest;

/**
 * Latency of the plugin as Pulumi drives it (run by bench/analyzer-bench.sh, not a test): start-up
 * to the announced port, then per-resource Analyze over 1,000 buckets after a warm-up of the same
 * size, then AnalyzeStack of those 1,000 buckets. Prints medians and p99 in milliseconds.
 * Arguments: [plugin executable] [pack dir] (default: the checkout's policies/).
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
    long[] startup = new long[runs];
    for (int r = 0; r < runs; r++) {
      try (PluginProcess p = PluginProcess.start(exe, pack, env)) {
        startup[r] = p.startupMillis;
      }
    }
    Arrays.sort(startup);
    System.out.printf("start-up to announced port: median %d ms over %d starts (min %d, max %d)%n",
        startup[runs / 2], runs, startup[0], startup[runs - 1]);

    try (PluginProcess p = PluginProcess.start(exe, pack, env)) {
      p.stub().configureStack(AnalyzerStackConfigureRequest.newBuilder().setProject("bench").setStack("prod").build());
      int n = 1000;
      AnalyzeRequest[] reqs = new AnalyzeRequest[n];
      for (int i = 0; i < n; i++) reqs[i] = BucketRequests.bucket(i, i % 2 == 0 ? "us-east-1" : "eu-central-1");
      for (int w = 0; w < Integer.getInteger("warmup", 5); w++) for (AnalyzeRequest r : reqs) p.stub().analyze(r);
      long[] t = new long[n];
      for (int i = 0; i < n; i++) {
        long t0 = System.nanoTime();
        p.stub().analyze(reqs[i]);
        t[i] = System.nanoTime() - t0;
      }
      Arrays.sort(t);
      System.out.printf("Analyze (1,000 buckets after warm-up): median %.3f ms, p90 %.3f ms, p99 %.3f ms%n",
          t[n / 2] / 1e6, t[n * 9 / 10] / 1e6, t[n * 99 / 100] / 1e6);

      AnalyzeStackRequest.Builder stack = AnalyzeStackRequest.newBuilder();
      for (AnalyzeRequest r : reqs) {
        stack.addResources(AnalyzerResource.newBuilder().setUrn(r.getUrn()).setType(r.getType()).setName(r.getName())
            .setProperties(r.getProperties()).setProvider(r.getProvider()));
      }
      AnalyzeStackRequest sreq = stack.build();
      int sr = Integer.getInteger("stackRounds", 9);
      long[] s = new long[sr];
      for (int w = 0; w < 3; w++) p.stub().analyzeStack(sreq);
      for (int i = 0; i < sr; i++) {
        long t0 = System.nanoTime();
        p.stub().analyzeStack(sreq);
        s[i] = System.nanoTime() - t0;
      }
      Arrays.sort(s);
      System.out.printf("AnalyzeStack (1,000 buckets, after 3 warm-up calls): median %.1f ms over %d calls (min %.1f, max %.1f)%n",
          s[sr / 2] / 1e6, sr, s[0] / 1e6, s[sr - 1] / 1e6);
    }
  }
}
