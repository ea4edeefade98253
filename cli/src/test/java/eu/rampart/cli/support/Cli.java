package eu.rampart.cli.support;

import eu.rampart.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import picocli.CommandLine;

/** Runs the rampart command line in-process and captures what it prints. */
public final class Cli {
  public record Run(int exitCode, String out, String err) {}

  public static final Path ROOT = Path.of(System.getProperty("rampart.root.dir", "..")).toAbsolutePath().normalize();
  public static final Path SHARED = Path.of(System.getProperty("rampart.shared.dir", "../../shared")).toAbsolutePath().normalize();

  private Cli() {}

  public static Run run(String... args) {
    System.setProperty("rampart.home", ROOT.toString());
    // as `main` builds it: only the named command for the standalone ones
    CommandLine cl = Main.commandLine(args);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  /** Runs {@code rampart COMMAND ARGS...}. */
  public static Run command(String command, String... args) {
    String[] full = new String[args.length + 1];
    full[0] = command;
    System.arraycopy(args, 0, full, 1, args.length);
    return run(full);
  }

  public static Path testPolicies(String name) {
    return Path.of("src/test/resources/policies").resolve(name).toAbsolutePath();
  }
}
