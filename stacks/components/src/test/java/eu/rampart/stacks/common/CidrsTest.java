package eu.rampart.stacks.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CidrsTest {
  @Test
  void carvesSubnetsLikeCidrsubnet() {
    assertEquals("10.30.0.0/20", Cidrs.subnet("10.30.0.0/16", 4, 0));
    assertEquals("10.30.16.0/20", Cidrs.subnet("10.30.0.0/16", 4, 1));
    assertEquals("10.30.240.0/20", Cidrs.subnet("10.30.0.0/16", 4, 15));
    assertEquals("172.16.8.128/25", Cidrs.subnet("172.16.8.0/24", 1, 1));
    assertEquals("10.30.0.0/20", Cidrs.subnet("10.30.7.9/16", 4, 0), "host bits of the network are ignored");
  }

  @Test
  void rejectsWhatDoesNotFit() {
    assertThrows(IllegalArgumentException.class, () -> Cidrs.subnet("10.30.0.0/16", 4, 16));
    assertThrows(IllegalArgumentException.class, () -> Cidrs.subnet("10.30.0.0/30", 4, 0));
    assertThrows(IllegalArgumentException.class, () -> Cidrs.subnet("10.300.0.0/16", 4, 0));
    assertThrows(IllegalArgumentException.class, () -> Cidrs.subnet("10.30.0.0", 4, 0));
  }
}
