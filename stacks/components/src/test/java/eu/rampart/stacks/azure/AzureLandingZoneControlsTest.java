package eu.rampart.stacks.azure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs the Azure landing zone program for each environment under the SDK mocks and checks the
 * controls of CONTROLS.md directly on what the engine would receive. One test per control family;
 * every failure names the offending URN.
 */
class AzureLandingZoneControlsTest {
  private static final Set<String> INTERNET = Set.of("*", "Internet", "0.0.0.0/0", "::/0", "Any", "any");
  private static final Set<String> ADMIN_AND_DATA_PORTS = Set.of("22", "3389", "5432", "3306", "1433", "6379", "27017", "9200");
  /** Private DNS zones and their links are global by Azure's design and hold no data. */
  private static final Set<String> GLOBAL_TYPES = Set.of(
      "azure-native:network:PrivateZone", "azure-native:network:VirtualNetworkLink");
  private static final Set<String> STATEFUL_TYPES = Set.of(
      "azure-native:storage:StorageAccount", "azure-native:keyvault:Vault", "azure-native:keyvault:Key",
      "azure-native:recoveryservices:Vault", "azure-native:storage:BlobContainer",
      "azure-native:operationalinsights:Workspace");

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"dev", "staging", "prod"})
  void everyResourceSitsOnAnExplicitProviderInAnAllowedLocation(String env) {
    List<String> allowed = allowedLocations(env);
    Map<String, Registered> providers = byUrn(env, r -> r.type().equals("pulumi:providers:azure-native"));
    assertFalse(providers.isEmpty(), env + ": no explicit azure-native provider");
    providers.values().forEach(p -> assertTrue(allowed.contains(p.string("location")),
        p.urn() + ": provider location " + p.string("location") + " not in " + allowed));
    int checked = 0;
    for (Registered r : azureResources(env)) {
      Registered provider = providers.get(r.providerUrn());
      assertNotNull(provider, r.urn() + ": not on an explicit azure-native provider (provider ref " + r.provider() + ")");
      String own = r.string("location");
      if (GLOBAL_TYPES.contains(r.type())) {
        assertEquals(PrivateEndpoints.GLOBAL, own, r.urn() + ": a private DNS resource is global");
        continue;
      }
      String location = own != null ? own : provider.string("location");
      assertTrue(allowed.contains(location), r.urn() + ": location " + location + " not in " + allowed);
      if (own != null) {
        assertEquals(provider.string("location"), own, r.urn() + ": location differs from its provider's");
      } else {
        assertFalse(acceptsLocation(r.type()), r.urn() + ": " + r.type() + " takes a location but none is set");
      }
      checked++;
    }
    assertTrue(checked > 40, env + ": only " + checked + " Azure resources registered");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"dev", "staging", "prod"})
  void storageIsEncryptedWithCustomerKeysAndClosedToThePublic(String env) {
    List<Registered> accounts = ofType(env, "azure-native:storage:StorageAccount");
    assertTrue(accounts.size() >= 2, env + ": expected a log archive and a document store");
    boolean crossRegion = bool(env, "crossRegionCopies");
    for (Registered a : accounts) {
      String u = a.urn();
      assertEquals("Microsoft.Keyvault", a.string("encryption.keySource"), u + ": not encrypted with a key vault key");
      assertTrue(a.isTrue("encryption.requireInfrastructureEncryption"), u + ": no infrastructure encryption");
      assertNotNull(a.string("encryption.keyVaultProperties.keyName"), u + ": no key name");
      assertTrue(String.valueOf(a.string("encryption.keyVaultProperties.keyVaultUri")).matches("https://[^/]+\\.vault\\.azure\\.net/"),
          u + ": key vault URI " + a.string("encryption.keyVaultProperties.keyVaultUri"));
      assertNotNull(a.string("encryption.encryptionIdentity.encryptionUserAssignedIdentity"), u + ": no encryption identity");
      assertTrue(a.isTrue("enableHttpsTrafficOnly"), u + ": HTTP allowed");
      assertEquals("TLS1_2", a.string("minimumTlsVersion"), u + ": minimum TLS");
      assertEquals(Boolean.FALSE, a.at("allowBlobPublicAccess").map(JsonElement::getAsBoolean).orElse(null),
          u + ": blob public access not explicitly off");
      assertEquals("Disabled", a.string("publicNetworkAccess"), u + ": public network access");
      assertEquals("Deny", a.string("networkRuleSet.defaultAction"), u + ": firewall default action");
      String sku = a.string("sku.name");
      if (crossRegion) {
        assertTrue(Set.of("Standard_RAGZRS", "Standard_GZRS", "Standard_RAGRS", "Standard_GRS").contains(sku),
            u + ": " + sku + " is not geo-redundant although crossRegionCopies is on");
        String pair = AzureLocations.pairOf(a.string("location")).orElse(null);
        assertTrue(allowedLocations(env).contains(pair), u + ": geo pair " + pair + " not allowed");
      }
    }
    for (Registered b : ofType(env, "azure-native:storage:BlobServiceProperties")) {
      assertTrue(b.isTrue("isVersioningEnabled"), b.urn() + ": versioning off");
      assertTrue(b.isTrue("deleteRetentionPolicy.enabled"), b.urn() + ": blob soft delete off");
      assertTrue(b.number("deleteRetentionPolicy.days") >= 1, b.urn() + ": no soft delete days");
    }
    assertEquals(accounts.size(), ofType(env, "azure-native:storage:BlobServiceProperties").size(),
        env + ": every account needs blob service properties");
    List<Registered> containers = ofType(env, "azure-native:storage:BlobContainer");
    assertFalse(containers.isEmpty(), env + ": no blob containers");
    containers.forEach(c -> assertEquals("None", c.string("publicAccess"), c.urn() + ": container not private"));
    boolean immutable = !ofType(env, "azure-native:storage:BlobContainerImmutabilityPolicy").isEmpty();
    assertEquals(bool(env, "production"), immutable, env + ": document immutability only and always in production");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"dev", "staging", "prod"})
  void keyVaultIsRecoverableClosedAndApartFromTheData(String env) {
    List<Registered> vaults = ofType(env, "azure-native:keyvault:Vault");
    assertEquals(1, vaults.size(), env + ": expected one key vault");
    Registered v = vaults.get(0);
    String u = v.urn();
    assertTrue(v.isTrue("properties.enableSoftDelete"), u + ": soft delete off");
    assertTrue(v.isTrue("properties.enablePurgeProtection"), u + ": purge protection off");
    assertTrue(v.isTrue("properties.enableRbacAuthorization"), u + ": RBAC authorisation off");
    assertEquals("Disabled", v.string("properties.publicNetworkAccess"), u + ": publicly reachable");
    assertEquals("Deny", v.string("properties.networkAcls.defaultAction"), u + ": firewall default action");
    String keyGroup = v.string("resourceGroupName");
    Set<String> othersInKeyGroup = azureResources(env).stream()
        .filter(r -> keyGroup.equals(r.string("resourceGroupName")))
        .filter(r -> !r.type().startsWith("azure-native:keyvault:") && !r.type().equals("azure-native:resources:ResourceGroup"))
        .map(Registered::urn).collect(Collectors.toSet());
    assertTrue(othersInKeyGroup.isEmpty(), u + ": resource group " + keyGroup + " also holds " + othersInKeyGroup);
    for (Registered a : ofType(env, "azure-native:storage:StorageAccount")) {
      assertFalse(keyGroup.equals(a.string("resourceGroupName")), a.urn() + ": data in the key vault's resource group");
    }
    List<Registered> keys = ofType(env, "azure-native:keyvault:Key");
    assertTrue(keys.size() >= 2, env + ": expected storage and backup keys");
    for (Registered k : keys) {
      assertTrue(Set.of("RSA", "RSA-HSM").contains(k.string("properties.kty")), k.urn() + ": key type " + k.string("properties.kty"));
      assertTrue(k.number("properties.keySize") >= 3072, k.urn() + ": key size " + k.number("properties.keySize"));
      JsonArray actions = k.at("properties.rotationPolicy.lifetimeActions").map(JsonElement::getAsJsonArray).orElse(new JsonArray());
      boolean rotates = false;
      for (JsonElement a : actions) rotates |= "Rotate".equals(a.getAsJsonObject().getAsJsonObject("action").get("type").getAsString());
      assertTrue(rotates, k.urn() + ": no automatic rotation");
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"dev", "staging", "prod"})
  void everyTierSubnetHasASecurityGroupEndingInDenyAll(String env) {
    Map<String, Registered> nsgById = ofType(env, "azure-native:network:NetworkSecurityGroup").stream()
        .collect(Collectors.toMap(Registered::id, Function.identity()));
    List<Registered> subnets = ofType(env, "azure-native:network:Subnet");
    Set<String> tiers = new HashSet<>();
    int tierSubnets = 0;
    for (Registered s : subnets) {
      if (SegmentedNetwork.GATEWAY_SUBNET.equals(s.string("subnetName"))) {
        assertTrue(s.at("networkSecurityGroup").isEmpty(), s.urn() + ": Azure forbids an NSG on GatewaySubnet");
        continue;
      }
      tierSubnets++;
      tiers.add(s.string("subnetName").replaceAll("^snet-(\\w+)-\\d+$", "$1"));
      String nsgId = s.string("networkSecurityGroup.id");
      assertNotNull(nsgId, s.urn() + ": subnet without network security group");
      Registered nsg = nsgById.get(nsgId);
      assertNotNull(nsg, s.urn() + ": NSG " + nsgId + " is not one of the program's");
      List<JsonObject> inbound = rules(nsg, "Inbound");
      assertFalse(inbound.isEmpty(), nsg.urn() + ": no inbound rules");
      JsonObject last = inbound.get(inbound.size() - 1);
      assertEquals(4096.0, last.get("priority").getAsDouble(), nsg.urn() + ": last inbound rule " + last.get("name"));
      assertEquals("Deny", last.get("access").getAsString(), nsg.urn() + ": last inbound rule does not deny");
      for (String f : List.of("sourceAddressPrefix", "destinationAddressPrefix", "destinationPortRange", "protocol")) {
        assertEquals("*", last.has(f) ? last.get(f).getAsString() : null, nsg.urn() + ": deny-all rule narrowed by " + f);
      }
    }
    assertTrue(tierSubnets >= 8, env + ": only " + tierSubnets + " tier subnets");
    assertEquals(Set.of("public", "app", "data", "management"), tiers, env + ": tiers");
    assertEquals(1, subnets.stream().filter(s -> SegmentedNetwork.GATEWAY_SUBNET.equals(s.string("subnetName"))).count(),
        env + ": expected one GatewaySubnet");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"dev", "staging", "prod"})
  void internetReachesOnlyHttpAndHttpsAndAdminPortsOnlyTheVpn(String env) {
    String vpn = (String) section(env, "vpn").get("clientCidr");
    Set<String> managementPrefixes = ofType(env, "azure-native:network:Subnet").stream()
        .filter(s -> String.valueOf(s.string("subnetName")).startsWith("snet-management-"))
        .map(s -> s.string("addressPrefix")).collect(Collectors.toSet());
    assertFalse(managementPrefixes.isEmpty(), env + ": no management subnets");
    int internetRules = 0;
    for (Registered nsg : ofType(env, "azure-native:network:NetworkSecurityGroup")) {
      for (JsonObject rule : rules(nsg, "Inbound")) {
        if (!"Allow".equals(rule.get("access").getAsString())) continue;
        List<String> sources = values(rule, "sourceAddressPrefix", "sourceAddressPrefixes");
        List<String> ports = values(rule, "destinationPortRange", "destinationPortRanges");
        String where = nsg.urn() + " rule " + rule.get("name").getAsString();
        if (sources.stream().anyMatch(INTERNET::contains)) {
          internetRules++;
          assertTrue(Set.of("80", "443").containsAll(ports), where + ": opens " + ports + " to the internet");
          assertTrue(nsg.name().endsWith("-public"), where + ": internet ingress outside the public tier");
        }
        boolean adminPort = ports.stream().anyMatch(p -> p.equals("*") || ADMIN_AND_DATA_PORTS.contains(p));
        if (adminPort && !sources.equals(List.of("AzureLoadBalancer"))) {
          for (String source : sources) {
            boolean fromApp = nsg.name().endsWith("-data") && rule.get("name").getAsString().contains("FromAppTier");
            assertTrue(source.equals(vpn) || managementPrefixes.contains(source) || fromApp,
                where + ": administrative port reachable from " + source);
          }
        }
      }
    }
    assertEquals(2, internetRules, env + ": expected exactly HTTP and HTTPS from the internet");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"dev", "staging", "prod"})
  void administrationGoesThroughAnEntraIdPointToSiteVpn(String env) {
    List<Registered> gateways = ofType(env, "azure-native:network:VirtualNetworkGateway");
    assertEquals(1, gateways.size(), env + ": expected one VPN gateway");
    Registered g = gateways.get(0);
    String u = g.urn();
    assertEquals("Vpn", g.string("gatewayType"), u + ": gateway type");
    JsonObject p2s = g.at("vpnClientConfiguration").map(JsonElement::getAsJsonObject).orElse(null);
    assertNotNull(p2s, u + ": no point-to-site configuration");
    assertEquals(List.of("AAD"), strings(p2s.getAsJsonArray("vpnAuthenticationTypes")), u + ": authentication");
    assertTrue(strings(p2s.getAsJsonArray("vpnClientProtocols")).contains("OpenVPN"), u + ": OpenVPN off");
    assertEquals(List.of(section(env, "vpn").get("clientCidr")),
        strings(p2s.getAsJsonObject("vpnClientAddressPool").getAsJsonArray("addressPrefixes")), u + ": client pool");
    assertEquals("https://login.microsoftonline.com/" + AzureMocks.TENANT + "/", p2s.get("aadTenant").getAsString(), u);
    assertEquals("https://sts.windows.net/" + AzureMocks.TENANT + "/", p2s.get("aadIssuer").getAsString(), u);
    assertEquals(AdminVpn.AZURE_VPN_AUDIENCE, p2s.get("aadAudience").getAsString(), u);
    String subnetId = g.at("ipConfigurations").map(e -> e.getAsJsonArray().get(0).getAsJsonObject()
        .getAsJsonObject("subnet").get("id").getAsString()).orElse("");
    Registered gatewaySubnet = ofType(env, "azure-native:network:Subnet").stream()
        .filter(s -> SegmentedNetwork.GATEWAY_SUBNET.equals(s.string("subnetName"))).findFirst().orElseThrow();
    assertEquals(gatewaySubnet.id(), subnetId, u + ": not in GatewaySubnet");
    long publicIps = ofType(env, "azure-native:network:PublicIPAddress").size();
    assertEquals(1, publicIps, env + ": only the VPN gateway may have a public IP");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"dev", "staging", "prod"})
  void backupsRunEveryFourHoursEncryptedAndKeptLongEnough(String env) {
    List<Registered> vaults = ofType(env, "azure-native:recoveryservices:Vault");
    assertEquals(1, vaults.size(), env + ": expected one Recovery Services vault");
    Registered v = vaults.get(0);
    assertNotNull(v.string("properties.encryption.keyVaultProperties.keyUri"), v.urn() + ": no customer-managed key");
    assertTrue(v.string("properties.encryption.keyVaultProperties.keyUri").matches("https://[^/]+\\.vault\\.azure\\.net/keys/[^/]+"),
        v.urn() + ": key URI " + v.string("properties.encryption.keyVaultProperties.keyUri"));
    assertEquals("Enabled", v.string("properties.encryption.infrastructureEncryption"), v.urn() + ": infrastructure encryption");
    assertTrue(Set.of("Locked", "Unlocked").contains(v.string("properties.securitySettings.immutabilitySettings.state")),
        v.urn() + ": not immutable");
    if (bool(env, "production")) {
      assertEquals("Locked", v.string("properties.securitySettings.immutabilitySettings.state"), v.urn() + ": prod immutability");
    }
    // geo-redundant by Azure default: the pair must be an allowed region
    String pair = AzureLocations.pairOf(v.string("location")).orElse(null);
    assertTrue(allowedLocations(env).contains(pair), v.urn() + ": backups replicate to " + pair);
    List<Registered> policies = ofType(env, "azure-native:recoveryservices:ProtectionPolicy");
    assertEquals(1, policies.size(), env + ": expected one backup policy");
    Registered p = policies.get(0);
    assertEquals("V2", p.string("properties.policyType"), p.urn() + ": not an Enhanced policy");
    assertEquals("Hourly", p.string("properties.schedulePolicy.scheduleRunFrequency"), p.urn() + ": frequency");
    assertEquals(4.0, p.number("properties.schedulePolicy.hourlySchedule.interval"), p.urn() + ": interval");
    double days = p.number("properties.retentionPolicy.dailySchedule.retentionDuration.count");
    int required = ((Number) section(env, "backup").get("retentionDays")).intValue();
    assertEquals("Days", p.string("properties.retentionPolicy.dailySchedule.retentionDuration.durationType"), p.urn());
    assertTrue(days >= required, p.urn() + ": keeps " + days + " days, environment requires " + required);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"dev", "staging", "prod"})
  void auditTrailKeepsAYearAndCoversActivityAndResourceLogs(String env) {
    List<Registered> workspaces = ofType(env, "azure-native:operationalinsights:Workspace");
    assertEquals(1, workspaces.size(), env + ": expected one Log Analytics workspace");
    Registered w = workspaces.get(0);
    assertTrue(w.number("retentionInDays") >= 365, w.urn() + ": keeps " + w.number("retentionInDays") + " days");
    List<Registered> activity = ofType(env, "azure-native:insights:SubscriptionDiagnosticSetting");
    assertEquals(1, activity.size(), env + ": expected one activity log export");
    Registered a = activity.get(0);
    assertEquals(w.id(), a.string("workspaceId"), a.urn() + ": activity log not sent to the workspace");
    List<String> categories = new ArrayList<>();
    a.at("logs").ifPresent(l -> l.getAsJsonArray().forEach(e -> {
      if (e.getAsJsonObject().get("enabled").getAsBoolean()) categories.add(e.getAsJsonObject().get("category").getAsString());
    }));
    assertTrue(categories.containsAll(List.of("Administrative", "Security", "Policy")), a.urn() + ": categories " + categories);
    Set<String> diagnosed = ofType(env, "azure-native:insights:DiagnosticSetting").stream()
        .peek(d -> assertEquals(w.id(), d.string("workspaceId"), d.urn() + ": not sent to the workspace"))
        .map(d -> d.string("resourceUri")).collect(Collectors.toSet());
    for (String type : List.of("azure-native:keyvault:Vault", "azure-native:network:VirtualNetworkGateway",
        "azure-native:network:NetworkSecurityGroup", "azure-native:recoveryservices:Vault")) {
      for (Registered r : ofType(env, type)) {
        assertTrue(diagnosed.contains(r.id()), r.urn() + ": no diagnostic setting");
      }
    }
    for (Registered s : ofType(env, "azure-native:storage:StorageAccount")) {
      assertTrue(diagnosed.contains(s.id() + "/blobServices/default"), s.urn() + ": blob access not logged");
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"dev", "staging", "prod"})
  void defenderForCloudIsOnForStorageKeyVaultsAndMachines(String env) {
    Map<String, String> tiers = ofType(env, DefenderPricing.TOKEN).stream()
        .collect(Collectors.toMap(r -> r.string("pricingName"), r -> r.string("pricingTier")));
    for (String plan : List.of("StorageAccounts", "KeyVaults", "VirtualMachines")) {
      assertEquals("Standard", tiers.get(plan), env + ": Defender plan " + plan + " is " + tiers.get(plan));
    }
    Set<String> protectedAccounts = ofType(env, "azure-native:security:AdvancedThreatProtection").stream()
        .filter(r -> r.isTrue("isEnabled")).map(r -> r.string("resourceId")).collect(Collectors.toSet());
    for (Registered s : ofType(env, "azure-native:storage:StorageAccount")) {
      assertTrue(protectedAccounts.contains(s.id()), s.urn() + ": Defender for Storage off");
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"dev", "staging", "prod"})
  void everySecurityGroupHasAFlowLogToTheLogArchive(String env) {
    Set<String> storageIds = ofType(env, "azure-native:storage:StorageAccount").stream().map(Registered::id).collect(Collectors.toSet());
    Map<String, Registered> logged = ofType(env, "azure-native:network:FlowLog").stream()
        .filter(f -> f.isTrue("enabled"))
        .collect(Collectors.toMap(f -> f.string("targetResourceId"), Function.identity()));
    for (Registered nsg : ofType(env, "azure-native:network:NetworkSecurityGroup")) {
      Registered flowLog = logged.get(nsg.id());
      assertNotNull(flowLog, nsg.urn() + ": no enabled flow log");
      assertTrue(storageIds.contains(flowLog.string("storageId")), flowLog.urn() + ": flow log not sent to the program's storage");
      assertEquals(1, ofType(env, "azure-native:network:NetworkWatcher").size(), env + ": expected one network watcher");
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"dev", "staging", "prod"})
  void everyTaggableResourceCarriesOwnershipTags(String env) {
    int tagged = 0;
    for (Registered r : azureResources(env)) {
      Optional<JsonElement> tags = r.at("tags");
      if (tags.isEmpty()) {
        assertTrue(r.string("location") == null, r.urn() + ": has a location but no tags");
        continue;
      }
      JsonObject t = tags.get().getAsJsonObject();
      for (String key : List.of("environment", "owner", "data-classification")) {
        assertTrue(t.has(key) && !t.get(key).getAsString().isBlank(), r.urn() + ": tag " + key + " missing");
      }
      assertEquals(env, t.get("environment").getAsString(), r.urn() + ": environment tag");
      tagged++;
    }
    assertTrue(tagged > 20, env + ": only " + tagged + " tagged resources");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"dev", "staging", "prod"})
  void statefulResourcesAreProtectedWhereTheEnvironmentAsks(String env) {
    boolean expected = bool(env, "protect") || bool(env, "production");
    assertEquals("prod".equals(env), expected, env + ": environment file's protect/production flags changed");
    int stateful = 0;
    for (Registered r : azureResources(env)) {
      if (!STATEFUL_TYPES.contains(r.type())) continue;
      stateful++;
      assertEquals(expected, r.protect(), r.urn() + ": protect should be " + expected + " in " + env);
    }
    assertTrue(stateful >= 7, env + ": only " + stateful + " stateful resources");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"dev", "staging", "prod"})
  void crossRegionEnvironmentsPrepareTheSecondRegion(String env) {
    String secondary = (String) section(env, "azure").get("secondaryLocation");
    List<Registered> inSecondary = azureResources(env).stream()
        .filter(r -> secondary.equals(r.string("location"))).collect(Collectors.toList());
    if (bool(env, "crossRegionCopies")) {
      assertFalse(inSecondary.isEmpty(), env + ": nothing prepared in " + secondary);
      for (Registered r : ofType(env, "azure-native:storage:StorageAccount")) {
        assertEquals(secondary, AzureLocations.pairOf(r.string("location")).orElse(null),
            r.urn() + ": geo-redundant copies would not land in " + secondary);
      }
    } else {
      assertTrue(inSecondary.isEmpty(), env + ": resources in " + secondary + " although crossRegionCopies is off: "
          + inSecondary.stream().map(Registered::urn).toList());
      ofType(env, "azure-native:storage:StorageAccount")
          .forEach(r -> assertEquals(EncryptedStorage.LOCAL_SKU, r.string("sku.name"), r.urn() + ": dev stays cheap"));
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"dev", "staging", "prod"})
  void closedServicesAreReachableThroughPrivateEndpointsInTheDataTier(String env) {
    Set<String> dataSubnetIds = ofType(env, "azure-native:network:Subnet").stream()
        .filter(s -> String.valueOf(s.string("subnetName")).startsWith("snet-data-"))
        .map(Registered::id).collect(Collectors.toSet());
    Map<String, Registered> endpointByTarget = new java.util.HashMap<>();
    for (Registered pe : ofType(env, "azure-native:network:PrivateEndpoint")) {
      assertTrue(dataSubnetIds.contains(pe.string("subnet.id")), pe.urn() + ": private endpoint outside the data tier");
      pe.at("privateLinkServiceConnections").ifPresent(a -> a.getAsJsonArray().forEach(c ->
          endpointByTarget.put(c.getAsJsonObject().get("privateLinkServiceId").getAsString(), pe)));
    }
    Set<String> zoneGroups = ofType(env, "azure-native:network:PrivateDnsZoneGroup").stream()
        .map(g -> g.string("privateEndpointName")).collect(Collectors.toSet());
    List<Registered> closed = new ArrayList<>(ofType(env, "azure-native:storage:StorageAccount"));
    closed.addAll(ofType(env, "azure-native:keyvault:Vault"));
    for (Registered r : closed) {
      Registered pe = endpointByTarget.get(r.id());
      assertNotNull(pe, r.urn() + ": public access disabled but no private endpoint");
      // the mock answers a resource's name with its logical name when no explicit name is given
      assertTrue(zoneGroups.contains(pe.name()), pe.urn() + ": no private DNS zone group");
    }
  }

  // --- helpers ---

  /** Whether the azure-native SDK's args class for {@code type} has a {@code location} input. */
  private static boolean acceptsLocation(String type) {
    String[] parts = type.split(":");
    String argsClass = "com.pulumi.azurenative." + parts[1] + "." + parts[2] + "Args";
    try {
      Class.forName(argsClass).getMethod("location");
      return true;
    } catch (NoSuchMethodException e) {
      return false;
    } catch (ClassNotFoundException e) {
      // a type the SDK has no class for (DefenderPricing): its own args class decides
      return type.equals(DefenderPricing.TOKEN) && hasLocation(DefenderPricingArgs.class);
    }
  }

  private static boolean hasLocation(Class<?> args) {
    return java.util.Arrays.stream(args.getMethods()).anyMatch(m -> m.getName().equals("location"));
  }

  private static List<Registered> azureResources(String env) {
    return LandingZoneRuns.of(env).stream()
        .filter(r -> r.custom() && r.type().startsWith("azure-native:")).collect(Collectors.toList());
  }

  private static List<Registered> ofType(String env, String type) {
    return LandingZoneRuns.of(env).stream().filter(r -> r.type().equals(type)).collect(Collectors.toList());
  }

  private static Map<String, Registered> byUrn(String env, java.util.function.Predicate<Registered> filter) {
    return LandingZoneRuns.of(env).stream().filter(filter).collect(Collectors.toMap(Registered::urn, Function.identity()));
  }

  private static List<JsonObject> rules(Registered nsg, String direction) {
    List<JsonObject> out = new ArrayList<>();
    nsg.at("securityRules").ifPresent(a -> a.getAsJsonArray().forEach(e -> {
      if (direction.equals(e.getAsJsonObject().get("direction").getAsString())) out.add(e.getAsJsonObject());
    }));
    out.sort(Comparator.comparingDouble(o -> o.get("priority").getAsDouble()));
    return out;
  }

  private static List<String> values(JsonObject rule, String single, String plural) {
    if (rule.has(plural)) return strings(rule.getAsJsonArray(plural));
    if (rule.has(single)) return List.of(rule.get(single).getAsString());
    fail("rule " + rule.get("name") + " has neither " + single + " nor " + plural);
    return List.of();
  }

  private static List<String> strings(JsonArray array) {
    List<String> out = new ArrayList<>();
    if (array != null) array.forEach(e -> out.add(e.getAsString()));
    return out;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> section(String env, String key) {
    return (Map<String, Object>) EnvironmentFiles.rampartTree(env).get(key);
  }

  private static boolean bool(String env, String key) {
    return Boolean.TRUE.equals(EnvironmentFiles.rampartTree(env).get(key));
  }

  @SuppressWarnings("unchecked")
  private static List<String> allowedLocations(String env) {
    Map<String, Object> policy = section(env, "policy");
    return (List<String>) ((Map<String, Object>) policy.get("allowedRegions")).get("azure");
  }
}
