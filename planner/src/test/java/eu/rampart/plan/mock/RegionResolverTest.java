package eu.rampart.plan.mock;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RegionResolverTest {
  private static int order;

  private static CapturedResource res(String urn, String type, boolean custom, String provider, Map<String, Object> inputs,
                                      Map<String, Object> outputs) {
    return new CapturedResource(order++, urn, type, urn.substring(urn.lastIndexOf(':') + 1), custom, "id-" + order, null, provider,
        Map.of(), List.of(), Map.of(), inputs, outputs, false, false);
  }

  @Test
  void resolvesInTheContractOrder() {
    CapturedResource provider = res("urn:p::eu", "pulumi:providers:aws", true, null, Map.of("region", "eu-west-1"), Map.of());
    CapturedResource own = res("urn:r::own", "aws:s3/bucketV2:BucketV2", true, "urn:p::eu::pid", Map.of("region", "eu-central-1"), Map.of());
    CapturedResource viaProvider = res("urn:r::via", "aws:s3/bucketV2:BucketV2", true, "urn:p::eu::pid", Map.of(), Map.of());
    CapturedResource viaConfig = res("urn:r::cfg", "aws:s3/bucketV2:BucketV2", true, null, Map.of(), Map.of());
    CapturedResource rg = res("urn:r::rg", "azure-native:resources:ResourceGroup", true, null, Map.of("location", "northeurope"),
        Map.of("name", "rg-data"));
    CapturedResource inRg = res("urn:r::vault", "azure-native:keyvault:Vault", true, null, Map.of("resourceGroupName", "rg-data"), Map.of());
    CapturedResource gcp = res("urn:r::g", "gcp:storage/bucket:Bucket", true, null, Map.of(), Map.of());
    CapturedResource component = res("urn:c::group", "rampart:aws:Thing", false, null, Map.of(), Map.of());
    List<CapturedResource> all = List.of(provider, own, viaProvider, viaConfig, rg, inRg, gcp, component);

    RegionResolver withConfig = new RegionResolver(all, Map.of("aws:region", "eu-central-1", "azure-native:location", "westeurope"));
    RegionResolver noConfig = new RegionResolver(all, Map.of());
    assertAll(
        () -> assertEquals(new RegionResolver.Region("eu-west-1", RegionResolver.Source.INPUT), withConfig.resolve(provider)),
        () -> assertEquals(new RegionResolver.Region("eu-central-1", RegionResolver.Source.INPUT), withConfig.resolve(own)),
        () -> assertEquals(new RegionResolver.Region("eu-west-1", RegionResolver.Source.PROVIDER), withConfig.resolve(viaProvider)),
        () -> assertEquals(new RegionResolver.Region("eu-central-1", RegionResolver.Source.STACK_CONFIG), withConfig.resolve(viaConfig)),
        () -> assertEquals(new RegionResolver.Region("westeurope", RegionResolver.Source.STACK_CONFIG), withConfig.resolve(inRg)),
        () -> assertEquals(new RegionResolver.Region("northeurope", RegionResolver.Source.RESOURCE_GROUP), noConfig.resolve(inRg)),
        () -> assertEquals(RegionResolver.Source.UNKNOWN, noConfig.resolve(viaConfig).source()),
        () -> assertEquals(RegionResolver.Source.UNKNOWN, withConfig.resolve(gcp).source()),
        () -> assertEquals(RegionResolver.Source.UNKNOWN, withConfig.resolve(component).source()));
  }
}
