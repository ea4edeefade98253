package eu.rampart.cli;

import eu.rampart.env.Environment;
import eu.rampart.env.EnvironmentException;
import eu.rampart.plan.offline.OfflinePlanException;
import eu.rampart.plan.offline.OfflinePlanner;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rampart plan}: runs a Pulumi Java program as a preview would, against the local engine stand-in, and writes a rampart-plan/v1 document. */
@Command(
    name = "plan",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
        "Plan a Pulumi Java stack offline (no Pulumi CLI, no cloud credentials): run the program's own main as "
            + "`pulumi preview` would, against a local stand-in for the Pulumi engine, with the stack's config, and write "
            + "the resources it would create (docs/plan-format.md)."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:plan written",
        "2:input error (no such stack or environment, missing config or setting, a project that cannot be run)",
        "3:the program or the planner failed"})
public final class PlanCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--stack", required = true, paramLabel = "DIR",
      description = "The Pulumi Java project: Pulumi.yaml with a pom.xml (run as `mvn compile exec:java` runs it) "
          + "or runtime.options.binary (a jar); Gradle/JBang projects with --classpath.")
  Path stack;

  @Option(names = "--env", required = true, paramLabel = "E",
      description = "Environment name (environments/E.yaml under $RAMPART_HOME or the working directory) or an environment file.")
  String env;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Where to write the plan; '-' for stdout. Default: <stack>/target/rampart-plan-<env>.json.")
  String output;

  @Option(names = "--program", paramLabel = "CLASS",
      description = "The class whose main runs the program. Default: exec-maven-plugin's mainClass (or the mainClass "
          + "property) of the POM, or the jar's Main-Class.")
  String program;

  @Option(names = "--classpath", paramLabel = "PATH",
      description = "Run the program from this class path (a prebuilt jar, or entries separated by the "
          + "path separator, relative to --stack) instead of building it with Maven; for Gradle and JBang projects.")
  String classpath;

  @Option(names = "--stack-name", paramLabel = "NAME",
      description = "The Pulumi stack name (selects Pulumi.NAME.yaml, goes into every URN). Default: the --env name.")
  String stackName;

  @Option(names = "--config", paramLabel = "KEY=VALUE",
      description = "Set a config value for this plan, over every other source (full key, e.g. aws:region=eu-west-1). Repeatable.")
  java.util.Map<String, String> config = new java.util.LinkedHashMap<>();

  @Option(names = "--progress", negatable = true,
      description = "Stream Maven and planner progress to stderr (--no-progress: never). Default: when attached to a terminal.")
  Boolean progress;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Environment environment;
    try {
      environment = Environment.resolve(env, roots());
    } catch (EnvironmentException | IllegalArgumentException e) {
      err.println("rampart plan: " + e.getMessage());
      return ExitCodes.USAGE_OR_INPUT;
    }
    if (!Files.isDirectory(stack)) {
      err.println("rampart plan: --stack " + stack + ": no such directory");
      return ExitCodes.USAGE_OR_INPUT;
    }
    // the planner's messages may quote settings: the environment's secrets never reach stderr
    eu.rampart.plan.secret.SecretMasker secrets = new eu.rampart.plan.secret.SecretMasker(environment.secretValues());
    boolean toStdout = "-".equals(output);
    OfflinePlanner.Options options = OfflinePlanner.Options.defaults().withProgress(progressWanted());
    if (program != null) options = options.withProgram(program);
    if (classpath != null) options = options.withClasspath(classpath);
    if (stackName != null) options = options.withStackName(stackName);
    if (!config.isEmpty()) options = options.withConfig(config);
    Path tmp = null;
    try {
      if (toStdout) {
        tmp = Files.createTempFile("rampart-plan-", ".json");
        options = options.withOutput(tmp);
      } else if (output != null) {
        options = options.withOutput(Path.of(output));
      }
      Path written = OfflinePlanner.plan(stack, environment, options);
      if (toStdout) {
        PrintWriter out = spec.commandLine().getOut();
        out.print(Files.readString(written));
        out.flush();
      } else {
        err.println("rampart plan: wrote " + written);
      }
      return ExitCodes.OK;
    } catch (OfflinePlanException e) {
      err.println("rampart plan: " + secrets.mask(e.getMessage()));
      return e.exitCode() == OfflinePlanException.BAD_INPUT ? ExitCodes.USAGE_OR_INPUT : ExitCodes.EVALUATION_ERROR;
    } catch (IOException e) {
      err.println("rampart plan: " + secrets.mask(String.valueOf(e.getMessage())));
      return ExitCodes.EVALUATION_ERROR;
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // a temp file left in the temp directory is harmless
        }
      }
    }
  }

  private boolean progressWanted() {
    return progress != null ? progress : System.console() != null;
  }

  private static List<Path> roots() {
    List<Path> roots = new ArrayList<>();
    String home = System.getenv("RAMPART_HOME");
    if (home == null || home.isBlank()) home = System.getProperty("rampart.home");
    if (home != null && !home.isBlank()) roots.add(Path.of(home));
    roots.add(Path.of("."));
    return roots;
  }
}
