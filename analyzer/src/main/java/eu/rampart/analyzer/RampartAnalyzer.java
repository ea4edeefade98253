package eu.rampart.analyzer;

import com.google.protobuf.Empty;
import com.google.protobuf.Struct;
import com.google.protobuf.util.JsonFormat;
import eu.rampart.check.CheckEnvironment;
import eu.rampart.check.CheckError;
import eu.rampart.check.CheckResult;
import eu.rampart.check.Checker;
import eu.rampart.check.Control;
import eu.rampart.check.Enforcement;
import eu.rampart.check.FileResult;
import eu.rampart.check.Finding;
import eu.rampart.check.PolicyInputSource;
import eu.rampart.check.PolicyPack;
import eu.rampart.check.WaivedFinding;
import eu.rampart.plan.input.Normaliser;
import eu.rampart.plan.input.PolicyInput;
import eu.rampart.plan.read.StackSnapshot;
import eu.rampart.plan.secret.SecretCollector;
import eu.rampart.plan.secret.SecretMasker;
import eu.rampart.rego.value.ObjectValue;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import com.fasterxml.jackson.databind.JsonNode;
import pulumirpc.AnalyzerOuterClass.RemediateResponse;
import pulumirpc.AnalyzerOuterClass.Remediation;
import pulumirpc.AnalyzerGrpc;
import pulumirpc.AnalyzerOuterClass.AnalyzeDiagnostic;
import pulumirpc.AnalyzerOuterClass.AnalyzeRequest;
import pulumirpc.AnalyzerOuterClass.AnalyzeResponse;
import pulumirpc.AnalyzerOuterClass.AnalyzeStackRequest;
import pulumirpc.AnalyzerOuterClass.AnalyzerHandshakeRequest;
import pulumirpc.AnalyzerOuterClass.AnalyzerHandshakeResponse;
import pulumirpc.AnalyzerOuterClass.AnalyzerInfo;
import pulumirpc.AnalyzerOuterClass.AnalyzerStackConfigureRequest;
import pulumirpc.AnalyzerOuterClass.AnalyzerStackConfigureResponse;
import pulumirpc.AnalyzerOuterClass.ConfigureAnalyzerRequest;
import pulumirpc.AnalyzerOuterClass.EnforcementLevel;
import pulumirpc.AnalyzerOuterClass.PolicyConfig;
import pulumirpc.AnalyzerOuterClass.PolicyConfigSchema;
import pulumirpc.AnalyzerOuterClass.PolicyInfo;
import pulumirpc.AnalyzerOuterClass.PolicySeverity;
import pulumirpc.AnalyzerOuterClass.PolicyType;
import pulumirpc.Plugin.PluginInfo;

/**
 * The rampart pack as Pulumi's analyzer service. Findings are computed by the same
 * {@link Checker} as {@code rampart check}, on the same normalised input, so a stack gives the same
 * findings here as in CI. A control is reported per resource from Analyze, before Pulumi creates
 * the resource, for the resources its METADATA ({@code policy_type: resource}, {@code resource_scope})
 * says one resource and its provider decide (see {@link PackCatalog}); everything else from
 * AnalyzeStack, once the whole stack is known, which leaves out exactly what Analyze reported. Anything that cannot
 * be evaluated is a gRPC error, which makes Pulumi fail the operation: never a silent pass.
 */
final class RampartAnalyzer extends AnalyzerGrpc.AnalyzerImplBase {
  static final String PACK_NAME = "rampart";

  private final PolicyPack pack;
  private final PackCatalog catalog;
  private final ResourceChecks resourceChecks;
  private final String version;
  private final Function<String, CheckEnvironment> environments;
  private final String defaultEnvironment;

  // Set by Configure/ConfigureStack, which the engine calls before any analysis.
  private volatile Map<String, Enforcement> overrides = Map.of();
  // Controls the policy config sets to `remediate` (only those with an automatic fix).
  private volatile java.util.Set<String> remediate = java.util.Set.of();
  private volatile String configuredEnvironment;
  // The scope model from the policy config (PlatformConfig), or null: the environment file's own.
  private volatile ObjectValue platform;
  private volatile StackInfo stack;
  // The engine's analysis calls in flight and when the last one ended (the warm-up steps aside).
  private final java.util.concurrent.atomic.AtomicInteger engineCalls = new java.util.concurrent.atomic.AtomicInteger();
  private volatile long lastEngineCall = System.nanoTime() - Long.MAX_VALUE / 4; // "never", without overflow in a difference

