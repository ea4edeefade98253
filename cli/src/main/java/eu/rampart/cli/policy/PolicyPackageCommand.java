package eu.rampart.cli.policy;

import eu.rampart.cli.ExitCodes;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rampart policy package -o FILE}: the plugin as a tarball for {@code pulumi plugin install --file}. */
@Command(
    name = "package",
    mixinStandardHelpOptions = true,
    description = "Write the self-contained policy analyzer plugin as a .tar.gz that "
        + "`pulumi plugin install analyzer policy-rampart <version> --file FILE` installs.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:written", "2:input error (analyzer jars unknown, pack missing or malformed)", "3:could not write FILE"})
public final class PolicyPackageCommand implements Callable<Integer> {
  private static final int EXECUTABLE_MODE = 0755;
  private static final int FILE_MODE = 0644;

  @Spec CommandSpec spec;
  @Mixin PluginSource source;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "The tarball to write (.tar.gz).")
  Path output;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    PluginBundle bundle = source.bundleOrReport(err, "rampart policy package");
    if (bundle == null) return ExitCodes.USAGE_OR_INPUT;
    Path abs = output.toAbsolutePath();
    Path tmp = null;
    try {
      // written beside the target and moved into place: never a half-written tarball under FILE
      tmp = Files.createTempFile(abs.getParent(), ".rampart-policy-", ".tmp");
      try (OutputStream sink = Files.newOutputStream(tmp); TarGz tar = new TarGz(sink)) {
        java.util.Set<String> dirs = new java.util.HashSet<>();
        for (PluginBundle.Entry e : bundle.entries()) {
          for (int i = e.path().indexOf('/'); i > 0; i = e.path().indexOf('/', i + 1)) {
            if (dirs.add(e.path().substring(0, i))) tar.directory(e.path().substring(0, i), EXECUTABLE_MODE);
          }
        }
        for (PluginBundle.Entry e : bundle.entries()) tar.file(e.path(), e.bytes(), e.executable() ? EXECUTABLE_MODE : FILE_MODE);
      }
      Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      err.println("rampart policy package: wrote " + abs + " (install with: pulumi plugin install " + PluginBundle.KIND + " "
          + PluginBundle.NAME + " " + bundle.version() + " --file " + abs + ")");
      return ExitCodes.OK;
    } catch (IOException | RuntimeException e) {
      err.println("rampart policy package: cannot write " + abs + ": " + e);
      return ExitCodes.EVALUATION_ERROR;
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // already moved, or nothing to clean up
        }
      }
    }
  }
}
