package eu.rampart.plan.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads Pulumi states: {@code pulumi stack export} files ({@code {"version","deployment"}}) and
 * self-managed backend checkpoints (unversioned v0 {@code {"target","latest"}} and
 * {@code {"version":1..4,"checkpoint":{...}}}).
 */
final class DeploymentReader {
  /**
   * State features this reader understands. Pulumi writes {@code features} from schema version 4
   * on and refuses a state that uses a feature it does not know, because such a state may mean
   * something the reader would misinterpret; rampart does the same.
   */
  static final Set<String> KNOWN_FEATURES = Set.of("refreshBeforeUpdate", "views", "hooks");
  static final int LATEST_VERSION = 4;

  private final Path file;
  private final Fields f;
  private final StateResources states;

  DeploymentReader(Path file) {
    this.file = file;
    this.f = new Fields(file);
    this.states = new StateResources(f);
  }

  StackSnapshot readExport(JsonNode root) {
    int version = version(root, "export");
    JsonNode deployment = f.object(root, "deployment", "$");
    return snapshot(InputFormat.EXPORT, deployment, "$.deployment", null, Map.of(), version);
  }

  StackSnapshot readCheckpoint(JsonNode root) {
    if (!f.has(root, "version", "$")) {
      // v0: unversioned, written by Pulumi before 2018.
      if (!f.has(root, "latest", "$")) throw f.error("$", "expected an unversioned checkpoint with \"target\" and \"latest\", or {\"version\":N,\"checkpoint\":{...}}");
      JsonNode latest = f.get(root, "latest", "$");
      return snapshot(InputFormat.CHECKPOINT, latest, "$.latest", f.optText(root, "target", "$"), config(root, "$"), 0);
    }
    int version = version(root, "checkpoint");
    JsonNode cp = f.object(root, "checkpoint", "$");
    String stack = f.optText(cp, "stack", "$.checkpoint");
    if (stack == null) stack = f.optText(cp, "target", "$.checkpoint");
    return snapshot(InputFormat.CHECKPOINT, f.get(cp, "latest", "$.checkpoint"), "$.checkpoint.latest", stack, config(cp, "$.checkpoint"), version);
  }

  private int version(JsonNode root, String what) {
    JsonNode v = f.get(root, "version", "$");
    if (v == null || !v.isNumber() || !v.canConvertToExactIntegral()) {
      throw f.error("$.version", "expected the " + what + " schema version as an integer, found " + Fields.kind(v)
          + (v != null && v.isNumber() ? " with a fraction" : ""));
    }
    // compared exactly: a version such as 4294967299 must not wrap around to 3 (Pulumi reads it as an int64)
    java.math.BigInteger exact = v.bigIntegerValue();
    if (exact.signum() < 1 || exact.compareTo(java.math.BigInteger.valueOf(LATEST_VERSION)) > 0) {
      String shown = exact.abs().toString().length() > 20 ? "of " + exact.abs().toString().length() + " digits" : exact.toString();
      throw f.error("$.version", "unsupported " + what + " schema version " + shown + ": expected 1 to " + LATEST_VERSION);
    }
    int version = exact.intValue();
    JsonNode features = f.get(root, "features", "$");
    if (features != null && !features.isNull()) {
      if (version < 4) throw f.error("$.features", "features are only allowed from schema version 4 on (found version " + version + ")");
      List<String> names = f.optStrings(root, "features", "$");
      for (int i = 0; i < names.size(); i++) {
        if (!KNOWN_FEATURES.contains(names.get(i))) {
          throw f.error("$.features[" + i + "]", "unknown state feature '" + names.get(i)
              + "': this state needs a newer reader (known features: " + String.join(", ", new java.util.TreeSet<>(KNOWN_FEATURES)) + ")");
        }
      }
    }
    return version;
  }

  private Map<String, String> config(JsonNode holder, String path) {
    JsonNode c = f.get(holder, "config", path);
    Map<String, String> out = new LinkedHashMap<>();
    if (c == null || c.isNull()) return out;
    if (!c.isObject()) throw f.error(path + ".config", "expected an object, found " + Fields.kind(c));
    c.fields().forEachRemaining(e -> out.put(e.getKey(), ConfigValues.text(e.getValue())));
    return out;
  }

  private StackSnapshot snapshot(InputFormat format, JsonNode deployment, String path, String stack,
      Map<String, String> config, int version) {
    List<ResourceState> resources = new ArrayList<>();
    String secretsProvider = null;
    if (deployment != null && !deployment.isNull()) {
      if (!deployment.isObject()) throw f.error(path, "expected a deployment object, found " + Fields.kind(deployment));
      JsonNode sp = f.get(deployment, "secrets_providers", path);
      if (sp != null && sp.isObject() && sp.path("type").isTextual()) secretsProvider = sp.get("type").textValue();
      JsonNode rs = f.optArray(deployment, "resources", path);
      for (int i = 0; i < rs.size(); i++) {
        JsonNode r = rs.get(i);
        if (r != null && r.isObject() && states.isPendingDelete(r, path + ".resources[" + i + "]")) continue;
        resources.add(states.parse(r, path + ".resources[" + i + "]"));
      }
    }
    String project = null;
    for (ResourceState r : resources) {
      project = Urns.project(r.urn());
      if (stack == null) stack = Urns.stack(r.urn());
      break;
    }
    return new StackSnapshot(file, format, project, stack, null, config, resources, secretsProvider);
  }
}
