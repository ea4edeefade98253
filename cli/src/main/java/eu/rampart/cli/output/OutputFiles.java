package eu.rampart.cli.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Checks, before anything is evaluated, that every report file can be written and names neither an
 * input nor another report. Paths are compared as the files they reach, not as spelled: through
 * symbolic links ({@link Path#toRealPath}) and across hard links ({@link Files#isSameFile}, which
 * compares the file keys: device and inode on Unix).
 */
public final class OutputFiles {
  private OutputFiles() {}

  /**
   * @param inputs every file the run reads (inputs, environment file); missing ones are skipped
   * @param inputDirs directories the run reads whole (a policy pack): no report may be written inside
   */
  public static void check(List<ReportTarget> targets, Collection<Path> inputs, Collection<Path> inputDirs)
      throws OutputUsageException {
    List<Path> written = new ArrayList<>();
    for (ReportTarget t : targets) {
      if (t.file().isEmpty()) continue;
      Path file = t.file().get();
      Path where = location(file);
      for (Path in : inputs) {
        if (sameFile(file, where, in)) {
          throw new OutputUsageException(file + ": is the input " + in + "; a report never overwrites an input "
              + "(choose another --output file)");
        }
      }
      for (Path dir : inputDirs) {
        Optional<Path> real = real(dir);
        if (real.isPresent() && where.startsWith(real.get())) {
          throw new OutputUsageException(file + ": is inside the policy directory " + dir + "; a report never writes into an input");
        }
      }
      for (Path other : written) {
        if (sameFile(file, where, other)) {
          throw new OutputUsageException(file + ": two reports name the same file (" + other + ")");
        }
      }
      written.add(file);
    }
  }

  /**
   * Where a report file will end up: its real path when it exists (a link is written through), else
   * its real parent directory and its name. The parent must be an existing directory and the file,
   * when it exists, must not be a directory.
   */
  static Path location(Path file) throws OutputUsageException {
    if (Files.isDirectory(file)) throw new OutputUsageException(file + ": is a directory, not a report file");
    if (Files.exists(file)) return real(file).orElse(file.toAbsolutePath().normalize());
    if (Files.isSymbolicLink(file)) {
      throw new OutputUsageException(file + ": is a symbolic link to a file that does not exist");
    }
    Path abs = file.toAbsolutePath();
    Path parent = abs.getParent();
    if (parent == null || !Files.isDirectory(parent)) {
      throw new OutputUsageException(file + ": directory " + parent + " does not exist");
    }
    return real(parent).orElse(parent.normalize()).resolve(abs.getFileName());
  }

  private static boolean sameFile(Path file, Path where, Path other) {
    if (Files.exists(file) && Files.exists(other)) {
      try {
        return Files.isSameFile(file, other);
      } catch (IOException e) {
        // fall through to the path comparison
      }
    }
    Path otherWhere;
    if (Files.exists(other, LinkOption.NOFOLLOW_LINKS) || Files.exists(other)) {
      otherWhere = real(other).orElse(other.toAbsolutePath().normalize());
    } else {
      Path abs = other.toAbsolutePath();
      Path parent = abs.getParent();
      otherWhere = parent == null ? abs.normalize() : real(parent).orElse(parent.normalize()).resolve(abs.getFileName());
    }
    return where.equals(otherWhere);
  }

  private static Optional<Path> real(Path p) {
    try {
      return Optional.of(p.toRealPath());
    } catch (IOException | SecurityException e) {
      return Optional.empty();
    }
  }
}
