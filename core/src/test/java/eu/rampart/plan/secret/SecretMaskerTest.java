package eu.rampart.plan.secret;

import static org.junit.jupiter.api.Assertions.*;

import eu.rampart.plan.input.Normaliser;
import eu.rampart.plan.read.Fixtures;
import eu.rampart.plan.read.Readers;
import eu.rampart.plan.read.StackSnapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretMaskerTest {
  @TempDir Path dir;

  /** Secret values known to be in the fixtures (PROVENANCE.md notes). */
  static final Map<String, List<String>> KNOWN = Map.of(
      "pulumi-aws-export-rds-instance.json", List.of("mypassword"),
      "pulumi-aws-export-secretsmanager-secretversion.json", List.of("MySecretVersionValue"),
      "azure-native-export-networked-vm.json", List.of("someFancyp@wd2!"),
      "azure-native-export-keyvault.json", List.of("myvalue"));

  @Test
  void collectorFindsEveryKnownFixtureSecret() {
    for (Map.Entry<String, List<String>> e : KNOWN.entrySet()) {
      Set<String> found = SecretCollector.collect(Readers.read(Fixtures.file(e.getKey())));
      for (String s : e.getValue()) assertTrue(found.contains(s), e.getKey() + " reveals " + s + "; found " + found);
    }
  }

  @Test
  void noFixtureSecretReachesThePolicyInput() throws Exception {
    List<String> every = new ArrayList<>();
    KNOWN.values().forEach(every::addAll);
    // The wafv2 export carries a plaintext secret object; its plaintext must not appear either.
    String waf = Files.readString(Fixtures.file("aws-native-export-wafv2-webacl.json"));
    int i = waf.indexOf("\"plaintext\": \"") + "\"plaintext\": \"".length();
    String wafPlaintext = new com.fasterxml.jackson.databind.ObjectMapper().readTree("\"" + waf.substring(i, waf.indexOf("\"\n", i)) + "\"").asText();
    assertTrue(wafPlaintext.startsWith("{\"defaultAction\""), wafPlaintext);
    Set<String> wafSecrets = SecretCollector.collect(Readers.read(Fixtures.file("aws-native-export-wafv2-webacl.json")));
    assertTrue(wafSecrets.contains(wafPlaintext), "the decoded plaintext is masked as a whole");
    assertFalse(wafSecrets.contains("REGIONAL"), "ordinary input values inside __inputs are not treated as secrets");
    for (Path f : Fixtures.all()) {
      StackSnapshot s = Readers.read(f);
      String json = Normaliser.normalise(s).json().toString();
      for (String secret : every) assertFalse(json.contains(secret), f.getFileName() + " leaks " + secret);
      assertFalse(json.contains(wafPlaintext), f.getFileName() + " leaks the wafv2 plaintext secret");
      assertFalse(json.contains("4dabf18193072939515e22adb298388d"), f.getFileName() + " leaks a signature key");
      assertFalse(json.contains("ciphertext"), f.getFileName() + " leaks a ciphertext");
      for (String secret : SecretCollector.collect(s)) {
        if (secret.length() >= SecretMasker.MIN_LENGTH) assertFalse(json.contains("\"" + secret + "\""), f.getFileName() + " leaks " + secret);
      }
    }
  }

  @Test
  void base64CiphertextsOfB64StatesAreDecodedAndMasked() throws Exception {
    String cipher = Base64.getEncoder().encodeToString("\"s3cr3t-token-value\"".getBytes());
    String json = Files.readString(Fixtures.file("pulumi-checkpoint-v3-aws-countdown.json"))
        .replace("\"displayName\": \"\",", "\"displayName\": {\"4dabf18193072939515e22adb298388d\": \"1b47061264138c4ac30d75fd1eb44270\", \"ciphertext\": \"" + cipher + "\"},");
    assertTrue(json.contains(cipher));
    Path f = dir.resolve("v3.json");
    Files.writeString(f, json);
    StackSnapshot s = Readers.read(f);
    assertTrue(SecretCollector.collect(s).contains("s3cr3t-token-value"));
    SecretMasker m = SecretCollector.maskerFor(s);
    assertEquals("token: [secret].", m.mask("token: s3cr3t-token-value."));
    assertFalse(Normaliser.normalise(s).json().toString().contains(cipher));
  }

  @Test
  void masksEveryOccurrenceInOnePass() {
    SecretMasker m = new SecretMasker(List.of("hunter2", "hunter22", "abc\"def", "xyz", "passw0rd"));
    assertEquals("a [secret] b [secret] c [secret]", m.mask("a hunter2 b hunter22 c passw0rd"));
    assertEquals("[secret][secret]", m.mask("hunter2passw0rd"));
    assertEquals("json: \"[secret]\"", m.mask("json: \"abc\\\"def\""), "JSON-escaped form is masked");
    assertEquals("html: [secret]", m.mask("html: abc&quot;def"), "HTML-escaped form is masked");
    assertEquals("xyz stays: too short to search for", m.mask("xyz stays: too short to search for"));
    assertEquals("overlap [secret]2", m.mask("overlap hunter222"), "the longest secret is masked, the rest stays");
    SecretMasker piped = new SecretMasker(List.of("ab|cd`ef", "tab\there\u0001x"));
    assertEquals("md: [secret]", piped.mask("md: ab\\|cd'ef"), "Markdown-escaped form is masked");
    assertEquals("json: [secret]", piped.mask("json: tab\\there\\u0001x"), "JSON-escaped controls (Jackson writes upper-case hex)");
    assertTrue(m.revealsSecret("..hunter2.."));
    assertFalse(m.revealsSecret("hunter"));
  }

  @Test
  void manySecretsStayFast() {
    List<String> secrets = new ArrayList<>();
    for (int i = 0; i < 5_000; i++) secrets.add("secret-value-" + i + "-x");
    SecretMasker m = new SecretMasker(secrets);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 20_000; i++) text.append("line ").append(i).append(" secret-value-").append(i % 7000).append("-x ok\n");
    long t0 = System.nanoTime();
    String masked = m.mask(text.toString());
    long ms = (System.nanoTime() - t0) / 1_000_000;
    assertFalse(masked.contains("secret-value-42-x"));
    assertTrue(masked.contains("secret-value-6999-x"), "values that are not secrets stay");
    assertTrue(ms < 2_000, "masking 20k lines against 5k secrets took " + ms + " ms");
  }

  @Test
  void sensitiveNames() {
    assertTrue(SensitiveNames.isSensitive("aws:rds/instance:Instance", "password"));
    assertTrue(SensitiveNames.isSensitive("x", "adminPassword"));
    assertTrue(SensitiveNames.isSensitive("x", "masterPassword"));
    assertTrue(SensitiveNames.isSensitive("x", "secretString"));
    assertTrue(SensitiveNames.isSensitive("azure-native:keyvault:Secret", "value"));
    assertFalse(SensitiveNames.isSensitive("aws:s3/bucket:Bucket", "value"));
    assertFalse(SensitiveNames.isSensitive("x", "disablePasswordAuthentication"));
    assertFalse(SensitiveNames.isSensitive("x", "secretName"));
    assertTrue(SensitiveNames.isSensitiveConfigKey("db:adminPassword"));
    assertFalse(SensitiveNames.isSensitiveConfigKey("aws:region"));
  }
}
