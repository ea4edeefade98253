package eu.rampart.plan.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Urns splits without a regex; it must agree with {@code split("::", 4)} on every string
 * (RampartPlanReaderTest covers names holding the separator and nested types by example).
 */
class UrnsTest {
  @Test
  void partsAgreeWithSplitOnRandomStrings() {
    assertEquals(false, Urns.looksLikeUrn("urn:pulumi::proj::t::n"), "no stack part");
    assertEquals(false, Urns.looksLikeUrn("urn:pulumi:dev::proj::t"), "no name part");
    Random rnd = new Random(12);
    char[] alphabet = {':', ':', ':', 'a', 'b', '$', ' '};
    int urns = 0;
    for (int n = 0; n < 20_000; n++) {
      StringBuilder s = new StringBuilder("urn:pulumi:");
      int len = rnd.nextInt(24);
      for (int i = 0; i < len; i++) s.append(alphabet[rnd.nextInt(alphabet.length)]);
      String urn = s.toString();
      String[] expected = urn.split("::", 4);
      boolean isUrn = expected.length == 4 && expected[0].startsWith("urn:pulumi:");
      assertEquals(isUrn, Urns.looksLikeUrn(urn), urn);
      if (!isUrn) continue;
      urns++;
      assertEquals(expected[0].substring("urn:pulumi:".length()), Urns.stack(urn), urn);
      assertEquals(expected[1], Urns.project(urn), urn);
      assertEquals(expected[3], Urns.name(urn), urn);
      String q = expected[2];
      assertEquals(q.substring(q.lastIndexOf('$') + 1), Urns.type(urn), urn);
    }
    assertTrue(urns > 1000, "too few strings were URNs to compare the parts: " + urns);
  }
}
