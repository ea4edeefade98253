package eu.rampart.policies;

import static eu.rampart.policies.InputEdits.NODES;
import static eu.rampart.policies.InputEdits.props;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.rampart.policies.MutationTest.Case;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One mutation per control of the Azure landing zone's prod plan. */
final class AzureMutations {
  private static final String STORAGE = "azure-native:storage:StorageAccount";
  private static final String NSG = "azure-native:network:NetworkSecurityGroup";
  private static final String RSV = "azure-native:recoveryservices:Vault";

  private AzureMutations() {}

  static Case of(String control, String description, MutationTest.Mutation m) {
    return new Case(control, "azure", description, m);
  }

  static List<Case> cases() {
    return List.of(
        of("RES-1", "move the virtual network to eastus", e -> e.first("azure-native:network:VirtualNetwork").put("region", "eastus")),
        of("RES-2", "move a geo-redundant storage account to germanywestcentral (pair germanynorth)", e -> {
          ObjectNode sa = e.first(STORAGE, r -> props(r).path("sku").path("name").asText().contains("GRS")
              || props(r).path("sku").path("name").asText().contains("GZRS"), "geo-redundant");
          sa.put("region", "germanywestcentral");
          props(sa).put("location", "germanywestcentral");
        }),
        of("RES-3", "make every storage account zone- instead of geo-redundant", e -> {
          for (ObjectNode sa : e.ofType(STORAGE)) props(sa).withObject("sku").put("name", "Standard_ZRS");
        }),
        of("ENC-1", "use Microsoft-managed keys for a storage account", e ->
            props(e.first(STORAGE)).withObject("encryption").put("keySource", "Microsoft.Storage")),
        of("ENC-2", "turn off purge protection of the key vault", e ->
            props(e.first("azure-native:keyvault:Vault")).withObject("properties").put("enablePurgeProtection", false)),
        of("ENC-3", "accept TLS 1.0 on a storage account", e -> props(e.first(STORAGE)).put("minimumTlsVersion", "TLS1_0")),
        of("NET-1", "route a data subnet to the internet", e -> {
          ObjectNode subnet = e.first("azure-native:network:Subnet",
              r -> props(r).path("subnetName").asText(r.path("name").asText()).contains("data"), "data tier");
          Map<String, Object> p = new HashMap<>();
          p.put("routeTableName", "rt-data-internet");
          p.put("resourceGroupName", props(subnet).path("resourceGroupName").asText("rg"));
          p.put("routes", List.of(Map.of("name", "internet", "addressPrefix", "0.0.0.0/0", "nextHopType", "Internet")));
          p.put("tags", e.ownershipTags());
          e.add("azure-native:network:RouteTable", "rt-data-internet", "azure", subnet.path("region").asText(), p, List.of());
          props(subnet).putObject("routeTable").put("id",
              "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network/routeTables/rt-data-internet");
        }),
        of("NET-2", "peer the prod network with a dev network", e -> {
          ObjectNode vnet = e.first("azure-native:network:VirtualNetwork");
          Map<String, String> tags = new HashMap<>(e.ownershipTags());
          tags.put("peer-environment", "dev");
          e.add("azure-native:network:VirtualNetworkPeering", "prod-to-dev", "azure", vnet.path("region").asText(), Map.of(
              "virtualNetworkName", props(vnet).path("name").asText(vnet.path("name").asText()),
              "remoteVirtualNetwork", Map.of("id", "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-dev/providers/Microsoft.Network/virtualNetworks/vnet-dev"),
              "allowVirtualNetworkAccess", true, "tags", tags), List.of(vnet));
        }),
        of("NET-3", "allow TCP 8080 from the internet on the public tier", e ->
            rules(nsg(e, "public")).add(allow("AllowAltHttp", 150, "Internet", "8080"))),
        of("NET-4", "allow SSH from the internet on the app tier", e ->
            rules(nsg(e, "app")).add(allow("AllowSshFromInternet", 150, "Internet", "22"))),
        of("NET-5", "remove the explicit deny-all inbound rule of the app tier", e -> {
          ArrayNode rules = rules(nsg(e, "app"));
          ArrayNode kept = NODES.arrayNode();
          for (JsonNode r : rules) if (!(r.path("access").asText().equals("Deny") && r.path("direction").asText().equals("Inbound"))) kept.add(r);
          if (kept.size() == rules.size()) throw new AssertionError("the app NSG has no deny rule to remove: " + rules);
          props(nsg(e, "app")).set("securityRules", kept);
        }),
        of("NET-6", "remove the NSG flow logs", e -> e.removeType("azure-native:network:FlowLog")),
        of("VPN-1", "authenticate VPN clients with certificates instead of Entra ID", e ->
            props(e.first("azure-native:network:VirtualNetworkGateway")).withObject("vpnClientConfiguration")
                .set("vpnAuthenticationTypes", NODES.arrayNode().add("Certificate"))),
        of("VPN-2", "remove the VPN gateway's diagnostic setting", e -> {
          ObjectNode gateway = e.first("azure-native:network:VirtualNetworkGateway");
          e.remove(r -> r.path("type").asText().equals("azure-native:insights:DiagnosticSetting")
              && InputEdits.joined(r, "resourceUri", gateway), "diagnostic setting of " + gateway.path("urn").asText());
        }),
        of("BAK-1", "back up once a day", e -> {
          ObjectNode schedule = props(e.first("azure-native:recoveryservices:ProtectionPolicy")).withObject("properties").withObject("schedulePolicy");
          schedule.put("scheduleRunFrequency", "Daily");
          schedule.remove("hourlySchedule");
        }),
        of("BAK-2", "store backups locally redundant", e -> props(e.first(RSV)).withObject("properties")
            .withObject("redundancySettings").put("standardTierStorageRedundancy", "LocallyRedundant")),
        of("BAK-3", "unlock the vault's immutability", e -> props(e.first(RSV)).withObject("properties")
            .withObject("securitySettings").withObject("immutabilitySettings").put("state", "Unlocked")),
        of("LOG-1", "stop exporting the activity log", e -> e.removeType("azure-native:insights:SubscriptionDiagnosticSetting")),
        of("LOG-2", "keep logs only 30 days", e -> props(e.first("azure-native:operationalinsights:Workspace")).put("retentionInDays", 30)),
        of("LOG-3", "remove Defender for Cloud", e -> e.removeType("azure-native:security:Pricing")),
        of("DATA-1", "allow public blob access", e -> props(e.first(STORAGE)).put("allowBlobPublicAccess", true)),
        of("DATA-2", "remove the document container's immutability policy", e ->
            e.removeType("azure-native:storage:BlobContainerImmutabilityPolicy")),
        of("DATA-3", "turn off blob soft delete", e -> props(e.first("azure-native:storage:BlobServiceProperties"))
            .withObject("deleteRetentionPolicy").put("enabled", false)),
        of("DATA-4", "unprotect a storage account", e -> e.first(STORAGE).put("protect", false)),
        of("AVAIL-1", "make a storage account geo- but not zone-redundant", e ->
            props(e.first(STORAGE)).withObject("sku").put("name", "Standard_GRS")),
        of("TAG-1", "drop the tags of a storage account", e -> props(e.first(STORAGE)).remove("tags")),
        // issue 14: one mutation per new rule
        of("VPN-1", "add an AKS cluster whose API server is public (audit logs on)", e ->
            diagnose(e, aks(e, Map.of()), List.of(Map.of("category", "kube-audit", "enabled", true)))),
        of("LOG-1", "add a private AKS cluster without a diagnostic setting", e ->
            aks(e, Map.of("apiServerAccessProfile", Map.of("enablePrivateCluster", true)))),
        // judged against real programs (real-corpus): one mutation per rule added then
        of("ENC-3", "add a web app that does not set httpsOnly (the API's default serves HTTP)", e -> {
          ObjectNode storage = e.first(STORAGE);
          e.add("azure-native:web:WebApp", "webapp", "azure", storage.path("region").asText(), Map.of(
              "resourceGroupName", props(storage).path("resourceGroupName").asText("rg"), "location", storage.path("region").asText(),
              "serverFarmId", "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Web/serverfarms/plan",
              "siteConfig", Map.of("minTlsVersion", "1.2"), "tags", e.ownershipTags()), List.of());
        }),
        of("ENC-3", "add a global CDN endpoint that does not set isHttpAllowed (the API's default serves HTTP)", e -> {
          ObjectNode storage = e.first(STORAGE);
          ObjectNode ep = e.add("azure-native:cdn:Endpoint", "endpoint", "azure", "global", Map.of(
              "resourceGroupName", props(storage).path("resourceGroupName").asText("rg"), "location", "global", "profileName", "profile",
              "isHttpsAllowed", true, "origins", List.of(Map.of("name", "blob", "hostName", "site.z6.web.core.windows.net")),
              "tags", e.ownershipTags()), List.of());
          ep.put("region_source", "input");
        }),
        of("NET-1", "add a VM network interface with a public IP outside the public tier", e -> {
          ObjectNode storage = e.first(STORAGE);
          String rg = props(storage).path("resourceGroupName").asText("rg");
          String prefix = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/" + rg + "/providers/Microsoft.Network/";
          e.add("azure-native:network:NetworkInterface", "app-vm-nic", "azure", storage.path("region").asText(), Map.of(
              "resourceGroupName", rg, "location", storage.path("region").asText(),
              "ipConfigurations", List.of(Map.of("name", "ipconfig1", "privateIPAllocationMethod", "Dynamic",
                  "subnet", Map.of("id", prefix + "virtualNetworks/vnet-apps/subnets/apps"),
                  "publicIPAddress", Map.of("id", prefix + "publicIPAddresses/app-vm-ip"))),
              "tags", e.ownershipTags()), List.of());
        }),
        of("NET-1", "add a private AKS cluster (with audit logs) whose nodes get public IPs", e -> {
          ObjectNode aks = aks(e, Map.of("apiServerAccessProfile", Map.of("enablePrivateCluster", true),
              "agentPoolProfiles", List.of(Map.of("name", "system", "count", 3, "mode", "System", "vmSize", "Standard_DS2_v2", "enableNodePublicIP", true))));
          diagnose(e, aks, List.of(Map.of("category", "kube-audit", "enabled", true)));
        }),
        // issue 14, second round: Azure SQL transparent data encryption with a customer-managed key
        of("ENC-1", "add an SQL server whose only encryption protector is service-managed", e -> {
          ObjectNode storage = e.first(STORAGE);
          String rg = props(storage).path("resourceGroupName").asText("rg");
          ObjectNode server = e.add("azure-native:sql:Server", "sql", "azure", storage.path("region").asText(), Map.of(
              "serverName", "sql-apps", "resourceGroupName", rg, "location", storage.path("region").asText(), "version", "12.0",
              "minimalTlsVersion", "1.2", "publicNetworkAccess", "Disabled", "tags", e.ownershipTags()), List.of());
          server.put("protect", true);
          e.add("azure-native:sql:EncryptionProtector", "sql-tde", "azure", storage.path("region").asText(), Map.of(
              "serverName", "sql-apps", "resourceGroupName", rg, "encryptionProtectorName", "current", "serverKeyType", "ServiceManaged"),
              List.of(server));
        }),
        of("ENC-1", "turn transparent data encryption off for a database (TransparentDataEncryption state Disabled)", e -> {
          ObjectNode storage = e.first(STORAGE);
          e.add("azure-native:sql:TransparentDataEncryption", "orders-tde", "azure", storage.path("region").asText(), Map.of(
              "serverName", "sql-apps", "databaseName", "orders", "resourceGroupName", props(storage).path("resourceGroupName").asText("rg"),
              "tdeName", "current", "state", "Disabled"), List.of());
        }),
        of("LOG-1", "add a private AKS cluster whose diagnostic setting sends only metrics, no kube-audit log", e ->
            diagnose(e, aks(e, Map.of("apiServerAccessProfile", Map.of("enablePrivateCluster", true))), List.of())));
  }

