package eu.rampart.analyzer;

import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthGrpc;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Watches the Pulumi engine that started the plugin, as Pulumi's own plugins do with a health
 * check: when the engine stops answering, the plugin shuts down instead of lingering as an
 * orphan process.
 */
final class EngineWatchdog implements AutoCloseable {
  /** Consecutive failed checks after which the engine is taken to be gone. */
  static final int FAILURES_BEFORE_EXIT = 3;

  private final ManagedChannel channel;
  private final ScheduledExecutorService timer;
  private int failures;

  private EngineWatchdog(String engineAddress, long periodMillis, Runnable onEngineGone) {
    this.channel = NettyChannelBuilder.forTarget(engineAddress).usePlaintext().build();
    this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "rampart-engine-watchdog");
      t.setDaemon(true);
      return t;
    });
    timer.scheduleWithFixedDelay(() -> {
      if (engineAlive()) {
        failures = 0;
      } else if (++failures >= FAILURES_BEFORE_EXIT) {
        onEngineGone.run();
      }
    }, periodMillis, periodMillis, TimeUnit.MILLISECONDS);
  }

  static EngineWatchdog start(String engineAddress, long periodMillis, Runnable onEngineGone) {
    return new EngineWatchdog(engineAddress, periodMillis, onEngineGone);
  }

  private boolean engineAlive() {
    try {
      HealthGrpc.newBlockingStub(channel).withDeadlineAfter(2, TimeUnit.SECONDS)
          .check(HealthCheckRequest.getDefaultInstance());
      return true;
    } catch (StatusRuntimeException e) {
      // An engine without the health service still answered: it is alive.
      Status.Code code = e.getStatus().getCode();
      return code != Status.Code.UNAVAILABLE && code != Status.Code.DEADLINE_EXCEEDED;
    }
  }

  @Override
  public void close() {
    timer.shutdownNow();
    channel.shutdownNow();
  }
}
