package eu.rampart.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WaiversTest {
  static Map<String, Object> waiver(String rule, String urn, String expires) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("rule", rule);
    m.put("urn", urn);
    m.put("reason", "migration ticket OPS-12");
    m.put("owner", "platform-team");
    m.put("expires", expires);
    return m;
  }

  @Test
  void parsesAllFields() throws Exception {
    List<Waiver> ws = Waivers.parse("environments/prod.yaml", List.of(waiver("RES-1", "urn:**", "2030-01-31")));
    assertEquals(1, ws.size());
    assertEquals(LocalDate.of(2030, 1, 31), ws.get(0).expires());
    assertEquals("platform-team", ws.get(0).owner());
  }

  @Test
  void missingFieldNamesFileAndIndex() {
    Map<String, Object> bad = waiver("RES-1", "urn:**", "2030-01-31");
    bad.remove("owner");
    CheckInputException e = assertThrows(CheckInputException.class,
        () -> Waivers.parse("environments/prod.yaml", List.of(waiver("ENC-1", "**", "2030-01-01"), bad)));
    assertEquals("environments/prod.yaml", e.source());
    assertTrue(e.getMessage().contains("waivers[1]"), e.getMessage());
    assertTrue(e.getMessage().contains("owner"), e.getMessage());
  }

  @Test
  void aReasonOrOwnerThatIsNotTextIsAnInputError() {
    for (Object notText : List.of(Map.of(), List.of(), 42, true)) {
      for (String field : List.of("reason", "owner", "rule", "urn")) {
        Map<String, Object> bad = waiver("RES-1", "urn:**", "2030-01-31");
        bad.put(field, notText);
        CheckInputException e = assertThrows(CheckInputException.class,
            () -> Waivers.parse("environments/prod.yaml", List.of(bad), java.util.Set.of("RES-1")), field + " = " + notText);
        assertTrue(e.getMessage().startsWith("waivers[0]." + field + ": expected a non-empty string"), e.getMessage());
      }
    }
    Map<String, Object> empty = waiver("RES-1", "urn:**", "2030-01-31");
    empty.put("reason", "  ");
    assertThrows(CheckInputException.class, () -> Waivers.parse("env.yaml", List.of(empty)));
  }

  @Test
  void aRuleThatNamesNoControlIsAnInputErrorButStarCoversAll() throws Exception {
    CheckInputException e = assertThrows(CheckInputException.class,
        () -> Waivers.parse("env.yaml", List.of(waiver("ENC-9", "**", "2030-01-01")), java.util.Set.of("ENC-1", "ENC-2")));
    assertTrue(e.getMessage().contains("'ENC-9' names no control"), e.getMessage());
    assertEquals(1, Waivers.parse("env.yaml", List.of(waiver("*", "**", "2030-01-01")), java.util.Set.of("ENC-1")).size());
  }

  @Test
  void badDateIsAnInputError() {
    CheckInputException e = assertThrows(CheckInputException.class,
        () -> Waivers.parse("env.yaml", List.of(waiver("RES-1", "**", "next tuesday"))));
    assertTrue(e.getMessage().contains("waivers[0].expires"), e.getMessage());
  }

  @Test
  void expiryIsInclusive() throws Exception {
    Waiver w = Waivers.parse("env.yaml", List.of(waiver("RES-1", "**", "2026-11-23"))).get(0);
    assertTrue(!w.expiredOn(LocalDate.of(2026, 11, 23)));
    assertTrue(w.expiredOn(LocalDate.of(2026, 11, 24)));
  }
}
