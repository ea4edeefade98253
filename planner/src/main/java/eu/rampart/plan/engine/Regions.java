package eu.rampart.plan.engine;

import java.util.Map;

/** Facts about AWS region names that follow from the name itself. */
final class Regions {
  private static final Map<String, String> DIRECTIONS = Map.of("central", "c", "north", "n", "south", "s", "east", "e",
      "west", "w", "northeast", "ne", "northwest", "nw", "southeast", "se", "southwest", "sw");
  private static final Map<String, String> AREAS = Map.of("eu", "Europe", "us", "US", "ap", "Asia Pacific", "ca", "Canada",
      "sa", "South America", "me", "Middle East", "af", "Africa", "il", "Israel");

  private Regions() {}

  /** {@code eu-central-1} → {@code euc1}, the prefix of its zone ids ({@code euc1-az1}). */
  static String awsZoneCode(String region) {
    String[] p = region.split("-");
    if (p.length != 3) return region;
    return p[0] + DIRECTIONS.getOrDefault(p[1], p[1]) + p[2];
  }

  static String awsDescription(String region) {
    String[] p = region.split("-");
    if (p.length != 3) return region;
    return AREAS.getOrDefault(p[0], p[0]) + " (" + Character.toUpperCase(p[1].charAt(0)) + p[1].substring(1) + " " + p[2] + ")";
  }
}
