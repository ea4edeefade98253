package eu.rampart.cli.support;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a report so that readers never see half a file and a failure leaves no partial file: a
 * temporary file in the target's directory, then a rename over the target. The temporary file is
 * created with the default mode (0666 less the user's umask), so the report gets the permissions
 * any other tool would give it ({@link Files#createTempFile} would force 0600). A symbolic link is
 * written through (its target is replaced, the link stays). Devices and pipes ({@code /dev/null},
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
    Path abs = Files.exists(target) ? target.toRealPath() : target.toAbsolutePath();
    Path dir = abs.getParent();
    if (dir == null || !Files.isDirectory(dir)) throw new IOException("directory " + dir + " does not exist");
    Path tmp = null;
    try {
      tmp = createSibling(dir, abs.getFileName().toString());
      try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
        ByteBuffer buf = ByteBuffer.wrap(bytes);
        while (buf.hasRemaining()) ch.write(buf);
        ch.force(true);  // the rename must not publish a file whose bytes are still only in memory
      }
      try {
        Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      if (tmp != null) Files.deleteIfExists(tmp);
    }
  }

  /** A new, empty file beside the target, hidden, with a random part so concurrent writers never share it. */
  private static Path createSibling(Path dir, String name) throws IOException {
    for (int attempt = 0; ; attempt++) {
      Path tmp = dir.resolve("." + name + "." + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
      try {
        // no permission attributes: the file system applies 0666 and the process umask
        FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
        return tmp;
      } catch (FileAlreadyExistsException e) {
        if (attempt >= 100) throw e;
      }
    }
  }
}
