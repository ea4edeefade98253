package eu.rampart.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import eu.rampart.cli.support.Cli;
import eu.rampart.cli.support.FixtureSecrets;
import eu.rampart.report.ReportFormats;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** For every recorded Pulumi file and every output format, no secret value is printed. */
class SecretsNeverPrintedTest {
  static final Path FIXTURES = Cli.SHARED.resolve("fixtures/pulumi");

  static List<Path> fixtures() throws Exception {
    try (Stream<Path> s = Files.list(FIXTURES)) {
      List<Path> all = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
      if (all.size() < 20) fail("expected the recorded fixtures in " + FIXTURES + ", found " + all.size());
      return all;
    }
  }

  static Stream<Arguments> cases() throws Exception {
    List<Arguments> out = new ArrayList<>();
    for (Path f : fixtures()) for (String format : ReportFormats.names()) out.add(Arguments.of(f.getFileName().toString(), format));
    return out.stream();
  }

  @Test
  void theSecretCollectorFindsTheKnownSecrets() throws Exception {
    // the walk must find at least the secrets PROVENANCE.md names, or the test below proves nothing
    assertContainsSecret("pulumi-aws-export-rds-instance.json", null);
    assertContainsSecret("pulumi-aws-export-secretsmanager-secretversion.json", null);
    assertContainsSecret("azure-native-export-networked-vm.json", null);
    assertContainsSecret("azure-native-export-keyvault.json", "myvalue");
    assertContainsSecret("aws-native-export-wafv2-webacl.json", null);
  }

  /**
   * The recorded checkpoint v3 uses the {@code b64} secrets provider but holds no secret, so one is
   * added: a {@code b64} ciphertext (base64 of the JSON plaintext) in a topic's outputs.
   */
  @ParameterizedTest(name = "checkpoint v3 with a b64 secret as {0}")
  @MethodSource("formats")
  void b64SecretOfCheckpointV3IsNeverPrinted(String format, @org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    String v3 = Files.readString(FIXTURES.resolve("pulumi-checkpoint-v3-aws-countdown.json"));
    String plaintext = "\"hunter2-countdown-topic-token\"";
    String cipher = java.util.Base64.getEncoder().encodeToString(plaintext.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    String secretObject = "{\"4dabf18193072939515e22adb298388d\": \"1b47061264138c4ac30d75fd1eb44270\", \"ciphertext\": \"" + cipher + "\"}";
    String marker = "\"displayName\": \"\",";
    assertTrue(v3.contains(marker), "fixture layout changed");
    Path file = dir.resolve("checkpoint-v3-b64-secret.json");
    Files.writeString(file, v3.replaceFirst(java.util.regex.Pattern.quote(marker),
        java.util.regex.Matcher.quoteReplacement(marker + " \"deliveryToken\": " + secretObject + ",")));
    Set<String> secrets = FixtureSecrets.of(file);
    assertTrue(secrets.contains(cipher) && secrets.contains("hunter2-countdown-topic-token"), secrets.toString());
    check(file, format, Cli.testPolicies("leaky").toString());
    check(file, format, null);
  }

  static Stream<String> formats() { return ReportFormats.names().stream(); }

  private static void assertContainsSecret(String fixture, String expected) throws Exception {
    Set<String> s = FixtureSecrets.of(FIXTURES.resolve(fixture));
    assertFalse(s.isEmpty(), fixture + ": no secret found");
    if (expected != null) assertTrue(s.contains(expected), fixture + ": " + s);
  }

  @ParameterizedTest(name = "{0} as {1}, real pack")
  @MethodSource("cases")
  void embeddedPackPrintsNoSecret(String fixture, String format) throws Exception {
    check(fixture, format, null);
  }

  @ParameterizedTest(name = "{0} as {1}, pack that echoes every property")
  @MethodSource("cases")
  void hostilePackPrintsNoSecret(String fixture, String format) throws Exception {
    check(fixture, format, Cli.testPolicies("leaky").toString());
  }

  @org.junit.jupiter.api.Test
  void packPrintOutputReachesStderrMasked() throws Exception {
    Path file = FIXTURES.resolve("pulumi-aws-export-secretsmanager-secretversion.json");
    Cli.Run r = Cli.run("check", file.toString(), "--output", "json", "--fail-on", "never",
        "--policies", Cli.testPolicies("leaky").toString());
    assertTrue(r.err().contains("properties of urn:pulumi:"), "print() output of the pack is shown: " + r.err());
    assertTrue(r.err().contains("[secret]") || r.err().contains("[masked]"), r.err());
    for (String secret : FixtureSecrets.of(file)) assertFalse(r.err().contains(secret), "print() output shows a secret");
  }

  private static void check(String fixture, String format, String policies) throws Exception {
    check(FIXTURES.resolve(fixture), format, policies);
  }

  private static void check(Path file, String format, String policies) throws Exception {
    String fixture = file.getFileName().toString();
    List<String> args = new ArrayList<>(List.of("check", file.toString(), "--output", format, "--fail-on", "never"));
    if (policies != null) args.addAll(List.of("--policies", policies));
    Cli.Run r = Cli.run(args.toArray(String[]::new));
    String printed = r.out() + r.err();
    assertTrue(r.exitCode() == 0, fixture + " did not evaluate (exit " + r.exitCode() + "):\n" + r.err());
    assertFalse(printed.contains("4dabf18193072939515e22adb298388d"), fixture + ": Pulumi's secret signature printed");
    for (String secret : FixtureSecrets.of(file)) {
      if (printed.contains(secret)) {
        fail(fixture + " as " + format + ": printed a secret value (" + secret.length() + " characters)");
      }
    }
  }
}
