package eu.rampart.cli.output;

import java.nio.file.Path;
import java.util.Optional;

/** One report a run writes: its format name and its file, or standard output when there is none. */
public record ReportTarget(String format, Optional<Path> file) {
  public boolean toStdout() { return file.isEmpty(); }

  @Override
  public String toString() { return file.map(f -> format + "=" + f).orElse(format + " (standard output)"); }
}
