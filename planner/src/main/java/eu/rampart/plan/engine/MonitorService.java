package eu.rampart.plan.engine;

import com.google.protobuf.Empty;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import pulumirpc.AliasOuterClass.Alias;
import pulumirpc.Provider.CallResponse;
import pulumirpc.Resource.ReadResourceRequest;
import pulumirpc.Resource.ReadResourceResponse;
import pulumirpc.Resource.RegisterResourceOutputsRequest;
import pulumirpc.Resource.RegisterResourceRequest;
import pulumirpc.Resource.RegisterResourceResponse;
import pulumirpc.Resource.ResourceCallRequest;
import pulumirpc.Resource.ResourceInvokeRequest;
import pulumirpc.Resource.ResourceInvokeResponse;
import pulumirpc.Resource.SupportsFeatureRequest;
import pulumirpc.Resource.SupportsFeatureResponse;
import pulumirpc.ResourceMonitorGrpc;

/**
 * The engine's resource monitor for a preview, as pulumi/pulumi serves it in
 * {@code pkg/resource/deploy/source_eval.go} ({@code resmon.SupportsFeature}, {@code RegisterResource},
 * {@code RegisterResourceOutputs}, {@code ReadResource}, {@code Invoke}, {@code Call}); the step the
 * engine would take for each registration is always a create, answered as a preview answers it
 * ({@link PreviewOutputs}).
 */
final class MonitorService extends ResourceMonitorGrpc.ResourceMonitorImplBase {
  static final String ROOT_STACK_TYPE = "pulumi:pulumi:Stack";
  /** What {@code resmon.SupportsFeature} answers that the planner also implements. */
  private static final Set<String> FEATURES = Set.of("secrets", "resourceReferences", "deletedWith", "aliasSpecs");

  private final EngineState state;
  private final DeclaredOutputs declared;

  MonitorService(EngineState state, DeclaredOutputs declared) {
    this.state = state;
    this.declared = declared;
  }

  @Override
  public void supportsFeature(SupportsFeatureRequest request, StreamObserver<SupportsFeatureResponse> out) {
    out.onNext(SupportsFeatureResponse.newBuilder().setHasSupport(FEATURES.contains(request.getId())).build());
    out.onCompleted();
  }

  @Override
  public void registerResource(RegisterResourceRequest req, StreamObserver<RegisterResourceResponse> out) {
    try {
      out.onNext(register(req));
      out.onCompleted();
    } catch (RuntimeException e) {
      out.onError(Status.INTERNAL.withDescription(state.secrets.mask("the planner could not register "
          + req.getType() + " " + req.getName() + ": " + e)).asRuntimeException());
    }
  }

