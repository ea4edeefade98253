package eu.rampart.cli.support;

import eu.rampart.check.CheckEnvironment;
import eu.rampart.check.CheckError;
import eu.rampart.check.CheckResult;
import eu.rampart.check.Checker;
import eu.rampart.check.FailOn;
import eu.rampart.check.PolicyEvaluationException;
import eu.rampart.check.PolicyInputSource;
import eu.rampart.check.PolicyPack;
import eu.rampart.check.RegoPolicyPack;
import eu.rampart.cli.output.ReportTarget;
import eu.rampart.cli.output.ReportWriter;
import eu.rampart.report.ReportFormat;
import eu.rampart.report.ReportFormats;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The part {@code check} and {@code gate} share: check sources with a pack, write the report
 * (masked, atomically when to a file), print errors on stderr and return the exit code.
 */
public final class CheckRun {
  private CheckRun() {}

  /** One report in {@code format}, to {@code out} or (when null) standard output. */
  public static int run(List<? extends PolicyInputSource> sources, CheckEnvironment env, Path policies,
                        ReportFormat format, Path out, FailOn failOn, PrintWriter stdout, Console console) {
    return run(sources, env, policies, List.of(new ReportTarget(format.name(), Optional.ofNullable(out))), failOn, stdout, console);
  }

  /** Every report of {@code targets} from one evaluation. */
  public static int run(List<? extends PolicyInputSource> sources, CheckEnvironment env, Path policies,
                        List<ReportTarget> targets, FailOn failOn, PrintWriter stdout, Console console) {
    long t0 = System.nanoTime();
    long[] packDone = new long[1];
    // compiling the pack and reading the inputs are independent: do them on both cores at once
    CompletableFuture<PolicyPack> pack = CompletableFuture.supplyAsync(() -> {
      try {
        PolicyPack loaded = PolicyPacks.load(policies);
        packDone[0] = System.nanoTime();
        return loaded;
      } catch (PolicyEvaluationException e) {
        throw new CompletionException(e);
      }
    });
    List<PolicyInputSource> loaded = preload(sources);
    long t1 = System.nanoTime();
    PolicyPack p;
    try {
      p = pack.join();
    } catch (CompletionException e) {
      Throwable cause = e.getCause();
      console.error("evaluation error: " + oneLine(cause instanceof PolicyEvaluationException ? cause.getMessage() : String.valueOf(cause)));
      return 3;
    }
    long t2 = System.nanoTime();
    // the pack's print() output may quote inputs: it goes to stderr through the masker, like every line
    if (p instanceof RegoPolicyPack rp) p = rp.withPrintSink(console::info);
    CheckResult result = new Checker(p).check(loaded, env);
    long t3 = System.nanoTime();
    int code = report(result, targets, failOn, stdout, console);
    if (System.getenv("RAMPART_TIMINGS") != null) {
      console.info(String.format("rampart timings: read inputs %d ms, compile pack %d ms (in parallel), evaluate %d ms, report %d ms",
          (t1 - t0) / 1_000_000, (packDone[0] - t0) / 1_000_000, (t3 - t2) / 1_000_000, (System.nanoTime() - t3) / 1_000_000));
    }
    return code;
  }

  public static int report(CheckResult result, ReportFormat format, Path out, FailOn failOn, PrintWriter stdout,
                           Console console) {
    return report(result, List.of(new ReportTarget(format.name(), Optional.ofNullable(out))), failOn, stdout, console);
  }

  public static int report(CheckResult result, List<ReportTarget> targets, FailOn failOn, PrintWriter stdout,
                           Console console) {
    boolean written = ReportWriter.write(targets,
        t -> console.masker().apply(ReportFormats.byName(t.format()).orElseThrow().render(result, failOn)),
        stdout, console::error);
    for (CheckError e : result.allErrors()) {
      console.error((e.kind() == CheckError.Kind.INPUT ? "input error: " : "evaluation error: ") + e.oneLine());
    }
    if (!written) return 2;
    // the text report ends with the verdict; any other report (or a file) gets it on stderr
    boolean textOnStdout = targets.stream().anyMatch(t -> t.toStdout() && t.format().equals("text"));
    if (!textOnStdout) console.info(result.summaryLine(failOn));
    return result.exitCode(failOn);
  }

  /** Reads (or plans) the sources, two at a time: planning a stack is mostly waiting for a child JVM. */
  private static List<PolicyInputSource> preload(List<? extends PolicyInputSource> sources) {
    if (sources.size() <= 1) {
      List<PolicyInputSource> out = new ArrayList<>();
      for (PolicyInputSource s : sources) out.add(Preloaded.of(s));
      return out;
    }
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Preloaded>> futures = new ArrayList<>();
      for (PolicyInputSource s : sources) futures.add(pool.submit(() -> Preloaded.of(s)));
      List<PolicyInputSource> out = new ArrayList<>();
      for (Future<Preloaded> f : futures) {
        try {
          out.add(f.get());
        } catch (ExecutionException e) {
          throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted while reading inputs");
        }
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }

  static String oneLine(String s) { return s.replace('\n', ' ').replace('\r', ' '); }
}
