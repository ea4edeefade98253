package eu.rampart.plan.mock;

import com.google.gson.GsonBuilder;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.io.UncheckedIOException;
import eu.rampart.plan.input.RegionResolver;
import eu.rampart.plan.read.InputFormat;
import eu.rampart.plan.read.Readers;

/** Builds and writes the {@code rampart-plan/v1} document (see docs/plan-format.md). */
final class PlanDocument {
  static final String FORMAT = "rampart-plan/v1";

  private PlanDocument() {}

  static Map<String, Object> build(PlanRequest request, List<CapturedResource> resources) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("format", FORMAT);
    doc.put("generator", "rampart");
    Map<String, Object> stack = new LinkedHashMap<>();
    stack.put("project", request.project);
    stack.put("name", request.stack);
    stack.put("environment", request.environment);
    Map<String, Object> config = new LinkedHashMap<>();
    request.config.forEach((k, v) -> config.put(k, request.secretKeys.contains(k) ? StructValues.SECRET_TEXT : v));
    stack.put("config", config);
    doc.put("stack", stack);

    List<Object> list = new ArrayList<>(resources.size());
    for (CapturedResource r : resources) list.add(resource(r));
    doc.put("resources", list);
    // regions from rampart's one resolver (core), run on this very document as a reader sees it
    Map<String, RegionResolver.Resolution> regions = regions(doc);
    for (Object o : list) {
      @SuppressWarnings("unchecked") Map<String, Object> m = (Map<String, Object>) o;
      RegionResolver.Resolution res = regions.get((String) m.get("urn"));
      m.put("region", res == null ? null : res.region());
      m.put("regionSource", res == null ? "unknown" : res.source());
    }
    return doc;
  }

  private static Map<String, RegionResolver.Resolution> regions(Map<String, Object> doc) {
    try {
      Path tmp = Files.createTempFile("rampart-plan-", ".json");
      try {
        Files.writeString(tmp, new GsonBuilder().serializeNulls().create().toJson(doc), StandardCharsets.UTF_8);
        return RegionResolver.forPlan(Readers.read(tmp, Optional.of(InputFormat.RAMPART_PLAN)));
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, Object> resource(CapturedResource r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("urn", r.urn());
    m.put("type", r.type());
    m.put("name", r.name());
    m.put("custom", r.custom());
    m.put("id", r.id());
    m.put("parent", r.parent());
    m.put("provider", r.provider());
    m.put("dependencies", r.dependencies());
    m.put("propertyDependencies", r.propertyDependencies());
    m.put("inputs", r.inputs());
    m.put("outputs", r.outputs());
    m.put("protect", r.protect());
    m.put("retainOnDelete", r.retainOnDelete());
    return m;
  }

  /** Writes next to the target and moves into place, so a reader never sees half a plan. */
  static void writeAtomically(Map<String, Object> doc, Path target) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, ".rampart-plan-", ".tmp");
    try {
      try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
        new GsonBuilder().serializeNulls().setPrettyPrinting().disableHtmlEscaping().create().toJson(doc, w);
        w.write('\n');
      }
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
