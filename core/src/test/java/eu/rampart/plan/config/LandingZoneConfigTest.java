package eu.rampart.plan.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Our landing zones' stack files import rampart/<stack>; their config comes out of environments/<stack>.yaml. */
class LandingZoneConfigTest {
  private static final Path ROOT = Path.of(System.getProperty("rampart.root.dir", "..")).toAbsolutePath().normalize();

  @ParameterizedTest
  @CsvSource({
      "aws-landing-zone, prod, aws:region, eu-central-1",
      "aws-landing-zone, dev, aws:region, eu-central-1",
      "aws-landing-zone, staging, aws:region, eu-central-1",
      "azure-landing-zone, prod, azure-native:location, westeurope",
      "azure-landing-zone, dev, azure-native:location, westeurope",
  })
  void theImportedEnvironmentGivesTheRegionAndSettings(String stack, String env, String regionKey, String expected) {
    StackConfig c = StackConfigResolver.resolve(new ConfigRequest(ROOT.resolve("stacks").resolve(stack), env,
        ROOT.resolve("environments"), ROOT.resolve("environments").resolve(env + ".yaml"), Map.of(), Map.of()));
    assertEquals(expected, c.get(regionKey).value());
    assertTrue(c.get("rampart:settings").value().contains("\"environment\":\"" + env + "\""), "rampart:settings of " + env);
    assertTrue(c.get(regionKey).source().contains(env + ".yaml"), c.get(regionKey).source());
  }
}
