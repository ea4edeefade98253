package eu.rampart.plan.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Urns splits without a regex; it must agree with {@code split("::", 4)} on every string. */
class UrnsTest {
  @Test
  void partsAgreeWithSplitOnRandomStrings() {
    Random rnd = new Random(12);
    char[] alphabet = {':', ':', ':', 'a', 'b', '$', ' '};
    for (int n = 0; n < 20_000; n++) {
      StringBuilder s = new StringBuilder("urn:pulumi:");
      int len = rnd.nextInt(24);
      for (int i = 0; i < len; i++) s.append(alphabet[rnd.nextInt(alphabet.length)]);
      String urn = s.toString();
      String[] expected = urn.split("::", 4);
      boolean isUrn = expected.length == 4 && expected[0].startsWith("urn:pulumi:");
      assertEquals(isUrn, Urns.looksLikeUrn(urn), urn);
      if (!isUrn) continue;
      assertEquals(expected[0].substring("urn:pulumi:".length()), Urns.stack(urn), urn);
      assertEquals(expected[1], Urns.project(urn), urn);
      assertEquals(expected[3], Urns.name(urn), urn);
      String q = expected[2];
      assertEquals(q.substring(q.lastIndexOf('$') + 1), Urns.type(urn), urn);
    }
  }

  @Test
  void namesMayHoldTheSeparator() {
    String urn = "urn:pulumi:dev::proj::aws:s3/bucketV2:BucketV2$aws:s3/bucketPolicy:BucketPolicy::a::b::c";
    assertEquals("dev", Urns.stack(urn));
    assertEquals("proj", Urns.project(urn));
    assertEquals("aws:s3/bucketPolicy:BucketPolicy", Urns.type(urn));
    assertEquals("a::b::c", Urns.name(urn));
    assertEquals(false, Urns.looksLikeUrn("urn:pulumi::proj::t::n"));
    assertEquals(false, Urns.looksLikeUrn("urn:pulumi:dev::proj::t"));
  }
}
