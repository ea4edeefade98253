package eu.rampart.env;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/** Builds {@code input.environment} (docs/policy-input.md) from an environment's settings. */
final class PolicyEnvironment {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** cloud name in the policy input → settings section and its region/CIDR keys */
  private static final List<String[]> CLOUDS = List.of(
      new String[] {"aws", "aws", "primaryRegion", "secondaryRegion", "vpcCidr"},
      new String[] {"azure", "azure", "primaryLocation", "secondaryLocation", "vnetCidr"});

  private PolicyEnvironment() {}

  static ObjectNode of(Environment env) {
    ObjectNode out = JSON.createObjectNode();
    out.put("name", env.name());
    out.put("production", env.production());
    ObjectNode allowed = out.putObject("allowed_regions");
    for (Map.Entry<String, List<String>> e : env.policy().allowedRegions().entrySet()) {
      ArrayNode list = allowed.putArray(e.getKey());
      e.getValue().forEach(list::add);
    }
    ObjectNode primary = out.putObject("primary_region");
    ObjectNode secondary = out.putObject("secondary_region");
    ObjectNode cidrs = out.putObject("network_cidrs");
    for (String[] c : CLOUDS) {
      putString(primary, c[0], env.setting(c[1] + "." + c[2]));
      putString(secondary, c[0], env.setting(c[1] + "." + c[3]));
      putString(cidrs, c[0], env.setting(c[1] + "." + c[4]));
    }
    putString(out, "vpn_client_cidr", env.setting("vpn.clientCidr"));
    ObjectNode backup = out.putObject("backup");
    putNumber(backup, "every_hours", env.setting("backup.everyHours"));
    putNumber(backup, "retention_days", env.setting("backup.retentionDays"));
    putNumber(out, "log_retention_days", env.setting("logs.retentionDays"));
    out.put("cross_region_copies", Boolean.TRUE.equals(env.setting("crossRegionCopies")));
    ObjectNode enforcement = out.putObject("enforcement");
    env.policy().enforcement().forEach(enforcement::put);
    if (env.policy().platform().named()) {
      ObjectNode platform = out.putObject("platform");
      env.policy().platform().stacks().forEach(platform.putArray("stacks")::add);
      env.policy().platform().provides().forEach(platform.putArray("provides")::add);
    }
    return out;
  }

  private static void putString(ObjectNode node, String key, Object value) {
    if (value == null) node.putNull(key);
    else node.put(key, String.valueOf(value));
  }

  private static void putNumber(ObjectNode node, String key, Object value) {
    if (value instanceof Long l) node.put(key, l);
    else if (value instanceof Integer i) node.put(key, i);
    else if (value instanceof Double d) node.put(key, d);
    else node.putNull(key);
  }
}
