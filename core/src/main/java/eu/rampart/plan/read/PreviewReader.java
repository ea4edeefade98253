package eu.rampart.plan.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads {@code pulumi preview --json}: {@code config}, {@code steps[]} with op/urn/oldState/newState. */
final class PreviewReader {
  private final Path file;
  private final Fields f;

  PreviewReader(Path file) {
    this.file = file;
    this.f = new Fields(file);
  }

  StackSnapshot read(JsonNode root) {
    if (!f.has(root, "steps", "$") && !f.has(root, "changeSummary", "$")) throw f.error("$.steps", "missing: expected the preview's steps array");
    JsonNode steps = f.optArray(root, "steps", "$");
    ChangeAccumulator acc = new ChangeAccumulator(f);
    for (int i = 0; i < steps.size(); i++) {
      String path = "$.steps[" + i + "]";
      JsonNode step = steps.get(i);
      if (!step.isObject()) throw f.error(path, "expected a step object, found " + Fields.kind(step));
      String urn = f.text(step, "urn", path);
      acc.add(path, f.text(step, "op", path), urn, f.get(step, "oldState", path), f.get(step, "newState", path),
          path + ".oldState", path + ".newState");
      acc.replaceReasons(urn, f.get(step, "replaceReasons", path), path + ".replaceReasons");
    }
    Map<String, String> config = new LinkedHashMap<>();
    JsonNode c = f.get(root, "config", "$");
    if (c != null && !c.isNull()) {
      if (!c.isObject()) throw f.error("$.config", "expected an object, found " + Fields.kind(c));
      c.fields().forEachRemaining(e -> config.put(e.getKey(), ConfigValues.text(e.getValue())));
    }
    return acc.snapshot(file, InputFormat.PREVIEW, config);
  }
}
