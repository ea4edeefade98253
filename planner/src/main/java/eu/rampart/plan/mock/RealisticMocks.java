package eu.rampart.plan.mock;

import eu.rampart.plan.engine.AwsIdentity;
import eu.rampart.plan.engine.AzureIdentity;
import eu.rampart.plan.engine.MockIds;
import com.pulumi.test.Mocks;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Answers registrations like a cloud would: inputs echoed back as outputs, plus realistic ids and
 * ARNs, so that values passed between resources ({@code key.arn()}, {@code rg.name()}) look like
 * the real thing and policies can reason about them. Deterministic: the same program gives the
 * same plan.
 */
final class RealisticMocks implements Mocks {
  private final Map<String, String> stackConfig;
  /** provider id → region/location, learnt when the provider registers. */
  private final Map<String, String> providerRegions = new ConcurrentHashMap<>();

  RealisticMocks(Map<String, String> stackConfig) {
    this.stackConfig = Map.copyOf(stackConfig);
  }

  @Override
  public CompletableFuture<ResourceResult> newResourceAsync(ResourceArgs args) {
    Map<String, Object> state = new LinkedHashMap<>();
    args.inputs.forEach((k, v) -> {
      Object plain = PlainValues.plain(v);
      if (plain != null) state.put(k, plain);
    });
    String id;
    if (args.type.startsWith("pulumi:providers:")) {
      id = MockIds.uuid("provider", args.type, args.name);
      Object region = args.inputs.getOrDefault("region", args.inputs.get("location"));
      if (region instanceof String s) providerRegions.put(id, s);
    } else if (args.type.startsWith("aws:")) {
      id = AwsIdentity.complete(args.type, args.name, state, regionOf(args, "aws:region"));
    } else if (args.type.startsWith("azure-native:")) {
      id = AzureIdentity.complete(args.type, args.name, state);
    } else {
      id = args.name + "-" + MockIds.shortHash(args.type, args.name);
      state.putIfAbsent("id", id);
    }
    return CompletableFuture.completedFuture(ResourceResult.of(Optional.of(id), state));
  }

  @Override
  public CompletableFuture<Map<String, Object>> callAsync(CallArgs args) {
    Map<String, Object> result = new LinkedHashMap<>();
    String region = providerRegion(args.provider).orElse(stackConfig.getOrDefault("aws:region", "eu-central-1"));
    switch (args.token) {
      case "aws:index/getCallerIdentity:getCallerIdentity" -> {
        result.put("accountId", AwsIdentity.ACCOUNT);
        result.put("arn", "arn:aws:iam::" + AwsIdentity.ACCOUNT + ":user/rampart-planner");
        result.put("userId", "AIDAMOCKRAMPARTPLANNER");
        result.put("id", AwsIdentity.ACCOUNT);
      }
      case "aws:index/getRegion:getRegion" -> {
        result.put("name", region);
        result.put("id", region);
      }
      case "aws:index/getAvailabilityZones:getAvailabilityZones" -> {
        result.put("names", List.of(region + "a", region + "b", region + "c"));
        result.put("zoneIds", List.of("euc1-az1", "euc1-az2", "euc1-az3"));
        result.put("id", region);
      }
      case "azure-native:authorization:getClientConfig" -> {
        result.put("subscriptionId", AzureIdentity.SUBSCRIPTION);
        result.put("tenantId", "00000000-0000-0000-0000-00000000beef");
        result.put("clientId", "00000000-0000-0000-0000-00000000c1e7");
        result.put("objectId", "00000000-0000-0000-0000-0000000000b1");
      }
      default -> args.args.forEach((k, v) -> {
        Object plain = PlainValues.plain(v);
        if (plain != null) result.put(k, plain);
      });
    }
    return CompletableFuture.completedFuture(result);
  }

  private String regionOf(ResourceArgs args, String configKey) {
    Object own = args.inputs.get("region");
    if (own instanceof String s && !s.isEmpty()) return s;
    return providerRegion(args.provider).orElse(stackConfig.getOrDefault(configKey, "eu-central-1"));
  }

  private Optional<String> providerRegion(String providerRef) {
    if (providerRef == null || providerRef.isEmpty()) return Optional.empty();
    int at = providerRef.lastIndexOf("::");
    String id = at < 0 ? providerRef : providerRef.substring(at + 2);
    return Optional.ofNullable(providerRegions.get(id));
  }
}
