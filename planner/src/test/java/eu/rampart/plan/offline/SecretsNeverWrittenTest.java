package eu.rampart.plan.offline;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One program holding every kind of secret: {@code secure:} stack config read with plain
 * {@code require} and with {@code requireSecret}, an environment's {@code fn::secret}, a value built
 * from a plainly read secret, {@code additionalSecretOutputs}, {@code Output.ofSecret},
 * {@code asSecret()}. Every file the planner writes and everything it prints is searched for the
 * plain texts; the plan must hold Pulumi's secret form where they were.
 */
class SecretsNeverWrittenTest {
  private static final Path PROGRAM = TestPrograms.PLANNER.resolve("src/test/programs/aws-secrets-and-invokes");
  private static final String SIG_KEY = "4dabf18193072939515e22adb298388d";
  private static final String SECRET_SIG = "1b47061264138c4ac30d75fd1eb44270";
  private static final String UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
  private static final List<String> PLAINTEXTS = List.of("Sup3r-Secret-DB-Passw0rd", "api-key-8f7e6d5c4b3a",
      "deploy-token-4242", "literal-secret-4711", "as-secret-0815");

  @TempDir Path out;

  private Path environmentWithSecret() throws Exception {
    // the prod environment with one more value, a secret (fn::secret) the program reads plainly
    Path env = out.resolve("secrets-env.yaml");
    String prod = Files.readString(TestPrograms.ROOT.resolve("environments/prod.yaml"));
    Files.writeString(env, prod.replace("  pulumiConfig:\n", "  pulumiConfig:\n    aws-secrets-and-invokes:deployToken:\n"
        + "      fn::secret: deploy-token-4242\n"));
    assertTrue(Files.readString(env).contains("deploy-token-4242"));
    return env;
  }

  private Path plan(Map<String, String> processEnv, Path output, ByteArrayOutputStream printed) throws Exception {
    Path classes = TestPrograms.compile(PROGRAM);
    Path envFile = environmentWithSecret();
    OfflinePlanner.Options options = OfflinePlanner.Options.defaults().withOutput(output).withProgress(true)
        .withClasspath(classes + File.pathSeparator + TestPrograms.dependencies()).withProgram("example.App").withStackName("prod");
    PrintStream err = System.err;
    System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      return OfflinePlanner.plan(PROGRAM, "prod", new StackFileConfig(null, envFile, processEnv), options, envFile);
    } finally {
      System.setErr(err);
    }
  }

  private static JsonNode byName(JsonNode doc, String name) {
    for (JsonNode r : doc.path("resources")) if (r.path("name").asText().equals(name)) return r;
    throw new AssertionError("no resource " + name);
  }

  private static boolean secret(JsonNode v) {
    return v.isObject() && SECRET_SIG.equals(v.path(SIG_KEY).asText());
  }

  @Test
  void everySecretIsWrittenInSecretFormAndNowhereInPlainText() throws Exception {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    Path plan = plan(Map.of("PULUMI_CONFIG_PASSPHRASE", "rampart-test-passphrase"), out.resolve("plans/prod.json"), printed);
    List<Path> written = new ArrayList<>();
    try (Stream<Path> s = Files.walk(out)) {
      s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals("secrets-env.yaml")).forEach(written::add);
    }
    assertTrue(written.contains(plan));
    Map<String, String> texts = new HashMap<>();
    for (Path p : written) texts.put(p.toString(), Files.readString(p));
    texts.put("what the planner printed", printed.toString(StandardCharsets.UTF_8));
    for (Map.Entry<String, String> t : texts.entrySet()) {
      for (String secret : PLAINTEXTS) assertFalse(t.getValue().contains(secret), secret + " in " + t.getKey());
    }
    assertTrue(printed.toString(StandardCharsets.UTF_8).contains("connecting with [secret] and [secret]"),
        "the program's own output reaches the user, masked: " + printed);

    JsonNode doc = new ObjectMapper().readTree(plan.toFile());
    JsonNode stack = doc.path("resources").get(0);
    assertAll(
        () -> assertTrue(secret(doc.path("stack").path("config").path("aws-secrets-and-invokes:dbPassword"))),
        () -> assertTrue(secret(doc.path("stack").path("config").path("aws-secrets-and-invokes:apiKey"))),
        () -> assertTrue(secret(doc.path("stack").path("config").path("aws-secrets-and-invokes:deployToken")), "fn::secret"),
        () -> assertTrue(secret(byName(doc, "connection").path("inputs").path("value")), "computed from a plainly read secret"),
        () -> assertTrue(secret(byName(doc, "connection").path("outputs").path("value"))),
        () -> assertTrue(secret(byName(doc, "api").path("inputs").path("value")), "requireSecret"),
        () -> assertTrue(secret(byName(doc, "literal").path("inputs").path("value")), "Output.ofSecret"),
        () -> assertTrue(secret(byName(doc, "as-secret").path("inputs").path("value")), "asSecret()"),
        () -> assertTrue(secret(byName(doc, "token").path("inputs").path("value")), "fn::secret read with require"),
        () -> assertTrue(secret(byName(doc, "data").path("outputs").path("bucket")), "additionalSecretOutputs"),
        () -> assertTrue(secret(stack.path("outputs").path("bucketName")), "an output the engine returned secret stays secret"),
        () -> assertTrue(secret(stack.path("outputs").path("password"))),
        // invokes: zones of the configured region; the AMI is the cloud's answer, unknown before apply
        () -> assertEquals("eu-central-1a", byName(doc, "web").path("inputs").path("availabilityZone").asText()),
        () -> assertEquals("eu-central-1a", stack.path("outputs").path("firstZone").asText()),
        () -> assertEquals(UNKNOWN, byName(doc, "web").path("inputs").path("ami").asText()));
  }

  @Test
  void withoutThePassphraseSecretsAreUnknownSecretsAndTheProgramStillRuns() throws Exception {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    Path plan = plan(Map.of(), out.resolve("unknown.json"), printed);
    JsonNode doc = new ObjectMapper().readTree(plan.toFile());
    JsonNode password = doc.path("stack").path("config").path("aws-secrets-and-invokes:dbPassword");
    assertAll(
        () -> assertTrue(secret(password)),
        () -> assertEquals(UNKNOWN, password.path("value").asText(), "an unknown secret"),
        () -> assertTrue(secret(byName(doc, "connection").path("inputs").path("value"))),
        () -> assertEquals(UNKNOWN, byName(doc, "connection").path("inputs").path("value").path("value").asText(),
            "built from an unknown secret: unknown and secret"),
        () -> assertTrue(secret(byName(doc, "api").path("inputs").path("value"))));
  }

  @Test
  void aWrongPassphraseIsAnInputError() {
    OfflinePlanException e = assertThrows(OfflinePlanException.class,
        () -> plan(Map.of("PULUMI_CONFIG_PASSPHRASE", "not the passphrase"), out.resolve("wrong.json"), new ByteArrayOutputStream()));
    assertEquals(OfflinePlanException.BAD_INPUT, e.exitCode());
    assertTrue(e.getMessage().contains("Pulumi.prod.yaml"), e.getMessage());
    assertFalse(Files.exists(out.resolve("wrong.json")));
  }
}
