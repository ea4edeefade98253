package eu.rampart.analyzer;

import io.grpc.stub.StreamObserver;
import pulumirpc.AnalyzerGrpc;
import pulumirpc.AnalyzerOuterClass.AnalyzeDiagnostic;
import pulumirpc.AnalyzerOuterClass.AnalyzeRequest;
import pulumirpc.AnalyzerOuterClass.AnalyzeResponse;
import pulumirpc.AnalyzerOuterClass.AnalyzeStackRequest;
import pulumirpc.AnalyzerOuterClass.AnalyzerStackConfigureRequest;
import pulumirpc.AnalyzerOuterClass.AnalyzerStackConfigureResponse;

/**
 * Answers the bench's buckets as the plugin does, without analysing anything: a diagnostic with
 * every field the plugin sets for each bucket, a second one for those whose provider is outside
 * the EU. Warms the bench's client, and is the service of {@link TransportFloorServer}. Not a test.
 */
final class StandInAnalyzer extends AnalyzerGrpc.AnalyzerImplBase {
  @Override
  public void analyze(AnalyzeRequest request, StreamObserver<AnalyzeResponse> out) {
    AnalyzeResponse.Builder r = AnalyzeResponse.newBuilder().addDiagnostics(diagnostic("DATA-4", request.getUrn()));
    if (request.getProvider().getName().startsWith("us-")) r.addDiagnostics(diagnostic("RES-1", request.getUrn()));
    out.onNext(r.build());
    out.onCompleted();
  }

  @Override
  public void analyzeStack(AnalyzeStackRequest request, StreamObserver<AnalyzeResponse> out) {
    out.onNext(AnalyzeResponse.getDefaultInstance());
    out.onCompleted();
  }

  @Override
  public void configureStack(AnalyzerStackConfigureRequest request, StreamObserver<AnalyzerStackConfigureResponse> out) {
    out.onNext(AnalyzerStackConfigureResponse.getDefaultInstance());
    out.onCompleted();
  }

  @Override
  public void getPluginInfo(com.google.protobuf.Empty request, StreamObserver<pulumirpc.Plugin.PluginInfo> out) {
    out.onNext(pulumirpc.Plugin.PluginInfo.newBuilder().setVersion("0.1.0").build());
    out.onCompleted();
  }

  /** A diagnostic with every field the plugin sets, and a message of the plugin's length. */
  private static AnalyzeDiagnostic diagnostic(String policy, String urn) {
    return AnalyzeDiagnostic.newBuilder().setPolicyName(policy).setPolicyPackName("rampart")
        .setPolicyPackVersion("0.1.0").setDescription(policy + " stand-in description of the control")
        .setMessage(urn + " stand-in message of about the length the pack writes, with its remediation after it. ".repeat(2))
        .setEnforcementLevel(pulumirpc.AnalyzerOuterClass.EnforcementLevel.MANDATORY).setUrn(urn)
        .setSeverity(pulumirpc.AnalyzerOuterClass.PolicySeverity.POLICY_SEVERITY_CRITICAL).build();
  }
}
