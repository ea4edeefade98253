package eu.rampart.stacks.common;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.pulumi.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The environment settings of a stack: the {@code values.rampart} tree of
 * {@code environments/<env>.yaml}, delivered as one JSON object in Pulumi config key
 * {@code rampart:settings} (by Pulumi ESC under {@code pulumi up}, by {@code rampart plan} offline).
 *
 * <p>Keys are dotted paths below {@code rampart}, e.g. {@code aws.vpcCidr}. The {@code requireX}
 * getters fail with a {@link MissingSettingException} naming the full key and the environment file.
 */
public final class Settings {
  public static final String CONFIG_NAMESPACE = "rampart";
  public static final String CONFIG_KEY = "settings";
  /** Full Pulumi config key, as written in {@code pulumiConfig} of the environment file. */
  public static final String FULL_CONFIG_KEY = CONFIG_NAMESPACE + ":" + CONFIG_KEY;

  private final JsonObject root;
  private final String environmentFile;

  private Settings(JsonObject root, String environmentFile) {
    this.root = root;
    this.environmentFile = environmentFile;
  }

  /** Reads {@code rampart:settings} from the stack config; the stack name names the file when absent. */
  public static Settings load(Context ctx) {
    String fallbackFile = fileOf(ctx.stackName());
    String json = ctx.config(CONFIG_NAMESPACE).get(CONFIG_KEY)
        .orElseThrow(() -> new MissingSettingException(FULL_CONFIG_KEY, fallbackFile,
            "the whole rampart settings object; import the ESC environment rampart/" + ctx.stackName()
                + " or run rampart plan --env " + ctx.stackName()));
    return fromJson(json, ctx.stackName());
  }

  /** Parses the settings JSON; {@code stackName} is used only when the settings do not name their environment. */
  public static Settings fromJson(String json, String stackName) {
    JsonElement parsed;
    try {
      parsed = JsonParser.parseString(Objects.requireNonNull(json, "json"));
    } catch (JsonParseException e) {
      throw new IllegalArgumentException("config " + FULL_CONFIG_KEY + " is not valid JSON: " + e.getMessage(), e);
    }
    if (!parsed.isJsonObject()) {
      throw new IllegalArgumentException("config " + FULL_CONFIG_KEY + " must be a JSON object, got: " + parsed);
    }
    JsonObject obj = parsed.getAsJsonObject();
    JsonElement env = obj.get("environment");
    String name = env != null && env.isJsonPrimitive() ? env.getAsString() : stackName;
    return new Settings(obj, fileOf(name));
  }

  private static String fileOf(String environment) {
    return "environments/" + environment + ".yaml";
  }

  /** The environment file these settings come from, as a path relative to the repository root. */
  public String environmentFile() { return environmentFile; }

  public String environment() { return requireString("environment"); }

  public boolean production() { return requireBoolean("production"); }

  public String owner() { return requireString("owner"); }

  /** Whether stateful resources get {@code protect}; production always protects. */
  public boolean protect() { return bool("protect").orElse(false) || production(); }

  public boolean crossRegionCopies() { return bool("crossRegionCopies").orElse(false); }

  public Optional<JsonElement> find(String path) {
    JsonElement cur = root;
    for (String part : path.split("\\.")) {
      if (cur == null || !cur.isJsonObject()) return Optional.empty();
      cur = cur.getAsJsonObject().get(part);
    }
    return cur == null || cur.isJsonNull() ? Optional.empty() : Optional.of(cur);
  }

  public boolean has(String path) { return find(path).isPresent(); }

  public Optional<String> string(String path) {
    return find(path).map(e -> primitive(path, e, "a string").getAsString());
  }

  public Optional<Integer> integer(String path) {
    return find(path).map(e -> {
      JsonElement p = primitive(path, e, "an integer");
      try {
        double d = p.getAsDouble();
        if (d != Math.rint(d)) throw wrongType(path, "an integer", e);
        return (int) d;
      } catch (NumberFormatException ex) {
        throw wrongType(path, "an integer", e);
      }
    });
  }

  public Optional<Boolean> bool(String path) {
    return find(path).map(e -> {
      JsonElement p = primitive(path, e, "true or false");
      if (!p.getAsJsonPrimitive().isBoolean()) throw wrongType(path, "true or false", e);
      return p.getAsBoolean();
    });
  }

  public Optional<List<String>> stringList(String path) {
    return find(path).map(e -> {
      if (!e.isJsonArray()) throw wrongType(path, "a list of strings", e);
      List<String> out = new ArrayList<>();
      for (JsonElement item : e.getAsJsonArray()) out.add(primitive(path, item, "a list of strings").getAsString());
      return List.copyOf(out);
    });
  }

  public String requireString(String path) {
    return string(path).orElseThrow(() -> missing(path, "a string"));
  }

  public int requireInt(String path) {
    return integer(path).orElseThrow(() -> missing(path, "an integer"));
  }

  public boolean requireBoolean(String path) {
    return bool(path).orElseThrow(() -> missing(path, "true or false"));
  }

  public List<String> requireStringList(String path) {
    return stringList(path).orElseThrow(() -> missing(path, "a list of strings"));
  }

  private MissingSettingException missing(String path, String expected) {
    return new MissingSettingException(CONFIG_NAMESPACE + "." + path, environmentFile, expected);
  }

  private JsonElement primitive(String path, JsonElement e, String expected) {
    if (!e.isJsonPrimitive()) throw wrongType(path, expected, e);
    return e;
  }

  private IllegalArgumentException wrongType(String path, String expected, JsonElement actual) {
    return invalid(path, "must be " + expected + ", got: " + actual);
  }

  /** An error for a setting that is present but unusable; {@code path} is below {@code rampart}. */
  public InvalidSettingException invalid(String path, String problem) {
    return new InvalidSettingException(CONFIG_NAMESPACE + "." + path, environmentFile, problem);
  }
}
