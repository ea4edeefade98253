package eu.rampart.stacks.azure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.rampart.check.Enforcement;
import eu.rampart.check.Finding;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Azure landing zone, planned for each environment, judged by the real policy pack: the
 * controls of CONTROLS.md are asserted through the pack's findings (one source for what each
 * control means), not re-implemented here. The remaining tests pin the program's own design
 * (explicit providers, subnet tiers, the pair region, private endpoints), which no control states.
 */
class AzureLandingZoneControlsTest {
  /** Private DNS zones and their links are global by Azure's design and hold no data. */
  private static final Set<String> GLOBAL_TYPES = Set.of(
      "azure-native:network:PrivateZone", "azure-native:network:VirtualNetworkLink");
  /**
   * The pack's findings that each environment accepts on purpose, as "CONTROL resource-name": dev keeps
   * one region (crossRegionCopies off: RES-3); immutability is Locked, and document containers get an
   * immutability policy, only in production (BAK-3, DATA-2). Everything else is a regression.
   */
  private static final Map<String, Set<String>> ACCEPTED = Map.of(
      "dev", Set.of("RES-3 azure-landing-zone-dev", "BAK-3 bv-dev", "DATA-2 stdocsdev"),
      "staging", Set.of("BAK-3 bv-staging", "DATA-2 stdocsstaging"),
      "prod", Set.of());

  /** Types the controls judge (storage, keys, network, VPN, backup, audit, detection): the plan must hold them. */
  private static final List<String> JUDGED_TYPES = List.of(
      "azure-native:storage:StorageAccount", "azure-native:storage:BlobServiceProperties", "azure-native:storage:BlobContainer",
      "azure-native:keyvault:Vault", "azure-native:keyvault:Key", "azure-native:network:NetworkSecurityGroup",
      "azure-native:network:Subnet", "azure-native:network:VirtualNetworkGateway", "azure-native:network:FlowLog",
      "azure-native:recoveryservices:Vault", "azure-native:recoveryservices:ProtectionPolicy",
      "azure-native:operationalinsights:Workspace", "azure-native:insights:SubscriptionDiagnosticSetting",
      "azure-native:insights:DiagnosticSetting", "azure-native:security:AdvancedThreatProtection", DefenderPricing.TOKEN);

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"dev", "staging", "prod"})
  void thePackFindsOnlyWhatTheEnvironmentAcceptsOnPurpose(String env) {
    List<Finding> findings = LandingZoneFindings.of(env);
    Set<String> found = findings.stream().map(f -> f.controlId() + " " + f.urn().substring(f.urn().lastIndexOf("::") + 2))
        .collect(Collectors.toCollection(java.util.TreeSet::new));
    assertEquals(new java.util.TreeSet<>(ACCEPTED.get(env)), found, env + ": the pack's findings changed:\n"
        + findings.stream().map(f -> "  " + f.controlId() + " [" + f.enforcement().label() + "] " + f.urn() + ": " + f.message())
            .collect(Collectors.joining("\n")));
    assertTrue(findings.stream().noneMatch(f -> f.enforcement() == Enforcement.MANDATORY), env + ": a mandatory finding");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"dev", "staging", "prod"})
  void thePlanHoldsWhatTheControlsJudge(String env) {
    // without these the pack would have nothing to judge and the test above would pass vacuously
    for (String type : JUDGED_TYPES) assertFalse(ofType(env, type).isEmpty(), env + ": no " + type);
    assertTrue(ofType(env, "azure-native:storage:StorageAccount").size() >= 2, env + ": expected a log archive and a document store");
    assertTrue(LandingZoneFindings.resources(env) > 60, env + ": the pack judged only " + LandingZoneFindings.resources(env) + " resources");
  }

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
  void theNetworkHasFourTiersAndAGatewaySubnet(String env) {
    // NSGs on every tier subnet and their deny-all rules are NET-5, judged by the pack above
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
    }
    assertTrue(tierSubnets >= 8, env + ": only " + tierSubnets + " tier subnets");
    assertEquals(Set.of("public", "app", "data", "management"), tiers, env + ": tiers");
    assertEquals(1, subnets.stream().filter(s -> SegmentedNetwork.GATEWAY_SUBNET.equals(s.string("subnetName"))).count(),
        env + ": expected one GatewaySubnet");
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
