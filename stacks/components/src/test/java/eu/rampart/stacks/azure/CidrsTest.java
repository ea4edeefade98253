package eu.rampart.stacks.azure;

import eu.rampart.stacks.common.Tier;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CidrsTest {
  @Test
  void carvesConsecutiveBlocks() {
    assertEquals("10.130.0.0/24", Cidrs.subnet("10.130.0.0/16", 24, 0));
    assertEquals("10.130.7.0/24", Cidrs.subnet("10.130.0.0/16", 24, 7));
    assertEquals("10.130.255.224/27", Cidrs.lastSubnet("10.130.0.0/16", 27));
  }

  @Test
  void rejectsBlocksThatDoNotFit() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Cidrs.subnet("10.0.0.0/23", 24, 2));
    assertTrue(e.getMessage().contains("holds only 2 /24 blocks"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Cidrs.subnet("10.0.0.0/24", 16, 0));
  }

  @Test
  void rejectsMalformedRanges() {
    for (String bad : List.of("10.0.0.0", "10.0.0/16", "10.0.0.300/24", "10.0.0.1/24", "10.0.0.0/33", "x/8")) {
      assertThrows(IllegalArgumentException.class, () -> Cidrs.address(bad), bad);
    }
  }

  @Test
  void networkCarvingKeepsTheGatewaySubnetApartFromTheTiers() {
    Map<Tier, List<String>> prefixes = SegmentedNetwork.carve("10.110.0.0/16", 2);
    assertEquals(List.of("10.110.0.0/24", "10.110.1.0/24"), prefixes.get(Tier.PUBLIC));
    assertEquals(List.of("10.110.6.0/24", "10.110.7.0/24"), prefixes.get(Tier.MANAGEMENT));
    // a /21 holds the eight /24 tier subnets and nothing else: no room for GatewaySubnet
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SegmentedNetwork.carve("10.0.0.0/21", 2));
    assertTrue(e.getMessage().contains("too small"), e.getMessage());
  }
}
