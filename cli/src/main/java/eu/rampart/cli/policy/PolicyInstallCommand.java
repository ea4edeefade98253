package eu.rampart.cli.policy;

import eu.rampart.cli.ExitCodes;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code rampart policy install}: puts the self-contained analyzer plugin where the Pulumi CLI
 * looks for it ({@code $PULUMI_HOME/plugins/analyzer-policy-rampart-v<version>/}), the same layout
 * as {@code pulumi plugin install analyzer policy-rampart <version> --file <tarball>}.
 */
@Command(
    name = "install",
    mixinStandardHelpOptions = true,
    description = "Install the policy analyzer plugin into Pulumi's plugin cache ($PULUMI_HOME, else ~/.pulumi), "
        + "so that `pulumi up --policy-pack policies/` finds it. Replaces an installed copy of the same version.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:installed", "2:input error (analyzer jars unknown, pack missing or malformed, --java-home not a Java 17 or later runtime)",
        "3:could not write the plugin cache"})
public final class PolicyInstallCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin PluginSource source;

  @Option(names = "--java-home", paramLabel = "DIR",
      description = "Java runtime (17 or later) the plugin runs on. Default: the newest one found (this CLI's, JAVA_HOME, "
          + "java on PATH, /usr/lib/jvm and the other usual install directories); from Java 25 on, the plugin starts "
          + "with an ahead-of-time cache recorded at install.")
  Path javaHome;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    PluginBundle bundle = source.bundleOrReport(err, "rampart policy install");
    if (bundle == null) return ExitCodes.USAGE_OR_INPUT;
    PluginJava runtime;
    try {
      runtime = javaHome != null ? PluginJava.of(javaHome) : PluginJava.choose(System.getenv());
    } catch (PluginJava.NotAJavaRuntime e) {
      err.println("rampart policy install: " + e.getMessage());
      return ExitCodes.USAGE_OR_INPUT;
    }
    PluginCache cache = PluginCache.of(System.getenv());
    try {
      err.println("rampart policy install: the plugin runs on Java " + runtime.feature() + " (" + runtime.home() + "); recording its "
          + (runtime.recordsAotCache() ? "ahead-of-time cache (a training run of a few seconds)" : "class-data sharing archive") + "...");
      err.flush();
      PluginCache.Installed done = cache.install(bundle, runtime, PluginJava.own());
      if (!done.runtime().equals(runtime)) {
        err.println("rampart policy install: the plugin could not run on " + runtime.home() + "; it runs on this CLI's Java "
            + done.runtime().feature() + " (" + done.runtime().home() + ") instead");
      }
      if (done.archive() == null) {
        err.println("rampart policy install: no archive could be recorded; the plugin starts without one (slower)");
      }
      err.println("rampart policy install: installed " + done.dir().resolve(PluginBundle.EXECUTABLE));
      return ExitCodes.OK;
    } catch (IOException | RuntimeException e) {
      err.println("rampart policy install: cannot install into " + cache.pluginsDir() + ": " + e);
      return ExitCodes.EVALUATION_ERROR;
    }
  }
}
