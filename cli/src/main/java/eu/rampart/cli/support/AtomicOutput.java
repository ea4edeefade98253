package eu.rampart.cli.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a report so that readers never see half a file: a temporary file in the target's
 * directory, then a rename over the target. Devices and pipes ({@code /dev/null},
 * {@code /dev/stdout}) cannot be replaced, so they are written directly.
 */
public final class AtomicOutput {
  private AtomicOutput() {}

  public static void write(Path target, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    if (Files.exists(target) && !Files.isRegularFile(target)) {
      if (Files.isDirectory(target)) throw new IOException(target + " is a directory");
      Files.write(target, bytes);
      return;
    }
    Path abs = target.toAbsolutePath();
    Path dir = abs.getParent();
    if (dir != null && !Files.isDirectory(dir)) throw new IOException("directory " + dir + " does not exist");
    Path tmp = Files.createTempFile(dir, "." + abs.getFileName() + ".", ".tmp");
    try {
      Files.write(tmp, bytes);
      try {
        Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
