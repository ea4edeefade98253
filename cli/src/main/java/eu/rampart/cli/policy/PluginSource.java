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
}
