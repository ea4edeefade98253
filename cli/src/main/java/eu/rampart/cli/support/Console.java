package eu.rampart.cli.support;

import java.io.PrintWriter;

/** Diagnostics on stderr, always through the output masker. */
public final class Console {
  private final PrintWriter err;
  private final OutputMasker masker;

  public Console(PrintWriter err, OutputMasker masker) {
    this.err = err;
    this.masker = masker;
  }

  public void error(String message) {
    err.println(masker.apply("rampart: " + message));
    err.flush();
  }

  public void info(String message) {
    err.println(masker.apply(message));
    err.flush();
  }

  public OutputMasker masker() { return masker; }
}
