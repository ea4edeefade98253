package eu.rampart.cli.support;

import eu.rampart.check.CheckEnvironment;
import eu.rampart.check.CheckInputException;
import eu.rampart.rego.value.JavaValues;
import eu.rampart.rego.value.ObjectValue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The environment a check runs in: {@code --env NAME} reads {@code environments/NAME.yaml} under
 * the rampart home, {@code --env FILE} reads that file. Interim reader of the ESC layout
 * ({@code values.rampart.*}) until the shared environment loader is wired in.
 */
public final class CheckEnvironments {
  private CheckEnvironments() {}

  public static CheckEnvironment load(String nameOrFile, Path home) throws CheckInputException {
    Path file = nameOrFile.endsWith(".yaml") || nameOrFile.endsWith(".yml") || nameOrFile.contains("/")
        ? Path.of(nameOrFile) : home.resolve("environments").resolve(nameOrFile + ".yaml");
    String src = file.toString();
    if (!Files.isRegularFile(file)) {
      throw new CheckInputException(src, "no such environment file (--env takes a name under environments/ or a .yaml file)");
    }
    Object doc;
    try {
      doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(file));
    } catch (IOException e) {
      throw new CheckInputException(src, "cannot be read: " + e.getMessage());
    } catch (RuntimeException e) {
      throw new CheckInputException(src, "is not valid YAML: " + e.getMessage().replace('\n', ' '));
    }
    Map<?, ?> rampart = map(map(doc, src, "$").get("values"), src, "values");
    rampart = map(rampart.get("rampart"), src, "values.rampart");
    Map<?, ?> aws = optMap(rampart.get("aws"));
    Map<?, ?> azure = optMap(rampart.get("azure"));
    Map<?, ?> policy = optMap(rampart.get("policy"));
    String name = String.valueOf(rampart.get("environment") == null ? nameOrFile : rampart.get("environment"));
    Map<String, Object> env = new LinkedHashMap<>();
    env.put("name", name);
    env.put("production", Boolean.TRUE.equals(rampart.get("production")));
    env.put("allowed_regions", policy.get("allowedRegions") == null ? Map.of() : policy.get("allowedRegions"));
    env.put("primary_region", pair(aws.get("primaryRegion"), azure.get("primaryLocation")));
    env.put("secondary_region", pair(aws.get("secondaryRegion"), azure.get("secondaryLocation")));
    Map<?, ?> vpn = optMap(rampart.get("vpn"));
    if (vpn.get("clientCidr") != null) env.put("vpn_client_cidr", vpn.get("clientCidr"));
    env.put("network_cidrs", pair(aws.get("vpcCidr"), azure.get("vnetCidr")));
    Map<?, ?> backup = optMap(rampart.get("backup"));
    Map<String, Object> b = new LinkedHashMap<>();
    if (backup.get("everyHours") != null) b.put("every_hours", backup.get("everyHours"));
    if (backup.get("retentionDays") != null) b.put("retention_days", backup.get("retentionDays"));
    env.put("backup", b);
    Map<?, ?> logs = optMap(rampart.get("logs"));
    if (logs.get("retentionDays") != null) env.put("log_retention_days", logs.get("retentionDays"));
    env.put("cross_region_copies", Boolean.TRUE.equals(rampart.get("crossRegionCopies")));
    env.put("enforcement", policy.get("enforcement") == null ? Map.of() : policy.get("enforcement"));
    Object waivers = policy.get("waivers");
    if (waivers != null && !(waivers instanceof List<?>)) {
      throw new CheckInputException(src, "values.rampart.policy.waivers: expected a list of waivers");
    }
    ObjectValue value;
    try {
      value = (ObjectValue) JavaValues.from(env);
    } catch (IllegalArgumentException e) {
      throw new CheckInputException(src, "values.rampart: unsupported value: " + e.getMessage());
    }
    return new CheckEnvironment(name, value, waivers == null ? List.of() : (List<?>) waivers, src);
  }

  private static Map<String, Object> pair(Object aws, Object azure) {
    Map<String, Object> m = new LinkedHashMap<>();
    if (aws != null) m.put("aws", aws);
    if (azure != null) m.put("azure", azure);
    return m;
  }

  private static Map<?, ?> map(Object o, String src, String path) throws CheckInputException {
    if (o instanceof Map<?, ?> m) return m;
    throw new CheckInputException(src, path + ": expected a mapping");
  }

  private static Map<?, ?> optMap(Object o) { return o instanceof Map<?, ?> m ? m : Map.of(); }
}
