package eu.rampart.plan.config;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The stack config of every program in the planner's corpus of real Pulumi programs
 * (planner/src/test/corpus, listed in its README.md) resolves as the README says: the region each
 * stack file names, the secure values opened with the corpus passphrase, and no secret without it.
 */
class CorpusConfigTest {
  private static final Path ROOT = Path.of(System.getProperty("rampart.root.dir", "..")).toAbsolutePath().normalize();
  private static final Path CORPUS = ROOT.resolve("planner/src/test/corpus");
  private static final Map<String, String> PASSPHRASE = Map.of("PULUMI_CONFIG_PASSPHRASE", "rampart corpus test passphrase");

  private static StackConfig resolve(String program, Map<String, String> env) {
    return StackConfigResolver.resolve(new ConfigRequest(CORPUS.resolve(program), "prod", ROOT.resolve("environments"),
        ROOT.resolve("environments/prod.yaml"), Map.of(), env));
  }

  @Test
  void everyProgramDirectoryHasItsStackFileAndProvenance() throws IOException {
    List<Path> programs;
    try (Stream<Path> dirs = Files.list(CORPUS)) {
      programs = dirs.filter(d -> Files.isRegularFile(d.resolve("Pulumi.yaml"))).sorted().toList();
    }
    assertTrue(programs.size() >= 8, "corpus has " + programs.size() + " programs");
    String readme = Files.readString(CORPUS.resolve("README.md"));
    for (Path p : programs) {
      String name = p.getFileName().toString();
      assertAll(name,
          () -> assertTrue(Files.isRegularFile(p.resolve("Pulumi.prod.yaml")), "Pulumi.prod.yaml"),
          () -> assertTrue(Files.isRegularFile(p.resolve("PROVENANCE.md")), "PROVENANCE.md"),
          () -> assertTrue(readme.contains("`" + name + "`"), "listed in README.md"),
          () -> resolve(name, PASSPHRASE));
    }
  }

  @Test
  void regionsAreTheStackFilesOwnNotTheEnvironments() {
    assertAll(
        () -> assertEquals("us-east-1", resolve("examples-aws-java-webserver", Map.of()).get("aws:region").value()),
        () -> assertEquals("WestUS2", resolve("templates-azure-java", Map.of()).get("azure-native:location").value()),
        () -> assertEquals("eu-central-1", resolve("templates-aws-java", Map.of()).get("aws:region").value()),
        () -> assertEquals("northeurope", resolve("examples-azure-java-static-website", Map.of()).get("azure-native:location").value()),
        // imports rampart/prod explicitly and sets no region itself
        () -> assertEquals("eu-central-1", resolve("pulumi-java-testing-unit-java", Map.of()).get("aws:region").value()));
  }

  @Test
  void secureValuesOpenWithTheCorpusPassphraseAndStayUnknownWithoutIt() {
    StackConfig sql = resolve("examples-azure-java-appservice-sql", PASSPHRASE);
    StackConfig aws = resolve("templates-aws-java", PASSPHRASE);
    StackConfig az = resolve("templates-azure-java-2022", PASSPHRASE);
    assertAll(
        () -> assertEquals("Corpus-SqlAdmin-Pw-7f3a9c!", sql.get("azure-java-appservice-sql:sqlPassword").value()),
        () -> assertTrue(sql.get("azure-java-appservice-sql:sqlPassword").secret()),
        () -> assertEquals("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", aws.get("aws:secretKey").value()),
        () -> assertFalse(aws.get("aws:accessKey").secret()),
        () -> assertTrue(az.get("templates-azure-java-2022:settings").value().contains("\"apiToken\":\"corpus-api-token-51d2e8\"")),
        () -> assertTrue(az.get("templates-azure-java-2022:settings").secret()),
        () -> assertEquals("{\"pulumi:template\":\"aws-java\"}", aws.get("pulumi:tags").value()));
    StackConfig locked = resolve("examples-azure-java-appservice-sql", Map.of());
    assertTrue(locked.get("azure-java-appservice-sql:sqlPassword").unknown());
    assertNull(locked.get("azure-java-appservice-sql:sqlPassword").value());
  }
}