  RampartAnalyzer(PolicyPack pack, PackCatalog catalog, ResourceChecks resourceChecks, String version,
                  Function<String, CheckEnvironment> environments, String defaultEnvironment) {
    this.pack = pack;
    this.catalog = catalog;
    this.resourceChecks = resourceChecks;
    this.version = version;
    this.environments = environments;
    this.defaultEnvironment = defaultEnvironment;
    this.stack = StackInfo.unknown(defaultEnvironment);
  }

  /** Which controls are checked per resource (what the warm-up sends through). */
  PackCatalog catalog() { return catalog; }

  /** The engine is in an analysis call, or ended one less than {@code quietNanos} ago. */
  boolean engineBusy(long quietNanos) {
    return engineCalls.get() > 0 || System.nanoTime() - lastEngineCall < quietNanos;
  }

  /** Runs one of the engine's analysis calls, counted for {@link #engineBusy} (the warm-up's own are not). */
  private void engineCall(Runnable call) {
    if (Warmup.isWarmupCall()) {
      call.run();
      return;
    }
    engineCalls.incrementAndGet();
    try {
      call.run();
    } finally {
      lastEngineCall = System.nanoTime();
      engineCalls.decrementAndGet();
    }
  }

  @Override
  public void handshake(AnalyzerHandshakeRequest request, StreamObserver<AnalyzerHandshakeResponse> out) {
    respond(out, () -> AnalyzerHandshakeResponse.getDefaultInstance());
  }

  @Override
  public void getPluginInfo(Empty request, StreamObserver<PluginInfo> out) {
    respond(out, () -> PluginInfo.newBuilder().setVersion(version).build());
  }

  @Override
  public void getAnalyzerInfo(Empty request, StreamObserver<AnalyzerInfo> out) {
    respond(out, () -> {
      AnalyzerInfo.Builder info = AnalyzerInfo.newBuilder()
          .setName(PACK_NAME)
          .setDisplayName("rampart: EU residency and encryption controls")
          .setVersion(version)
          .setSupportsConfig(true)
          .setDescription("One policy per control of CONTROLS.md, evaluated on rampart's pure-Java Rego engine.");
      for (Control c : pack.controls()) {
        String fix = Remediations.describe(c.id());
        String scope = catalog.resourceScoped(c.id())
            ? " Checked per resource (Analyze) where one resource and its provider decide; otherwise per stack."
            : " Checked per stack (AnalyzeStack).";
        info.addPolicies(PolicyInfo.newBuilder()
            .setName(c.id())
            .setDisplayName(c.title())
            .setDescription(c.description() + scope + (fix.isEmpty() ? "" : " " + fix))
            .setMessage(c.remediation())
            .setRemediationSteps(fix.isEmpty() ? c.remediation() : c.remediation() + " " + fix)
            .setEnforcementLevel(remediate.contains(c.id()) ? EnforcementLevel.REMEDIATE
                : level(overrides.getOrDefault(c.id(), overrides.getOrDefault("all", c.enforcement()))))
            .setSeverity(severity(c))
            .setPolicyType(catalog.resourceScoped(c.id()) ? PolicyType.POLICY_TYPE_RESOURCE : PolicyType.POLICY_TYPE_STACK)
            .setConfigSchema(configSchema())
            .build());
      }
      return info.build();
    });
  }

