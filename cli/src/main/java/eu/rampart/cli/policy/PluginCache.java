package eu.rampart.cli.policy;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Pulumi's plugin cache, written the way pulumi/pulumi {@code workspace.PluginSpec.InstallWithContext}
 * writes it: {@code $PULUMI_HOME/plugins} (else {@code ~/.pulumi/plugins}, as {@code GetPulumiPath});
 * an exclusive lock on {@code <dir>.lock} while installing; an empty {@code <dir>.partial} marker
 * while the files are written, removed when the installation is complete (Pulumi's {@code getPlugins}
 * skips a plugin whose marker is present); the plugin directory created 0700.
 */
final class PluginCache {
  private final Path pluginsDir;

  private PluginCache(Path pluginsDir) { this.pluginsDir = pluginsDir; }

  static PluginCache of(Map<String, String> env) {
    String home = env.get("PULUMI_HOME");
    Path root = home != null && !home.isBlank() ? Path.of(home) : Path.of(System.getProperty("user.home"), ".pulumi");
    return new PluginCache(root.resolve("plugins"));
  }

  Path pluginsDir() { return pluginsDir; }

  /** Installs (or replaces) the plugin; returns its directory. */
  Path install(PluginBundle bundle) throws IOException {
    Path finalDir = pluginsDir.resolve(bundle.directoryName());
    Files.createDirectories(pluginsDir);
    Path lockFile = pluginsDir.resolve(bundle.directoryName() + ".lock");
    Path partial = pluginsDir.resolve(bundle.directoryName() + ".partial");
    try (FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
         FileLock ignored = ch.lock()) {
      // as `pulumi plugin install --reinstall`: a previous copy (complete or half-written) goes
      Files.write(partial, new byte[0]);
      deleteTree(finalDir);
      Files.createDirectories(finalDir);
      setMode(finalDir, "rwx------");
      for (PluginBundle.Entry e : bundle.entries()) {
        Path target = finalDir.resolve(e.path());
        Files.createDirectories(target.getParent());
        Files.write(target, e.bytes());
        if (e.executable()) setMode(target, "rwxr-xr-x");
      }
      recordClassDataArchive(finalDir);
      Files.delete(partial);
    }
    return finalDir;
  }

  /**
   * Starts the installed plugin once in training mode under {@code -XX:ArchiveClassesAtExit}, so its
   * launcher can map the classes at start-up. Optional: any failure leaves no archive, and the
   * plugin starts without it.
   */
  private static void recordClassDataArchive(Path dir) {
    Path jsa = dir.resolve("rampart-analyzer.jsa");
    String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb = new ProcessBuilder(javaBin, "-XX:+UseSerialGC", "-XX:ArchiveClassesAtExit=" + jsa, "-Xshare:auto",
        "-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-Drampart.plugin.dir=" + dir, "-cp", dir.resolve("lib") + "/*",
        "eu.rampart.analyzer.AnalyzerMain", "-rampart-cds-training", "127.0.0.1:1", dir.resolve("pack").toString())
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
    try {
      Process p = pb.start();
      if (!p.waitFor(3, java.util.concurrent.TimeUnit.MINUTES)) {
        p.destroyForcibly();
        Files.deleteIfExists(jsa);
      } else if (p.exitValue() != 0) {
        Files.deleteIfExists(jsa);
      }
    } catch (IOException e) {
      // no archive: the plugin loads its classes the ordinary way
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void setMode(Path p, String mode) throws IOException {
    try {
      Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(mode));
    } catch (UnsupportedOperationException e) {
      if (!p.toFile().setExecutable(true)) throw new IOException("cannot make " + p + " executable");
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) return;
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
    }
  }
}
