package eu.rampart.cli.rego;

import eu.rampart.rego.api.RegoVersion;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Options {@code rego eval} and {@code rego test} share with {@code opa eval/test}: language version and --ignore. */
public final class RegoLoadOptions {
  @Option(names = "--v0-compatible",
      description = "Parse modules as Rego v0 (OPA's pre-1.0 syntax, where `if` and `contains` are optional)."
          + " A bundle's .manifest rego_version / file_rego_versions still decides for its files.")
  boolean v0Compatible;

  /** The old name of --v0-compatible, kept so existing scripts keep working. */
  @Option(names = "--v0", hidden = true)
  boolean v0;

  @Option(names = "--ignore", split = ",", paramLabel = "PATTERN",
      description = "File and directory names to skip below the given paths, in Go's filepath.Match syntax"
          + " (e.g. 'target', '*_gen.rego', '.*'); repeatable or comma-separated, as OPA's --ignore.")
  List<String> ignore = new ArrayList<>();

  RegoVersion version() { return v0Compatible || v0 ? RegoVersion.V0 : RegoVersion.V1; }

  IgnoreFilter filter() { return new IgnoreFilter(ignore); }
}