  @Override
  public void configure(ConfigureAnalyzerRequest request, StreamObserver<Empty> out) {
    respond(out, () -> {
      RequestLimits.requireParsed(request);
      Map<String, Enforcement> next = new LinkedHashMap<>();
      java.util.Set<String> fixes = new java.util.TreeSet<>();
      String env = null;
      java.util.Set<String> known = new java.util.TreeSet<>();
      for (Control c : pack.controls()) known.add(c.id());
      for (Map.Entry<String, PolicyConfig> e : request.getPolicyConfigMap().entrySet()) {
        // a name that is no policy of the pack would silently leave that control at its default
        // (the engine's own check, plugin.validatePolicyPackConfig, refuses such names too)
        if (!e.getKey().equals("all") && !known.contains(e.getKey())) {
          throw Status.INVALID_ARGUMENT.withDescription("policy config names '" + e.getKey().replace('\n', ' ')
              + "', which is not a policy of the rampart pack (the policies are " + String.join(", ", known) + ", or all)").asRuntimeException();
        }
        if (e.getValue().hasProperties()) {
          com.google.protobuf.Value v = e.getValue().getProperties().getFieldsMap().get("environment");
          if (v != null && !v.hasStringValue()) {
            throw Status.INVALID_ARGUMENT.withDescription("policy " + e.getKey() + ": config 'environment' must be a string (an environment name), found "
                + v.getKindCase().name().toLowerCase(java.util.Locale.ROOT).replace("_value", "")).asRuntimeException();
          }
        }
        if (e.getValue().getEnforcementLevel() == EnforcementLevel.REMEDIATE) {
          if (Remediations.FIXES.get(e.getKey()) == null) {
            throw Status.INVALID_ARGUMENT.withDescription("policy " + e.getKey() + " has no automatic fix: use mandatory, advisory "
                + "or disabled (remediate is offered for " + String.join(", ", new java.util.TreeSet<>(Remediations.FIXES.keySet())) + ")")
                .asRuntimeException();
          }
          fixes.add(e.getKey());
          // what the fix cannot repair is still a violation that blocks
          next.put(e.getKey(), Enforcement.MANDATORY);
          continue;
        }
        Enforcement level = enforcement(e.getKey(), e.getValue().getEnforcementLevel());
        if (level != null) next.put(e.getKey(), level);
        if (e.getValue().hasProperties()) {
          com.google.protobuf.Value v = e.getValue().getProperties().getFieldsMap().get("environment");
          if (v != null && v.hasStringValue()) env = v.getStringValue();
        }
      }
      if (env != null) environments.apply(env); // fail now, with the name, if it does not exist
      ObjectValue scope = PlatformConfig.parse(request.getPolicyConfigMap(), environments.apply(environmentName(env)), known);
      platform = scope;
      overrides = Map.copyOf(next);
      remediate = java.util.Set.copyOf(fixes);
      configuredEnvironment = env;
      return Empty.getDefaultInstance();
    });
  }

  @Override
  public void configureStack(AnalyzerStackConfigureRequest request, StreamObserver<AnalyzerStackConfigureResponse> out) {
    respond(out, () -> {
      RequestLimits.requireParsed(request);
      Map<String, String> config = new LinkedHashMap<>(request.getConfigMap());
      for (String k : request.getConfigSecretKeysList()) config.computeIfPresent(k, (key, v) -> SecretMasker.MASK);
      stack = new StackInfo(request.getProject(), request.getStack(), null, config, request.getDryRun());
      return AnalyzerStackConfigureResponse.getDefaultInstance();
    });
  }

  @Override
  public void analyze(AnalyzeRequest request, StreamObserver<AnalyzeResponse> out) {
    engineCall(() -> respond(out, () -> {
      RequestLimits.requireParsed(request);
      StackSnapshot snapshot = AnalyzerResources.single(request, stack);
      PolicyInput input = Normaliser.normalise(snapshot);
      JsonNode resource = resourceByUrn(input).get(request.getUrn());
      List<PackCatalog.ResourceControl> controls = resource == null ? List.of() : catalog.controlsFor(resource);
      // most resources are covered by a few controls; one covered by none needs no evaluation
      if (controls.isEmpty()) return AnalyzeResponse.getDefaultInstance();
      return diagnostics(snapshot, input, resourceChecks.packFor(controls),
          f -> f.urn().equals(request.getUrn()) && catalog.decidedPerResource(f.controlId(), resource));
    }));
  }

