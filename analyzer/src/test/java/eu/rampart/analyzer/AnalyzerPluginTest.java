package eu.rampart.analyzer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.Empty;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import eu.rampart.check.CheckEnvironment;
import eu.rampart.check.CheckResult;
import eu.rampart.check.Checker;
import eu.rampart.check.FileResult;
import eu.rampart.check.Finding;
import eu.rampart.check.PolicyInputSource;
import eu.rampart.check.RegoPolicyPack;
import eu.rampart.check.WaivedFinding;
import eu.rampart.env.Environment;
import eu.rampart.plan.input.Normaliser;
import eu.rampart.plan.offline.OfflinePlanner;
import eu.rampart.plan.read.Readers;
import eu.rampart.plan.read.ResourceState;
import eu.rampart.plan.read.StackSnapshot;
import eu.rampart.rego.value.ObjectValue;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import pulumirpc.AnalyzerOuterClass.AnalyzeDiagnostic;
import pulumirpc.AnalyzerOuterClass.AnalyzeRequest;
import pulumirpc.AnalyzerOuterClass.AnalyzeStackRequest;
import pulumirpc.AnalyzerOuterClass.AnalyzerInfo;
import pulumirpc.AnalyzerOuterClass.AnalyzerStackConfigureRequest;
import pulumirpc.AnalyzerOuterClass.EnforcementLevel;

