package eu.rampart.cli.policy;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options shared by install and package: where the pack and the environments come from. */
public final class PluginSource {
  @Option(names = "--policies", paramLabel = "DIR",
      description = "Policy pack directory to bundle (PulumiPolicy.yaml and its .rego rules). Default: policies/ of the rampart checkout.")
  Path policies;

  @Option(names = "--environments", paramLabel = "DIR",
      description = "Environment files to bundle. Default: environments/ of the rampart checkout, when present.")
  Path environments;

  /** The plugin bundle from these options, or null after saying on {@code err}, as {@code command}, why not. */
  PluginBundle bundleOrReport(java.io.PrintWriter err, String command) {
    try {
      return PluginBundle.collect(this);
    } catch (PluginBundle.BundleException e) {
      err.println(command + ": " + e.getMessage());
      return null;
    }
  }
}
