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
  /** Set by the installer while it records an archive ("aot" or "cds"): the launcher records instead of using one. */
  static final String RECORD_ENV = "RAMPART_ANALYZER_RECORD";
  static final String CDS_ARCHIVE = "rampart-analyzer.jsa";
  static final String AOT_CACHE = "rampart-analyzer.aot";

  private final Path pluginsDir;

  private PluginCache(Path pluginsDir) { this.pluginsDir = pluginsDir; }

  static PluginCache of(Map<String, String> env) {
    String home = env.get("PULUMI_HOME");
    Path root = home != null && !home.isBlank() ? Path.of(home) : Path.of(System.getProperty("user.home"), ".pulumi");
    return new PluginCache(root.resolve("plugins"));
  }

  Path pluginsDir() { return pluginsDir; }

  /** An installed plugin: its directory, the runtime it runs on, the archive recorded for that runtime (or null). */
  record Installed(Path dir, PluginJava runtime, Path archive) {}

  /**
   * Installs (or replaces) the plugin to run on {@code runtime}. When the plugin cannot even run
   * its training on that runtime, it is set to run on this CLI's own runtime instead, which runs it.
   */
  Installed install(PluginBundle bundle, PluginJava runtime, PluginJava fallback) throws IOException {
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
      PluginJava chosen = runtime;
      Path archive = recordFor(finalDir, chosen);
      if (archive == null && !runtime.home().equals(fallback.home())) {
        chosen = fallback;
        archive = recordFor(finalDir, chosen);
      }
      Files.delete(partial);
      return new Installed(finalDir, chosen, archive);
    }
  }

  /**
   * Records the runtime for the launcher, then its archive; null when none could be made. The flags
   * a runtime's version needs are the launcher's own business (jvm-flags.sh): it works them out for
   * whichever runtime runs it, the recorded one or, once that is gone, another.
   */
  private static Path recordFor(Path dir, PluginJava runtime) throws IOException {
    Files.writeString(dir.resolve(PluginJava.RECORD), runtime.home() + "\n");
    Files.deleteIfExists(dir.resolve(PluginJava.RELEASE));
    Path release = runtime.home().resolve("release");
    if (Files.isRegularFile(release)) Files.copy(release, dir.resolve(PluginJava.RELEASE));
    return recordArchive(dir, runtime);
  }

  /**
   * Starts the installed plugin once, through its own launcher (so with exactly the JVM flags it
   * will run with), in training mode under the recording flag for its runtime: a class-data sharing
   * archive ({@code -XX:ArchiveClassesAtExit}) up to JDK 24; from JDK 25 an ahead-of-time cache
   * ({@code -XX:AOTCacheOutput}) of a longer training run that sends the warm-up's synthetic
   * resources over the plugin's port, whose method profiles let the JIT compile the analysis as
   * soon as the plugin starts. Optional: any failure leaves no archive, and the plugin starts
   * without one. Returns the archive, or null.
   */
  private static Path recordArchive(Path dir, PluginJava runtime) {
    Path archive = dir.resolve(runtime.recordsAotCache() ? AOT_CACHE : CDS_ARCHIVE);
    ProcessBuilder pb = new ProcessBuilder(dir.resolve(PluginBundle.EXECUTABLE).toString(), "-rampart-cds-training", "127.0.0.1:1",
        dir.resolve("pack").toString())
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
    pb.environment().put(RECORD_ENV, runtime.recordsAotCache() ? "aot" : "cds");
    pb.environment().remove("RAMPART_ANALYZER_JAVA_OPTS"); // the archive must fit the flags the plugin runs with
    try {
      Process p = pb.start();
      if (!p.waitFor(3, java.util.concurrent.TimeUnit.MINUTES)) {
        p.destroyForcibly();
        p.waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
      } else if (p.exitValue() == 0 && Files.isRegularFile(archive)) {
        return archive;
      }
    } catch (IOException e) {
      // no archive: the plugin loads its classes the ordinary way
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try {
      Files.deleteIfExists(archive);
      // the configuration Java 25 writes before it assembles the cache, left by a run that was stopped
      Files.deleteIfExists(dir.resolve(archive.getFileName() + ".config"));
    } catch (IOException e) {
      // a half-written archive the JVM would refuse anyway (it validates its header)
    }
    return null;
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
