package eu.rampart.plan.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pulumi.yaml's {@code main}: the program's directory, as the Pulumi CLI's getPwdMain resolves it. */
class JavaProgramMainTest {
  @TempDir Path dir;

  @Test
  void mainDirectoryIsWhereTheProgramIsFoundAndRun() throws Exception {
    Files.createDirectories(dir.resolve("infra/build"));
    jar(dir.resolve("infra/build/app.jar"), "app.Main");
    Files.writeString(dir.resolve("Pulumi.yaml"), """
        name: subdir-app
        main: infra/
        runtime:
          name: java
          options:
            binary: build/app.jar
        """);
    JavaProgram p = JavaProgram.locate(dir, Optional.empty(), Optional.empty(), false);
    assertEquals(dir.resolve("infra"), p.directory());
    assertEquals(dir.resolve("infra/build/app.jar"), p.classpath().get(0));
    assertEquals("app.Main", p.mainClass());
  }

  @Test
  void withoutMainTheProjectDirectoryIsTheProgramDirectory() throws Exception {
    assertEquals(dir, JavaProgram.programDirectory(dir.resolve("Pulumi.yaml"), dir, null));
    Files.writeString(dir.resolve("App.java"), "class App {}");
    assertEquals(dir, JavaProgram.programDirectory(dir.resolve("Pulumi.yaml"), dir, "App.java"), "a file's parent directory");
  }

  @Test
  void missingOrMistypedMainIsOneLineNamingTheFile() {
    OfflinePlanException missing = assertThrows(OfflinePlanException.class,
        () -> JavaProgram.programDirectory(dir.resolve("Pulumi.yaml"), dir, "nowhere"));
    assertEquals(OfflinePlanException.BAD_INPUT, missing.exitCode());
    assertTrue(missing.getMessage().contains("Pulumi.yaml: main: nowhere does not exist"), missing.getMessage());
    OfflinePlanException typed = assertThrows(OfflinePlanException.class,
        () -> JavaProgram.programDirectory(dir.resolve("Pulumi.yaml"), dir, java.util.List.of("a")));
    assertTrue(typed.getMessage().contains("main: expected a path"), typed.getMessage());
  }

  private static void jar(Path path, String main) throws Exception {
    Manifest m = new Manifest();
    m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    m.getMainAttributes().put(Attributes.Name.MAIN_CLASS, main);
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(path), m)) {
      // the manifest is all the locator reads
    }
  }
}
