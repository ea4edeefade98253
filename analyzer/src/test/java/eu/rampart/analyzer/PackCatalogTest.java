package eu.rampart.analyzer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.rampart.check.PolicyEvaluationException;
import eu.rampart.rego.api.Annotation;
import eu.rampart.rego.value.ArrayValue;
import eu.rampart.rego.value.ObjectValue;
import eu.rampart.rego.value.StringValue;
import eu.rampart.rego.value.Value;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The METADATA that decides what Analyze reports: read strictly, applied per normalised resource. */
class PackCatalogTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void aScopedControlCoversOnlyTheListedValues() throws Exception {
    PackCatalog c = PackCatalog.of(List.of(annotation("RES-1", "resource", Map.of("region_source", List.of("input", "provider")))));
    assertTrue(c.decidedPerResource("RES-1", resource("aws:s3/bucketV2:BucketV2", "provider")));
    assertFalse(c.decidedPerResource("RES-1", resource("azure-native:storage:StorageAccount", "resource-group")),
        "a region from the resource group is a join: left to AnalyzeStack");
    assertFalse(c.decidedPerResource("RES-1", null), "a finding on no known resource belongs to the stack");
    assertFalse(c.decidedPerResource("NET-3", resource("aws:ec2/securityGroup:SecurityGroup", "input")), "unannotated means per stack");
    assertEquals("data.rampart.x.rule", c.controlsFor(resource("t", "input")).get(0).rulePath());
  }

  @Test
  void aTypeScopeCoversEveryApiVersionOfTheTypeAsThePackJudgesIt() throws Exception {
    PackCatalog c = PackCatalog.of(List.of(annotation("VPN-1", "resource",
        Map.of("type", List.of("azure-native:containerservice:ManagedCluster")))));
    assertTrue(c.decidedPerResource("VPN-1", resource("azure-native:containerservice/v20240102preview:ManagedCluster", "input")));
    assertTrue(c.decidedPerResource("VPN-1", resource("azure-native:containerservice/v20230401:ManagedCluster", "input")));
    assertFalse(c.decidedPerResource("VPN-1", resource("azure-native:containerservice:AgentPool", "input")));
    // the same answers as the pack's own lib.canonical_type
    eu.rampart.rego.api.Rego rego = eu.rampart.rego.api.Rego.builder()
        .modules(java.nio.file.Path.of("..", "policies", "rampart")).build();
    for (String t : List.of("azure-native:containerservice/v20240102preview:ManagedCluster", "azure-native:storage/v20220901:StorageAccount",
        "azure-native:storage:StorageAccount", "aws:s3/bucketV2:BucketV2", "azure-native:web/v20220301:WebApp")) {
      Value packs = rego.prepare("data.rampart.lib.canonical_type(\"" + t + "\")").evalValue(null);
      assertEquals(packs, StringValue.of(PackCatalog.canonicalType(t)), t);
    }
  }

  @Test
  void anUnscopedResourceControlCoversEveryResourceAndStackMeansStack() throws Exception {
    PackCatalog c = PackCatalog.of(List.of(annotation("TAG-1", "resource", null), annotation("LOG-1", "stack", null)));
    assertTrue(c.decidedPerResource("TAG-1", resource("anything", "unknown")));
    assertFalse(c.resourceScoped("LOG-1"));
  }

  @Test
  void malformedAnnotationsStopThePluginWithTheControlNamed() {
    PolicyEvaluationException badType = assertThrows(PolicyEvaluationException.class,
        () -> PackCatalog.of(List.of(annotation("ENC-1", "resources", null))));
    assertTrue(badType.getMessage().contains("ENC-1") && badType.getMessage().contains("policy_type"), badType.getMessage());
    PolicyEvaluationException badField = assertThrows(PolicyEvaluationException.class,
        () -> PackCatalog.of(List.of(annotation("ENC-1", "resource", Map.of("region", List.of("eu-west-1"))))));
    assertTrue(badField.getMessage().contains("resource_scope.region"), badField.getMessage());
    PolicyEvaluationException empty = assertThrows(PolicyEvaluationException.class,
        () -> PackCatalog.of(List.of(annotation("ENC-1", "resource", Map.of("type", List.of())))));
    assertTrue(empty.getMessage().contains("non-empty"), empty.getMessage());
  }

  private static ObjectNode resource(String type, String regionSource) {
    ObjectNode r = JSON.createObjectNode();
    r.put("type", type);
    r.put("region_source", regionSource);
    return r;
  }

  private static Annotation annotation(String id, String policyType, Map<String, List<String>> scope) {
    LinkedHashMap<Value, Value> custom = new LinkedHashMap<>();
    custom.put(StringValue.of("id"), StringValue.of(id));
    custom.put(StringValue.of("policy_type"), StringValue.of(policyType));
    if (scope != null) {
      LinkedHashMap<Value, Value> s = new LinkedHashMap<>();
      scope.forEach((k, v) -> s.put(StringValue.of(k), ArrayValue.of(v.stream().map(StringValue::of).toList())));
      custom.put(StringValue.of("resource_scope"), ObjectValue.wrap(s));
    }
    return new Annotation("document", id, "", ObjectValue.wrap(custom), "data.rampart.x.rule", "x.rego", 1, ObjectValue.wrap(new LinkedHashMap<>()));
  }
}
