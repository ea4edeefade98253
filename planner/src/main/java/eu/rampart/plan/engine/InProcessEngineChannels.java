package eu.rampart.plan.engine;

import io.grpc.ManagedChannelBuilder;
import io.grpc.ManagedChannelProvider;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessSocketAddress;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.Collection;
import java.util.List;

/**
 * Channels from the program to the engine stand-in without a network hop. The program and the
 * engine share this JVM, and the SDK builds its monitor and engine channels with
 * {@code ManagedChannelBuilder.forTarget(PULUMI_MONITOR)} (pulumi-java 1.36.1 {@code GrpcMonitor},
 * {@code GrpcEngine}), which asks the highest-priority {@link ManagedChannelProvider} of gRPC's
 * default registry. {@link EngineMain} registers this provider there (priority 10, above
 * grpc-netty-shaded's 5) once it serves the engine in process as well, before the program starts;
 * it answers only the engine's own address with gRPC's in-process transport: the same services,
 * messages, interceptors and call semantics, without HTTP/2 framing and two Netty event loops on a
 * 2-core machine. Every other target gets Netty, as without it.
 */
public final class InProcessEngineChannels extends ManagedChannelProvider {
  static final String NAME = "rampart-engine";
  private static volatile String engineAddress;

  private InProcessEngineChannels() {}

  /** Routes channels to {@code address} (host:port of PULUMI_MONITOR) to the in-process server named {@link #NAME}. */
  static void serve(String address) {
    engineAddress = address;
    io.grpc.ManagedChannelRegistry.getDefaultRegistry().register(new InProcessEngineChannels());
  }

  @Override
  protected boolean isAvailable() { return engineAddress != null; }

  @Override
  protected int priority() { return 10; }

  @Override
  protected ManagedChannelBuilder<?> builderForAddress(String host, int port) {
    return builderForTarget(host + ":" + port);
  }

  @Override
  protected ManagedChannelBuilder<?> builderForTarget(String target) {
    if (target.equals(engineAddress)) return InProcessChannelBuilder.forName(NAME);
    return NettyChannelBuilder.forTarget(target);
  }

  @Override
  protected Collection<Class<? extends SocketAddress>> getSupportedSocketAddressTypes() {
    return List.of(InetSocketAddress.class, InProcessSocketAddress.class);
  }
}
