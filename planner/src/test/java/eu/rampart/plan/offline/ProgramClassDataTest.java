package eu.rampart.plan.offline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The class-data cache of the program's JVM: jars standing in for class directories, and the archive's life cycle. */
class ProgramClassDataTest {
  private static final List<String> FLAGS = List.of("-Xmx1g", "-XX:+UseSerialGC");

  @TempDir Path project;

  private Path classDir(String name) throws IOException {
    Path dir = project.resolve(name);
    Files.createDirectories(dir.resolve("pkg/sub"));
    Files.write(dir.resolve("pkg/A.class"), new byte[] {(byte) 0xCA, (byte) 0xFE, 1});
    Files.write(dir.resolve("pkg/sub/B.class"), new byte[] {(byte) 0xCA, (byte) 0xFE, 2});
    return dir;
  }

  private Path someJar() throws IOException {
    Path jar = project.resolve("lib.jar");
    Files.write(jar, new byte[] {'P', 'K'});
    return jar;
  }

  @Test
  void aClassDirectoryBecomesAJarWithTheSameEntriesAndIsReusedUntilItChanges() throws Exception {
    Path dir = classDir("classes");
    Path cache = project.resolve("cache");
    Path jar = ClassDirectoryJar.of(dir, cache).orElseThrow();
    List<String> entries = new ArrayList<>();
    try (JarFile j = new JarFile(jar.toFile())) {
      Collections.list(j.entries()).forEach(e -> entries.add(e.getName()));
      assertArrayEquals(Files.readAllBytes(dir.resolve("pkg/sub/B.class")), j.getInputStream(j.getEntry("pkg/sub/B.class")).readAllBytes());
    }
    assertEquals(List.of("pkg/", "pkg/A.class", "pkg/sub/", "pkg/sub/B.class"), entries, "directory entries before their files, no manifest");
    FileTime written = Files.getLastModifiedTime(jar);
    assertEquals(jar, ClassDirectoryJar.of(dir, cache).orElseThrow(), "unchanged classes: the same jar");
    assertEquals(written, Files.getLastModifiedTime(jar), "and not written again (the archive checks its time)");

    Files.write(dir.resolve("pkg/A.class"), new byte[] {(byte) 0xCA, (byte) 0xFE, 1, 1});
    Path changed = ClassDirectoryJar.of(dir, cache).orElseThrow();
    assertNotEquals(jar, changed, "a recompiled class gives another jar");
  }

  @Test
  void aDirectoryWithResourcesStaysADirectoryAndThePlanRunsWithoutArchive() throws Exception {
    Path dir = classDir("classes");
    Files.writeString(dir.resolve("app.properties"), "a=b\n");
    assertEquals(Optional.empty(), ClassDirectoryJar.of(dir, project.resolve("cache")));
    List<Path> cp = List.of(dir, someJar());
    ProgramClassData.Launch launch = ProgramClassData.prepare(project, cp, FLAGS);
    assertEquals(cp, launch.classpath(), "the class path as given: its resources keep their file: URLs");
    assertEquals(List.of(), launch.jvmFlags());
    assertFalse(launch.records());
  }

  @Test
  void recordsOnTheFirstSuccessfulRunAndMapsTheArchiveAfterwards() throws Exception {
    Path dir = classDir("classes");
    Path lib = someJar();
    ProgramClassData.Launch first = ProgramClassData.prepare(project, List.of(dir, lib), FLAGS);
    assertTrue(first.records());
    assertEquals(2, first.classpath().size());
    assertTrue(first.classpath().get(0).toString().endsWith(".jar"), "the directory replaced by its jar: " + first.classpath());
    assertTrue(first.classpath().get(0).startsWith(project.resolve(ProgramClassData.CACHE_DIR)));
    assertEquals(lib, first.classpath().get(1), "jars stay where they are, in the same order");
    assertTrue(first.jvmFlags().contains("-XX:ArchiveClassesAtExit=" + first.recording()));
    assertTrue(first.jvmFlags().contains("-Xlog:cds=off"), "the JVM's CDS warnings never reach the plan's output");

    // a failed program's archive holds only the classes it got to: dropped, recorded again next time
    Files.write(first.recording(), new byte[] {1});
    ProgramClassData.finish(first, 3);
    assertFalse(Files.exists(first.archive()));
    assertFalse(Files.exists(first.recording()));
    ProgramClassData.Launch again = ProgramClassData.prepare(project, List.of(dir, lib), FLAGS);
    assertTrue(again.records());

    Files.write(again.recording(), new byte[] {1});
    ProgramClassData.finish(again, 0);
    assertTrue(Files.isRegularFile(again.archive()));
    ProgramClassData.Launch mapped = ProgramClassData.prepare(project, List.of(dir, lib), FLAGS);
    assertFalse(mapped.records());
    assertTrue(mapped.jvmFlags().contains("-XX:SharedArchiveFile=" + again.archive()), mapped.jvmFlags().toString());
  }

  @Test
  void theArchiveIsKeyedByTheJarsAndTheFlags() throws Exception {
    Path dir = classDir("classes");
    Path lib = someJar();
    Path archive = ProgramClassData.prepare(project, List.of(dir, lib), FLAGS).archive();
    assertEquals(archive, ProgramClassData.prepare(project, List.of(dir, lib), FLAGS).archive());
    assertNotEquals(archive, ProgramClassData.prepare(project, List.of(dir, lib), List.of("-Xmx2g")).archive(), "other JVM flags");
    Files.setLastModifiedTime(lib, FileTime.fromMillis(Files.getLastModifiedTime(lib).toMillis() - 60_000));
    assertNotEquals(archive, ProgramClassData.prepare(project, List.of(dir, lib), FLAGS).archive(),
        "a jar the JVM would find changed (it checks size and time) names another archive");
  }

  @Test
  void aJvmThatCannotRecordRunsThePlanAgainWithoutAndIsNotAskedAgain() throws Exception {
    Path dir = classDir("classes");
    Path lib = someJar();
    ProgramClassData.Launch first = ProgramClassData.prepare(project, List.of(dir, lib), FLAGS);
    // HotSpot exits 1 without an archive when it cannot write one, whatever the program did
    assertTrue(ProgramClassData.recordingFailed(first, 1));
    assertFalse(ProgramClassData.recordingFailed(first, 0));
    assertFalse(ProgramClassData.recordingFailed(first, -1), "a timed-out run is not run again");
    ProgramClassData.finish(first, 1);
    ProgramClassData.Launch next = ProgramClassData.prepare(project, List.of(dir, lib), FLAGS);
    assertFalse(next.records(), "remembered: no second attempt on every plan");
    assertEquals(List.of(), next.jvmFlags());
    assertFalse(ProgramClassData.recordingFailed(ProgramClassData.plain(List.of(dir)), 1), "nothing to retry without recording");
  }

  @Test
  void anUnusableCacheDirectoryMeansNoArchiveNotAFailedPlan() throws Exception {
    Path dir = classDir("classes");
    Files.createDirectories(project.resolve("target"));
    Files.writeString(project.resolve(ProgramClassData.CACHE_DIR), "a file where the cache directory would be");
    List<Path> cp = List.of(dir, someJar());
    ProgramClassData.Launch launch = ProgramClassData.prepare(project, cp, FLAGS);
    assertEquals(cp, launch.classpath());
    assertEquals(List.of(), launch.jvmFlags());
  }
}