  private RegisterResourceResponse register(RegisterResourceRequest req) {
    int order = state.sequence.getAndIncrement();
    Set<String> secretTexts = new HashSet<>();
    req.getObject().getFieldsMap().values().forEach(v -> Wire.collectSecretTexts(v, false, secretTexts));
    state.secrets.addAll(secretTexts);

    String urn = urn(req.getParent(), req.getType(), req.getName());
    String type = req.getType();
    PreviewOutputs.Answer answer;
    if (type.startsWith("pulumi:providers:")) {
      answer = PreviewOutputs.provider(type, req.getName(), req.getObject());
      String region = plainString(req.getObject(), "region");
      if (region == null) region = plainString(req.getObject(), "location");
      if (region != null) state.providerRegions.put(urn + "::" + answer.id(), region);
    } else if (req.getCustom() && !req.getRemote()) {
      answer = PreviewOutputs.custom(type, req.getName(), req.getObject(), regionFor(req),
          declared.of(type), req.getAdditionalSecretOutputsList());
    } else {
      // components and the stack: their outputs come with RegisterResourceOutputs
      answer = new PreviewOutputs.Answer("", Struct.getDefaultInstance());
    }

    Map<String, List<String>> propertyDependencies = new LinkedHashMap<>();
    req.getPropertyDependenciesMap().forEach((k, v) -> propertyDependencies.put(k, List.copyOf(v.getUrnsList())));
    Map<String, String> providers = new LinkedHashMap<>(req.getProvidersMap());
    Registration r = new Registration(order, urn, type, req.getName(), req.getCustom(),
        answer.id().isEmpty() ? null : answer.id(), empty(req.getParent()), empty(req.getProvider()), providers,
        List.copyOf(req.getDependenciesList()), propertyDependencies, req.getObject(),
        req.getCustom() ? answer.outputs() : Struct.getDefaultInstance());
    r.options.put("protect", req.getProtect());
    r.options.put("retainOnDelete", req.getRetainOnDelete());
    r.options.put("deleteBeforeReplace", req.getDeleteBeforeReplace());
    r.options.put("ignoreChanges", List.copyOf(req.getIgnoreChangesList()));
    r.options.put("additionalSecretOutputs", List.copyOf(req.getAdditionalSecretOutputsList()));
    r.options.put("aliases", aliases(req));
    if (req.getReplaceOnChangesCount() > 0) r.options.put("replaceOnChanges", List.copyOf(req.getReplaceOnChangesList()));
    if (!req.getDeletedWith().isEmpty()) r.options.put("deletedWith", req.getDeletedWith());
    if (!req.getImportId().isEmpty()) r.options.put("importId", req.getImportId());
    if (!req.getVersion().isEmpty()) r.options.put("version", req.getVersion());
    if (req.getRemote()) r.options.put("remote", true);
    state.add(r);

    RegisterResourceResponse.Builder resp = RegisterResourceResponse.newBuilder()
        .setUrn(urn).setId(answer.id()).setObject(answer.outputs());
    req.getPropertyDependenciesMap().forEach((k, v) -> resp.putPropertyDependencies(k,
        RegisterResourceResponse.PropertyDependencies.newBuilder().addAllUrns(v.getUrnsList()).build()));
    return resp.build();
  }

  /**
   * The URN the engine gives ({@code resource.NewURN} in {@code sdk/go/common/resource/urn.go},
   * called from {@code resmon.RegisterResource}): the parent's qualified type, unless the parent
   * is the root stack, joined to the type with {@code $}.
   */
  String urn(String parent, String type, String name) {
    String parentType = "";
    if (!parent.isEmpty()) {
      String qualified = qualifiedType(parent);
      if (!qualified.equals(ROOT_STACK_TYPE)) parentType = qualified;
    }
    return "urn:pulumi:" + state.stack + "::" + state.project + "::" + (parentType.isEmpty() ? "" : parentType + "$")
        + type + "::" + name;
  }

  static String qualifiedType(String urn) {
    String[] parts = urn.split("::", 4);
    return parts.length >= 3 ? parts[2] : "";
  }

  private String regionFor(RegisterResourceRequest req) {
    String own = plainString(req.getObject(), "region");
    if (own == null) own = plainString(req.getObject(), "location");
    if (own != null) return own;
    String viaProvider = state.providerRegions.get(req.getProvider());
    if (viaProvider != null) return viaProvider;
    return defaultRegion(req.getType());
  }

  String defaultRegion(String type) {
    String pkg = type.split(":")[0];
    String key = switch (pkg) {
      case "aws" -> "aws:region";
      case "aws-native" -> "aws-native:region";
      case "azure-native" -> "azure-native:location";
      default -> pkg + ":region";
    };
    String v = state.config.get(key);
    if (v == null && pkg.equals("aws-native")) v = state.config.get("aws:region");
    // a secret or undecryptable region is not something to build ARNs from
    return v == null || state.secretKeys.contains(key) || v.equals(Wire.UNKNOWN) ? "unknown-region" : v;
  }

  private static String plainString(Struct s, String key) {
    Value v = s.getFieldsMap().get(key);
    if (v == null || Wire.isSecret(v)) return null;
    Object p = PreviewOutputs.plain(v);
    // a value marked unknown (a placeholder answer of a plain invoke) is no region
    return p instanceof String str && !str.isEmpty() && !Wire.marksUnknown(str) ? str : null;
  }

