package eu.rampart.stacks.azure;

import com.pulumi.test.Mocks;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Answers like Azure would: inputs echoed as outputs plus an ARM resource id, so that ids passed
 * between resources (a subnet's NSG, a flow log's target) can be matched in assertions.
 */
final class AzureMocks implements Mocks {
  static final String SUBSCRIPTION = "11111111-2222-3333-4444-555555555555";
  static final String TENANT = "66666666-7777-8888-9999-000000000000";

  @Override
  public CompletableFuture<ResourceResult> newResourceAsync(ResourceArgs args) {
    Map<String, Object> state = new LinkedHashMap<>(args.inputs);
    // ARM takes user-assigned identities as a list of ids but answers with a map keyed by id
    if (state.get("identity") instanceof Map<?, ?> identity && identity.get("userAssignedIdentities") instanceof List<?> ids) {
      Map<String, Object> answered = new LinkedHashMap<>();
      identity.forEach((k, v) -> answered.put(String.valueOf(k), v));
      Map<String, Object> byId = new LinkedHashMap<>();
      ids.forEach(id -> byId.put(String.valueOf(id), Map.of("principalId", "principal", "clientId", "client")));
      answered.put("userAssignedIdentities", byId);
      state.put("identity", answered);
    }
    String id;
    if (args.type.startsWith("pulumi:providers:")) {
      id = "provider-" + args.name;
    } else {
      String[] parts = args.type.split(":");
      String module = parts[1];
      String kind = parts[2];
      String name = firstString(state, Character.toLowerCase(kind.charAt(0)) + kind.substring(1) + "Name", "name")
          .orElse(args.name);
      if (args.type.equals("azure-native:resources:ResourceGroup")) {
        name = firstString(state, "resourceGroupName").orElse(args.name);
        id = "/subscriptions/" + SUBSCRIPTION + "/resourceGroups/" + name;
      } else {
        String rg = firstString(state, "resourceGroupName").orElse("none");
        id = "/subscriptions/" + SUBSCRIPTION + "/resourceGroups/" + rg + "/providers/Microsoft." + module + "/"
            + kind + "/" + name;
      }
      state.put("name", name);
      if (args.type.equals("azure-native:managedidentity:UserAssignedIdentity")) {
        state.put("principalId", "principal-" + args.name);
      }
    }
    return CompletableFuture.completedFuture(ResourceResult.of(Optional.of(id), state));
  }

  @Override
  public CompletableFuture<Map<String, Object>> callAsync(CallArgs args) {
    if (args.token.equals("azure-native:authorization:getClientConfig")) {
      return CompletableFuture.completedFuture(Map.of("tenantId", TENANT, "subscriptionId", SUBSCRIPTION,
          "clientId", "client", "objectId", "object"));
    }
    return CompletableFuture.failedFuture(new UnsupportedOperationException("no mock for invoke " + args.token));
  }

  private static Optional<String> firstString(Map<String, Object> state, String... keys) {
    for (String k : keys) {
      if (k != null && state.get(k) instanceof String s && !s.isEmpty()) return Optional.of(s);
    }
    return Optional.empty();
  }
}
