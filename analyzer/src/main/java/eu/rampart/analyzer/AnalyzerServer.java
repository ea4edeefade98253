package eu.rampart.analyzer;

import io.grpc.Server;
import io.grpc.HandlerRegistry;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.netty.shaded.io.netty.channel.EventLoopGroup;
import io.grpc.netty.shaded.io.netty.channel.nio.NioEventLoopGroup;
import io.grpc.netty.shaded.io.netty.channel.socket.nio.NioServerSocketChannel;
import io.grpc.netty.shaded.io.netty.util.concurrent.FastThreadLocalThread;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import pulumirpc.AnalyzerGrpc;

/**
 * The gRPC server the plugin serves on. Short calls (Analyze, Remediate, the handshake and info
 * calls) run on the Netty event loop that read them: handing each one to another thread and back
 * cost more than the analysis itself (~0.1-0.3 ms of wake-ups per call on two cores). AnalyzeStack,
 * which can run for seconds, goes to the request pool, so it never holds up the event loop. The
 * event loop's thread gets the same deep stack as the pool's, since parsing and converting deeply
 * nested requests recurse (see {@link RequestLimits}). NIO rather than epoll: no native library to
 * unpack at start-up, and one connection (the engine's) gains nothing from epoll.
 */
final class AnalyzerServer {
  private AnalyzerServer() {}

  /**
   * Starts serving the services the registry will hold. The plugin starts the server on one thread
   * while it compiles the pack on another (two cores: start-up is then the longer of the two, not
   * their sum) and adds the analyzer before it announces the port, so no call can find it missing.
   */
  static Server start(HandlerRegistry services) throws IOException {
    EventLoopGroup boss = new NioEventLoopGroup(1, threads("rampart-analyzer-accept", 0));
    EventLoopGroup worker = new NioEventLoopGroup(1, threads("rampart-analyzer-io", RequestLimits.REQUEST_THREAD_STACK_BYTES));
    ExecutorService pool = RequestLimits.executor();
    String analyzeStack = AnalyzerGrpc.getAnalyzeStackMethod().getFullMethodName();
    Server server = NettyServerBuilder.forAddress(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))
        .channelType(NioServerSocketChannel.class)
        .bossEventLoopGroup(boss)
        .workerEventLoopGroup(worker)
        .fallbackHandlerRegistry(services)
        .maxInboundMessageSize(RequestLimits.MAX_MESSAGE_BYTES)
        .directExecutor()
        // null: the default above (the event loop); the long call gets a pool thread
        .callExecutor(new io.grpc.ServerCallExecutorSupplier() {
          @Override public <Q, S> java.util.concurrent.Executor getExecutor(io.grpc.ServerCall<Q, S> call, io.grpc.Metadata headers) {
            return call.getMethodDescriptor().getFullMethodName().equals(analyzeStack) ? pool : null;
          }
        })
        .build()
        .start();
    // the builder does not own groups it was given: release them when the server ends
    Thread reaper = new Thread(() -> {
      try {
        server.awaitTermination();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      pool.shutdown();
      worker.shutdownGracefully(0, 1, java.util.concurrent.TimeUnit.SECONDS);
      boss.shutdownGracefully(0, 1, java.util.concurrent.TimeUnit.SECONDS);
    }, "rampart-analyzer-reaper");
    reaper.setDaemon(true);
    reaper.start();
    return server;
  }

  private static ThreadFactory threads(String name, long stackBytes) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new FastThreadLocalThread(null, r, name + "-" + n.incrementAndGet(), stackBytes);
      t.setDaemon(true);
      return t;
    };
  }
}
