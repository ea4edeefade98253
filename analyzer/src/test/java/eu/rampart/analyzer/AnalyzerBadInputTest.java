package eu.rampart.analyzer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.Empty;
import com.google.protobuf.ListValue;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import pulumirpc.AnalyzerOuterClass.AnalyzeRequest;
import pulumirpc.AnalyzerOuterClass.AnalyzeStackRequest;
import pulumirpc.AnalyzerOuterClass.AnalyzerProviderResource;
import pulumirpc.AnalyzerOuterClass.AnalyzerResource;
import pulumirpc.AnalyzerOuterClass.ConfigureAnalyzerRequest;
import pulumirpc.AnalyzerOuterClass.EnforcementLevel;
import pulumirpc.AnalyzerOuterClass.PolicyConfig;

/**
 * The analyzer's part of the bad-input corpus (issue 13): hostile or malformed requests sent over
 * real gRPC to the plugin subprocess, started as the Pulumi CLI starts it. Each case names the gRPC
 * status it must get; an error must carry a description (never UNKNOWN without one), no response
 * or plugin log may show a secret's plaintext, and the plugin keeps serving after every case.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalyzerBadInputTest {
  private static final String SIG = "4dabf18193072939515e22adb298388d";
  private static final String SECRET_SIG = "1b47061264138c4ac30d75fd1eb44270";
  /** A Pulumi secret's plaintext placed in the requests: it must never come back or be logged. */
  private static final String PLAINTEXT = "corpus-analyzer-secret-7f3a9c";
  private static final String BUCKET_TYPE = "aws:s3/bucketV2:BucketV2";
  private static final String BUCKET_URN = "urn:pulumi:prod::probe::" + BUCKET_TYPE + "::docs";
  private static final String PROVIDER_URN = "urn:pulumi:prod::probe::pulumi:providers:aws::eu";

  private PluginProcess plugin;

  @BeforeAll
  void start() throws Exception {
    plugin = PluginProcess.start();
  }

  @AfterAll
  void stop() {
    if (plugin != null) plugin.close();
  }

  private record Case(String name, Status.Code expected, String descriptionContains, Supplier<Object> call) {}

  @TestFactory
  Stream<DynamicTest> everyRequestGetsItsStatusWithAReasonAndNoSecret() {
    List<Case> cases = new ArrayList<>();
    // ---- Analyze: identity
    cases.add(new Case("analyze-missing-urn", Status.Code.INVALID_ARGUMENT, "urn",
        () -> plugin.stub().analyze(AnalyzeRequest.newBuilder().setType(BUCKET_TYPE).setProperties(secretProps()).build())));
    cases.add(new Case("analyze-missing-type", Status.Code.INVALID_ARGUMENT, "type",
        () -> plugin.stub().analyze(AnalyzeRequest.newBuilder().setUrn(BUCKET_URN).setName("docs").setProperties(secretProps()).build())));
    cases.add(new Case("analyze-urn-not-a-urn", Status.Code.INVALID_ARGUMENT, "urn",
        () -> plugin.stub().analyze(AnalyzeRequest.newBuilder().setUrn("docs").setType(BUCKET_TYPE).setName("docs").build())));
    cases.add(new Case("analyze-type-contradicts-urn", Status.Code.INVALID_ARGUMENT, "contradicts",
        () -> plugin.stub().analyze(bucket().setType("aws:s3/bucket:Bucket").build())));
    cases.add(new Case("analyze-unknown-type", Status.Code.OK, null,
        () -> plugin.stub().analyze(AnalyzeRequest.newBuilder().setUrn("urn:pulumi:prod::probe::acme:widget:Gizmo::g")
            .setType("acme:widget:Gizmo").setName("g").setProperties(secretProps()).build())));
    // ---- Analyze: properties
    cases.add(new Case("analyze-properties-150-deep", Status.Code.INVALID_ARGUMENT, "deeper",
        () -> plugin.stub().analyze(bucket().setProperties(deep(150)).build())));
    cases.add(new Case("analyze-properties-150-deep-list", Status.Code.INVALID_ARGUMENT, "deeper",
        () -> plugin.stub().analyze(bucket().setProperties(Struct.newBuilder().putFields("l", deepList(150))).build())));
    cases.add(new Case("analyze-properties-secret-deep", Status.Code.INVALID_ARGUMENT, "deeper",
        () -> plugin.stub().analyze(bucket().setProperties(deep(150).toBuilder().putFields("password", secret())).build())));
    cases.add(new Case("analyze-properties-huge-string", Status.Code.OK, null,
        () -> plugin.stub().analyze(bucket().setProperties(Struct.newBuilder().putFields("bucket", str("b".repeat(8 * 1024 * 1024)))).build())));
    cases.add(new Case("analyze-properties-nan", Status.Code.INVALID_ARGUMENT, "NaN",
        () -> plugin.stub().analyze(bucket().setProperties(Struct.newBuilder().putFields("n", Value.newBuilder().setNumberValue(Double.NaN).build())
            .putFields("password", secret())).build())));
    cases.add(new Case("analyze-properties-malformed-secret", Status.Code.OK, null,
        () -> plugin.stub().analyze(bucket().setProperties(Struct.newBuilder().putFields("password",
            Value.newBuilder().setStructValue(Struct.newBuilder().putFields(SIG, str(SECRET_SIG)).putFields("value",
                Value.newBuilder().setStructValue(Struct.newBuilder().putFields("nested", str(PLAINTEXT))).build())).build())).build())));
    // ---- Analyze: provider references
    cases.add(new Case("analyze-provider-missing-urn", Status.Code.INVALID_ARGUMENT, "provider",
        () -> plugin.stub().analyze(bucket().setProvider(AnalyzerProviderResource.newBuilder().setType("pulumi:providers:aws")
            .setName("eu").setProperties(Struct.newBuilder().putFields("region", str("eu-central-1")))).build())));
    cases.add(new Case("analyze-provider-type-not-a-provider", Status.Code.INVALID_ARGUMENT, "provider",
        () -> plugin.stub().analyze(bucket().setProvider(AnalyzerProviderResource.newBuilder().setUrn(BUCKET_URN).setType(BUCKET_TYPE)
            .setName("docs").setProperties(Struct.newBuilder().putFields("region", str("eu-central-1")))).build())));
    cases.add(new Case("analyze-provider-deep-properties", Status.Code.INVALID_ARGUMENT, "deeper",
        () -> plugin.stub().analyze(bucket().setProvider(AnalyzerProviderResource.newBuilder().setUrn(PROVIDER_URN)
            .setType("pulumi:providers:aws").setName("eu").setProperties(deep(150))).build())));
    // ---- AnalyzeStack
    cases.add(new Case("stack-missing-urn", Status.Code.INVALID_ARGUMENT, "urn",
        () -> plugin.stub().analyzeStack(AnalyzeStackRequest.newBuilder().addResources(AnalyzerResource.newBuilder().setType(BUCKET_TYPE)
            .setProperties(secretProps())).build())));
    cases.add(new Case("stack-same-urn-two-types", Status.Code.INVALID_ARGUMENT, "more than once",
        () -> plugin.stub().analyzeStack(AnalyzeStackRequest.newBuilder()
            .addResources(stackBucket().setProperties(secretProps()))
            .addResources(stackBucket().setType("aws:s3/bucket:Bucket")).build())));
    cases.add(new Case("stack-type-contradicts-urn", Status.Code.INVALID_ARGUMENT, "contradicts",
        () -> plugin.stub().analyzeStack(AnalyzeStackRequest.newBuilder().addResources(stackBucket().setType("aws:s3/bucket:Bucket")).build())));
    cases.add(new Case("stack-deep-properties", Status.Code.INVALID_ARGUMENT, "deeper",
        () -> plugin.stub().analyzeStack(AnalyzeStackRequest.newBuilder().addResources(stackBucket().setProperties(deep(150))).build())));
    cases.add(new Case("stack-over-grpc-default-4mib", Status.Code.OK, null, () -> {
      AnalyzeStackRequest.Builder b = AnalyzeStackRequest.newBuilder();
      for (int i = 0; i < 600; i++) {
        b.addResources(AnalyzerResource.newBuilder().setUrn("urn:pulumi:prod::probe::acme:widget:Gizmo::g" + i).setType("acme:widget:Gizmo")
            .setName("g" + i).setProperties(Struct.newBuilder().putFields("blob", str("x".repeat(10_000)))));
      }
      assertTrue(b.build().getSerializedSize() > 4 * 1024 * 1024);
      return plugin.stub().analyzeStack(b.build());
    }));
    // ---- Configure
    cases.add(new Case("configure-unknown-policy", Status.Code.INVALID_ARGUMENT, "LOG3",
        () -> plugin.stub().configure(ConfigureAnalyzerRequest.newBuilder().putPolicyConfig("LOG3",
            PolicyConfig.newBuilder().setEnforcementLevel(EnforcementLevel.MANDATORY).build()).build())));
    cases.add(new Case("configure-remediate", Status.Code.INVALID_ARGUMENT, "RES-1",
        () -> plugin.stub().configure(ConfigureAnalyzerRequest.newBuilder().putPolicyConfig("RES-1",
            PolicyConfig.newBuilder().setEnforcementLevel(EnforcementLevel.REMEDIATE).build()).build())));
    cases.add(new Case("configure-environment-wrong-type-with-secret", Status.Code.INVALID_ARGUMENT, "'environment' must be a string",
        () -> plugin.stub().configure(ConfigureAnalyzerRequest.newBuilder().putPolicyConfig("RES-1",
            PolicyConfig.newBuilder().setEnforcementLevel(EnforcementLevel.MANDATORY)
                .setProperties(Struct.newBuilder().putFields("environment", secret())).build()).build())));
    return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> run(c)));
  }

  private void run(Case c) {
    int logBefore = plugin.stderr.length();
    Status.Code got;
    String description = null;
    String response = "";
    try {
      response = String.valueOf(c.call().get());
      got = Status.Code.OK;
    } catch (StatusRuntimeException e) {
      got = e.getStatus().getCode();
      description = e.getStatus().getDescription();
    }
    assertEquals(c.expected(), got, c.name() + ": " + description);
    if (got != Status.Code.OK) {
      assertNotEquals(Status.Code.UNKNOWN, got);
      assertTrue(description != null && !description.isBlank(), c.name() + ": no description");
      assertFalse(description.contains("\n"), c.name() + ": not one line: " + description);
      assertFalse(description.matches("(?s).*(Exception|\\tat |java\\.lang\\.).*"), c.name() + ": a trace: " + description);
      assertTrue(description.contains(c.descriptionContains()), c.name() + ": '" + description + "' does not say " + c.descriptionContains());
      assertFalse(description.contains(PLAINTEXT), c.name() + ": the secret in the description");
    }
    assertFalse(response.contains(PLAINTEXT), c.name() + ": the secret in the response");
    String log = plugin.stderr.substring(Math.min(logBefore, plugin.stderr.length()));
    assertFalse(log.contains(PLAINTEXT), c.name() + ": the secret in the plugin's log");
    assertTrue(plugin.process.isAlive(), c.name() + ": the plugin died");
    assertEquals("0.1.0", plugin.stub().getPluginInfo(Empty.getDefaultInstance()).getVersion(), c.name() + ": the plugin stopped serving");
  }

  private static AnalyzeRequest.Builder bucket() {
    return AnalyzeRequest.newBuilder().setUrn(BUCKET_URN).setType(BUCKET_TYPE).setName("docs")
        .setProperties(Struct.newBuilder().putFields("bucket", str("docs")).putFields("password", secret()))
        .setProvider(AnalyzerProviderResource.newBuilder().setUrn(PROVIDER_URN).setType("pulumi:providers:aws").setName("eu")
            .setProperties(Struct.newBuilder().putFields("region", str("eu-central-1"))));
  }

  private static AnalyzerResource.Builder stackBucket() {
    return AnalyzerResource.newBuilder().setUrn(BUCKET_URN).setType(BUCKET_TYPE).setName("docs")
        .setProperties(Struct.newBuilder().putFields("bucket", str("docs")));
  }

  private static Struct secretProps() {
    return Struct.newBuilder().putFields("password", secret()).build();
  }

  /** A Pulumi secret as the engine sends it in a Struct: {SIG: SECRET_SIG, value: plaintext}. */
  private static Value secret() {
    return Value.newBuilder().setStructValue(Struct.newBuilder().putFields(SIG, str(SECRET_SIG)).putFields("value", str(PLAINTEXT))).build();
  }

  /** A Struct nested {@code depth} levels, with a secret at the bottom. */
  private static Struct deep(int depth) {
    Struct s = Struct.newBuilder().putFields("password", secret()).build();
    for (int i = 0; i < depth; i++) s = Struct.newBuilder().putFields("a", Value.newBuilder().setStructValue(s).build()).build();
    return s;
  }

  private static Value deepList(int depth) {
    Value v = secret();
    for (int i = 0; i < depth; i++) v = Value.newBuilder().setListValue(ListValue.newBuilder().addValues(v)).build();
    return v;
  }

  private static Value str(String s) { return Value.newBuilder().setStringValue(s).build(); }
}
