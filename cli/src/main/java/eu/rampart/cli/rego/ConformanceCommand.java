package eu.rampart.cli.rego;

import eu.rampart.cli.ExitCodes;
import eu.rampart.rego.conformance.CaseResult;
import eu.rampart.rego.conformance.ConformanceCase;
import eu.rampart.rego.conformance.ConformanceRunner;
import eu.rampart.rego.conformance.SkipList;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rampart rego conformance DIR}: runs OPA's YAML compliance cases. */
@Command(
    name = "conformance",
    mixinStandardHelpOptions = true,
    description = {"Run OPA's Rego compliance cases (YAML, as in shared/conformance/opa-v1) against the engine.",
        "Prints each failing case with the reason and ends with `conformance: N passed, M failed, K skipped`."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:no case failed", "1:some case failed", "2:usage error, missing directory or bad skip file"})
public final class ConformanceCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DIR", description = "Directory with the YAML case files (searched recursively).")
  Path dir;

  @Option(names = "--skip-file", paramLabel = "FILE",
      description = "Cases not to run: one `path-or-dir[#note]  # reason` a line, paths relative to DIR.")
  Path skipFile;

  @Option(names = {"-v", "--verbose"}, description = "Also list passing and skipped cases.")
  boolean verbose;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isDirectory(dir)) {
      err.println("rampart: " + dir + ": not a directory");
      return ExitCodes.USAGE_OR_INPUT;
    }
    SkipList skips = SkipList.empty();
    List<ConformanceCase> cases;
    try {
      if (skipFile != null) skips = SkipList.load(skipFile);
      cases = ConformanceRunner.load(dir);
    } catch (IOException e) {
      err.println("rampart: " + e.getMessage());
      return ExitCodes.USAGE_OR_INPUT;
    }
    List<CaseResult> results = ConformanceRunner.runAll(cases, skips);
    boolean failed = false;
    for (CaseResult r : results) {
      String id = r.c().file() + " :: " + r.c().note();
      switch (r.status()) {
        case FAIL:
          failed = true;
          out.println("FAIL " + id + ": " + r.reason());
          break;
        case SKIP:
          if (verbose) out.println("SKIP " + id + ": " + r.reason());
          break;
        default:
          if (verbose) out.println("PASS " + id + " (" + r.millis() + " ms)");
      }
    }
    out.println(ConformanceRunner.summary(results));
    out.flush();
    return failed ? ExitCodes.VIOLATIONS : ExitCodes.OK;
  }
}
