package eu.rampart.cli.rego;

import picocli.CommandLine.Command;

/** {@code rampart rego ...}: the Rego engine for policy authors, with no OPA binary needed. */
@Command(
    name = "rego",
    mixinStandardHelpOptions = true,
    description = "Evaluate, test and check conformance of Rego policies on rampart's pure-Java engine.",
    subcommands = {EvalCommand.class, TestCommand.class, ConformanceCommand.class})
public final class RegoCommand {}
