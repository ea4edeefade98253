package eu.rampart.plan.engine;

import com.google.protobuf.Empty;
import io.grpc.stub.StreamObserver;
import java.io.PrintStream;
import pulumirpc.EngineGrpc;
import pulumirpc.EngineOuterClass.GetRootResourceRequest;
import pulumirpc.EngineOuterClass.GetRootResourceResponse;
import pulumirpc.EngineOuterClass.LogRequest;
import pulumirpc.EngineOuterClass.LogSeverity;
import pulumirpc.EngineOuterClass.RequirePulumiVersionRequest;
import pulumirpc.EngineOuterClass.RequirePulumiVersionResponse;
import pulumirpc.EngineOuterClass.SetRootResourceRequest;
import pulumirpc.EngineOuterClass.SetRootResourceResponse;

/**
 * The engine service a program talks to besides the monitor (pulumi/pulumi {@code pkg/engine}
 * {@code hostServer}: {@code Log}, {@code GetRootResource}, {@code SetRootResource}). Errors are kept
 * to explain a failed plan; every message is masked before it goes anywhere.
 */
final class EngineService extends EngineGrpc.EngineImplBase {
  private final EngineState state;
  private final PrintStream console;
  private final boolean verbose;

  EngineService(EngineState state, PrintStream console, boolean verbose) {
    this.state = state;
    this.console = console;
    this.verbose = verbose;
  }

  @Override
  public void log(LogRequest req, StreamObserver<Empty> out) {
    if (req.getSeverity() == LogSeverity.ERROR) {
      state.error(req.getMessage());
    } else if (req.getSeverity() == LogSeverity.WARNING || (verbose && req.getSeverity() == LogSeverity.INFO)) {
      console.println("rampart-planner: " + req.getSeverity().name().toLowerCase() + ": " + state.secrets.mask(req.getMessage()));
    }
    out.onNext(Empty.getDefaultInstance());
    out.onCompleted();
  }

  @Override
  public void getRootResource(GetRootResourceRequest req, StreamObserver<GetRootResourceResponse> out) {
    out.onNext(GetRootResourceResponse.newBuilder().setUrn(state.rootUrn).build());
    out.onCompleted();
  }

  @Override
  public void setRootResource(SetRootResourceRequest req, StreamObserver<SetRootResourceResponse> out) {
    state.rootUrn = req.getUrn();
    out.onNext(SetRootResourceResponse.getDefaultInstance());
    out.onCompleted();
  }

  @Override
  public void requirePulumiVersion(RequirePulumiVersionRequest req, StreamObserver<RequirePulumiVersionResponse> out) {
    out.onNext(RequirePulumiVersionResponse.getDefaultInstance());
    out.onCompleted();
  }
}