  private static List<Object> aliases(RegisterResourceRequest req) {
    List<Object> out = new ArrayList<>(req.getAliasURNsList());
    for (Alias a : req.getAliasesList()) {
      if (a.getAliasCase() == Alias.AliasCase.URN) {
        out.add(a.getUrn());
        continue;
      }
      Alias.Spec s = a.getSpec();
      Map<String, Object> m = new LinkedHashMap<>();
      if (!s.getName().isEmpty()) m.put("name", s.getName());
      if (!s.getType().isEmpty()) m.put("type", s.getType());
      if (!s.getStack().isEmpty()) m.put("stack", s.getStack());
      if (!s.getProject().isEmpty()) m.put("project", s.getProject());
      if (!s.getParentUrn().isEmpty()) m.put("parentUrn", s.getParentUrn());
      if (s.getNoParent()) m.put("noParent", true);
      out.add(m);
    }
    return out;
  }

  @Override
  public void registerResourceOutputs(RegisterResourceOutputsRequest req, StreamObserver<Empty> out) {
    Set<String> secretTexts = new HashSet<>();
    req.getOutputs().getFieldsMap().values().forEach(v -> Wire.collectSecretTexts(v, false, secretTexts));
    state.secrets.addAll(secretTexts);
    Registration r = state.byUrn.get(req.getUrn());
    if (r != null) {
      synchronized (r.registeredOutputs) {
        r.registeredOutputs.putAll(req.getOutputs().getFieldsMap());
      }
    }
    out.onNext(Empty.getDefaultInstance());
    out.onCompleted();
  }

  /**
   * {@code Resource.get(...)}: a read of an existing resource. A preview asks the provider; the
   * planner knows nothing about resources outside the program, so its state is what the program
   * gave, and it is not part of the plan (the program does not create it).
   */
  @Override
  public void readResource(ReadResourceRequest req, StreamObserver<ReadResourceResponse> out) {
    Struct.Builder props = Struct.newBuilder().putAllFields(req.getProperties().getFieldsMap());
    for (String name : declared.of(req.getType()).keySet()) {
      if (!props.containsFields(name)) props.putFields(name, Wire.UNKNOWN_VALUE);
    }
    out.onNext(ReadResourceResponse.newBuilder().setUrn(urn(req.getParent(), req.getType(), req.getName()))
        .setProperties(props).build());
    out.onCompleted();
  }

  @Override
  public void invoke(ResourceInvokeRequest req, StreamObserver<ResourceInvokeResponse> out) {
    String region = state.providerRegions.getOrDefault(req.getProvider(), defaultRegion("aws:"));
    Struct answer = Invokes.answer(req.getTok(), req.getArgs(), region);
    ResourceInvokeResponse.Builder resp = ResourceInvokeResponse.newBuilder();
    if (answer == null) {
      // not knowable before apply. The output form gets an unknown, as a preview shows it (the SDK
      // makes the whole result unknown); the plain form would turn that into null and crash the
      // program, so it gets a result of the function's shape whose strings are marked unknown
      java.util.Optional<Class<?>> resultType = InvokeForm.isPlain() ? declared.invokeResult(req.getTok()) : java.util.Optional.empty();
      resp.setReturn(resultType.map(PlaceholderResults::of).orElseGet(() -> Invokes.unknownFields("id")));
    } else {
      resp.setReturn(answer);
    }
    out.onNext(resp.build());
    out.onCompleted();
  }

  @Override
  public void call(ResourceCallRequest req, StreamObserver<CallResponse> out) {
    // a method of a component provider: its result is the provider's, unknown before apply
    out.onNext(CallResponse.newBuilder().setReturn(Invokes.unknownFields("result")).build());
    out.onCompleted();
  }

  @Override
  public void signalAndWaitForShutdown(Empty request, StreamObserver<Empty> out) {
    out.onNext(Empty.getDefaultInstance());
    out.onCompleted();
  }

  private static String empty(String s) {
    return s == null || s.isEmpty() ? null : s;
  }
}
