package eu.rampart.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * `main` builds only the model of a standalone command it is asked to run; what the user sees must
 * be exactly what the whole tree gives: help, usage errors and their exit codes.
 */
class StandaloneCommandLineTest {
  private record Out(int code, String out, String err) {}

  private static Out run(CommandLine cl, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return new Out(cl.execute(args), out.toString(), err.toString());
  }

  @Test
  void aStandaloneCommandAloneBehavesAsInTheWholeTree() {
    for (String command : List.of("plan", "check", "diff", "gate", "controls")) {
      for (String[] args : List.of(new String[] {command, "--help"}, new String[] {command, "--no-such-option"},
          new String[] {command, "--env"})) {
        Out alone = run(Main.commandLine(args), args);
        Out whole = run(Main.commandLine(), args);
        assertEquals(whole, alone, String.join(" ", args));
      }
    }
  }

  @Test
  void onlyTheNamedStandaloneCommandIsBuilt() {
    assertEquals(List.of("plan"), List.copyOf(Main.commandLine(new String[] {"plan", "--help"}).getSubcommands().keySet()));
    // help and completion look at the whole tree: they get it
    assertEquals(Main.SUBCOMMANDS.size(), Main.commandLine(new String[] {"completion", "bash"}).getSubcommands().size());
    assertEquals(Main.SUBCOMMANDS.size(), Main.commandLine(new String[] {"help", "plan"}).getSubcommands().size());
    assertTrue(Main.commandLine(new String[0]).getSubcommands().containsKey("policy"));
  }
}
