package eu.rampart.analyzer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grpc.stub.StreamObserver;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import pulumirpc.AnalyzerOuterClass.AnalyzeRequest;
import pulumirpc.AnalyzerOuterClass.AnalyzeResponse;

/**
 * The idle-time warm-up (in-process, on the real pack): it sends every type a per-resource
 * control names, leaves the engine's answers as they were, and starts nothing while the engine calls.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WarmupTest {
  private RampartAnalyzer service;

  @BeforeAll
  void load() throws Exception {
    service = AnalyzerMain.load(PluginProcess.root().resolve("policies"), "prod");
  }

  @Test
  void warmsEveryTypeAPerResourceControlNamesInAnAllowedAndARefusedRegion() {
    Set<String> named = new TreeSet<>();
    for (PackCatalog.ResourceControl c : service.catalog().resourceControls()) named.addAll(c.scope().getOrDefault("type", Set.of()));
    assertFalse(named.isEmpty(), "the pack names no per-resource type");
    List<AnalyzeRequest> requests = Warmup.requests(service.catalog());
    Set<String> eu = new TreeSet<>(), elsewhere = new TreeSet<>();
    for (AnalyzeRequest r : requests) {
      String region = r.getProvider().getName();
      (region.equals("eu-central-1") || region.equals("westeurope") ? eu : elsewhere).add(r.getType());
    }
    for (String type : named) {
      assertTrue(eu.contains(type), "no EU warm-up resource of " + type);
      assertTrue(elsewhere.contains(type), "no non-EU warm-up resource of " + type);
    }
  }

  @Test
  void leavesTheEnginesAnswersAsTheyWere() {
    List<AnalyzeRequest> probe = List.of(BucketRequests.bucket(7, "us-east-1"), BucketRequests.bucket(8, "eu-central-1"));
    List<AnalyzeResponse> before = answers(probe);
    int calls = Warmup.run(service, service.catalog(), () -> false, 1500, 0, null);
    assertTrue(calls > 0, "the warm-up made no call");
    assertEquals(before, answers(probe));
    assertTrue(before.get(0).getDiagnosticsList().stream().anyMatch(d -> d.getPolicyName().equals("RES-1")), before.get(0).toString());
  }

  @Test
  void startsNothingWhileTheEngineHasJustCalled() throws Exception {
    answers(List.of(BucketRequests.bucket(9, "us-east-1")));
    long minute = java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
    assertTrue(service.engineBusy(minute), "an engine call just ended");
    // the engine called within the quiet period for the whole budget: the warm-up only waits
    assertEquals(0, Warmup.run(service, service.catalog(), () -> false, 300, minute, null), "the warm-up called while the engine was calling");
    Thread.sleep(80);
    assertFalse(service.engineBusy(java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(50)), "the engine is idle again");
  }

  @Test
  void itsCallsOverThePortAreNotTheEngines() throws Exception {
    RampartAnalyzer fresh = AnalyzerMain.load(PluginProcess.root().resolve("policies"), "prod");
    io.grpc.util.MutableHandlerRegistry services = new io.grpc.util.MutableHandlerRegistry();
    services.addService(io.grpc.ServerInterceptors.intercept(RequestLimits.apply(fresh.bindService()), Warmup.interceptor()));
    io.grpc.Server server = AnalyzerServer.start(services);
    io.grpc.ManagedChannel ch = io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder.forAddress("127.0.0.1", server.getPort()).usePlaintext().build();
    try {
      long minute = java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
      pulumirpc.AnalyzerGrpc.AnalyzerBlockingStub stub = pulumirpc.AnalyzerGrpc.newBlockingStub(ch);
      int[] overThePort = {0};
      assertFalse(fresh.engineBusy(minute), "a fresh analyzer counts as called");
      int calls = Warmup.run(fresh, fresh.catalog(), () -> false, 2000, 0, r -> {
        overThePort[0]++;
        io.grpc.Metadata mark = new io.grpc.Metadata();
        mark.put(io.grpc.Metadata.Key.of("rampart-warmup", io.grpc.Metadata.ASCII_STRING_MARSHALLER), "1");
        stub.withInterceptors(io.grpc.stub.MetadataUtils.newAttachHeadersInterceptor(mark)).analyze(r);
      });
      assertTrue(calls > 2 && overThePort[0] > 0, calls + " calls, " + overThePort[0] + " over the port");
      assertFalse(fresh.engineBusy(minute), "the warm-up's calls over the port counted as the engine's");
      stub.analyze(BucketRequests.bucket(3, "eu-central-1"));
      assertTrue(fresh.engineBusy(minute), "an engine call over the port was not counted");
    } finally {
      ch.shutdownNow();
      server.shutdownNow();
    }
  }

  private List<AnalyzeResponse> answers(List<AnalyzeRequest> requests) {
    List<AnalyzeResponse> out = new ArrayList<>();
    for (AnalyzeRequest r : requests) {
      service.analyze(r, new StreamObserver<>() {
        @Override public void onNext(AnalyzeResponse v) { out.add(v); }
        @Override public void onError(Throwable t) { throw new AssertionError(t); }
        @Override public void onCompleted() { }
      });
    }
    return out;
  }
}