  /** A copy of the landing zone's diagnostic setting (same workspace) for the cluster, with these logs. */
  static void diagnose(InputEdits e, ObjectNode aks, List<Map<String, Object>> logs) {
    ObjectNode diag = e.first("azure-native:insights:DiagnosticSetting", r -> !props(r).path("workspaceId").asText("").isEmpty(), "with a workspace");
    ObjectNode copy = diag.deepCopy();
    copy.put("urn", diag.path("urn").asText() + "-aks").put("name", "aks-audit");
    props(copy).put("resourceUri", props(aks).path("id").asText()).remove("id");
    props(copy).set("logs", InputEdits.Json.MAPPER.valueToTree(logs));
    e.resources().add(copy);
  }

  static ObjectNode aks(InputEdits e, Map<String, Object> extra) {
    ObjectNode storage = e.first(STORAGE);
    String rg = props(storage).path("resourceGroupName").asText("rg");
    Map<String, Object> p = new HashMap<>(extra);
    p.put("resourceName", "aks-apps");
    p.put("resourceGroupName", rg);
    p.put("location", storage.path("region").asText());
    p.put("dnsPrefix", "aks-apps");
    p.put("id", "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/" + rg + "/providers/Microsoft.ContainerService/managedClusters/aks-apps");
    p.put("tags", e.ownershipTags());
    return e.add("azure-native:containerservice:ManagedCluster", "aks-apps", "azure", storage.path("region").asText(), p, List.of());
  }

  static ObjectNode nsg(InputEdits e, String tier) {
    return e.first(NSG, r -> r.path("name").asText().endsWith("-" + tier), tier + " tier");
  }

  static ArrayNode rules(ObjectNode nsg) { return props(nsg).withArray("securityRules"); }

  static ObjectNode allow(String name, int priority, String source, String port) {
    ObjectNode r = NODES.objectNode();
    r.put("name", name).put("priority", priority).put("direction", "Inbound").put("access", "Allow").put("protocol", "Tcp")
        .put("sourceAddressPrefix", source).put("sourcePortRange", "*").put("destinationAddressPrefix", "*")
        .put("destinationPortRange", port);
    return r;
  }
}
