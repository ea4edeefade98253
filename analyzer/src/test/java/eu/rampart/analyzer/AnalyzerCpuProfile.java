package eu.rampart.analyzer;

import io.grpc.stub.StreamObserver;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import pulumirpc.AnalyzerOuterClass.AnalyzeRequest;
import pulumirpc.AnalyzerOuterClass.AnalyzeResponse;
import pulumirpc.AnalyzerOuterClass.AnalyzeStackRequest;
import pulumirpc.AnalyzerOuterClass.AnalyzerResource;

/**
 * CPU time of the analyzer service's own work per call, in-process (no gRPC, no client JVM), so a
 * change to the server can be judged on a loaded machine: thread CPU time is what the load does not
 * inflate. Not a test; run by bench/analyzer-bench.sh service.
 */
public final class AnalyzerCpuProfile {
  private AnalyzerCpuProfile() {}

  public static void main(String[] args) throws Exception {
    Path pack = args.length > 0 ? Path.of(args[0]) : PluginProcess.root().resolve("policies");
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long c0 = mx.getCurrentThreadCpuTime();
    RampartAnalyzer service = AnalyzerMain.load(pack, "prod");
    System.out.printf("load: %.0f ms CPU on the main thread%n", (mx.getCurrentThreadCpuTime() - c0) / 1e6);
    int n = 1000;
    AnalyzeRequest[] reqs = new AnalyzeRequest[n];
    for (int i = 0; i < n; i++) reqs[i] = BucketRequests.bucket(i, i % 2 == 0 ? "us-east-1" : "eu-central-1");
    Sink sink = new Sink();
    int rounds = Integer.getInteger("rounds", 10);
    for (int r = 0; r < rounds; r++) {
      long[] t = new long[n];
      for (int i = 0; i < n; i++) {
        long a = mx.getCurrentThreadCpuTime();
        service.analyze(reqs[i], sink);
        t[i] = mx.getCurrentThreadCpuTime() - a;
      }
      if (r == 0) {
        String blocks = LatencyBlocks.medianOfEach100(t);
        System.out.println("Analyze round 0 CPU, median of each 100 calls in order (ms):" + blocks);
      }
      Arrays.sort(t);
      System.out.printf("Analyze round %d CPU: median %.3f ms, p90 %.3f, p99 %.3f, mean %.3f%n", r, t[n / 2] / 1e6, t[n * 9 / 10] / 1e6,
          t[n * 99 / 100] / 1e6, Arrays.stream(t).average().orElse(0) / 1e6);
    }
    AnalyzeStackRequest.Builder stack = AnalyzeStackRequest.newBuilder();
    for (AnalyzeRequest r : reqs) {
      stack.addResources(AnalyzerResource.newBuilder().setUrn(r.getUrn()).setType(r.getType()).setName(r.getName())
          .setProperties(r.getProperties()).setProvider(r.getProvider()));
    }
    AnalyzeStackRequest sreq = stack.build();
    for (int r = 0; r < Integer.getInteger("stackRounds", 8); r++) {
      long a = mx.getCurrentThreadCpuTime();
      long totalCpu0 = totalCpu();
      long w = System.nanoTime();
      service.analyzeStack(sreq, sink);
      System.out.printf("AnalyzeStack %d: %.0f ms CPU calling thread, %.0f ms CPU process, %.0f ms wall, %d diagnostics%n", r,
          (mx.getCurrentThreadCpuTime() - a) / 1e6, (totalCpu() - totalCpu0) / 1e6, (System.nanoTime() - w) / 1e6, sink.last);
    }
    System.out.println("diagnostics of last Analyze calls seen: " + sink.count);
  }

  private static long totalCpu() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  private static final class Sink implements StreamObserver<AnalyzeResponse> {
    long count;
    int last;
    @Override public void onNext(AnalyzeResponse v) { count += v.getDiagnosticsCount(); last = v.getDiagnosticsCount(); }
    @Override public void onError(Throwable t) { throw new IllegalStateException(t); }
    @Override public void onCompleted() {}
  }
}
