package eu.rampart.env;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EnvironmentTest {
  private static final Path ROOT = Path.of(System.getProperty("rampart.root.dir", "..")).toAbsolutePath().normalize();
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private Path write(String name, String yaml) throws IOException {
    Path f = dir.resolve(name);
    Files.writeString(f, yaml);
    return f;
  }

  private static final String POLICY = """
          policy:
            allowedRegions:
              aws: [eu-central-1]
      """;

  /** YAML 1.1 floats Java cannot read (the fuzzer found "._"), and floats beyond a double: one line each. */
  @ParameterizedTest
  @ValueSource(strings = {"._", ".inf", "-.Inf", ".nan", "1e999", "1:30.5"})
  void floatsJavaCannotReadAreRefusedInOneLine(String value) throws IOException {
    Path f = write("odd.yaml", "policy:\n  allowedRegions:\n    aws: [eu-central-1]\nrampart:\n  n: " + value + "\n");
    EnvironmentException e = org.junit.jupiter.api.Assertions.assertThrows(EnvironmentException.class, () -> Environment.load(f));
    assertTrue(e.getMessage().contains("odd.yaml") && e.getMessage().contains("number"), e.getMessage());
    assertTrue(!e.getMessage().contains("\n"), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "staging", "prod"})
  void repositoryEnvironmentsLoadAndGiveTheStackConfig(String name) throws IOException {
    Environment env = Environment.named(ROOT, name);
    JsonNode settings = JSON.readTree(env.pulumiConfig().get("rampart:settings"));
    assertAll(() -> assertEquals(name, env.name()),
        () -> assertEquals(name.equals("prod"), env.production()),
        () -> assertEquals(env.setting("aws.primaryRegion"), env.pulumiConfig().get("aws:region")),
        () -> assertEquals(env.setting("azure.primaryLocation"), env.pulumiConfig().get("azure-native:location")),
        () -> assertEquals(name, settings.path("environment").asText()),
        () -> assertTrue(settings.path("aws").path("availabilityZones").isIntegralNumber(), "numbers keep their type"),
        () -> assertEquals(List.of("eu-central-1", "eu-west-1"), env.policy().allowedRegions().get("aws")));
  }

  @Test
  void prodPolicyEnvironmentMatchesTheContract() {
    ObjectNode e = Environment.named(ROOT, "prod").toPolicyEnvironment();
    assertAll(() -> assertEquals("prod", e.path("name").asText()),
        () -> assertTrue(e.path("production").asBoolean()),
        () -> assertEquals("eu-west-1", e.path("allowed_regions").path("aws").path(1).asText()),
        () -> assertEquals("eu-central-1", e.path("primary_region").path("aws").asText()),
        () -> assertEquals("northeurope", e.path("secondary_region").path("azure").asText()),
        () -> assertEquals("172.16.8.0/22", e.path("vpn_client_cidr").asText()),
        () -> assertEquals("10.30.0.0/16", e.path("network_cidrs").path("aws").asText()),
        () -> assertEquals(4, e.path("backup").path("every_hours").asInt()),
        () -> assertEquals(90, e.path("backup").path("retention_days").asInt()),
        () -> assertEquals(365, e.path("log_retention_days").asInt()),
        () -> assertTrue(e.path("cross_region_copies").asBoolean()),
        () -> assertEquals("mandatory", e.path("enforcement").path("LOG-3").asText()));
  }

  @Test
  void wholeValueReferencesKeepTheirTypeAndEmbeddedOnesSubstituteText() throws IOException {
    Path f = write("t.yaml", """
        values:
          rampart:
            environment: t
            production: false
            n: 3
            flag: true
            list: [a, b]
            name: core
            label: "${rampart.name}-${rampart.n}"
            literal: "$${not.a.reference}"
            nested: ${rampart.list}
        """ + POLICY + """
          pulumiConfig:
            app:count: ${rampart.n}
            app:flag: ${rampart.flag}
            app:list: ${rampart.list}
            app:label: ${rampart.label}
            app:item: ${rampart.list[1]}
        """);
    Environment env = Environment.load(f);
    assertAll(() -> assertEquals(3L, env.setting("n")),
        () -> assertEquals("core-3", env.setting("label")),
        () -> assertEquals("${not.a.reference}", env.setting("literal")),
        () -> assertEquals(List.of("a", "b"), env.setting("nested")),
        () -> assertEquals("3", env.pulumiConfig().get("app:count")),
        () -> assertEquals("true", env.pulumiConfig().get("app:flag")),
        () -> assertEquals("[\"a\",\"b\"]", env.pulumiConfig().get("app:list")),
        () -> assertEquals("core-3", env.pulumiConfig().get("app:label")),
        () -> assertEquals("b", env.pulumiConfig().get("app:item")));
  }

  @Test
  void unknownReferenceNamesFileLineAndPath() throws IOException {
    Path f = write("bad.yaml", """
        values:
          rampart:
            environment: bad
            production: false
        """ + POLICY + """
          pulumiConfig:
            aws:region: ${rampart.aws.primaryRegion}
        """);
    EnvironmentException e = assertThrows(EnvironmentException.class, () -> Environment.load(f));
    assertAll(() -> assertEquals(f, e.file()),
        () -> assertEquals(9, e.line()),
        () -> assertTrue(e.getMessage().contains("${rampart.aws.primaryRegion}"), e.getMessage()),
        () -> assertTrue(e.getMessage().contains("no key 'aws'"), e.getMessage()),
        () -> assertTrue(e.getMessage().startsWith(f + ":9:"), e.getMessage()));
  }

  @Test
  void referenceCycleIsAnError() throws IOException {
    Path f = write("cycle.yaml", """
        values:
          rampart:
            environment: cycle
            production: false
            a: ${rampart.b}
            b: ${rampart.a}
        """ + POLICY);
    EnvironmentException e = assertThrows(EnvironmentException.class, () -> Environment.load(f));
    assertTrue(e.getMessage().contains("cycle"), e.getMessage());
  }

  @Test
  void objectInsideAStringIsAnError() throws IOException {
    Path f = write("obj.yaml", """
        values:
          rampart:
            environment: obj
            production: false
            text: "x-${rampart.policy}"
        """ + POLICY);
    EnvironmentException e = assertThrows(EnvironmentException.class, () -> Environment.load(f));
    assertTrue(e.getMessage().contains("cannot be placed inside a string"), e.getMessage());
  }

  @Test
  void secretsAreUnwrappedAndTheirConfigKeysMarked() throws IOException {
    Path f = write("s.yaml", """
        values:
          rampart:
            environment: s
            production: false
            token:
              fn::secret: s3cr3t-value
        """ + POLICY + """
          pulumiConfig:
            app:token: ${rampart.token}
            app:plain: hello
        """);
    Environment env = Environment.load(f);
    assertAll(() -> assertEquals("s3cr3t-value", env.pulumiConfig().get("app:token")),
        () -> assertEquals(java.util.Set.of("app:token"), env.secretConfigKeys()),
        () -> assertEquals("s3cr3t-value", env.setting("token")));
  }

  @Test
  void unknownNameListsTheAvailableEnvironments() {
    EnvironmentException e = assertThrows(EnvironmentException.class, () -> Environment.named(ROOT, "qa"));
    assertTrue(e.getMessage().contains("no environment named 'qa'") && e.getMessage().contains("dev, prod, staging"), e.getMessage());
  }

  @Test
  void resolveTakesAPathOrAName() throws IOException {
    Path copy = write("mine.yaml", Files.readString(ROOT.resolve("environments/staging.yaml")));
    assertEquals(copy, Environment.resolve(copy.toString(), List.of(ROOT)).file());
    assertEquals("dev", Environment.resolve("dev", List.of(dir, ROOT)).name());
  }

  @Test
  void malformedYamlAndBadValuesPointAtTheLine() throws IOException {
    Path broken = write("broken.yaml", "values:\n  rampart: [unclosed\n");
    EnvironmentException e1 = assertThrows(EnvironmentException.class, () -> Environment.load(broken));
    assertTrue(e1.line() > 0 && e1.getMessage().contains("invalid YAML"), e1.getMessage());

    Path badLevel = write("level.yaml", """
        values:
          rampart:
            environment: level
            production: false
            policy:
              allowedRegions:
                aws: [eu-central-1]
              enforcement:
                RES-1: sometimes
        """);
    EnvironmentException e2 = assertThrows(EnvironmentException.class, () -> Environment.load(badLevel));
    assertAll(() -> assertEquals(9, e2.line(), e2.getMessage()),
        () -> assertTrue(e2.getMessage().contains("mandatory, advisory or disabled"), e2.getMessage()));

    Path noProduction = write("noprod.yaml", "values:\n  rampart:\n    environment: x\n" + POLICY);
    EnvironmentException e3 = assertThrows(EnvironmentException.class, () -> Environment.load(noProduction));
    assertTrue(e3.getMessage().contains("rampart.production"), e3.getMessage());
  }

  @Test
  void yamlTagsCannotInstantiateClasses() throws IOException {
    Path f = write("tag.yaml", "values:\n  rampart: !!java.io.File [\"/etc/passwd\"]\n");
    EnvironmentException e = assertThrows(EnvironmentException.class, () -> Environment.load(f));
    assertFalse(e.getMessage().isBlank());
  }

  @Test
  void settingsMapIsReadOnly() {
    Map<String, Object> settings = Environment.named(ROOT, "dev").settings();
    assertThrows(UnsupportedOperationException.class, () -> settings.put("x", 1));
  }
}