/** Drives the plugin subprocess over gRPC with the SDK's own stubs, as the Pulumi engine does. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalyzerPluginTest {
  private PluginProcess plugin;
  private RegoPolicyPack pack;
  private CheckEnvironment prod;

  @BeforeAll
  void start() throws Exception {
    plugin = PluginProcess.start();
    pack = RegoPolicyPack.fromDirectory(PluginProcess.root().resolve("policies"));
    Environment env = Environment.named(PluginProcess.root(), "prod");
    prod = CheckEnvironment.of(env);
  }

  @AfterAll
  void stop() {
    if (plugin != null) plugin.close();
  }

  @Test
  void announcesPluginAndEveryControlAsAPolicy() {
    assertEquals("0.1.0", plugin.stub().getPluginInfo(Empty.getDefaultInstance()).getVersion());
    AnalyzerInfo info = plugin.stub().getAnalyzerInfo(Empty.getDefaultInstance());
    assertEquals("rampart", info.getName());
    assertTrue(info.getSupportsConfig());
    TreeSet<String> names = new TreeSet<>();
    info.getPoliciesList().forEach(p -> {
      names.add(p.getName());
      assertFalse(p.getDescription().isEmpty(), p.getName() + " has no description");
      assertTrue(p.hasConfigSchema(), p.getName() + " has no config schema");
    });
    assertEquals(pack.controls().size(), names.size());
    assertTrue(names.containsAll(List.of("RES-1", "ENC-1", "NET-3", "DATA-1", "LOG-1")), names.toString());
  }

  /**
   * Pulumi shows every line a plugin writes to stderr to the user, in every preview and update
   * (pulumi/pulumi plugin.go, newPlugin's runtrace): a plugin that started and served as it should
   * has written none (the SLF4J binding notice Netty set off was three such lines).
   */
  @org.junit.jupiter.params.ParameterizedTest(name = "java on PATH: {0}")
  @org.junit.jupiter.params.provider.MethodSource("javaHomes")
  void aNormalStartAndServingWriteNothingToStderr(Path javaHome) throws Exception {
    // as Pulumi starts it from PATH: the checkout's launcher runs the java it finds there (Java 23
    // and later warned about Netty's use of sun.misc.Unsafe and native code at every start)
    java.util.Map<String, String> env = java.util.Map.of("RAMPART_HOME", PluginProcess.root().toString(),
        "PATH", javaHome.resolve("bin") + java.io.File.pathSeparator + System.getenv("PATH"));
    Path pack = PluginProcess.root().resolve("policies");
    try (PluginProcess own = PluginProcess.start(pack.resolve("pulumi-analyzer-policy-rampart"), pack, env)) {
      own.stub().getAnalyzerInfo(Empty.getDefaultInstance());
      own.stub().analyze(BucketRequests.bucket(0, "us-east-1"));
      assertEquals("", own.stderrAfterExit());
    }
  }

  /** This JVM's own home and every other Java 17 or later installed where Debian and Ubuntu put them. */
  static java.util.stream.Stream<Path> javaHomes() throws java.io.IOException {
    java.util.TreeSet<Path> homes = new java.util.TreeSet<>(List.of(Path.of(System.getProperty("java.home")).toRealPath()));
    Path jvms = Path.of("/usr/lib/jvm");
    if (Files.isDirectory(jvms)) {
      try (java.util.stream.Stream<Path> s = Files.list(jvms)) {
        for (Path h : s.toList()) {
          if (!Files.isExecutable(h.resolve("bin/java")) || !Files.isRegularFile(h.resolve("release"))) continue;
          String release = Files.readString(h.resolve("release"));
          java.util.regex.Matcher m = java.util.regex.Pattern.compile("JAVA_VERSION=\"(\\d+)").matcher(release);
          if (m.find() && Integer.parseInt(m.group(1)) >= 17) homes.add(h.toRealPath());
        }
      }
    }
    return homes.stream();
  }

  /**
   * `pulumi policy publish` (pulumi/pulumi httpstate cloudPolicyPack.Publish) loads PulumiPolicy.yaml
   * (workspace.LoadPolicyPack: a runtime is required), takes the pack's name and version from
   * GetAnalyzerInfo (the yaml's version wins when set: analyzer.GetAnalyzerInfo) and tars the
   * directory: the yaml and the plugin must agree, and names must be valid pack and policy names.
   */
  @Test
  void packDirectoryIsPublishableAsIs() throws Exception {
    Object doc;
    try (java.io.Reader r = Files.newBufferedReader(PluginProcess.root().resolve("policies/PulumiPolicy.yaml"))) {
      doc = new org.yaml.snakeyaml.Yaml(new org.yaml.snakeyaml.constructor.SafeConstructor(new org.yaml.snakeyaml.LoaderOptions())).load(r);
    }
    java.util.Map<?, ?> yaml = (java.util.Map<?, ?>) doc;
    assertEquals("rampart", yaml.get("runtime"));
    AnalyzerInfo info = plugin.stub().getAnalyzerInfo(Empty.getDefaultInstance());
    assertEquals(String.valueOf(yaml.get("version")), info.getVersion());
    assertEquals(info.getVersion(), plugin.stub().getPluginInfo(Empty.getDefaultInstance()).getVersion());
    assertTrue(info.getName().matches("[a-zA-Z0-9._-]{1,100}"), info.getName());
    for (var p : info.getPoliciesList()) {
      assertTrue(p.getName().matches("[a-zA-Z0-9._-]+"), p.getName());
      assertTrue(p.getEnforcementLevel() != EnforcementLevel.UNRECOGNIZED, p.getName());
    }
  }

  @Test
  void malformedRequestIsAGrpcErrorAndThePluginKeepsServing() {
    StatusRuntimeException e = assertThrows(StatusRuntimeException.class,
        () -> plugin.stub().analyze(AnalyzeRequest.newBuilder().setType("aws:s3/bucket:Bucket").build()));
    assertEquals(Status.Code.INVALID_ARGUMENT, e.getStatus().getCode(), e.getStatus().toString());
    StatusRuntimeException remediate = assertThrows(StatusRuntimeException.class, () -> plugin.stub().configure(
        pulumirpc.AnalyzerOuterClass.ConfigureAnalyzerRequest.newBuilder().putPolicyConfig("RES-1",
            pulumirpc.AnalyzerOuterClass.PolicyConfig.newBuilder().setEnforcementLevel(EnforcementLevel.REMEDIATE).build()).build()));
    assertEquals(Status.Code.INVALID_ARGUMENT, remediate.getStatus().getCode());
    assertTrue(plugin.process.isAlive(), "a bad request must not crash the plugin");
    assertEquals("0.1.0", plugin.stub().getPluginInfo(Empty.getDefaultInstance()).getVersion());
  }

  @Test
  void bucketOutsideTheEuIsAMandatoryDiagnostic() {
    Struct bucket = Struct.newBuilder()
        .putFields("bucket", str("docs"))
        .putFields("region", str("us-east-1"))
        .build();
    String urn = "urn:pulumi:prod::demo::aws:s3/bucketV2:BucketV2::docs";
    plugin.stub().configureStack(AnalyzerStackConfigureRequest.newBuilder().setProject("demo").setStack("prod")
        .putConfig("aws:region", "us-east-1").build());
    pulumirpc.AnalyzerOuterClass.AnalyzerProviderResource provider = pulumirpc.AnalyzerOuterClass.AnalyzerProviderResource.newBuilder()
        .setUrn("urn:pulumi:prod::demo::pulumi:providers:aws::default").setType("pulumi:providers:aws").setName("default")
        .setProperties(Struct.newBuilder().putFields("region", str("us-east-1"))).build();
    List<AnalyzeDiagnostic> diags = new ArrayList<>(plugin.stub().analyze(AnalyzeRequest.newBuilder()
        .setUrn(urn).setType("aws:s3/bucketV2:BucketV2").setName("docs").setProperties(bucket).setProvider(provider).build())
        .getDiagnosticsList());
    diags.addAll(plugin.stub().analyzeStack(AnalyzeStackRequest.newBuilder().addResources(
        pulumirpc.AnalyzerOuterClass.AnalyzerResource.newBuilder().setUrn(urn).setType("aws:s3/bucketV2:BucketV2")
            .setName("docs").setProperties(bucket).setProvider(provider).build()).build()).getDiagnosticsList());
    assertTrue(diags.stream().anyMatch(d -> d.getPolicyName().equals("RES-1") && d.getUrn().equals(urn)
        && d.getEnforcementLevel() == EnforcementLevel.MANDATORY), diags.toString());
  }

  /** The same findings through the plugin as through rampart check, for every real Pulumi fixture. */
  @TestFactory
  Stream<DynamicTest> fixturesGiveTheSameFindingsAsCheck() throws Exception {
    Path dir = Path.of(System.getProperty("rampart.shared.dir", "../../shared")).resolve("fixtures/pulumi");
    assertTrue(Files.isDirectory(dir), "fixtures missing at " + dir);
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
      StackSnapshot snapshot = Readers.read(f, Optional.empty());
      assertSameFindings(viaCheck(snapshot), viaPlugin(snapshot), f.getFileName().toString());
    }));
  }

  /** The compliant landing zones raise no mandatory diagnostic through the plugin. */
  @TestFactory
  Stream<DynamicTest> compliantLandingZonesHaveNoMandatoryDiagnostics() {
    return Stream.of("aws-landing-zone", "azure-landing-zone").map(stack -> DynamicTest.dynamicTest(stack, () -> {
      Path out = Files.createTempFile("rampart-" + stack, ".json");
      Path plan = OfflinePlanner.plan(PluginProcess.root().resolve("stacks").resolve(stack),
          Environment.named(PluginProcess.root(), "prod"), OfflinePlanner.Options.defaults().withOutput(out));
      StackSnapshot snapshot = Readers.read(plan, Optional.empty());
      List<String> mandatory = viaPlugin(snapshot).stream().filter(s -> s.endsWith(" mandatory")).toList();
      assertTrue(mandatory.isEmpty(), "mandatory diagnostics on the compliant " + stack + ": " + mandatory);
      assertSameFindings(viaCheck(snapshot), viaPlugin(snapshot), "the " + stack + " plan");
    }));
  }

  /**
   * The scope model in the policy pack config (`"platform": {"stacks", "provides"}` on a policy, as
   * `pulumi up --policy-pack-config` passes it through Configure) credits the presence controls of a
   * workload stack exactly as `rampart check` does with the same platform in the environment.
   */
  @Test
  void platformInThePolicyConfigCreditsPresenceControlsAsCheckDoes() throws Exception {
    Path dir = Path.of(System.getProperty("rampart.shared.dir", "../../shared")).resolve("fixtures/pulumi");
    StackSnapshot workload = Readers.read(dir.resolve("pulumi-aws-export-s3-bucket.json"), Optional.empty());
    TreeSet<String> alone = viaPlugin(workload);
    TreeSet<String> presence = new TreeSet<>();
    for (String k : alone) {
      if (k.contains("::pulumi:pulumi:Stack::") && k.endsWith(" mandatory")) presence.add(k.substring(0, k.indexOf(' ')));
    }
    assertFalse(presence.isEmpty(), "a one-bucket stack in prod fails presence controls on its own: " + alone);
    Struct.Builder scope = Struct.newBuilder()
        .putFields("stacks", list(List.of("aws-landing-zone")))
        .putFields("provides", list(new ArrayList<>(presence)));
    try {
      plugin.stub().configure(pulumirpc.AnalyzerOuterClass.ConfigureAnalyzerRequest.newBuilder().putPolicyConfig("LOG-1",
          pulumirpc.AnalyzerOuterClass.PolicyConfig.newBuilder().setEnforcementLevel(EnforcementLevel.MANDATORY)
              .setProperties(Struct.newBuilder().putFields("platform", Value.newBuilder().setStructValue(scope).build())).build()).build());
      TreeSet<String> credited = viaPlugin(workload);
      ObjectValue platform = (ObjectValue) eu.rampart.rego.value.Json.parse(
          "{\"stacks\":[\"aws-landing-zone\"],\"provides\":" + new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(presence) + "}");
      assertSameFindings(viaCheck(workload, prod.withPlatform(platform)), credited, "the workload with the platform from the policy config");
      for (String k : alone) {
        String id = k.substring(0, k.indexOf(' '));
        if (presence.contains(id) && k.contains("::pulumi:pulumi:Stack::")) {
          assertTrue(credited.contains(k.replace(" mandatory", " advisory")), k + " is not credited: " + credited);
          assertFalse(credited.contains(k), k + " still blocks");
        } else {
          assertTrue(credited.contains(k), k + " changed although the platform does not provide it");
        }
      }
      // a platform that names no control of the pack is refused when Pulumi configures the plugin
      StatusRuntimeException bad = assertThrows(StatusRuntimeException.class, () -> plugin.stub().configure(
          pulumirpc.AnalyzerOuterClass.ConfigureAnalyzerRequest.newBuilder().putPolicyConfig("LOG-1",
              pulumirpc.AnalyzerOuterClass.PolicyConfig.newBuilder().setProperties(Struct.newBuilder().putFields("platform",
                  Value.newBuilder().setStructValue(Struct.newBuilder().putFields("stacks", list(List.of("lz")))
                      .putFields("provides", list(List.of("LOG-9")))).build())).build()).build()));
      assertEquals(Status.Code.INVALID_ARGUMENT, bad.getStatus().getCode());
      assertTrue(bad.getStatus().getDescription().contains("LOG-9"), bad.getStatus().toString());
    } finally {
      // the plugin process is shared by the tests: back to the environment's own verdicts
      plugin.stub().configure(pulumirpc.AnalyzerOuterClass.ConfigureAnalyzerRequest.getDefaultInstance());
    }
    assertEquals(alone, viaPlugin(workload), "without the policy config the verdicts are the environment's again");
  }

  private static Value list(List<String> items) {
    com.google.protobuf.ListValue.Builder l = com.google.protobuf.ListValue.newBuilder();
    for (String i : items) l.addValues(str(i));
    return Value.newBuilder().setListValue(l).build();
  }

  @Test
  void exitsWhenTheEngineGoesAway() throws Exception {
    try (PluginProcess own = PluginProcess.start()) {
      own.engine.shutdownNow();
      assertTrue(own.process.waitFor(60, TimeUnit.SECONDS), "plugin still running a minute after the engine stopped");
    }
  }

  private static void assertSameFindings(TreeSet<String> check, TreeSet<String> plugin, String what) {
    TreeSet<String> onlyCheck = new TreeSet<>(check);
    onlyCheck.removeAll(plugin);
    TreeSet<String> onlyPlugin = new TreeSet<>(plugin);
    onlyPlugin.removeAll(check);
    assertTrue(onlyCheck.isEmpty() && onlyPlugin.isEmpty(), "plugin and check disagree on " + what
        + "\n  only from rampart check: " + onlyCheck + "\n  only from the plugin: " + onlyPlugin);
  }

  private TreeSet<String> viaPlugin(StackSnapshot s) {
    plugin.stub().configureStack(AnalyzerStackConfigureRequest.newBuilder()
        .setProject(s.project() == null ? "" : s.project()).setStack(s.stack() == null ? "" : s.stack())
        .putAllConfig(s.config()).build());
    TreeSet<String> out = new TreeSet<>();
    for (ResourceState r : s.resources()) {
      for (AnalyzeDiagnostic d : plugin.stub().analyze(EngineRequests.single(s, r)).getDiagnosticsList()) out.add(key(d));
    }
    AnalyzeStackRequest req = AnalyzeStackRequest.newBuilder().addAllResources(EngineRequests.stack(s)).build();
    for (AnalyzeDiagnostic d : plugin.stub().analyzeStack(req).getDiagnosticsList()) out.add(key(d));
    return out;
  }

  private TreeSet<String> viaCheck(StackSnapshot s) {
    return viaCheck(s, prod);
  }

  private TreeSet<String> viaCheck(StackSnapshot s, CheckEnvironment environment) {
    PolicyInputSource source = new PolicyInputSource() {
      @Override public String name() { return String.valueOf(s.file()); }
      @Override public ObjectValue load() { return (ObjectValue) Normaliser.normalise(s).value(); }
    };
    CheckResult result = new Checker(pack).check(List.of(source), environment);
    assertTrue(result.allErrors().isEmpty(), "check failed: " + result.allErrors());
    TreeSet<String> out = new TreeSet<>();
    for (FileResult f : result.files()) {
      for (Finding x : f.findings()) out.add(x.controlId() + " " + x.urn() + " " + x.enforcement().label());
      for (WaivedFinding w : f.waived()) out.add(w.finding().controlId() + " " + w.finding().urn() + " advisory");
    }
    return out;
  }

  private static String key(AnalyzeDiagnostic d) {
    return d.getPolicyName() + " " + d.getUrn() + " " + d.getEnforcementLevel().name().toLowerCase(java.util.Locale.ROOT);
  }

  private static Value str(String s) { return Value.newBuilder().setStringValue(s).build(); }
}
