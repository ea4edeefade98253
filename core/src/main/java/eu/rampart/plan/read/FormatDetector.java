package eu.rampart.plan.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Recognises a file's format from the shape of its JSON, never from its name. Keys are matched as
 * Pulumi's Go decoder matches them (case-insensitively, see {@link Fields#get}); a document that
 * has the marks of two formats is refused rather than read as the first, since the reader of one
 * would silently ignore what the other describes.
 */
final class FormatDetector {
  static final String EXPECTED = "expected a rampart plan (\"format\": \"rampart-plan/v1\"), pulumi preview --json (\"steps\"), "
      + "pulumi stack export (\"version\" + \"deployment\"), a checkpoint (\"checkpoint\", or \"target\" + \"latest\") "
      + "or engine events (JSON lines with preludeEvent/resourcePreEvent/...)";

  private FormatDetector() {}

  /**
   * A forced format ({@code --input-format}, or the gate reading Pulumi's preview output) is still
   * refused for a document that also has the marks of another format: forcing says how to read a
   * file, not that the rest of it may be ignored.
   */
  static void checkForced(Path file, List<JsonDocuments.Doc> docs, InputFormat forced) {
    JsonNode first = docs.get(0).node();
    if (docs.size() > 1 || !first.isObject()) return;
    List<InputFormat> matches = new ArrayList<>();
    List<String> marks = new ArrayList<>();
    marks(new Fields(file), first, matches, marks);
    // without the forced format's own marks, its reader says precisely what is missing
    if (!matches.contains(forced)) return;
    for (int i = 0; i < matches.size(); i++) {
      if (matches.get(i) != forced) {
        throw InputException.at(file, "$", "read as " + forced.source() + " but the document also has the marks of "
            + matches.get(i).source() + " (" + marks.get(i) + "): a file must be exactly one format");
      }
    }
  }

  static InputFormat detect(Path file, List<JsonDocuments.Doc> docs) {
    Fields f = new Fields(file);
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
    List<InputFormat> matches = new ArrayList<>();
    List<String> marks = new ArrayList<>();
    marks(f, first, matches, marks);
    boolean version = f.has(first, "version", "$");
    if (matches.size() > 1) {
      throw InputException.at(file, "$", "ambiguous format: the document has the marks of " + describe(matches, marks)
          + "; a file must be exactly one of them");
    }
    if (matches.size() == 1) {
      InputFormat m = matches.get(0);
      if ((m == InputFormat.EXPORT || (m == InputFormat.CHECKPOINT && f.has(first, "checkpoint", "$"))) && !version) {
        throw InputException.at(file, "$.version", "missing: a " + m.source() + " file has a schema \"version\"");
      }
      return m;
    }
    throw InputException.at(file, "$", "unknown format: " + EXPECTED);
  }

  /** The formats whose marks an object carries, each with the mark that was found. */
  private static void marks(Fields f, JsonNode first, List<InputFormat> matches, List<String> marks) {
    JsonNode format = first.get("format");
    if (format != null && format.isTextual() && format.textValue().startsWith("rampart-plan")) {
      matches.add(InputFormat.RAMPART_PLAN);
      marks.add("\"format\": \"rampart-plan…\"");
    }
    // Pulumi omits an empty "steps" list, so a preview with no changes is known by its summary.
    if (f.has(first, "steps", "$")) {
      matches.add(InputFormat.PREVIEW);
      marks.add("\"steps\"");
    } else if (f.has(first, "changeSummary", "$") && (f.has(first, "config", "$") || f.has(first, "duration", "$"))) {
      matches.add(InputFormat.PREVIEW);
      marks.add("\"changeSummary\"");
    }
    boolean version = f.has(first, "version", "$");
    if (f.has(first, "deployment", "$")) {
      matches.add(InputFormat.EXPORT);
      marks.add("\"deployment\"");
    }
    if (f.has(first, "checkpoint", "$")) {
      matches.add(InputFormat.CHECKPOINT);
      marks.add("\"checkpoint\"");
    } else if (f.has(first, "latest", "$") && !version) {
      matches.add(InputFormat.CHECKPOINT);
      marks.add("\"latest\"");
    }
    if (EventStreamReader.isEvent(first)) {
      matches.add(InputFormat.EVENTS);
      marks.add("an engine event key");
    }
  }

  private static String describe(List<InputFormat> matches, List<String> marks) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < matches.size(); i++) parts.add(matches.get(i).source() + " (" + marks.get(i) + ")");
    return String.join(" and ", parts);
  }
}
