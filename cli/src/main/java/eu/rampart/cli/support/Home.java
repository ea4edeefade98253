package eu.rampart.cli.support;

import java.nio.file.Path;

/** The rampart checkout: $RAMPART_HOME (set by the launcher), else system property rampart.home, else the working directory. */
public final class Home {
  private Home() {}

  public static Path dir() {
    String h = System.getProperty("rampart.home");
    if (h == null || h.isBlank()) h = System.getenv("RAMPART_HOME");
    if (h == null || h.isBlank()) h = ".";
    return Path.of(h);
  }
}
