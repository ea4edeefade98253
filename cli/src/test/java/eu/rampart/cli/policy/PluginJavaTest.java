package eu.rampart.cli.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which Java runtime the installed plugin runs on, read from the homes' release files. */
class PluginJavaTest {
  @TempDir Path tmp;

  /** A runtime home as JDK images lay it out: bin/java and a release file. */
  private Path home(String name, String javaVersion) throws IOException {
    Path home = Files.createDirectories(tmp.resolve(name));
    Path java = Files.createDirectories(home.resolve("bin")).resolve("java");
    Files.writeString(java, "#!/bin/sh\nexit 0\n");
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    if (javaVersion != null) Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"" + javaVersion + "\"\n");
    return home;
  }

  @Test
  void theFeatureReleaseIsReadFromTheReleaseFile() throws IOException {
    assertEquals(17, PluginJava.read(home("a", "17.0.15")).feature());
    assertEquals(25, PluginJava.read(home("b", "25")).feature());
    assertEquals(8, PluginJava.read(home("c", "1.8.0_402")).feature());
    assertNull(PluginJava.read(home("d", null)), "no release file: not a runtime home");
    assertNull(PluginJava.read(home("e", "\"\"")), "no version");
    assertNull(PluginJava.read(tmp.resolve("missing")));
  }

  @Test
  void theNewestRuntimeIsChosenAndTheEarlierOnATie() throws IOException {
    Path j17 = home("jdk-17", "17.0.15");
    Path j21 = home("jdk-21", "21.0.4");
    Path j21b = home("jdk-21b", "21.0.9");
    Path j11 = home("jdk-11", "11.0.20");
    assertEquals(j21.toRealPath(), PluginJava.choose(List.of(j17, j21, j11, j21b)).home());
    assertEquals(j21b.toRealPath(), PluginJava.choose(List.of(j21b, j21)).home());
    // nothing of 17 or later among the candidates: the CLI's own runtime
    assertEquals(Path.of(System.getProperty("java.home")), PluginJava.choose(List.of(j11)).home());
  }

  @Test
  void javaHomeAndJavaOnPathAreCandidates() throws IOException {
    Path fromEnv = home("from-env", "21");
    Path onPath = home("on-path", "22");
    List<Path> c = PluginJava.candidates(Map.of("JAVA_HOME", fromEnv.toString(), "PATH", onPath.resolve("bin") + ":/nonexistent"));
    assertTrue(c.contains(fromEnv.toRealPath()), c.toString());
    assertTrue(c.contains(onPath.toRealPath()), c.toString());
    assertTrue(c.indexOf(fromEnv.toRealPath()) < c.indexOf(onPath.toRealPath()), "JAVA_HOME before PATH on a tie: " + c);
  }

  @Test
  void anAotCacheFromJava25() throws IOException {
    PluginJava j17 = PluginJava.read(home("j17", "17.0.1"));
    PluginJava j23 = PluginJava.read(home("j23", "23"));
    PluginJava j25 = PluginJava.read(home("j25", "25.0.1"));
    assertEquals(false, j17.recordsAotCache());
    assertEquals(false, j23.recordsAotCache());
    assertEquals(true, j25.recordsAotCache());
  }

  @Test
  void anExplicitHomeMustBeJava17OrLater() throws IOException {
    Path old = home("old", "11.0.2");
    PluginJava.NotAJavaRuntime e = assertThrows(PluginJava.NotAJavaRuntime.class, () -> PluginJava.of(old));
    assertEquals("--java-home " + old + ": expected Java 17 or later, found Java 11", e.getMessage());
    Path none = Files.createDirectories(tmp.resolve("empty"));
    e = assertThrows(PluginJava.NotAJavaRuntime.class, () -> PluginJava.of(none));
    assertEquals("--java-home " + none + ": expected a Java runtime home (bin/java and a release file), found none", e.getMessage());
  }
}
