package eu.rampart.cli.output;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The report options every reporting command shares: {@code --output FORMAT[=FILE]}, repeatable so
 * that one run writes several reports, and the older {@code --output FORMAT --out FILE}.
 */
public final class ReportOutputs {
  @Option(names = {"-o", "--output"}, paramLabel = "FORMAT[=FILE]",
      description = {"A report to write: FORMAT alone goes to standard output, FORMAT=FILE to FILE (atomically). "
          + "Repeat for several reports from one run, e.g. --output sarif=r.sarif --output junit=r.xml --output text. "
          + "The formats are listed above."})
  List<String> specs = new ArrayList<>();

  @Option(names = "--out", paramLabel = "FILE",
      description = "The file of a single --output FORMAT (the same as --output FORMAT=FILE). A report never overwrites an input.")
  Path out;

  /**
   * The reports to write, in the order given; {@code defaultFormat} to standard output when none is
   * given. Refuses unknown formats, two reports on standard output, and {@code --out} beside several
   * reports or beside a FORMAT=FILE (it would be unclear which report it names).
   */
  public List<ReportTarget> targets(String defaultFormat, Collection<String> formats) throws OutputUsageException {
    List<ReportTarget> targets = new ArrayList<>();
    List<String> given = specs.isEmpty() ? List.of(defaultFormat) : specs;
    for (String spec : given) targets.add(parse(spec, formats));
    if (out != null) {
      if (targets.size() != 1 || !targets.get(0).toStdout()) {
        throw new OutputUsageException("--out names the file of a single --output FORMAT; "
            + "for several reports give each its file: --output FORMAT=FILE");
      }
      targets.set(0, new ReportTarget(targets.get(0).format(), Optional.of(out)));
    }
    if (targets.stream().filter(ReportTarget::toStdout).count() > 1) {
      throw new OutputUsageException("only one report can go to standard output: give the others a file (--output FORMAT=FILE)");
    }
    return List.copyOf(targets);
  }

  /** "a, b or c". */
  private static String alternatives(List<String> names) {
    if (names.size() == 1) return names.get(0);
    return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
  }

  private static ReportTarget parse(String spec, Collection<String> formats) throws OutputUsageException {
    int eq = spec.indexOf('=');
    String format = (eq < 0 ? spec : spec.substring(0, eq)).trim().toLowerCase(Locale.ROOT);
    if (!formats.contains(format)) {
      throw new OutputUsageException("unknown output format '" + (eq < 0 ? spec : spec.substring(0, eq))
          + "': expected " + alternatives(List.copyOf(formats)) + " (as FORMAT or FORMAT=FILE)");
    }
    if (eq < 0) return new ReportTarget(format, Optional.empty());
    String file = spec.substring(eq + 1);
    if (file.isEmpty()) throw new OutputUsageException("--output " + spec + ": no file after '='");
    try {
      return new ReportTarget(format, Optional.of(Path.of(file)));
    } catch (java.nio.file.InvalidPathException e) {
      throw new OutputUsageException("--output " + format + "=...: not a valid file name: " + e.getReason());
    }
  }
}