  /**
   * Pulumi calls Remediate before Analyze for every resource; for each control the policy config
   * sets to remediate, the resource's properties with that control's automatic fix applied.
   */
  @Override
  public void remediate(AnalyzeRequest request, StreamObserver<RemediateResponse> out) {
    engineCall(() -> respond(out, () -> {
      RequestLimits.requireParsed(request);
      RemediateResponse.Builder resp = RemediateResponse.newBuilder();
      Struct props = request.getProperties();
      for (String control : remediate) {
        Struct fixed = Remediations.apply(control, request.getType(), props);
        if (fixed == null) continue;
        props = fixed;
        resp.addRemediations(Remediation.newBuilder().setPolicyName(control).setPolicyPackName(PACK_NAME)
            .setPolicyPackVersion(version).setDescription(Remediations.describe(control)).setProperties(fixed).build());
      }
      return resp.build();
    }));
  }

  @Override
  public void analyzeStack(AnalyzeStackRequest request, StreamObserver<AnalyzeResponse> out) {
    engineCall(() -> respond(out, () -> {
      RequestLimits.requireParsed(request);
      StackSnapshot snapshot = AnalyzerResources.stack(request.getResourcesList(), stack);
      PolicyInput input = Normaliser.normalise(snapshot);
      Map<String, JsonNode> byUrn = resourceByUrn(input);
      // what Analyze reported for a resource is not reported again
      return diagnostics(snapshot, input, pack, f -> !catalog.decidedPerResource(f.controlId(), byUrn.get(f.urn())));
    }));
  }

  @Override
  public void cancel(Empty request, StreamObserver<Empty> out) {
    respond(out, Empty::getDefaultInstance);
  }

  private static Map<String, JsonNode> resourceByUrn(PolicyInput input) {
    Map<String, JsonNode> out = new java.util.HashMap<>();
    JsonNode resources = input.json().get("resources");
    if (resources != null) {
      for (JsonNode r : resources) {
        JsonNode urn = r.get("urn");
        if (urn != null && urn.isTextual()) out.put(urn.asText(), r);
      }
    }
    return out;
  }

  private AnalyzeResponse diagnostics(StackSnapshot snapshot, PolicyInput input, PolicyPack evaluated, Predicate<Finding> reportHere) {
    // the policy config overrides join the environment ones: the checker decides enforcement once
    CheckEnvironment env = environments.apply(environmentName()).withEnforcement(overrides).withPlatform(platform);
    // building the masker costs more than most calls: only when there is something to print
    java.util.function.Supplier<SecretMasker> maskerOnce = new java.util.function.Supplier<>() {
      private SecretMasker m;
      @Override public SecretMasker get() {
        if (m == null) m = SecretCollector.maskerFor(snapshot);
        return m;
      }
    };
    PolicyInputSource source = new PolicyInputSource() {
      @Override public String name() { return "analyzer:" + snapshot.project() + "/" + snapshot.stack(); }

      @Override public ObjectValue load() {
        AnalyzerResources.markSource(input.json());
        return (ObjectValue) input.value();
      }
    };
    CheckResult result = new Checker(evaluated).check(List.of(source), env);
    List<CheckError> errors = result.allErrors();
    if (!errors.isEmpty()) {
      String msg = maskerOnce.get().mask(errors.get(0).oneLine());
      throw (errors.get(0).kind() == CheckError.Kind.INPUT ? Status.INVALID_ARGUMENT : Status.INTERNAL)
          .withDescription("rampart could not evaluate the policy pack: " + msg).asRuntimeException();
    }
    AnalyzeResponse.Builder resp = AnalyzeResponse.newBuilder();
    if (result.files().stream().allMatch(f -> f.findings().isEmpty() && f.waived().isEmpty())) return resp.build();
    SecretMasker masker = maskerOnce.get();
    for (FileResult f : result.files()) {
      for (Finding x : f.findings()) {
        if (!reportHere.test(x)) continue;
        resp.addDiagnostics(diagnostic(x, x.enforcement(), masker.mask(x.message() + remediation(x))));
      }
      for (WaivedFinding w : f.waived()) {
        if (!reportHere.test(w.finding())) continue;
        // Waived findings are shown, never hidden, but do not block.
        resp.addDiagnostics(diagnostic(w.finding(), Enforcement.ADVISORY, masker.mask(w.finding().message()
            + " [waived until " + w.waiver().expires() + " by " + w.waiver().owner() + ": " + w.waiver().reason() + "]")));
      }
    }
    return resp.build();
  }

