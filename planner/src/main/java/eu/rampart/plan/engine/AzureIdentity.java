package eu.rampart.plan.engine;

import java.util.Map;

/** Azure resource ids ({@code /subscriptions/.../resourceGroups/<rg>/providers/<type>/<name>}). */
public final class AzureIdentity {
  public static final String SUBSCRIPTION = "00000000-0000-0000-0000-000000000000";

  /** Resource provider namespaces whose casing is not just a capital first letter. */
  private static final Map<String, String> NAMESPACES = Map.ofEntries(
      Map.entry("keyvault", "Microsoft.KeyVault"), Map.entry("operationalinsights", "Microsoft.OperationalInsights"),
      Map.entry("recoveryservices", "Microsoft.RecoveryServices"), Map.entry("dataprotection", "Microsoft.DataProtection"),
      Map.entry("documentdb", "Microsoft.DocumentDB"), Map.entry("dbforpostgresql", "Microsoft.DBforPostgreSQL"),
      Map.entry("managedidentity", "Microsoft.ManagedIdentity"), Map.entry("operationsmanagement", "Microsoft.OperationsManagement"),
      Map.entry("insights", "Microsoft.Insights"), Map.entry("sql", "Microsoft.Sql"),
      Map.entry("authorization", "Microsoft.Authorization"), Map.entry("security", "Microsoft.Security"));

  private AzureIdentity() {}

  public static String complete(String type, String pulumiName, Map<String, Object> state) {
    String[] parts = type.split(":");
    String module = parts.length > 1 ? parts[1].split("/")[0] : "";
    String kind = parts[parts.length - 1];
    String lowerKind = Character.toLowerCase(kind.charAt(0)) + kind.substring(1);
    String name = pulumiName + MockIds.shortHash(type, pulumiName);
    // the name input is usually <kind>Name, but some resources use a shorter one (accountName, vaultName...)
    for (String key : new String[] {"name", "workspaceName", "serverName", "vaultName", "accountName", lowerKind + "Name"}) {
      name = str(state, key, name);
    }
    String id;
    if (type.equals("azure-native:resources:ResourceGroup")) {
      name = str(state, "resourceGroupName", name);
      id = "/subscriptions/" + SUBSCRIPTION + "/resourceGroups/" + name;
    } else {
      String rg = str(state, "resourceGroupName", "rg-unknown");
      String namespace = namespace(module);
      id = "/subscriptions/" + SUBSCRIPTION + "/resourceGroups/" + rg + "/providers/" + namespace + "/"
          + plural(lowerKind) + "/" + name;
    }
    state.put("id", id);
    identityAsAzureReturnsIt(state);
    state.putIfAbsent("name", name);
    state.putIfAbsent("type", namespace(module) + "/" + plural(lowerKind));
    return id;
  }

  /**
   * A managed identity is given as a list of user-assigned identity ids but returned by Azure as a
   * map from id to the identity's principal and client ids; the SDK refuses to deserialise the
   * echoed list into the output type, so the mock answers as Azure does.
   */
  @SuppressWarnings("unchecked")
  private static void identityAsAzureReturnsIt(Map<String, Object> state) {
    if (!(state.get("identity") instanceof Map<?, ?> identity)) return;
    Map<String, Object> out = new java.util.LinkedHashMap<>((Map<String, Object>) identity);
    if (out.get("userAssignedIdentities") instanceof java.util.List<?> ids) {
      Map<String, Object> byId = new java.util.LinkedHashMap<>();
      for (Object uai : ids) {
        String key = String.valueOf(uai);
        byId.put(key, Map.of(
            "principalId", MockIds.uuid("principal", key, ""),
            "clientId", MockIds.uuid("client", key, "")));
      }
      out.put("userAssignedIdentities", byId);
    }
    state.put("identity", out);
  }

  private static String namespace(String module) {
    return NAMESPACES.getOrDefault(module, "Microsoft." + Character.toUpperCase(module.charAt(0)) + module.substring(1));
  }

  private static String plural(String s) {
    if (s.endsWith("y") && !s.endsWith("ey")) return s.substring(0, s.length() - 1) + "ies";
    if (s.endsWith("s")) return s + "es";
    return s + "s";
  }

  private static String str(Map<String, Object> state, String key, String fallback) {
    Object v = state.get(key);
    return v instanceof String s && !s.isEmpty() ? s : fallback;
  }
}
