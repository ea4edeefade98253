package eu.rampart.analyzer;

import com.google.protobuf.Struct;
import eu.rampart.check.CheckEnvironment;
import eu.rampart.check.CheckInputException;
import eu.rampart.check.PlatformScope;
import eu.rampart.rego.value.Json;
import eu.rampart.rego.value.ObjectValue;
import io.grpc.Status;
import java.util.Map;
import java.util.Set;
import pulumirpc.AnalyzerOuterClass.PolicyConfig;

/**
 * The scope model given in the policy pack config ({@code --policy-pack-config}): a {@code platform}
 * property {@code {"stacks": [...], "provides": [...]}} on any policy, as the {@code environment}
 * property is. It replaces the environment file's {@code platform} for the stacks this plugin
 * judges, and {@link PlatformScope} (the checker's one implementation) credits the presence controls,
 * so AnalyzeStack on a workload stack gives the verdicts {@code rampart check --env E} gives.
 *
 * <p>Pulumi's engine hands every policy its own properties (pulumi/pulumi
 * pkg/resource/analyzer ReconcilePolicyPackConfig fills schema defaults per policy, then the
 * file's values), so the same property may arrive on several policies: they must agree.
 */
final class PlatformConfig {
  static final String PROPERTY = "platform";

  /** The JSON schema of the property, for GetAnalyzerInfo's config schema. */
  static final String SCHEMA = "{\"type\":\"object\",\"description\":\"scope model: the platform (landing-zone) stacks by"
      + " Pulumi project name and the presence controls they provide for workload stacks (docs/environments.md)\","
      + "\"properties\":{\"stacks\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}},"
      + "\"provides\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}}},\"required\":[\"stacks\",\"provides\"]}";

  private PlatformConfig() {}

  /**
   * The {@code platform} property of the config, or null when no policy sets it; INVALID_ARGUMENT
   * when policies disagree or the value is not a valid scope model for this pack.
   */
  static ObjectValue parse(Map<String, PolicyConfig> config, CheckEnvironment environment, Set<String> controlIds) {
    Struct found = null;
    String from = null;
    for (Map.Entry<String, PolicyConfig> e : new java.util.TreeMap<>(config).entrySet()) {
      if (!e.getValue().hasProperties()) continue;
      com.google.protobuf.Value v = e.getValue().getProperties().getFieldsMap().get(PROPERTY);
      if (v == null || v.hasNullValue()) continue;
      if (!v.hasStructValue()) {
        throw invalid("policy config " + e.getKey() + "." + PROPERTY + ": expected an object with stacks and provides");
      }
      if (found != null && !found.equals(v.getStructValue())) {
        throw invalid("policy config " + PROPERTY + " differs between " + from + " and " + e.getKey() + ": give it once");
      }
      found = v.getStructValue();
      from = e.getKey();
    }
    if (found == null) return null;
    ObjectValue platform = (ObjectValue) Json.parse(ProtoJson.toJson(found, "policy config " + from + "." + PROPERTY).toString());
    try {
      PlatformScope.validate(environment.withPlatform(platform), controlIds);
    } catch (CheckInputException e) {
      throw invalid("policy config " + from + "." + PROPERTY + ": " + e.getMessage());
    }
    return platform;
  }

  private static RuntimeException invalid(String message) {
    return Status.INVALID_ARGUMENT.withDescription(message).asRuntimeException();
  }
}
