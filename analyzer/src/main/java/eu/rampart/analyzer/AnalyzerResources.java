package eu.rampart.analyzer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.rampart.plan.read.InputFormat;
import eu.rampart.plan.read.ResourceState;
import eu.rampart.plan.read.StackSnapshot;
import eu.rampart.plan.read.Urns;
import io.grpc.Status;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import pulumirpc.AnalyzerOuterClass.AnalyzerProviderResource;
import pulumirpc.AnalyzerOuterClass.AnalyzerPropertyDependencies;
import pulumirpc.AnalyzerOuterClass.AnalyzerResource;
import pulumirpc.AnalyzerOuterClass.AnalyzeRequest;

/**
 * Turns what the engine sends into the same {@link StackSnapshot} the file readers produce, so the
 * normaliser, region resolution and the pack see an analyzer call exactly as they see a state file.
 * The engine sends a resource's provider as a separate object (not a state entry): it becomes a
 * provider resource of the snapshot, which is how regions resolve through explicit providers.
 */
final class AnalyzerResources {
  private AnalyzerResources() {}

  static StackSnapshot single(AnalyzeRequest req, StackInfo stack) {
    List<ResourceState> resources = new ArrayList<>();
    Map<String, Boolean> providers = new LinkedHashMap<>();
    ResourceState r = resource(req.getUrn(), req.getType(), req.getName(), req.hasProperties() ? ProtoJson.toJson(req.getProperties(), req.getUrn()) : null,
        req.hasOptions() ? req.getOptions().getParent() : "", List.of(), Map.of(),
        req.hasOptions() && req.getOptions().getProtect(),
        req.hasOptions() ? req.getOptions().getAdditionalSecretOutputsList() : List.of(),
        req.hasProvider() ? req.getProvider() : null, resources, providers);
    resources.add(r);
    return snapshot(stack, resources);
  }

  static StackSnapshot stack(List<AnalyzerResource> all, StackInfo stack) {
    List<ResourceState> resources = new ArrayList<>();
    Map<String, Boolean> providers = new LinkedHashMap<>();
    java.util.Set<String> urns = new java.util.HashSet<>();
    for (AnalyzerResource a : all) {
      // the engine's snapshot holds each URN once (it is the resource's key); two entries for one
      // URN could describe it twice, differently, and only one would be judged
      if (!a.getUrn().isEmpty() && !urns.add(a.getUrn())) {
        throw Status.INVALID_ARGUMENT.withDescription("the stack lists urn " + shown(a.getUrn()) + " more than once").asRuntimeException();
      }
      if (a.getType().startsWith("pulumi:providers:")) providers.put(a.getUrn(), true);
    }
    for (AnalyzerResource a : all) {
      Map<String, List<String>> propDeps = new LinkedHashMap<>();
      for (Map.Entry<String, AnalyzerPropertyDependencies> e : a.getPropertyDependenciesMap().entrySet()) {
        propDeps.put(e.getKey(), List.copyOf(e.getValue().getUrnsList()));
      }
      String parent = !a.getParent().isEmpty() ? a.getParent() : a.hasOptions() ? a.getOptions().getParent() : "";
      resources.add(resource(a.getUrn(), a.getType(), a.getName(), a.hasProperties() ? ProtoJson.toJson(a.getProperties(), a.getUrn()) : null,
          parent, a.getDependenciesList(), propDeps, a.hasOptions() && a.getOptions().getProtect(),
          a.hasOptions() ? a.getOptions().getAdditionalSecretOutputsList() : List.of(),
          a.hasProvider() ? a.getProvider() : null, resources, providers));
    }
    return snapshot(stack, resources);
  }

