package eu.rampart.cli.support;

import eu.rampart.check.CheckEnvironment;
import eu.rampart.check.CheckError;
import eu.rampart.check.CheckResult;
import eu.rampart.check.Checker;
import eu.rampart.check.FailOn;
import eu.rampart.check.PolicyEvaluationException;
import eu.rampart.check.PolicyInputSource;
import eu.rampart.check.PolicyPack;
import eu.rampart.report.ReportFormat;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The part {@code check} and {@code gate} share: check sources with a pack, write the report
 * (masked, atomically when to a file), print errors on stderr and return the exit code.
 */
public final class CheckRun {
  private CheckRun() {}

  public static int run(List<? extends PolicyInputSource> sources, CheckEnvironment env, Path policies,
                        ReportFormat format, Path out, FailOn failOn, PrintWriter stdout, Console console) {
    // compiling the pack and reading the inputs are independent: do them on both cores at once
    CompletableFuture<PolicyPack> pack = CompletableFuture.supplyAsync(() -> {
      try {
        return PolicyPacks.load(policies);
      } catch (PolicyEvaluationException e) {
        throw new CompletionException(e);
      }
    });
    List<PolicyInputSource> loaded = new ArrayList<>();
    for (PolicyInputSource s : sources) loaded.add(Preloaded.of(s));
    PolicyPack p;
    try {
      p = pack.join();
    } catch (CompletionException e) {
      Throwable cause = e.getCause();
      console.error("evaluation error: " + oneLine(cause instanceof PolicyEvaluationException ? cause.getMessage() : String.valueOf(cause)));
      return 3;
    }
    CheckResult result = new Checker(p).check(loaded, env);
    return report(result, format, out, failOn, stdout, console);
  }

  public static int report(CheckResult result, ReportFormat format, Path out, FailOn failOn, PrintWriter stdout,
                           Console console) {
    String text = console.masker().apply(format.render(result, failOn));
    if (out == null) {
      stdout.print(text);
      stdout.flush();
    } else {
      try {
        AtomicOutput.write(out, text);
      } catch (IOException e) {
        console.error("cannot write " + out + ": " + oneLine(String.valueOf(e.getMessage())));
        return 2;
      }
    }
    for (CheckError e : result.allErrors()) {
      console.error((e.kind() == CheckError.Kind.INPUT ? "input error: " : "evaluation error: ") + e.oneLine());
    }
    if (out != null || !format.name().equals("text")) console.info(result.summaryLine(failOn));
    return result.exitCode(failOn);
  }

  static String oneLine(String s) { return s.replace('\n', ' ').replace('\r', ' '); }
}
