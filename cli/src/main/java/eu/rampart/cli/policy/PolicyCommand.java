package eu.rampart.cli.policy;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code rampart policy}: the pack as Pulumi's policy analyzer plugin (install, package). */
@Command(
    name = "policy",
    mixinStandardHelpOptions = true,
    description = "Install or package the Pulumi policy analyzer plugin (pulumi up --policy-pack policies/).",
    subcommands = {PolicyInstallCommand.class, PolicyPackageCommand.class})
public final class PolicyCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required (install, package)");
  }
}
