package eu.rampart.plan.offline;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Application class-data sharing for the program's JVM. Most of that JVM's start is loading and
 * verifying the classes of gRPC, Netty, the Pulumi SDK and the providers; the first plan of a class
 * path records them into an archive ({@code -XX:ArchiveClassesAtExit}) and later plans map it
 * ({@code -XX:SharedArchiveFile}).
 *
 * <p>The archive is named by everything the JVM checks it against (the JDK, its base archive, the
 * JVM flags, the class path and the size and modification time of every jar on it), so a change to
 * any of them records a new one instead of mapping a stale one. Class directories become cached
 * jars first ({@link ClassDirectoryJar}), as JDK 17 records no archive with a non-empty directory on
 * the class path. Whatever goes wrong here costs only the speed-up, never the plan: no cache, a
 * directory that cannot be jarred or a refused archive run the JVM as before
 * ({@code -Xshare:auto} ignores an archive it does not accept, silently with its log turned off), and a
 * recording run whose JVM fails without writing the archive is run again without recording
 * (see {@link #recordingFailed}).
 */
final class ProgramClassData {
  /** Cache directory, relative to the project. */
  static final String CACHE_DIR = "target/rampart-cds";
  /** Cached files this much older than the ones in use are removed (a plan still starting may hold them). */
  private static final Duration KEEP_STALE = Duration.ofMinutes(10);
  /** How HotSpot exits when it cannot write the archive it was asked to record (whatever the program did). */
  private static final int JVM_CANNOT_ARCHIVE = 1;
  private static final List<String> QUIET = List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off");

  /**
   * How to start the program's JVM.
   *
   * @param recording where this run records the archive (moved into place by {@link #finish}), or null
   */
  record Launch(List<Path> classpath, List<String> jvmFlags, Path archive, Path recording, Path refusedMarker) {
    boolean records() {
      return recording != null;
    }
  }

  private ProgramClassData() {}

  /** The launch without class-data sharing: the class path as given. */
  static Launch plain(List<Path> classpath) {
    return new Launch(classpath, List.of(), null, null, null);
  }

  /**
   * @param childFlags the other flags of the program's JVM (part of the archive's name)
   */
  static Launch prepare(Path projectDir, List<Path> classpath, List<String> childFlags) {
    Path cache = projectDir.resolve(CACHE_DIR);
    try {
      List<Path> jars = new ArrayList<>();
      for (Path entry : classpath) {
        if (Files.isDirectory(entry)) {
          Optional<Path> jar = ClassDirectoryJar.of(entry, cache);
          if (jar.isEmpty()) return plain(classpath);
          jars.add(jar.get());
        } else {
          jars.add(entry);
        }
      }
      String key = ClassDirectoryJar.sha256(archiveIdentity(jars, childFlags)).substring(0, 24);
      Path archive = cache.resolve("program-" + key + ".jsa");
      Path refused = cache.resolve("program-" + key + ".refused");
      pruneStale(cache, jars, archive, refused);
      if (Files.isRegularFile(archive)) {
        List<String> flags = new ArrayList<>(List.of("-XX:SharedArchiveFile=" + archive));
        flags.addAll(QUIET);
        return new Launch(jars, List.copyOf(flags), archive, null, refused);
      }
      // the JVM could not record an archive for this class path before: do not try on every plan
      if (Files.exists(refused)) return new Launch(jars, List.of(), archive, null, refused);
      Files.createDirectories(cache);
      // a name of its own per run: two plans recording at once never write the same file
      Path recording = cache.resolve(".program-" + key + "-" + ProcessHandle.current().pid() + "-" + System.nanoTime() + ".jsa.tmp");
      List<String> flags = new ArrayList<>(List.of("-XX:ArchiveClassesAtExit=" + recording));
      flags.addAll(QUIET);
      return new Launch(jars, List.copyOf(flags), archive, recording, refused);
    } catch (IOException | RuntimeException e) {
      // an unwritable target/ or a vanished file: plan without the archive
      return plain(classpath);
    }
  }

  /**
   * True when a recording run exited 1 without leaving an archive: HotSpot exits so when it cannot
   * write the archive, however the program ended (e.g. a class path it cannot archive), so the plan
   * must be run again without recording. A program that fails by itself still leaves an archive,
   * and its failure stands; a timed-out run is not run again.
   */
  static boolean recordingFailed(Launch launch, int exitCode) {
    return launch.records() && exitCode == JVM_CANNOT_ARCHIVE && !nonEmpty(launch.recording());
  }

  /**
   * After the JVM ended: moves the archive of a successful run into place (one of a failed run holds
   * only the classes it got to, and is dropped), or remembers that none could be recorded.
   */
  static void finish(Launch launch, int exitCode) {
    if (!launch.records()) return;
    try {
      if (exitCode == 0 && nonEmpty(launch.recording())) {
        try {
          Files.move(launch.recording(), launch.archive(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(launch.recording(), launch.archive(), StandardCopyOption.REPLACE_EXISTING);
        }
      } else if (recordingFailed(launch, exitCode)) {
        Files.writeString(launch.refusedMarker(), "the JVM recorded no class-data archive for this class path\n");
      }
    } catch (IOException e) {
      // the next plan records again
    } finally {
      try {
        Files.deleteIfExists(launch.recording());
      } catch (IOException ignored) {
        // a leftover temporary file under target/ is harmless and pruned later
      }
    }
  }

  private static boolean nonEmpty(Path p) {
    try {
      return p != null && Files.isRegularFile(p) && Files.size(p) > 0;
    } catch (IOException e) {
      return false;
    }
  }

  /** What the JVM validates a dynamic archive against, as text. */
  private static String archiveIdentity(List<Path> jars, List<String> childFlags) throws IOException {
    StringBuilder sb = new StringBuilder();
    Path javaHome = Path.of(System.getProperty("java.home"));
    sb.append(javaHome).append('\n').append(System.getProperty("java.vm.version")).append('\n');
    try (Stream<Path> base = Files.list(javaHome.resolve("lib").resolve("server"))) {
      for (Path p : base.filter(f -> f.getFileName().toString().endsWith(".jsa")).sorted().toList()) stamp(sb, p);
    } catch (IOException e) {
      sb.append("no base archive\n");
    }
    childFlags.forEach(f -> sb.append(f).append('\n'));
    for (Path jar : jars) stamp(sb, jar);
    return sb.toString();
  }

  private static void stamp(StringBuilder sb, Path file) throws IOException {
    sb.append(file).append(' ').append(Files.size(file)).append(' ').append(Files.getLastModifiedTime(file).toMillis()).append('\n');
  }

  /** Removes archives and jars of earlier class paths once they are some minutes older than the ones in use. */
  private static void pruneStale(Path cache, List<Path> jars, Path archive, Path refused) {
    if (!Files.isDirectory(cache)) return;
    Set<Path> inUse = new HashSet<>(jars);
    inUse.add(archive);
    inUse.add(refused);
    FileTime cutoff = FileTime.from(Instant.now().minus(KEEP_STALE));
    try (Stream<Path> files = Files.list(cache)) {
      for (Path f : files.toList()) {
        if (inUse.contains(f)) continue;
        try {
          if (Files.getLastModifiedTime(f).compareTo(cutoff) < 0) Files.deleteIfExists(f);
        } catch (IOException ignored) {
          // removed by another plan meanwhile
        }
      }
    } catch (IOException ignored) {
      // pruning is housekeeping only
    }
  }
}
