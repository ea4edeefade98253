package eu.rampart.analyzer;

import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import io.grpc.Server;
import io.grpc.stub.StreamObserver;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import pulumirpc.AnalyzerOuterClass.AnalyzeRequest;
import pulumirpc.AnalyzerOuterClass.AnalyzeStackRequest;
import pulumirpc.AnalyzerOuterClass.AnalyzerProviderResource;
import pulumirpc.AnalyzerOuterClass.AnalyzerResource;

/**
 * Warms the JIT in the plugin's idle time. Pulumi starts the plugin when an update begins and sends
 * the first Analyze only once the program registers its first resource (its runtime starts in
 * between, seconds for a JVM program); a cold JVM would spend the first thousand Analyze calls
 * interpreting and compiling, several milliseconds each instead of a tenth of one. This thread
 * spends that idle time sending synthetic resources through the same path, half of them over the
 * plugin's own port (the server's gRPC, HTTP/2 and protobuf code is as cold as the analysis: an empty
 * call takes milliseconds at first), every type a per-resource control names, in an allowed and a
 * refused region, and a few AnalyzeStack calls; it starts no call while the engine is calling or has
 * called in the last 50 ms (its own calls over the port carry a header that keeps them out of that
 * count). The resources hold no secret and nothing is printed; Analyze and AnalyzeStack change no
 * state. It ends after its time budget ({@code rampart.analyzer.warmupMillis}, default
 * {@value #DEFAULT_BUDGET_MILLIS} ms of wall time; 0 turns it off) or when the server shuts down.
 */
final class Warmup {
  static final long DEFAULT_BUDGET_MILLIS = 3000;
  /** The engine counts as calling for this long after its last call ended. */
  private static final long QUIET_NANOS = TimeUnit.MILLISECONDS.toNanos(50);
  private static final String STACK = "urn:pulumi:rampart-warmup::rampart-warmup::";
  private static final ThreadLocal<Boolean> ACTIVE = ThreadLocal.withInitial(() -> false);
  /** Marks the warm-up's own calls over the port. */
  private static final io.grpc.Metadata.Key<String> HEADER = io.grpc.Metadata.Key.of("rampart-warmup", io.grpc.Metadata.ASCII_STRING_MARSHALLER);
  private static final io.grpc.Context.Key<Boolean> OWN_CALL = io.grpc.Context.key("rampart-warmup");

  private Warmup() {}

  /** True on the warm-up's own thread or in one of its calls over the port: not the engine's. */
  static boolean isWarmupCall() { return ACTIVE.get() || Boolean.TRUE.equals(OWN_CALL.get()); }

  /** Puts the warm-up's calls over the port (those with its header) in a context that says so. */
  static io.grpc.ServerInterceptor interceptor() {
    return new io.grpc.ServerInterceptor() {
      @Override
      public <Q, S> io.grpc.ServerCall.Listener<Q> interceptCall(io.grpc.ServerCall<Q, S> call, io.grpc.Metadata headers,
                                                                  io.grpc.ServerCallHandler<Q, S> next) {
        if (!headers.containsKey(HEADER)) return next.startCall(call, headers);
        return io.grpc.Contexts.interceptCall(io.grpc.Context.current().withValue(OWN_CALL, true), call, headers, next);
      }
    };
  }

  static void startInBackground(RampartAnalyzer service, PackCatalog catalog, Server server) {
    long budget = Long.getLong("rampart.analyzer.warmupMillis", DEFAULT_BUDGET_MILLIS);
    if (budget <= 0) return;
    Thread t = new Thread(null, () -> {
      io.grpc.ManagedChannel channel = io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder
          .forAddress("127.0.0.1", server.getPort()).usePlaintext().build();
      try {
        io.grpc.Metadata mark = new io.grpc.Metadata();
        mark.put(HEADER, "1");
        pulumirpc.AnalyzerGrpc.AnalyzerBlockingStub stub = pulumirpc.AnalyzerGrpc.newBlockingStub(channel)
            .withInterceptors(io.grpc.stub.MetadataUtils.newAttachHeadersInterceptor(mark));
        int calls = run(service, catalog, server::isShutdown, budget, QUIET_NANOS,
            r -> stub.withDeadlineAfter(10, TimeUnit.SECONDS).analyze(r));
        if (System.getenv("RAMPART_TIMINGS") != null) System.err.printf("rampart analyzer: warm-up made %d calls%n", calls);
      } finally {
        channel.shutdownNow();
      }
    }, "rampart-analyzer-warmup", RequestLimits.REQUEST_THREAD_STACK_BYTES);
    t.setDaemon(true);
    t.start();
  }

