package eu.rampart.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/**
 * {@code rampart --version}: the version and commit the build recorded in
 * {@code eu/rampart/cli/build.properties} (written by the cli module's build from {@code git
 * rev-parse}; "unknown commit" when the sources were not a git checkout).
 */
final class Version implements CommandLine.IVersionProvider {
  static final String RESOURCE = "/eu/rampart/cli/build.properties";

  @Override
  public String[] getVersion() {
    Properties p = new Properties();
    try (InputStream in = Version.class.getResourceAsStream(RESOURCE)) {
      if (in != null) p.load(in);
    } catch (IOException e) {
      // an unreadable resource is the same as none: say so below
    }
    String version = p.getProperty("version", "development build");
    String commit = p.getProperty("commit", "").strip();
    return new String[] {
        "rampart " + version + " (" + (commit.isEmpty() || commit.equals("unknown") ? "unknown commit" : "commit " + commit) + ")",
        "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ", " + System.getProperty("java.home") + ")"
    };
  }
}
