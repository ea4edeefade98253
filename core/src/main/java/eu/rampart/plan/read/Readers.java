package eu.rampart.plan.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import eu.rampart.plan.secret.SecretCollector;

/** Entry point: reads any supported file into a {@link StackSnapshot}, detecting its format unless one is forced. */
public final class Readers {
  private Readers() {}

  public static StackSnapshot read(Path file) {
    return read(file, Optional.empty());
  }

  public static StackSnapshot read(Path file, Optional<InputFormat> forced) {
    return read(file, forced, secrets -> { });
  }

  /**
   * Reads a file, handing every secret visible in it to {@code secrets} as soon as it is parsed and
   * before anything is validated, so that no message about the file can show one unmasked.
   */
  public static StackSnapshot read(Path file, Optional<InputFormat> forced, Consumer<Set<String>> secrets) {
    return read(file, JsonDocuments.text(file), forced, secrets);
  }

  /**
   * Reads bytes already in memory as if they were {@code file}'s content (the name only appears in
   * messages): the same decoding, format detection and readers as {@link #read(Path, Optional, Consumer)}
   * without the file system, which is what the fuzzer drives at tens of thousands of inputs a second.
   */
  public static StackSnapshot read(Path file, byte[] bytes, Optional<InputFormat> forced, Consumer<Set<String>> secrets) {
    return read(file, JsonDocuments.text(file, bytes), forced, secrets);
  }

  private static StackSnapshot read(Path file, String text, Optional<InputFormat> forced, Consumer<Set<String>> secrets) {
    List<JsonDocuments.Doc> docs = JsonDocuments.readAll(file, text);
    for (JsonDocuments.Doc d : docs) secrets.accept(SecretCollector.collectRaw(d.node()));
    if (docs.isEmpty()) throw InputException.of(file, "is empty: expected a JSON document");
    forced.ifPresent(f -> FormatDetector.checkForced(file, docs, f));
    InputFormat format = forced.orElseGet(() -> FormatDetector.detect(file, docs));
    if (format != InputFormat.EVENTS && docs.size() > 1) {
      throw InputException.at(file, "line " + docs.get(1).line(), "unexpected content after the JSON document (a " + format.source() + " file holds one JSON value)");
    }
    JsonNode root = docs.get(0).node();
    if (format != InputFormat.EVENTS && !root.isObject()) {
      throw InputException.at(file, "$", "expected a JSON object for a " + format.source() + " file, found " + Fields.kind(root));
    }
    return switch (format) {
      case RAMPART_PLAN -> new RampartPlanReader(file).read(root);
      case PREVIEW -> new PreviewReader(file).read(root);
      case EXPORT -> new DeploymentReader(file).readExport(root);
      case CHECKPOINT -> new DeploymentReader(file).readCheckpoint(root);
      case EVENTS -> new EventStreamReader(file).read(docs);
    };
  }
}