  /**
   * Sends the synthetic resources through the service (every other Analyze over the port when
   * {@code overThePort} is given) until the budget is spent, never while the engine has called
   * within {@code quietNanos}; returns the calls made.
   */
  static int run(RampartAnalyzer service, PackCatalog catalog, java.util.function.BooleanSupplier stopped, long budgetMillis, long quietNanos,
                 java.util.function.Consumer<AnalyzeRequest> overThePort) {
    long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(budgetMillis);
    List<AnalyzeRequest> requests = requests(catalog);
    AnalyzeStackRequest stack = stack(requests);
    Sink<pulumirpc.AnalyzerOuterClass.AnalyzeResponse> sink = new Sink<>();
    int calls = 0;
    boolean own = ACTIVE.get();
    ACTIVE.set(true);
    try {
      while (System.nanoTime() < end && !stopped.getAsBoolean()) {
        if (service.engineBusy(quietNanos)) {
          Thread.sleep(10);
          continue;
        }
        int i = calls++ % (requests.size() + 1);
        // the whole-pack evaluation behind AnalyzeStack once per pass over the resources
        if (i == requests.size()) service.analyzeStack(stack, sink);
        else if (overThePort != null && (i & 1) == 0) overThePort.accept(requests.get(i));
        else service.analyze(requests.get(i), sink);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      // warm-up is an optimisation: a failure here changes nothing for the engine's own calls
    } finally {
      ACTIVE.set(own);
    }
    return calls;
  }

  /** One resource of each type a per-resource control names, plus a bucket and a storage account, in two regions. */
  static List<AnalyzeRequest> requests(PackCatalog catalog) {
    TreeSet<String> types = new TreeSet<>(List.of("aws:s3/bucketV2:BucketV2", "aws:ec2/instance:Instance",
        "azure-native:storage:StorageAccount", "azure-native:resources:ResourceGroup"));
    for (PackCatalog.ResourceControl c : catalog.resourceControls()) {
      for (String t : c.scope().getOrDefault("type", java.util.Set.of())) if (t.split(":").length == 3) types.add(t);
    }
    List<AnalyzeRequest> out = new ArrayList<>();
    int n = 0;
    for (String region : List.of("eu-central-1", "us-east-1")) {
      for (String type : types) out.add(request(type, region, n++));
    }
    return out;
  }

  private static AnalyzeRequest request(String type, String awsRegion, int n) {
    String pkg = type.substring(0, type.indexOf(':'));
    boolean azure = pkg.startsWith("azure");
    String region = azure ? (awsRegion.startsWith("eu") ? "westeurope" : "eastus") : awsRegion;
    String name = "warmup-" + n;
    Struct.Builder props = Struct.newBuilder().putFields("tags", Value.newBuilder().setStructValue(Struct.newBuilder()
        .putFields("environment", str("prod")).putFields("owner", str("platform"))).build());
    if (azure) props.putFields("location", str(region));
    AnalyzerProviderResource provider = AnalyzerProviderResource.newBuilder()
        .setUrn(STACK + "pulumi:providers:" + pkg + "::" + region).setType("pulumi:providers:" + pkg).setName(region)
        .setProperties(Struct.newBuilder().putFields(azure ? "location" : "region", str(region))).build();
    return AnalyzeRequest.newBuilder().setUrn(STACK + type + "::" + name).setType(type).setName(name)
        .setProperties(props).setProvider(provider).build();
  }

  private static AnalyzeStackRequest stack(List<AnalyzeRequest> requests) {
    AnalyzeStackRequest.Builder b = AnalyzeStackRequest.newBuilder();
    for (AnalyzeRequest r : requests) {
      b.addResources(AnalyzerResource.newBuilder().setUrn(r.getUrn()).setType(r.getType()).setName(r.getName())
          .setProperties(r.getProperties()).setProvider(r.getProvider()));
    }
    return b.build();
  }

  private static Value str(String s) { return Value.newBuilder().setStringValue(s).build(); }

  private static final class Sink<T> implements StreamObserver<T> {
    @Override public void onNext(T value) { }
    @Override public void onError(Throwable t) { }
    @Override public void onCompleted() { }
  }
}
