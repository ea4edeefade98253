package eu.rampart.plan.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;

/** Recognises a file's format from the shape of its JSON, never from its name. */
final class FormatDetector {
  static final String EXPECTED = "expected a rampart plan (\"format\": \"rampart-plan/v1\"), pulumi preview --json (\"steps\"), "
      + "pulumi stack export (\"version\" + \"deployment\"), a checkpoint (\"checkpoint\", or \"target\" + \"latest\") "
      + "or engine events (JSON lines with preludeEvent/resourcePreEvent/...)";

  private FormatDetector() {}

  static InputFormat detect(Path file, List<JsonDocuments.Doc> docs) {
    JsonNode first = docs.get(0).node();
    if (docs.size() > 1) {
      if (EventStreamReader.isEvent(first)) return InputFormat.EVENTS;
      throw InputException.at(file, "line " + docs.get(1).line(), "several JSON values in one file but the first is not an engine event: " + EXPECTED);
    }
    if (first.isArray()) {
      if (first.size() > 0 && EventStreamReader.isEvent(first.get(0))) return InputFormat.EVENTS;
      throw InputException.at(file, "$", "unknown format (a JSON array that is not a list of engine events): " + EXPECTED);
    }
    if (!first.isObject()) throw InputException.at(file, "$", "unknown format (found " + Fields.kind(first) + "): " + EXPECTED);
    JsonNode format = first.get("format");
    if (format != null && format.isTextual() && format.textValue().startsWith("rampart-plan")) return InputFormat.RAMPART_PLAN;
    // Pulumi omits an empty "steps" list, so a preview with no changes is known by its summary.
    if (first.has("steps") || (first.has("changeSummary") && (first.has("config") || first.has("duration")))) return InputFormat.PREVIEW;
    if (first.has("deployment") && first.has("version")) return InputFormat.EXPORT;
    if (first.has("checkpoint") && first.has("version")) return InputFormat.CHECKPOINT;
    if (first.has("latest") && !first.has("version")) return InputFormat.CHECKPOINT;
    if (EventStreamReader.isEvent(first)) return InputFormat.EVENTS;
    throw InputException.at(file, "$", "unknown format: " + EXPECTED);
  }
}
