package eu.rampart.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.rampart.cli.support.Cli;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VersionAndCompletionTest {
  @TempDir Path dir;

  @Test
  void versionPrintsTheBuildsVersionAndCommit() {
    Cli.Run r = Cli.run("--version");
    assertEquals(0, r.exitCode(), r.err());
    String first = r.out().lines().findFirst().orElseThrow();
    // the build writes the commit from git; a build outside a checkout says so instead of guessing
    assertTrue(first.matches("rampart \\d+\\.\\d+\\.\\d+(-SNAPSHOT)? \\((commit [0-9a-f]{7,40}|unknown commit)\\)"), first);
    assertTrue(r.out().contains("Java " + System.getProperty("java.version")), r.out());
  }

  /** Sources the script in bash and asks it what completes {@code words}, as bash does on TAB. */
  List<String> complete(String shell, String... words) throws Exception {
    Cli.Run r = Cli.run("completion", shell);
    assertEquals(0, r.exitCode(), r.err());
    Path script = Files.writeString(dir.resolve("rampart-completion-" + shell), r.out());
    String line = String.join(" ", words);
    String driver = "source " + script + "\n"
        + "COMP_WORDS=(" + line + ")\n"
        + "COMP_CWORD=" + (words.length - 1) + "\n"
        + "COMP_LINE='" + line + "'\nCOMP_POINT=${#COMP_LINE}\n"
        + "_complete_rampart rampart\n"
        + "printf '%s\\n' \"${COMPREPLY[@]}\"\n";
    Process p = new ProcessBuilder("bash", "-c", driver).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(30, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), out);
    return out.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  @Test
  void bashCompletionKnowsEverySubcommandAndTheirOptions() throws Exception {
    List<String> commands = complete("bash", "rampart", "\"\"");
    for (String c : List.of("check", "diff", "gate", "plan", "rego", "completion")) assertTrue(commands.contains(c), c + " in " + commands);
    List<String> checkOptions = complete("bash", "rampart", "check", "--o");
    assertTrue(checkOptions.contains("--output") && checkOptions.contains("--out"), checkOptions.toString());
    assertEquals(List.of("bash", "zsh"), complete("bash", "rampart", "completion", "\"\""));
  }

  @Test
  void zshGetsTheScriptThatLoadsItsBashCompletionLayer() throws Exception {
    Cli.Run r = Cli.run("completion", "zsh");
    assertEquals(0, r.exitCode());
    assertTrue(r.out().contains("ZSH_VERSION") && r.out().contains("bashcompinit"), "switches zsh to bash completion");
    assertTrue(complete("zsh", "rampart", "\"\"").contains("check"), "and completes the same commands");
    Cli.Run bad = Cli.run("completion", "fish");
    assertEquals(2, bad.exitCode());
    assertTrue(bad.err().contains("fish"), bad.err());
  }
}
