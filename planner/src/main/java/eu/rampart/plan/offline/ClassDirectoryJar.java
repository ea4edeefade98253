package eu.rampart.plan.offline;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A jar holding exactly the class files of a class directory (the stack's {@code target/classes}),
 * cached under a name that changes whenever a file in the directory changes (paths, sizes and
 * modification times). JDK 17 refuses to record a class-data archive while a non-empty directory is
 * on the class path; with the directories replaced by these jars the program's JVM can use one.
 *
 * <p>Only directories that hold nothing but {@code .class} files are copied: the program then sees
 * the same classes in the same order, and no resource of its own changes from a {@code file:} to a
 * {@code jar:} URL (a program that reads its resources as files keeps working). Any other directory
 * stays as it is, and the JVM simply runs without an archive.
 */
final class ClassDirectoryJar {
  private static final String CLASS_SUFFIX = ".class";

  private ClassDirectoryJar() {}

  /** The cached jar for {@code dir} in {@code cacheDir}, written now if missing; empty when the directory cannot be jarred. */
  static Optional<Path> of(Path dir, Path cacheDir) throws IOException {
    List<Path> entries;
    try (Stream<Path> walk = Files.walk(dir)) {
      entries = walk.filter(p -> !p.equals(dir)).sorted().toList();
    }
    if (entries.stream().anyMatch(f -> !Files.isDirectory(f) && !f.getFileName().toString().endsWith(CLASS_SUFFIX))) return Optional.empty();
    Path jar = cacheDir.resolve("classes-" + sha256(dir.toString()).substring(0, 12) + "-"
        + Fingerprint.of(List.of(dir)).substring(0, 20) + ".jar");
    if (Files.isRegularFile(jar)) return Optional.of(jar);
    Files.createDirectories(cacheDir);
    Path tmp = Files.createTempFile(cacheDir, ".classes-", ".jar.tmp");
    try {
      try (OutputStream out = Files.newOutputStream(tmp); ZipOutputStream zip = new ZipOutputStream(out)) {
        for (Path f : entries) {
          // named with '/' whatever the platform, and a directory entry before its contents, as the jar tool writes them
          String name = dir.relativize(f).toString().replace(f.getFileSystem().getSeparator(), "/");
          boolean isDir = Files.isDirectory(f);
          ZipEntry e = new ZipEntry(isDir ? name + "/" : name);
          e.setTime(Files.getLastModifiedTime(f).toMillis());
          zip.putNextEntry(e);
          if (!isDir) Files.copy(f, zip);
          zip.closeEntry();
        }
      }
      try {
        Files.move(tmp, jar, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, jar);
      } catch (FileAlreadyExistsException e) {
        // another plan wrote the same content first
      }
      return Optional.of(jar);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
