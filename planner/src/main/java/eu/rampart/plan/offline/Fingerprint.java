package eu.rampart.plan.offline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A digest of the names, sizes and modification times of build inputs (POMs and sources), to
 * know when a cached classpath or compiled output can be reused.
 */
final class Fingerprint {
  private Fingerprint() {}

  static String of(List<Path> roots) {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    for (Path root : roots) {
      if (!Files.exists(root)) {
        digest.update(("missing " + root + "\n").getBytes(StandardCharsets.UTF_8));
        continue;
      }
      try (Stream<Path> files = Files.isDirectory(root) ? Files.walk(root) : Stream.of(root)) {
        files.filter(Files::isRegularFile).sorted().forEach(f -> {
          try {
            String line = f + " " + Files.size(f) + " " + Files.getLastModifiedTime(f).toMillis() + "\n";
            digest.update(line.getBytes(StandardCharsets.UTF_8));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }
}
