package eu.rampart.analyzer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.Empty;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import pulumirpc.AnalyzerOuterClass.AnalyzeDiagnostic;
import pulumirpc.AnalyzerOuterClass.AnalyzeRequest;
import pulumirpc.AnalyzerOuterClass.AnalyzeStackRequest;
import pulumirpc.AnalyzerOuterClass.AnalyzerResource;
import pulumirpc.AnalyzerOuterClass.AnalyzerStackConfigureRequest;
import pulumirpc.AnalyzerOuterClass.ConfigureAnalyzerRequest;
import pulumirpc.AnalyzerOuterClass.EnforcementLevel;
import pulumirpc.AnalyzerOuterClass.PolicyConfig;
import pulumirpc.AnalyzerOuterClass.PolicyInfo;
import pulumirpc.AnalyzerOuterClass.RemediateResponse;

/** What Analyze decides alone, what it leaves to AnalyzeStack, request limits and remediation, over gRPC. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PerResourceEnforcementTest {
  private PluginProcess plugin;

  @BeforeAll
  void start() throws Exception {
    plugin = PluginProcess.start();
    plugin.stub().configureStack(AnalyzerStackConfigureRequest.newBuilder().setProject("probe").setStack("prod").build());
  }

  @AfterAll
  void stop() {
    if (plugin != null) plugin.close();
  }

  @Test
  void aBucketWhoseProviderIsOutsideTheEuIsBlockedPerResourceAndNotReportedAgainForTheStack() {
    List<AnalyzeDiagnostic> perResource = plugin.stub().analyze(BucketRequests.bucket(1, "us-east-1")).getDiagnosticsList();
    assertTrue(perResource.stream().anyMatch(d -> d.getPolicyName().equals("RES-1") && d.getEnforcementLevel() == EnforcementLevel.MANDATORY),
        perResource.toString());
    assertTrue(plugin.stub().analyze(BucketRequests.bucket(2, "eu-central-1")).getDiagnosticsList().stream()
        .noneMatch(d -> d.getPolicyName().equals("RES-1")));
    AnalyzeRequest b = BucketRequests.bucket(1, "us-east-1");
    List<AnalyzeDiagnostic> stack = plugin.stub().analyzeStack(AnalyzeStackRequest.newBuilder().addResources(AnalyzerResource.newBuilder()
        .setUrn(b.getUrn()).setType(b.getType()).setName(b.getName()).setProperties(b.getProperties()).setProvider(b.getProvider())).build())
        .getDiagnosticsList();
    assertTrue(stack.stream().noneMatch(d -> d.getPolicyName().equals("RES-1")), "RES-1 reported twice: " + stack);
  }

  @Test
  void anAzureResourceThatInheritsItsResourceGroupsLocationIsLeftToTheStack() {
    String urn = "urn:pulumi:prod::probe::azure-native:storage:StorageAccount::docs";
    Struct props = Struct.newBuilder().putFields("resourceGroupName", BucketRequests.str("rg-data")).build();
    AnalyzeRequest alone = AnalyzeRequest.newBuilder().setUrn(urn).setType("azure-native:storage:StorageAccount").setName("docs")
        .setProperties(props).setProvider(pulumirpc.AnalyzerOuterClass.AnalyzerProviderResource.newBuilder()
            .setUrn("urn:pulumi:prod::probe::pulumi:providers:azure-native::default").setType("pulumi:providers:azure-native")
            .setName("default").setProperties(Struct.getDefaultInstance())).build();
    assertTrue(plugin.stub().analyze(alone).getDiagnosticsList().stream().noneMatch(d -> d.getPolicyName().equals("RES-1")),
        "the resource group's location is not known to Analyze");
    AnalyzerResource account = AnalyzerResource.newBuilder().setUrn(urn).setType(alone.getType()).setName("docs")
        .setProperties(props).setProvider(alone.getProvider()).build();
    AnalyzerResource group = AnalyzerResource.newBuilder().setUrn("urn:pulumi:prod::probe::azure-native:resources:ResourceGroup::rg")
        .setType("azure-native:resources:ResourceGroup").setName("rg").setProvider(alone.getProvider())
        .setProperties(Struct.newBuilder().putFields("resourceGroupName", BucketRequests.str("rg-data"))
            .putFields("location", BucketRequests.str("eastus"))).build();
    List<AnalyzeDiagnostic> stack = plugin.stub().analyzeStack(AnalyzeStackRequest.newBuilder().addResources(group).addResources(account).build())
        .getDiagnosticsList();
    assertTrue(stack.stream().anyMatch(d -> d.getPolicyName().equals("RES-1") && d.getUrn().equals(urn)), stack.toString());
  }

  @Test
  void aDeeplyNestedPropertyIsInvalidArgumentWithOneLineAndThePluginKeepsServing() {
    Value v = BucketRequests.str("leaf");
    for (int i = 0; i < 150; i++) v = Value.newBuilder().setStructValue(Struct.newBuilder().putFields("n", v)).build();
    AnalyzeRequest deep = BucketRequests.bucket(3, "eu-central-1").toBuilder()
        .setProperties(Struct.newBuilder().putFields("tags", v)).build();
    StatusRuntimeException e = assertThrows(StatusRuntimeException.class, () -> plugin.stub().analyze(deep));
    assertEquals(Status.Code.INVALID_ARGUMENT, e.getStatus().getCode(), e.getStatus().toString());
    String d = e.getStatus().getDescription();
    assertTrue(d != null && d.contains("deeper than") && d.contains(BucketRequests.urn(3)) && !d.contains("\n"), String.valueOf(d));
    assertTrue(plugin.process.isAlive());
    assertFalse(plugin.stub().getPluginInfo(Empty.getDefaultInstance()).getVersion().isEmpty());
  }

  @Test
  void anAnalyzeStackRequestOverGrpcsDefaultFourMebibytesIsAccepted() {
    AnalyzeStackRequest.Builder big = AnalyzeStackRequest.newBuilder();
    String filler = "x".repeat(10_000);
    for (int i = 0; i < 600; i++) {
      AnalyzeRequest b = BucketRequests.bucket(i, "eu-central-1");
      big.addResources(AnalyzerResource.newBuilder().setUrn(b.getUrn()).setType(b.getType()).setName(b.getName())
          .setProperties(b.getProperties().toBuilder().putFields("description", BucketRequests.str(filler))).setProvider(b.getProvider()));
    }
    AnalyzeStackRequest req = big.build();
    assertTrue(req.getSerializedSize() > 4 * 1024 * 1024, "request must exceed 4 MiB: " + req.getSerializedSize());
    plugin.stub().analyzeStack(req); // no RESOURCE_EXHAUSTED
  }

  @Test
  void remediationFixesStorageSettingsOnlyWhenConfiguredAndIsInTheSummary() {
    String urn = "urn:pulumi:prod::probe::azure-native:storage:StorageAccount::docs";
    AnalyzeRequest account = AnalyzeRequest.newBuilder().setUrn(urn).setType("azure-native:storage:StorageAccount").setName("docs")
        .setProperties(Struct.newBuilder().putFields("minimumTlsVersion", BucketRequests.str("TLS1_0"))
            .putFields("allowBlobPublicAccess", Value.newBuilder().setBoolValue(true).build())
            .putFields("location", BucketRequests.str("westeurope"))).build();
    assertEquals(0, plugin.stub().remediate(account).getRemediationsCount(), "remediation must be off by default");
    try {
      plugin.stub().configure(ConfigureAnalyzerRequest.newBuilder()
          .putPolicyConfig("ENC-3", PolicyConfig.newBuilder().setEnforcementLevel(EnforcementLevel.REMEDIATE).build())
          .putPolicyConfig("DATA-1", PolicyConfig.newBuilder().setEnforcementLevel(EnforcementLevel.REMEDIATE).build()).build());
      RemediateResponse r = plugin.stub().remediate(account);
      Struct fixed = r.getRemediations(r.getRemediationsCount() - 1).getProperties();
      assertEquals("TLS1_2", fixed.getFieldsOrThrow("minimumTlsVersion").getStringValue());
      assertFalse(fixed.getFieldsOrThrow("allowBlobPublicAccess").getBoolValue());
      assertTrue(fixed.getFieldsOrThrow("enableHttpsTrafficOnly").getBoolValue());
      assertEquals("westeurope", fixed.getFieldsOrThrow("location").getStringValue(), "other properties are kept");
      PolicyInfo enc3 = plugin.stub().getAnalyzerInfo(Empty.getDefaultInstance()).getPoliciesList().stream()
          .filter(p -> p.getName().equals("ENC-3")).findFirst().orElseThrow();
      assertEquals(EnforcementLevel.REMEDIATE, enc3.getEnforcementLevel());
      assertTrue(enc3.getRemediationSteps().contains("minimumTlsVersion = TLS1_2"), enc3.getRemediationSteps());

      AnalyzeRequest pab = AnalyzeRequest.newBuilder().setUrn("urn:pulumi:prod::probe::aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock::pab")
          .setType("aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock").setName("pab")
          .setProperties(Struct.newBuilder().putFields("bucket", BucketRequests.str("docs"))
              .putFields("blockPublicAcls", Value.newBuilder().setBoolValue(false).build())).build();
      Struct pabFixed = plugin.stub().remediate(pab).getRemediations(0).getProperties();
      for (String k : List.of("blockPublicAcls", "blockPublicPolicy", "ignorePublicAcls", "restrictPublicBuckets")) {
        assertTrue(pabFixed.getFieldsOrThrow(k).getBoolValue(), k);
      }
    } finally {
      plugin.stub().configure(ConfigureAnalyzerRequest.getDefaultInstance());
    }
    assertEquals(0, plugin.stub().remediate(account).getRemediationsCount());
  }
}
