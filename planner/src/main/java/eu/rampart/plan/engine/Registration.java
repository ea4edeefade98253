package eu.rampart.plan.engine;

import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One registration as the engine received it, with the answer it gave (plan form: secrets withheld). */
final class Registration {
  final int order;
  final String urn;
  final String type;
  final String name;
  final boolean custom;
  final String id;
  final String parent;
  final String provider;
  final Map<String, String> providers;
  final List<String> dependencies;
  final Map<String, List<String>> propertyDependencies;
  final Struct inputs;
  final Struct outputs;
  /** What RegisterResourceOutputs added (components and the stack). */
  final Map<String, Value> registeredOutputs = new LinkedHashMap<>();
  final Map<String, Object> options = new LinkedHashMap<>();

  Registration(int order, String urn, String type, String name, boolean custom, String id, String parent, String provider,
               Map<String, String> providers, List<String> dependencies, Map<String, List<String>> propertyDependencies,
               Struct inputs, Struct outputs) {
    this.order = order;
    this.urn = urn;
    this.type = type;
    this.name = name;
    this.custom = custom;
    this.id = id;
    this.parent = parent;
    this.provider = provider;
    this.providers = providers;
    this.dependencies = dependencies;
    this.propertyDependencies = propertyDependencies;
    this.inputs = inputs;
    this.outputs = outputs;
  }

  /** The document entry (docs/plan-format.md); regions are added by the parent from core's resolver. */
  Map<String, Object> toPlan(SecretTexts secrets) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("urn", urn);
    m.put("type", type);
    m.put("name", name);
    m.put("custom", custom);
    m.put("id", Wire.marksUnknown(id) ? Wire.UNKNOWN : id); // made from a value marked unknown
    m.put("parent", parent);
    m.put("provider", provider);
    if (!providers.isEmpty()) m.put("providers", providers);
    m.put("dependencies", dependencies);
    m.put("propertyDependencies", propertyDependencies);
    m.put("inputs", PlanValues.of(inputs, secrets));
    Struct.Builder all = outputs.toBuilder();
    synchronized (registeredOutputs) {
      all.putAllFields(registeredOutputs);
    }
    m.put("outputs", PlanValues.of(all.build(), secrets));
    m.putAll(options);
    return m;
  }
}
