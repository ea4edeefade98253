package eu.rampart.analyzer;

import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import java.util.concurrent.TimeUnit;
import pulumirpc.AnalyzerGrpc;
import pulumirpc.AnalyzerOuterClass.AnalyzeRequest;
import pulumirpc.AnalyzerOuterClass.AnalyzeStackRequest;
import pulumirpc.AnalyzerOuterClass.AnalyzerProviderResource;
import pulumirpc.AnalyzerOuterClass.AnalyzerResource;

/**
 * A run at install time that touches what a real session loads (server start, GetAnalyzerInfo,
 * Analyze, AnalyzeStack over gRPC) and exits, so that {@code rampart policy install} can record the
 * classes it loaded into a class-data sharing archive beside the plugin
 * ({@code -XX:ArchiveClassesAtExit}); the plugin's launcher maps it at start-up instead of loading
 * and verifying those classes again. For an ahead-of-time cache (Java 25 and later), which also
 * keeps the method profiles of the run, {@code rampart.analyzer.trainingMillis} makes it longer: the
 * warm-up's synthetic resources, every per-resource type, are sent for that long, half over the
 * port, so the profiles are those of the analysis and its gRPC path. Never used by Pulumi.
 */
final class CdsTraining {
  static final String FLAG = "-rampart-cds-training";

  private CdsTraining() {}

  static void run(RampartAnalyzer service, Server server) throws InterruptedException {
    ManagedChannel ch = NettyChannelBuilder.forAddress("127.0.0.1", server.getPort()).usePlaintext().build();
    try {
      AnalyzerGrpc.AnalyzerBlockingStub stub = AnalyzerGrpc.newBlockingStub(ch).withDeadlineAfter(60, TimeUnit.SECONDS);
      stub.getAnalyzerInfo(com.google.protobuf.Empty.getDefaultInstance());
      AnalyzerProviderResource provider = AnalyzerProviderResource.newBuilder()
          .setUrn("urn:pulumi:train::train::pulumi:providers:aws::default").setType("pulumi:providers:aws").setName("default")
          .setProperties(com.google.protobuf.Struct.newBuilder().putFields("region",
              com.google.protobuf.Value.newBuilder().setStringValue("us-east-1").build())).build();
      AnalyzeRequest bucket = AnalyzeRequest.newBuilder().setUrn("urn:pulumi:train::train::aws:s3/bucketV2:BucketV2::b")
          .setType("aws:s3/bucketV2:BucketV2").setName("b").setProvider(provider).build();
      stub.analyze(bucket);
      stub.analyzeStack(AnalyzeStackRequest.newBuilder().addResources(AnalyzerResource.newBuilder().setUrn(bucket.getUrn())
          .setType(bucket.getType()).setName("b").setProvider(provider)).build());
      long millis = Long.getLong("rampart.analyzer.trainingMillis", 0L);
      if (millis > 0) Warmup.run(service, service.catalog(), () -> false, millis, 0, stub::analyze);
    } finally {
      ch.shutdownNow();
      server.shutdownNow();
      server.awaitTermination(5, TimeUnit.SECONDS);
    }
  }
}
