package eu.rampart.plan.offline;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.rampart.env.Environment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The offline planner end to end, through Maven and a child JVM, on a standalone sample program
 * (no rampart code in it): it must work for any Pulumi Java program.
 */
class OfflinePlannerTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path SAMPLE = Path.of("src/test/resources/sample-program").toAbsolutePath();

  @TempDir static Path work;
  static Path project;

  @BeforeAll
  static void copySample() throws IOException {
    project = work.resolve("sample-program");
    try (Stream<Path> files = Files.walk(SAMPLE)) {
      for (Path p : files.toList()) {
        Path target = project.resolve(SAMPLE.relativize(p).toString());
        if (Files.isDirectory(p)) Files.createDirectories(target);
        else Files.copy(p, target);
      }
    }
  }

  private static Environment env(String name, String extraConfig) throws IOException {
    Path f = work.resolve(name + ".yaml");
    Files.writeString(f, """
        values:
          rampart:
            environment: %s
            production: false
            region: eu-central-1
            policy:
              allowedRegions:
                aws: [eu-central-1, eu-west-1]
          pulumiConfig:
            aws:region: ${rampart.region}
        %s""".formatted(name, extraConfig));
    return Environment.load(f);
  }

  private static final String SIG_KEY = "4dabf18193072939515e22adb298388d";
  private static final String SECRET_SIG = "1b47061264138c4ac30d75fd1eb44270";

  private static List<String> names(JsonNode plan) {
    List<String> out = new ArrayList<>();
    plan.path("resources").forEach(r -> out.add(r.path("name").asText()));
    return out;
  }

  private static Map<String, JsonNode> byName(JsonNode plan) {
    Map<String, JsonNode> m = new HashMap<>();
    plan.path("resources").forEach(r -> m.put(r.path("name").asText(), r));
    return m;
  }

  @Test
  void plansASampleProgramWithRegionsSecretsAndReferences() throws Exception {
    Environment env = env("sample", "    sample:region: ${rampart.region}\n");
    Path plan = OfflinePlanner.plan(project, env, OfflinePlanner.Options.defaults());
    assertEquals(project.resolve("target/rampart-plan-sample.json"), plan);
    String text = Files.readString(plan);
    JsonNode doc = JSON.readTree(text);
    Map<String, JsonNode> r = byName(doc);
    List<String> order = new ArrayList<>();
    doc.path("resources").forEach(x -> order.add(x.path("type").asText()));
    assertAll(
        () -> assertEquals("rampart-plan/v1", doc.path("format").asText()),
        () -> assertEquals("sample-program", doc.path("stack").path("project").asText()),
        () -> assertEquals("sample", doc.path("stack").path("name").asText()),
        () -> assertEquals("eu-central-1", doc.path("stack").path("config").path("sample:region").asText()),
        // the engine receives registrations concurrently: the plan lists them so that what a
        // resource depends on (parent, provider, inputs) comes first, otherwise by URN
        () -> assertEquals("pulumi:pulumi:Stack", order.get(0), "the stack first"),
        () -> assertEquals(List.of("aws:s3/bucketV2:BucketV2", "aws:s3/bucketV2:BucketV2", "aws:s3/bucketV2:BucketV2",
            "pulumi:providers:aws", "sample:index:Group"), order.subList(1, order.size()).stream().sorted().toList()),
        () -> assertTrue(order.indexOf("pulumi:providers:aws") < names(doc).indexOf("on-provider")),
        () -> assertTrue(names(doc).indexOf("group") < names(doc).indexOf("own-region")),
        () -> assertTrue(names(doc).indexOf("on-provider") < names(doc).indexOf("own-region"), "a referenced resource first"),
        () -> assertEquals("input", r.get("eu").path("regionSource").asText()),
        () -> assertEquals("eu-central-1", r.get("on-provider").path("region").asText()),
        () -> assertEquals("provider", r.get("on-provider").path("regionSource").asText()),
        () -> assertTrue(r.get("on-provider").path("provider").asText().startsWith(r.get("eu").path("urn").asText() + "::")),
        () -> assertTrue(r.get("on-provider").path("protect").asBoolean()),
        () -> assertEquals(r.get("group").path("urn").asText(), r.get("on-provider").path("parent").asText()),
        () -> assertEquals("eu-west-1", r.get("own-region").path("region").asText()),
        () -> assertEquals("input", r.get("own-region").path("regionSource").asText()),
        () -> assertEquals("stack-config", r.get("default-provider").path("regionSource").asText()),
        () -> assertTrue(r.get("default-provider").path("provider").isNull()),
        // Pulumi's secret form with the value withheld
        () -> assertEquals(SECRET_SIG, r.get("on-provider").path("inputs").path("password").path(SIG_KEY).asText()),
        () -> assertEquals(1, r.get("on-provider").path("inputs").path("password").size(), "no value beside the signature"),
        () -> assertEquals(SECRET_SIG, r.get("on-provider").path("outputs").path("password").path(SIG_KEY).asText()),
        () -> assertFalse(text.contains("hunter2"), "a secret leaked into the plan"),
        () -> assertEquals("arn:aws:s3:::" + r.get("on-provider").path("id").asText(),
            r.get("on-provider").path("outputs").path("arn").asText()),
        () -> assertEquals(r.get("on-provider").path("id").asText(), r.get("own-region").path("inputs").path("password").asText(),
            "a reference carries the referenced resource's id"),
        () -> assertEquals(r.get("on-provider").path("urn").asText(),
            r.get("own-region").path("propertyDependencies").path("password").path(0).asText()),
        // the stack's resources span two regions: it is placed in the stack's default region
        () -> assertEquals("eu-central-1", doc.path("resources").get(0).path("region").textValue(), "the stack's region"),
        () -> assertEquals("stack-config", doc.path("resources").get(0).path("regionSource").textValue()));
    // the first plan recorded the class-data archive of the program's JVM (class directories as jars)
    List<String> archives = cached(".jsa");
    assertEquals(1, archives.size(), "one archive recorded: " + archives);
    assertEquals(2, cached(".jar").size(), "the program's and the planner's class directories as jars: " + cached(".jar"));

    // a second run reuses the cached classpath (no Maven): the key file stays as it was; it maps the archive
    long keyTime = Files.getLastModifiedTime(project.resolve(ProjectClasspath.KEY_FILE)).toMillis();
    Path other = OfflinePlanner.plan(project, env, OfflinePlanner.Options.defaults().withOutput(work.resolve("again.json")));
    assertEquals(keyTime, Files.getLastModifiedTime(project.resolve(ProjectClasspath.KEY_FILE)).toMillis());
    assertEquals(JSON.readTree(text).path("resources").size(), JSON.readTree(other.toFile()).path("resources").size());
    assertEquals(names(doc), names(JSON.readTree(other.toFile())), "the same resources in the same order with the archive mapped");
    assertEquals(archives, cached(".jsa"), "the archive is reused, not recorded again");

    // a changed source invalidates the cache: Maven runs again and the program change shows
    Path source = project.resolve("src/main/java/sample/SampleProgram.java");
    Files.writeString(source, Files.readString(source).replace("new Thing(\"default-provider\"", "new Thing(\"renamed\""));
    Path changed = OfflinePlanner.plan(project, env, OfflinePlanner.Options.defaults().withOutput(work.resolve("changed.json")));
    assertTrue(byName(JSON.readTree(changed.toFile())).containsKey("renamed"), "the plan reflects the edited program");
    assertEquals(2, cached(".jsa").size(), "the changed classes got an archive of their own: " + cached(".jsa"));
  }

  private static List<String> cached(String suffix) throws IOException {
    try (Stream<Path> files = Files.list(project.resolve(ProgramClassData.CACHE_DIR))) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(suffix) && !n.startsWith(".")).sorted().toList();
    }
  }

  @Test
  void missingConfigValueNamesTheKeyAndTheEnvironmentFile() throws Exception {
    Environment env = env("noregion", "");
    OfflinePlanException e = assertThrows(OfflinePlanException.class,
        () -> OfflinePlanner.plan(project, env, OfflinePlanner.Options.defaults().withOutput(work.resolve("x.json"))));
    assertAll(() -> assertEquals(OfflinePlanException.BAD_INPUT, e.exitCode()),
        () -> assertTrue(e.getMessage().contains("sample:region"), e.getMessage()),
        () -> assertTrue(e.getMessage().contains(env.file().toString()), e.getMessage()),
        () -> assertFalse(e.getMessage().contains("\tat "), "stack trace in: " + e.getMessage()),
        () -> assertFalse(Files.exists(work.resolve("x.json"))));
  }

  @Test
  void programExceptionIsAPlannerFailureWithoutStackTrace() throws Exception {
    Environment env = env("failing", "    sample:region: eu-central-1\n    sample:fail: true\n");
    OfflinePlanException e = assertThrows(OfflinePlanException.class,
        () -> OfflinePlanner.plan(project, env, OfflinePlanner.Options.defaults().withOutput(work.resolve("y.json"))));
    assertAll(() -> assertEquals(OfflinePlanException.PLANNER_FAILED, e.exitCode()),
        () -> assertTrue(e.getMessage().contains("IllegalStateException: sample failure requested by config"), e.getMessage()),
        () -> assertTrue(e.getMessage().contains("sample.SampleProgram.stack"), "names where: " + e.getMessage()),
        () -> assertFalse(e.getMessage().contains("\tat "), "stack trace in: " + e.getMessage()));
  }

  @Test
  void notAProjectIsBadInput() {
    OfflinePlanException e = assertThrows(OfflinePlanException.class,
        () -> OfflinePlanner.plan(work, env("x", ""), OfflinePlanner.Options.defaults()));
    assertEquals(OfflinePlanException.BAD_INPUT, e.exitCode());
    assertTrue(e.getMessage().contains("no pom.xml"), e.getMessage());
  }

  @Test
  void unknownProgramClassIsBadInput() throws Exception {
    Environment env = env("sample2", "    sample:region: eu-central-1\n");
    OfflinePlanException e = assertThrows(OfflinePlanException.class, () -> OfflinePlanner.plan(project, env,
        OfflinePlanner.Options.defaults().withProgram("sample.Missing").withOutput(work.resolve("z.json"))));
    assertEquals(OfflinePlanException.BAD_INPUT, e.exitCode());
    assertTrue(e.getMessage().contains("sample.Missing"), e.getMessage());
  }
}
