package eu.rampart.analyzer;

import io.grpc.ManagedChannel;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import pulumirpc.AnalyzerGrpc;
import pulumirpc.AnalyzerOuterClass.AnalyzeRequest;

/**
 * A client in a JVM of its own, started for the purpose (as a probe written in Java is): times its
 * first 1,000 per-resource Analyze calls to a plugin already running, and prints one line. Run by
 * AnalyzerBench ({@code COLD_CLIENTS=N bench/analyzer-bench.sh}) against a plugin it has warmed,
 * so that the figure is the cold client's own share of a round trip. Not a test.
 */
public final class AnalyzerColdClient {
  private AnalyzerColdClient() {}

  public static void main(String[] args) throws Exception {
    ManagedChannel ch = NettyChannelBuilder.forTarget(args[0]).usePlaintext().build();
    try {
      AnalyzerGrpc.AnalyzerBlockingStub stub = AnalyzerGrpc.newBlockingStub(ch);
      int n = 1000;
      AnalyzeRequest[] reqs = new AnalyzeRequest[n];
      for (int i = 0; i < n; i++) reqs[i] = BucketRequests.bucket(i, i % 2 == 0 ? "us-east-1" : "eu-central-1");
      long[] t = new long[n];
      for (int i = 0; i < n; i++) {
        long t0 = System.nanoTime();
        stub.withDeadlineAfter(60, TimeUnit.SECONDS).analyze(reqs[i]);
        t[i] = System.nanoTime() - t0;
      }
      String blocks = LatencyBlocks.medianOfEach100(t);
      Arrays.sort(t);
      System.out.printf("%.3f %.3f%s%n", t[n / 2] / 1e6, t[n * 99 / 100] / 1e6, blocks);
    } finally {
      ch.shutdownNow();
    }
  }
}
