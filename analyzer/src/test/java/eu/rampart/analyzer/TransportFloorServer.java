package eu.rampart.analyzer;

import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.util.MutableHandlerRegistry;
import java.util.concurrent.TimeUnit;
import pulumirpc.AnalyzerGrpc;

/**
 * The floor under the plugin's latency: the plugin's own gRPC server ({@link AnalyzerServer}, same
 * event-loop set-up, same logging) serving {@link StandInAnalyzer}, which answers the bench's
 * buckets with the plugin's answers and analyses nothing. bench/analyzer-bench.sh floor starts it
 * as Pulumi starts the plugin (arguments: engine address, pack directory; the port on stdout's
 * first line) on the plugin's JVM flags, so its figures are what the transport alone costs, cold
 * and warm, on this machine. With {@code -train-calls=N} it sends N Analyze calls over its own port
 * and exits: the training run of an ahead-of-time cache, as install records one for the plugin.
 * Not a test, never part of the plugin.
 */
public final class TransportFloorServer {
  private TransportFloorServer() {}

  public static void main(String[] args) throws Exception {
    java.io.PrintStream handshake = System.out;
    System.setOut(System.err);
    AnalyzerMain.quietLibraryLogging();
    int trainCalls = 0;
    for (String a : args) if (a.startsWith("-train-calls=")) trainCalls = Integer.parseInt(a.substring("-train-calls=".length()));
    MutableHandlerRegistry services = new MutableHandlerRegistry();
    services.addService(new StandInAnalyzer());
    Server server = AnalyzerServer.start(services);
    if (trainCalls > 0) {
      ManagedChannel ch = NettyChannelBuilder.forAddress("127.0.0.1", server.getPort()).usePlaintext().build();
      AnalyzerGrpc.AnalyzerBlockingStub stub = AnalyzerGrpc.newBlockingStub(ch);
      for (int i = 0; i < trainCalls; i++) stub.analyze(BucketRequests.bucket(i % 1000, i % 2 == 0 ? "us-east-1" : "eu-central-1"));
      ch.shutdownNow();
      server.shutdownNow();
      server.awaitTermination(5, TimeUnit.SECONDS);
      System.exit(0);
    }
    handshake.println(server.getPort());
    handshake.flush();
    Runtime.getRuntime().addShutdownHook(new Thread(server::shutdown));
    server.awaitTermination();
  }
}