  private static ResourceState resource(String urn, String type, String name, JsonNode props, String parent,
                                        List<String> deps, Map<String, List<String>> propDeps, boolean protect,
                                        List<String> secretOutputs, AnalyzerProviderResource provider,
                                        List<ResourceState> out, Map<String, Boolean> providersSeen) {
    if (urn.isEmpty() || type.isEmpty()) {
      throw Status.INVALID_ARGUMENT.withDescription("resource without urn or type (urn='" + urn + "', type='" + type + "')")
          .asRuntimeException();
    }
    checkIdentity(urn, type, "resource");
    if (provider != null) {
      if (provider.getUrn().isEmpty()) {
        throw Status.INVALID_ARGUMENT.withDescription("the provider of " + shown(urn) + " has no urn").asRuntimeException();
      }
      checkIdentity(provider.getUrn(), provider.getType(), "the provider of " + shown(urn) + ",");
      if (!provider.getType().startsWith("pulumi:providers:")) {
        throw Status.INVALID_ARGUMENT.withDescription("the provider of " + shown(urn) + " is of type '" + shown(provider.getType())
            + "', not a provider (pulumi:providers:<package>)").asRuntimeException();
      }
    }
    String providerRef = null;
    if (provider != null && !provider.getUrn().isEmpty()) {
      // The engine gives the provider's URN, not its id; the reference only has to match the
      // provider resource added here, which is keyed by URN.
      providerRef = provider.getUrn() + "::analyzer";
      if (providersSeen.putIfAbsent(provider.getUrn(), true) == null) {
        JsonNode pprops = provider.hasProperties() ? ProtoJson.toJson(provider.getProperties(), provider.getUrn()) : JsonNodeFactory.instance.objectNode();
        out.add(new ResourceState(provider.getUrn(), provider.getType(), provider.getName(), true, "analyzer", null, null,
            List.of(), pprops, null, false, List.of(), false, false, null, null, null, null, Map.of()));
      }
    }
    // The protocol does not say whether a resource is custom; the engine attaches a provider to
    // every custom resource and none to components, so that is the test.
    boolean custom = providerRef != null || type.startsWith("pulumi:providers:");
    return new ResourceState(urn, type, name.isEmpty() ? lastSegment(urn) : name, custom,
        null, parent.isEmpty() ? null : parent, providerRef, deps, props == null ? JsonNodeFactory.instance.objectNode() : props,
        null, false, secretOutputs, protect, false, null, null, null, null, propDeps);
  }

  /**
   * A URN the engine could have made (urn:pulumi:stack::project::type::name), whose type is the
   * request's type: Pulumi derives a resource's type from its URN (resource.URN.Type), so a
   * request where they differ was not made by the engine, and judging it by either could pass what
   * the other describes (the file readers refuse the same, see Urns.checkedType).
   */
  private static void checkIdentity(String urn, String type, String what) {
    if (!Urns.looksLikeUrn(urn)) {
      throw Status.INVALID_ARGUMENT.withDescription(what + " urn '" + shown(urn)
          + "' is not a Pulumi URN (urn:pulumi:<stack>::<project>::<type>::<name>)").asRuntimeException();
    }
    if (type.isEmpty()) {
      throw Status.INVALID_ARGUMENT.withDescription(what + " " + shown(urn) + " has no type").asRuntimeException();
    }
    if (!type.equals(Urns.type(urn))) {
      throw Status.INVALID_ARGUMENT.withDescription(what + " type '" + shown(type) + "' contradicts the type in its urn "
          + shown(urn) + " ('" + shown(Urns.type(urn)) + "')").asRuntimeException();
    }
  }

  /** Request text in a one-line message: bounded, without line breaks. */
  private static String shown(String s) {
    String one = s.replace('\n', ' ').replace('\r', ' ');
    return one.length() <= 200 ? one : one.substring(0, 90) + "..." + one.substring(one.length() - 90);
  }

  private static StackSnapshot snapshot(StackInfo stack, List<ResourceState> resources) {
    // A state-like snapshot (no ops): the analyzer sees the resource as it will be.
    return new StackSnapshot(null, InputFormat.EXPORT, stack.project(), stack.stack(), stack.environment(),
        stack.config(), resources, null);
  }

  private static String lastSegment(String urn) {
    int i = urn.lastIndexOf("::");
    return i < 0 ? urn : urn.substring(i + 2);
  }

  /** Marks the input as coming from the analyzer, as docs/policy-input.md promises. */
  static void markSource(ObjectNode input) {
    JsonNode stack = input.get("stack");
    if (stack instanceof ObjectNode s) s.put("source", "analyzer");
  }
}
