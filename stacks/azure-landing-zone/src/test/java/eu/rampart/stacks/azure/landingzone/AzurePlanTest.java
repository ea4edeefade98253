package eu.rampart.stacks.azure.landingzone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import eu.rampart.plan.mock.InProcessPlanner;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Plans {@link App} with the shared offline planner, as {@code rampart plan --stack
 * stacks/azure-landing-zone --env E} does, and checks the plan document: every Azure resource has a
 * resolved, allowed region taken from itself or its explicit provider, and the landing zone's
 * building blocks are all there.
 */
class AzurePlanTest {
  /** Private DNS zones and their links are global by Azure's design. */
  private static final Set<String> GLOBAL_TYPES = Set.of(
      "azure-native:network:PrivateZone", "azure-native:network:VirtualNetworkLink");

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"dev", "staging", "prod"})
  void everyResourceOfThePlanHasAnAllowedRegion(String env) throws Exception {
    Map<String, Object> plan = plan(env);
    assertEquals("rampart-plan/v1", plan.get("format"));
    List<String> allowed = allowedLocations(env);
    int azure = 0;
    for (Map<String, Object> r : resources(plan)) {
      String type = (String) r.get("type");
      if (!type.startsWith("azure-native:") && !type.equals("pulumi:providers:azure-native")) continue;
      azure++;
      String urn = (String) r.get("urn");
      Object region = r.get("region");
      if (GLOBAL_TYPES.contains(type)) {
        assertEquals("global", region, urn + ": private DNS resources are global");
        continue;
      }
      assertTrue(allowed.contains(region), urn + ": region " + region + " (" + r.get("regionSource") + ") not in " + allowed);
      if (!type.startsWith("pulumi:providers:")) {
        assertNotNull(r.get("provider"), urn + ": not on an explicit provider");
        assertTrue(Set.of("input", "provider").contains(r.get("regionSource")),
            urn + ": region comes from " + r.get("regionSource") + ", not from the resource or its provider");
      }
    }
    assertTrue(azure > 60, env + ": only " + azure + " Azure resources in the plan");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"dev", "staging", "prod"})
  void thePlanHoldsEveryBuildingBlock(String env) throws Exception {
    Map<String, Long> counts = resources(plan(env)).stream()
        .collect(Collectors.groupingBy(r -> (String) r.get("type"), Collectors.counting()));
    Map<String, Integer> minimum = Map.ofEntries(
        Map.entry("azure-native:network:VirtualNetwork", 1), Map.entry("azure-native:network:Subnet", 9),
        Map.entry("azure-native:network:NetworkSecurityGroup", 4), Map.entry("azure-native:network:FlowLog", 4),
        Map.entry("azure-native:network:VirtualNetworkGateway", 1), Map.entry("azure-native:keyvault:Vault", 1),
        Map.entry("azure-native:keyvault:Key", 2), Map.entry("azure-native:storage:StorageAccount", 2),
        Map.entry("azure-native:recoveryservices:Vault", 1), Map.entry("azure-native:recoveryservices:ProtectionPolicy", 1),
        Map.entry("azure-native:operationalinsights:Workspace", 1),
        Map.entry("azure-native:insights:SubscriptionDiagnosticSetting", 1),
        Map.entry("azure-native:insights:DiagnosticSetting", 5), Map.entry("azure-native:security:Pricing", 3));
    minimum.forEach((type, n) -> assertTrue(counts.getOrDefault(type, 0L) >= n,
        env + ": " + counts.getOrDefault(type, 0L) + " x " + type + ", expected at least " + n));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"prod"})
  void productionProtectsStatefulResources(String env) throws Exception {
    Set<String> stateful = Set.of("azure-native:storage:StorageAccount", "azure-native:keyvault:Vault",
        "azure-native:keyvault:Key", "azure-native:recoveryservices:Vault");
    for (Map<String, Object> r : resources(plan(env))) {
      if (stateful.contains(r.get("type"))) {
        assertEquals(Boolean.TRUE, r.get("protect"), r.get("urn") + ": not protected in " + env);
      }
    }
  }

  private static Map<String, Object> plan(String env) throws InProcessPlanner.PlanFailedException {
    Map<String, Object> tree = rampartTree(env);
    String location = (String) section(tree, "azure").get("primaryLocation");
    return InProcessPlanner.plan("azure-landing-zone", env, env,
        Map.of("azure-native:location", location, "rampart:settings", new Gson().toJson(tree)), List.of(), App::stack);
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> resources(Map<String, Object> plan) {
    return (List<Map<String, Object>>) plan.get("resources");
  }

  @SuppressWarnings("unchecked")
  private static List<String> allowedLocations(String env) {
    return (List<String>) section(section(rampartTree(env), "policy"), "allowedRegions").get("azure");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> section(Map<String, Object> tree, String key) {
    return (Map<String, Object>) tree.get(key);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> rampartTree(String env) {
    Path file = repositoryRoot().resolve("environments").resolve(env + ".yaml");
    try (InputStream in = Files.newInputStream(file)) {
      Map<String, Object> doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
      return (Map<String, Object>) ((Map<String, Object>) doc.get("values")).get("rampart");
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private static Path repositoryRoot() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("environments")) && Files.isRegularFile(p.resolve("pom.xml"))) return p;
    }
    throw new IllegalStateException("no repository root with environments/ above " + Path.of("").toAbsolutePath());
  }
}
