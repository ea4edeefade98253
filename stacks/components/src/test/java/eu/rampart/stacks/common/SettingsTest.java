package eu.rampart.stacks.common;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsTest {
  private static final Settings S = Settings.fromJson("""
      {"environment":"staging","production":false,"owner":"team","protect":false,"crossRegionCopies":true,
       "aws":{"vpcCidr":"10.20.0.0/16","availabilityZones":2,"ids":["1","2"],"half":2.5}}""", "ignored");

  @Test
  void typedGetters() {
    assertAll(() -> assertEquals("staging", S.environment()),
        () -> assertFalse(S.production()),
        () -> assertFalse(S.protect()),
        () -> assertTrue(S.crossRegionCopies()),
        () -> assertEquals("10.20.0.0/16", S.requireString("aws.vpcCidr")),
        () -> assertEquals(2, S.requireInt("aws.availabilityZones")),
        () -> assertEquals(List.of("1", "2"), S.requireStringList("aws.ids")),
        () -> assertEquals("environments/staging.yaml", S.environmentFile()),
        () -> assertFalse(S.has("aws.nothing")));
  }

  @Test
  void missingSettingNamesTheFullKeyAndTheEnvironmentFile() {
    MissingSettingException e = assertThrows(MissingSettingException.class, () -> S.requireString("vpn.clientCidr"));
    assertAll(() -> assertEquals("rampart.vpn.clientCidr", e.key()),
        () -> assertEquals("environments/staging.yaml", e.environmentFile()),
        () -> assertTrue(e.getMessage().contains("'rampart.vpn.clientCidr'") && e.getMessage().contains("environments/staging.yaml"),
            e.getMessage()));
  }

  @Test
  void wrongTypesAreErrorsNotGuesses() {
    assertThrows(IllegalArgumentException.class, () -> S.requireInt("aws.half"));
    assertThrows(IllegalArgumentException.class, () -> S.requireBoolean("owner"));
    assertThrows(IllegalArgumentException.class, () -> S.requireString("aws"));
    assertThrows(IllegalArgumentException.class, () -> Settings.fromJson("[1]", "x"));
    assertThrows(IllegalArgumentException.class, () -> Settings.fromJson("{not json", "x"));
  }

  @Test
  void productionAlwaysProtectsAndTagsCannotBeOverridden() {
    Settings prod = Settings.fromJson("{\"environment\":\"prod\",\"production\":true,\"owner\":\"o\",\"protect\":false}", "prod");
    assertTrue(prod.protect());
    Map<String, String> tags = Tags.with(prod, Tags.Classification.PERSONAL, Map.of("environment", "dev", "team", "x"));
    assertAll(() -> assertEquals("prod", tags.get("environment")),
        () -> assertEquals("personal", tags.get("data-classification")),
        () -> assertEquals("x", tags.get("team")));
  }

  @Test
  void environmentFileFallsBackToTheStackName() {
    assertEquals("environments/qa.yaml", Settings.fromJson("{}", "qa").environmentFile());
  }
}
