package eu.rampart.stacks.aws.landingzone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import eu.rampart.plan.mock.InProcessPlanner;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A setting the program needs and the environment lacks fails with the key and the file named. */
class MissingSettingTest {
  @Test
  void missingVpcCidrNamesTheKeyAndTheEnvironmentFile() {
    Map<String, String> config = new LinkedHashMap<>(EnvironmentFiles.config(EnvironmentFiles.values("prod")));
    JsonObject settings = new Gson().fromJson(config.get("rampart:settings"), JsonObject.class);
    settings.getAsJsonObject("aws").remove("vpcCidr");
    config.put("rampart:settings", settings.toString());

    InProcessPlanner.PlanFailedException e = assertThrows(InProcessPlanner.PlanFailedException.class,
        () -> InProcessPlanner.plan("aws-landing-zone", "prod", "prod", config, List.of(), App::stack));
    assertEquals("missing-setting", e.kind());
    assertEquals("rampart.aws.vpcCidr", e.key());
    assertTrue(e.getMessage().contains("rampart.aws.vpcCidr") && e.getMessage().contains("environments/prod.yaml"), e.getMessage());
  }

  @Test
  void missingSettingsConfigNamesTheConfigKey() {
    InProcessPlanner.PlanFailedException e = assertThrows(InProcessPlanner.PlanFailedException.class,
        () -> InProcessPlanner.plan("aws-landing-zone", "staging", "staging", Map.of("aws:region", "eu-central-1"),
            List.of(), App::stack));
    assertEquals("rampart:settings", e.key());
    assertTrue(e.getMessage().contains("environments/staging.yaml"), e.getMessage());
  }
}
