package eu.rampart.analyzer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Struct;
import com.google.protobuf.util.JsonFormat;
import eu.rampart.plan.read.ResourceState;
import eu.rampart.plan.read.StackSnapshot;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import pulumirpc.AnalyzerOuterClass.AnalyzeRequest;
import pulumirpc.AnalyzerOuterClass.AnalyzerPropertyDependencies;
import pulumirpc.AnalyzerOuterClass.AnalyzerProviderResource;
import pulumirpc.AnalyzerOuterClass.AnalyzerResource;
import pulumirpc.AnalyzerOuterClass.AnalyzerResourceOptions;

/**
 * Builds the requests the Pulumi engine would send for the resources of a snapshot: properties are
 * the resource's state (inputs overlaid with known outputs, Pulumi's encoding kept: secrets stay
 * signature-tagged objects), and each resource carries its provider's type, URN, name and
 * properties, as the engine attaches them.
 */
final class EngineRequests {
  private EngineRequests() {}

  static List<AnalyzerResource> stack(StackSnapshot s) {
    List<AnalyzerResource> out = new ArrayList<>();
    for (ResourceState r : s.resources()) out.add(resource(s, r));
    return out;
  }

  static AnalyzeRequest single(StackSnapshot s, ResourceState r) {
    AnalyzerResource a = resource(s, r);
    AnalyzeRequest.Builder b = AnalyzeRequest.newBuilder().setUrn(a.getUrn()).setType(a.getType()).setName(a.getName())
        .setProperties(a.getProperties()).setOptions(a.getOptions());
    if (a.hasProvider()) b.setProvider(a.getProvider());
    return b.build();
  }

  static AnalyzerResource resource(StackSnapshot s, ResourceState r) {
    AnalyzerResource.Builder b = AnalyzerResource.newBuilder()
        .setUrn(r.urn()).setType(r.type()).setName(r.name())
        .setProperties(struct(state(r)))
        .setOptions(AnalyzerResourceOptions.newBuilder().setProtect(r.protect())
            .setParent(r.parent() == null ? "" : r.parent())
            .addAllAdditionalSecretOutputs(r.additionalSecretOutputs()))
        .setParent(r.parent() == null ? "" : r.parent())
        .addAllDependencies(r.dependencies());
    for (Map.Entry<String, List<String>> e : r.propertyDependencies().entrySet()) {
      b.putPropertyDependencies(e.getKey(), AnalyzerPropertyDependencies.newBuilder().addAllUrns(e.getValue()).build());
    }
    if (r.provider() == null && r.custom() && !r.isProvider()) {
      // Old states (2017) predate provider references; the engine of today attaches the default
      // provider of the resource's package to every custom resource, with no explicit settings.
      String pkg = r.type().substring(0, Math.max(0, r.type().indexOf(':')));
      String prefix = r.urn().substring(0, r.urn().lastIndexOf("::", r.urn().lastIndexOf("::") - 1) + 2);
      b.setProvider(AnalyzerProviderResource.newBuilder().setUrn(prefix + "pulumi:providers:" + pkg + "::default")
          .setType("pulumi:providers:" + pkg).setName("default").setProperties(Struct.getDefaultInstance()).build());
    } else if (r.provider() != null) {
      int cut = r.provider().lastIndexOf("::");
      String providerUrn = cut < 0 ? r.provider() : r.provider().substring(0, cut);
      // A preview leaves out unchanged providers; the engine still knows them and attaches them.
      java.util.Optional<ResourceState> p = s.resource(providerUrn);
      String ptype = providerUrn.substring(providerUrn.lastIndexOf("::", providerUrn.lastIndexOf("::") - 1) + 2, providerUrn.lastIndexOf("::"));
      b.setProvider(AnalyzerProviderResource.newBuilder().setUrn(providerUrn)
          .setType(p.map(ResourceState::type).orElse(ptype))
          .setName(p.map(ResourceState::name).orElse(providerUrn.substring(providerUrn.lastIndexOf("::") + 2)))
          .setProperties(p.map(x -> struct(state(x))).orElse(Struct.getDefaultInstance())).build());
    }
    return b.build();
  }

  private static JsonNode state(ResourceState r) {
    ObjectNode merged = r.inputs() instanceof ObjectNode in ? in.deepCopy() : new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode();
    if (r.outputsKnown() && r.outputs() instanceof ObjectNode outs) {
      for (Iterator<Map.Entry<String, JsonNode>> it = outs.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        // known outputs only (a plan's unknown outputs are what the provider computes at apply)
        if (e.getValue().isTextual() && e.getValue().textValue().equals("04da6b54-80e4-46f7-96ec-b56ff0331ba9")) continue;
        merged.set(e.getKey(), e.getValue());
      }
    }
    merged.remove("__defaults");
    return merged;
  }

  private static Struct struct(JsonNode json) {
    try {
      Struct.Builder b = Struct.newBuilder();
      JsonFormat.parser().merge(json.toString(), b);
      return b.build();
    } catch (InvalidProtocolBufferException e) {
      throw new IllegalArgumentException("cannot encode properties as a protobuf Struct: " + e.getMessage(), e);
    }
  }
}
