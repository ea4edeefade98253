package eu.rampart.plan.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.util.List;
import java.util.Map;

/**
 * One resource as a source file records it, before normalisation. {@code inputs}/{@code outputs}
 * keep Pulumi's own encoding (secret/unknown markers, assets, resource references) so that both the
 * normaliser and the secret masker can work from the same data.
 *
 * @param provider provider reference {@code <provider urn>::<provider id>}, or null
 * @param op the change the source says will happen (create, update, replace, delete, same), or null
 *     when the source is a state (export, checkpoint)
 * @param old the previous state when the source knows it (preview, events), else null
 * @param declaredRegion region resolved by the writer (rampart plans), else null
 * @param outputsKnown false when the source has no outputs for this resource (preview creates)
 * @param replaceReasons properties whose change forces a replacement, when a preview or event stream says
 */
public record ResourceState(
    String urn,
    String type,
    String name,
    boolean custom,
    String id,
    String parent,
    String provider,
    List<String> dependencies,
    JsonNode inputs,
    JsonNode outputs,
    boolean outputsKnown,
    List<String> additionalSecretOutputs,
    boolean protect,
    boolean retainOnDelete,
    String op,
    ResourceState old,
    String declaredRegion,
    String declaredRegionSource,
    Map<String, List<String>> propertyDependencies,
    List<String> replaceReasons) {

  /** A resource without replace reasons (states, rampart plans, analyzer calls). */
  public ResourceState(String urn, String type, String name, boolean custom, String id, String parent, String provider,
      List<String> dependencies, JsonNode inputs, JsonNode outputs, boolean outputsKnown, List<String> additionalSecretOutputs,
      boolean protect, boolean retainOnDelete, String op, ResourceState old, String declaredRegion, String declaredRegionSource,
      Map<String, List<String>> propertyDependencies) {
    this(urn, type, name, custom, id, parent, provider, dependencies, inputs, outputs, outputsKnown, additionalSecretOutputs,
        protect, retainOnDelete, op, old, declaredRegion, declaredRegionSource, propertyDependencies, List.of());
  }

  public ResourceState {
    replaceReasons = replaceReasons == null ? List.of() : List.copyOf(replaceReasons);
    dependencies = dependencies == null ? List.of() : List.copyOf(dependencies);
    additionalSecretOutputs = additionalSecretOutputs == null ? List.of() : List.copyOf(additionalSecretOutputs);
    inputs = inputs == null ? NullNode.getInstance() : inputs;
    outputs = outputs == null ? NullNode.getInstance() : outputs;
    propertyDependencies = propertyDependencies == null ? Map.of() : Map.copyOf(propertyDependencies);
  }

  public boolean isProvider() { return type.startsWith("pulumi:providers:"); }

  public ResourceState withOp(String newOp, ResourceState newOld) {
    return new ResourceState(urn, type, name, custom, id, parent, provider, dependencies, inputs, outputs,
        outputsKnown, additionalSecretOutputs, protect, retainOnDelete, newOp, newOld, declaredRegion,
        declaredRegionSource, propertyDependencies, replaceReasons);
  }

  public ResourceState withReplaceReasons(List<String> reasons) {
    return new ResourceState(urn, type, name, custom, id, parent, provider, dependencies, inputs, outputs,
        outputsKnown, additionalSecretOutputs, protect, retainOnDelete, op, old, declaredRegion,
        declaredRegionSource, propertyDependencies, reasons);
  }
}
