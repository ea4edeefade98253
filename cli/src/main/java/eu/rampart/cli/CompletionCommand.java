package eu.rampart.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code rampart completion bash|zsh}: a completion script for every command and option, generated
 * from the command tree at run time (Picocli's {@link AutoComplete#bash}), so it never falls behind.
 */
@Command(
    name = "completion",
    mixinStandardHelpOptions = true,
    description = {
        "Print a shell completion script for rampart.",
        "bash: source <(rampart completion bash)   (or save it in ~/.local/share/bash-completion/completions/rampart)",
        "zsh:  source <(rampart completion zsh)    (in ~/.zshrc; it enables zsh's bash-completion layer)"},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:script printed", "2:unknown shell"})
public final class CompletionCommand implements Callable<Integer> {
  /** The shells whose completion Picocli generates: one script serves both, zsh through bashcompinit. */
  public enum Shell { bash, zsh }

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "SHELL", description = "bash or zsh.")
  Shell shell;

  @Override
  public Integer call() {
    CommandLine root = spec.commandLine();
    while (root.getParent() != null) root = root.getParent();
    String script = AutoComplete.bash(root.getCommandName(), root);
    // one script for both shells: when zsh sources it, it loads zsh's bash-completion layer
    // (compinit, bashcompinit) itself before registering the completion function
    spec.commandLine().getOut().print(script);
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }
}
