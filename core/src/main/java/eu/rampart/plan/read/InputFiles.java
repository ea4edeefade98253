package eu.rampart.plan.read;

import eu.rampart.limits.Limits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;

/**
 * Reads an input file once, as bytes, after making sure it is a regular file of bounded size:
 * devices ({@code /dev/zero}), FIFOs, sockets and directories are refused before they are opened
 * (opening a FIFO would block, reading a device would never end), and a file that grows past the
 * limit while it is read is refused too.
 */
public final class InputFiles {
  private InputFiles() {}

  /** What the file should have been, for messages ("a JSON file", "an environment YAML file"). */
  public static byte[] read(Path file, String expected) {
    BasicFileAttributes attrs;
    try {
      attrs = Files.readAttributes(file, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      if (Files.isSymbolicLink(file)) throw InputException.of(file, "is a symbolic link to a file that does not exist");
      throw InputException.of(file, "no such file");
    } catch (AccessDeniedException e) {
      throw InputException.of(file, "permission denied");
    } catch (FileSystemException e) {
      throw InputException.of(file, fileSystemProblem(e));
    } catch (IOException e) {
      throw InputException.of(file, "cannot read: " + e.getClass().getSimpleName());
    }
    if (attrs.isDirectory()) throw InputException.of(file, "is a directory: expected " + expected);
    if (!attrs.isRegularFile()) {
      throw InputException.of(file, "is not a regular file (a device, FIFO or socket): expected " + expected);
    }
    long limit = Limits.INPUT_BYTES.value();
    if (attrs.size() > limit) throw tooLarge(file, attrs.size(), limit);
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, limit + 1));
      if (bytes.length > limit) throw tooLarge(file, bytes.length, limit);
      return bytes;
    } catch (AccessDeniedException e) {
      throw InputException.of(file, "permission denied");
    } catch (FileSystemException e) {
      throw InputException.of(file, fileSystemProblem(e));
    } catch (IOException e) {
      throw InputException.of(file, "cannot read: " + e.getClass().getSimpleName());
    }
  }

  private static InputException tooLarge(Path file, long size, long limit) {
    return InputException.of(file, "is larger than the input limit of " + limit + " bytes (" + (size > limit ? "at least " + size : String.valueOf(size))
        + " bytes; " + Limits.INPUT_BYTES.howToRaise() + ")");
  }

  /** The OS reason for a file-system error, without Java's wording; a symlink loop is named as such. */
  static String fileSystemProblem(FileSystemException e) {
    String reason = e.getReason() == null ? "" : e.getReason();
    if (reason.toLowerCase(Locale.ROOT).contains("symbolic link")) return "is a symbolic link loop (too many levels of symbolic links)";
    if (reason.toLowerCase(Locale.ROOT).contains("not a directory")) return "no such file (a parent in the path is not a directory)";
    return "cannot read: " + (reason.isEmpty() ? e.getClass().getSimpleName() : reason);
  }
}