  private String environmentName() {
    return environmentName(configuredEnvironment);
  }

  /**
   * Reads the environment the engine's calls use unless Configure names another, so that the first
   * Analyze does not wait for its files (tens of milliseconds in a cold JVM). One that cannot be
   * read is left to the call that needs it, which reports it.
   */
  static void preloadEnvironment(Function<String, CheckEnvironment> environments, String defaultEnvironment) {
    try {
      environments.apply(environmentName(null, defaultEnvironment));
    } catch (RuntimeException e) {
      // reported by the first call that needs the environment
    }
  }

  private String environmentName(String configured) {
    return environmentName(configured, defaultEnvironment);
  }

  /** The one Configure names, else RAMPART_ENV, else the plugin's default (its -environment flag, or prod). */
  private static String environmentName(String configured, String defaultEnvironment) {
    if (configured != null) return configured;
    String fromEnv = System.getenv("RAMPART_ENV");
    if (fromEnv != null && !fromEnv.isBlank()) return fromEnv;
    return defaultEnvironment;
  }

  private AnalyzeDiagnostic diagnostic(Finding f, Enforcement level, String message) {
    Control c = pack.controls().stream().filter(x -> x.id().equals(f.controlId())).findFirst().orElse(null);
    return AnalyzeDiagnostic.newBuilder()
        .setPolicyName(f.controlId())
        .setPolicyPackName(PACK_NAME)
        .setPolicyPackVersion(version)
        .setDescription(c == null ? f.controlId() : c.title())
        .setMessage(message)
        .setEnforcementLevel(level(level))
        .setUrn(f.urn())
        .setSeverity(severity(f.severity()))
        .build();
  }

  private static String remediation(Finding f) {
    return f.remediation().isEmpty() ? "" : " Remediation: " + f.remediation();
  }

  private static PolicyConfigSchema configSchema() {
    try {
      Struct.Builder props = Struct.newBuilder();
      JsonFormat.parser().merge("{\"environment\":{\"type\":\"string\","
          + "\"description\":\"rampart environment (environments/NAME.yaml) whose allowed regions, enforcement and waivers apply\"},"
          + "\"" + PlatformConfig.PROPERTY + "\":" + PlatformConfig.SCHEMA + "}", props);
      return PolicyConfigSchema.newBuilder().setProperties(props.build()).build();
    } catch (com.google.protobuf.InvalidProtocolBufferException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Enforcement enforcement(String policy, EnforcementLevel level) {
    switch (level) {
      case MANDATORY: return Enforcement.MANDATORY;
      case ADVISORY: return Enforcement.ADVISORY;
      case DISABLED: return Enforcement.DISABLED;
      default:
        return null;
    }
  }

  private static EnforcementLevel level(Enforcement e) {
    switch (e) {
      case MANDATORY: return EnforcementLevel.MANDATORY;
      case DISABLED: return EnforcementLevel.DISABLED;
      default: return EnforcementLevel.ADVISORY;
    }
  }

  private static PolicySeverity severity(Control c) { return severity(c.severity()); }

  private static PolicySeverity severity(eu.rampart.check.Severity s) {
    switch (s) {
      case CRITICAL: return PolicySeverity.POLICY_SEVERITY_CRITICAL;
      case HIGH: return PolicySeverity.POLICY_SEVERITY_HIGH;
      case MEDIUM: return PolicySeverity.POLICY_SEVERITY_MEDIUM;
      default: return PolicySeverity.POLICY_SEVERITY_LOW;
    }
  }

  interface Call<T> { T run(); }

  /** Every call ends in a response or a gRPC status; a bug becomes INTERNAL, never a crash. */
  private static <T> void respond(StreamObserver<T> out, Call<T> call) {
    T value;
    try {
      value = call.run();
    } catch (StatusRuntimeException e) {
      out.onError(e);
      return;
    } catch (RuntimeException | StackOverflowError e) {
      out.onError(Status.INTERNAL.withDescription("rampart analyzer failed: " + e).asRuntimeException());
      return;
    }
    out.onNext(value);
    out.onCompleted();
  }
}
