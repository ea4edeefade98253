package eu.rampart.stacks.aws.landingzone;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** BAK-1/2/3: schedules, retention, cross-region copies, locked encrypted vaults. */
class BackupTest {
  @ParameterizedTest
  @ValueSource(strings = {"dev", "staging", "prod"})
  void rulesEveryFourHoursAndDailyKeptLongEnough(String env) {
    Plan plan = Plan.of(env);
    Map<String, Object> backupPlan = plan.ofType("aws:backup/plan:Plan").get(0);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> rules = (List<Map<String, Object>>) Plan.inputs(backupPlan).get("rules");
    double retention = ((Number) plan.setting("backup.retentionDays")).doubleValue();
    assertAll(() -> assertTrue(rules.stream().anyMatch(r -> "cron(0 */4 * * ? *)".equals(r.get("schedule"))), "4-hourly rule"),
        () -> assertTrue(rules.stream().anyMatch(r -> ((String) r.get("schedule")).matches("cron\\(0 \\d+ \\* \\* \\? \\*\\)")), "daily rule"),
        () -> rules.forEach(r -> assertTrue(Plan.number(Plan.at(r, "lifecycle", "deleteAfter")) >= retention,
            Plan.urn(backupPlan) + " rule " + r.get("ruleName") + " keeps less than " + retention + " days")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"staging", "prod"})
  void everyRuleCopiesToAVaultInTheOtherRegion(String env) {
    Plan plan = Plan.of(env);
    Map<String, Object> backupPlan = plan.ofType("aws:backup/plan:Plan").get(0);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> rules = (List<Map<String, Object>>) Plan.inputs(backupPlan).get("rules");
    assertAll(rules.stream().map(r -> (Executable) () -> {
      Object target = Plan.at(r, "copyActions", 0, "destinationVaultArn");
      Map<String, Object> vault = plan.byOutput("aws:backup/vault:Vault", "arn", target)
          .orElseThrow(() -> new AssertionError(Plan.urn(backupPlan) + " rule " + r.get("ruleName") + " copies to unknown " + target));
      assertNotEquals(backupPlan.get("region"), vault.get("region"), Plan.urn(vault) + " is in the primary region");
      assertTrue(plan.allowedRegions().contains(vault.get("region")), Plan.urn(vault) + " region " + vault.get("region"));
      assertTrue(Plan.number(Plan.at(r, "copyActions", 0, "lifecycle", "deleteAfter"))
          >= ((Number) plan.setting("backup.retentionDays")).doubleValue(), Plan.urn(backupPlan) + " copy retention");
    }));
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev"})
  void devMakesNoCrossRegionCopies(String env) {
    Plan plan = Plan.of(env);
    Map<String, Object> backupPlan = plan.ofType("aws:backup/plan:Plan").get(0);
    assertAll(() -> assertEquals(1, plan.ofType("aws:backup/vault:Vault").size()),
        () -> assertNull(Plan.at(Plan.inputs(backupPlan), "rules", 0, "copyActions")),
        () -> assertTrue(plan.ofType("aws:s3/bucketReplicationConfig:BucketReplicationConfig").isEmpty()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "staging", "prod"})
  void vaultsAreEncryptedAndLocked(String env) {
    Plan plan = Plan.of(env);
    List<Map<String, Object>> locks = plan.ofType("aws:backup/vaultLockConfiguration:VaultLockConfiguration");
    assertAll(plan.ofType("aws:backup/vault:Vault").stream().map(v -> (Executable) () -> {
      assertTrue(plan.byOutput("aws:kms/key:Key", "arn", Plan.inputs(v).get("kmsKeyArn")).isPresent(),
          Plan.urn(v) + " key " + Plan.inputs(v).get("kmsKeyArn"));
      assertTrue(locks.stream().anyMatch(l -> Plan.outputs(v).get("name").equals(Plan.inputs(l).get("backupVaultName"))),
          Plan.urn(v) + " is not locked");
    }));
  }
}
