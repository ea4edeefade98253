package eu.rampart.cli.output;

import eu.rampart.cli.support.AtomicOutput;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Writes the reports of one run: every report is rendered first (nothing is written when rendering
 * fails), then each file atomically, then the one report on standard output. A file that cannot be
 * written is reported on its own line; the others are still written.
 */
public final class ReportWriter {
  private ReportWriter() {}

  /** @return true when every report was written */
  public static boolean write(List<ReportTarget> targets, Function<ReportTarget, String> render, PrintWriter stdout,
                              Consumer<String> error) {
    List<String> texts = new ArrayList<>();
    for (ReportTarget t : targets) texts.add(render.apply(t));
    boolean ok = true;
    for (int i = 0; i < targets.size(); i++) {
      ReportTarget t = targets.get(i);
      if (t.toStdout()) continue;
      try {
        AtomicOutput.write(t.file().get(), texts.get(i));
      } catch (IOException | RuntimeException e) {
        error.accept("cannot write " + t.file().get() + ": " + String.valueOf(e.getMessage()).replace('\n', ' ').replace('\r', ' '));
        ok = false;
      }
    }
    for (int i = 0; i < targets.size(); i++) {
      if (!targets.get(i).toStdout()) continue;
      stdout.print(texts.get(i));
      stdout.flush();
    }
    return ok;
  }
}
