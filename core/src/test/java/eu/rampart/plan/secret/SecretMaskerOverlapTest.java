package eu.rampart.plan.secret;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Found by MaskerFuzzTest: a long match covering several shorter earlier ones must merge them all. */
class SecretMaskerOverlapTest {
  @Test
  void aMatchCoveringSeveralEarlierMatchesIsMaskedWhole() {
    SecretMasker m = new SecretMasker(List.of("word-ss\r\nword-34-secret"));
    String text = "x word-ss word-ss\r\nword-34-secret y";
    String masked = m.mask(text);
    assertFalse(masked.contains("word-34-secret"), masked);
    assertEquals("x " + SecretMasker.MASK + " " + SecretMasker.MASK + " y", masked);
  }
}
