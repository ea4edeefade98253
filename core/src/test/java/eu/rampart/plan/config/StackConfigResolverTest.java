package eu.rampart.plan.config;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StackConfigResolverTest {
  private static final Path ROOT = Path.of(System.getProperty("rampart.root.dir", "..")).toAbsolutePath().normalize();
  private static final String PASSPHRASE = "test passphrase for fixtures";
  private static final String DB_PASSWORD = "Tr0ub4dor&3-db";
  private static final String API_TOKEN = "tok-9f8e7d6c";
  private static TestEncrypter enc;

  @TempDir Path dir;

  @BeforeAll
  static void deriveOnce() {
    enc = new TestEncrypter(PASSPHRASE);
  }

  private Path write(String name, String text) throws IOException {
    Path f = dir.resolve(name);
    Files.createDirectories(f.getParent());
    Files.writeString(f, text);
    return f;
  }

  private static String rampartEnv(String pulumiConfig) {
    return "values:\n  rampart:\n    production: true\n    aws:\n      region: eu-central-1\n    dbPassword:\n      fn::secret: env-secret-123\n"
        + "    policy:\n      allowedRegions:\n        aws: [eu-central-1]\n"
        + "  pulumiConfig:\n" + pulumiConfig;
  }

  private StackConfig resolve(Map<String, String> overrides, Map<String, String> env) {
    return StackConfigResolver.resolve(new ConfigRequest(dir, "prod", dir.resolve("environments"), null, overrides, env));
  }

  private StackConfig resolve() {
    return resolve(Map.of(), Map.of());
  }

  private static String text(StackConfig c, String key) {
    ConfigValue v = c.get(key);
    return v == null ? null : v.value();
  }

  @Test
  void projectConfigPlainAndTypedFormsGiveDefaultsUnderTheProjectNamespace() throws IOException {
    write("Pulumi.yaml", """
        name: shop
        runtime: java
        config:
          instanceType: t3.micro
          replicas:
            type: integer
            default: 2
          zones: [a, b]
          shop:tier:
            type: string
            default: gold
          aws:region: eu-west-1
          owner:
            type: string
            description: who runs it
        """);
    write("Pulumi.prod.yaml", "config:\n  shop:owner: team-a\n");
    StackConfig c = resolve();
    assertAll(
        () -> assertEquals("shop", c.project()),
        () -> assertEquals("t3.micro", text(c, "shop:instanceType")),
        () -> assertEquals("2", text(c, "shop:replicas")),
        () -> assertEquals("[\"a\",\"b\"]", text(c, "shop:zones")),
        () -> assertEquals("gold", text(c, "shop:tier")),
        () -> assertEquals("eu-west-1", text(c, "aws:region")),
        () -> assertEquals("team-a", text(c, "shop:owner")),
        () -> assertTrue(c.get("shop:replicas").source().contains("Pulumi.yaml")));
  }

  @Test
  void aRequiredProjectKeyMissingFromTheStackIsAnErrorNamingIt() throws IOException {
    write("Pulumi.yaml", "name: shop\nruntime: java\nconfig:\n  owner:\n    type: string\n");
    ConfigException e = assertThrows(ConfigException.class, this::resolve);
    assertTrue(e.getMessage().contains("Pulumi.yaml") && e.getMessage().contains("owner") && e.getMessage().contains("'prod'"), e.getMessage());
    assertFalse(e.getMessage().contains("\n"));
  }

  @Test
  void stackValuesKeepTheirTextAndObjectsBecomeJsonWithSortedKeys() throws IOException {
    write("Pulumi.yaml", "name: shop\nruntime: java\n");
    write("Pulumi.prod.yaml", """
        config:
          aws:region: us-east-1
          shop:price: 1.50
          shop:count: 3
          shop:enabled: true
          shop:quoted: "0042"
          shop:tags:
            team: web
            cost: 12
            ratio: 2.0
            on: yes
          shop:list: [1, two, false]
          shop:config:legacy: old-form
        """);
    StackConfig c = resolve();
    assertAll(
        () -> assertEquals("us-east-1", text(c, "aws:region")),
        () -> assertEquals("1.50", text(c, "shop:price")),
        () -> assertEquals("3", text(c, "shop:count")),
        () -> assertEquals("true", text(c, "shop:enabled")),
        () -> assertEquals("0042", text(c, "shop:quoted")),
        () -> assertEquals("{\"cost\":12,\"on\":\"yes\",\"ratio\":2,\"team\":\"web\"}", text(c, "shop:tags")),
        () -> assertEquals("[1,\"two\",false]", text(c, "shop:list")),
        () -> assertEquals("old-form", text(c, "shop:legacy")),
        () -> assertTrue(c.secretKeys().isEmpty()));
  }

  @Test
  void aStackKeyWithoutNamespaceIsRefusedAsPulumiDoes() throws IOException {
    write("Pulumi.yaml", "name: shop\nruntime: java\n");
    write("Pulumi.prod.yaml", "config:\n  region: us-east-1\n");
    ConfigException e = assertThrows(ConfigException.class, this::resolve);
    assertTrue(e.getMessage().contains("Pulumi.prod.yaml") && e.getMessage().contains("'region'"), e.getMessage());
  }

  @Test
  void precedenceIsProjectThenRampartEnvironmentThenImportsThenStackThenOverrides() throws IOException {
    write("Pulumi.yaml", """
        name: shop
        runtime: java
        config:
          a: project
          b: project
          c: project
          d: project
          e: project
        """);
    Path rampart = write("environments/prod.yaml", rampartEnv("    shop:b: rampart\n    shop:c: rampart\n    shop:d: rampart\n    shop:e: rampart\n"));
    write("environments/extra.yaml", rampartEnv("    shop:c: extra\n    shop:d: extra\n    shop:e: extra\n"));
    write("Pulumi.prod.yaml", "environment:\n  - rampart/extra\nconfig:\n  shop:d: stack\n  shop:e: stack\n");
    StackConfig c = StackConfigResolver.resolve(new ConfigRequest(dir, "prod", dir.resolve("environments"), rampart,
        Map.of("e", "override"), Map.of()));
    assertAll(
        () -> assertEquals("project", text(c, "shop:a")),
        () -> assertEquals("rampart", text(c, "shop:b")),
        () -> assertEquals("extra", text(c, "shop:c")),
        () -> assertEquals("stack", text(c, "shop:d")),
        () -> assertEquals("override", text(c, "shop:e")),
        () -> assertEquals("--config", c.get("shop:e").source()));
  }

  @Test
  void theStackFileRegionWinsOverTheRealProdEnvironment() throws IOException {
    // issue 11 point 1: a Pulumi.prod.yaml that says us-east-1 is planned in us-east-1
    write("Pulumi.yaml", "name: webserver\nruntime: java\n");
    write("Pulumi.prod.yaml", "config:\n  aws:region: us-east-1\n");
    Path prod = ROOT.resolve("environments/prod.yaml");
    StackConfig c = StackConfigResolver.resolve(new ConfigRequest(dir, "prod", ROOT.resolve("environments"), prod, Map.of(), Map.of()));
    assertEquals("us-east-1", text(c, "aws:region"));
    assertEquals("westeurope", text(c, "azure-native:location"));
    assertTrue(text(c, "rampart:settings").startsWith("{"), "objects travel as JSON");
  }

  @Test
  void withoutAStackFileTheRampartEnvironmentGivesTheRegion() throws IOException {
    write("Pulumi.yaml", "name: webserver\nruntime: java\n");
    Path prod = ROOT.resolve("environments/prod.yaml");
    StackConfig c = StackConfigResolver.resolve(new ConfigRequest(dir, "prod", ROOT.resolve("environments"), prod, Map.of(), Map.of()));
    assertEquals("eu-central-1", text(c, "aws:region"));
  }

  @Test
  void importFormsListMapWithMergeAndInlineDefinition() throws IOException {
    write("Pulumi.yaml", "name: shop\nruntime: java\n");
    write("environments/one.yaml", rampartEnv("    shop:x: one\n    shop:obj:\n      a: 1\n      b: 1\n"));
    write("environments/two.yaml", rampartEnv("    shop:x: two\n    shop:obj:\n      b: 2\n      c: 2\n"));
    write("environments/hidden.yaml", rampartEnv("    shop:x: hidden\n"));
    write("Pulumi.prod.yaml", """
        environment:
          imports:
            - one
            - rampart/two@3
            - hidden:
                merge: false
          values:
            pulumiConfig:
              shop:inline: here
              shop:token:
                fn::secret: inline-secret
        config:
          shop:obj:
            c: stack
            a: null
        """);
    StackConfig c = resolve();
    assertAll(
        () -> assertEquals("two", text(c, "shop:x")),
        // ESC deep-merges imports; the stack object merges over them as a JSON merge patch
        () -> assertEquals("{\"b\":2,\"c\":\"stack\"}", text(c, "shop:obj")),
        () -> assertEquals("here", text(c, "shop:inline")),
        () -> assertEquals("inline-secret", text(c, "shop:token")),
        () -> assertTrue(c.get("shop:token").secret()));
  }

  @Test
  void anImportThatCannotBeResolvedFailsClosedOnOneLine() throws IOException {
    write("Pulumi.yaml", "name: shop\nruntime: java\n");
    write("environments/prod.yaml", rampartEnv("    shop:x: one\n"));
    write("Pulumi.prod.yaml", "environment:\n  - rampart/missing\n");
    ConfigException missing = assertThrows(ConfigException.class, this::resolve);
    assertTrue(missing.getMessage().contains("Pulumi.prod.yaml") && missing.getMessage().contains("'rampart/missing'"), missing.getMessage());

    write("Pulumi.prod.yaml", "environment:\n  - payments/prod\n");
    ConfigException foreign = assertThrows(ConfigException.class, this::resolve);
    assertTrue(foreign.getMessage().contains("'payments/prod' cannot be resolved"), foreign.getMessage());
    assertFalse(foreign.getMessage().contains("\n"));

    write("Pulumi.prod.yaml", "environment:\n  - rampart/prod\n");
    ConfigException noDir = assertThrows(ConfigException.class,
        () -> StackConfigResolver.resolve(new ConfigRequest(dir, "prod", null, null, Map.of(), Map.of())));
    assertTrue(noDir.getMessage().contains("no environments/ directory"), noDir.getMessage());
  }

  @Test
  void fnSecretValuesOfTheRampartEnvironmentAreSecrets() throws IOException {
    write("Pulumi.yaml", "name: shop\nruntime: java\n");
    Path rampart = write("environments/prod.yaml",
        rampartEnv("    shop:dbPassword: ${rampart.dbPassword}\n    shop:plain: ${rampart.aws.region}\n    shop:all: ${rampart}\n"));
    StackConfig c = StackConfigResolver.resolve(new ConfigRequest(dir, "prod", null, rampart, Map.of(), Map.of()));
    assertAll(
        () -> assertEquals("env-secret-123", text(c, "shop:dbPassword")),
        () -> assertTrue(c.get("shop:dbPassword").secret()),
        () -> assertFalse(c.get("shop:plain").secret()),
        () -> assertTrue(c.get("shop:all").secret(), "an object holding a secret is secret"),
        () -> assertEquals(Set.of("shop:all", "shop:dbPassword"), c.secretKeys()));
  }

  private void secureStack(String salt) throws IOException {
    write("Pulumi.yaml", "name: shop\nruntime: java\nconfig:\n  dbPassword:\n    type: string\n    secret: true\n");
    write("Pulumi.prod.yaml", "secretsprovider: passphrase\n" + (salt == null ? "" : "encryptionsalt: " + salt + "\n") + """
        config:
          aws:region: eu-west-1
          shop:dbPassword:
            secure: %s
          shop:api:
            url: https://api.example
            token:
              secure: %s
        """.formatted(enc.encrypt(DB_PASSWORD), enc.encrypt(API_TOKEN)));
  }

  @Test
  void secureValuesAreDecryptedWithThePassphrase() throws IOException {
    secureStack(enc.encryptionSalt);
    StackConfig c = resolve(Map.of(), Map.of("PULUMI_CONFIG_PASSPHRASE", PASSPHRASE));
    assertAll(
        () -> assertEquals(DB_PASSWORD, text(c, "shop:dbPassword")),
        () -> assertTrue(c.get("shop:dbPassword").secret()),
        () -> assertFalse(c.get("shop:dbPassword").unknown()),
        () -> assertEquals("{\"token\":\"" + API_TOKEN + "\",\"url\":\"https://api.example\"}", text(c, "shop:api")),
        () -> assertTrue(c.get("shop:api").secret()),
        () -> assertFalse(c.get("aws:region").secret()),
        () -> assertFalse(c.toString().contains(DB_PASSWORD)),
        () -> assertFalse(c.get("shop:dbPassword").toString().contains(DB_PASSWORD)));
  }

  @Test
  void thePassphraseFileIsReadAndTrimmed() throws IOException {
    secureStack(enc.encryptionSalt);
    Path file = write("passphrase.txt", PASSPHRASE + "\n");
    StackConfig c = resolve(Map.of(), Map.of("PULUMI_CONFIG_PASSPHRASE_FILE", file.toString()));
    assertEquals(DB_PASSWORD, text(c, "shop:dbPassword"));
  }

  @Test
  void withoutAPassphraseSecureValuesAreUnknownSecretsNotErrors() throws IOException {
    secureStack(enc.encryptionSalt);
    StackConfig c = resolve();
    ConfigValue v = c.get("shop:dbPassword");
    assertAll(
        () -> assertNull(v.value()),
        () -> assertTrue(v.secret() && v.unknown()),
        () -> assertTrue(v.source().contains("PULUMI_CONFIG_PASSPHRASE"), v.source()),
        () -> assertTrue(c.get("shop:api").unknown(), "an object with a secure leaf is unknown as a whole"),
        () -> assertEquals(Set.of("shop:api", "shop:dbPassword"), c.unknownKeys()),
        () -> assertFalse(c.knownValues().containsKey("shop:dbPassword")),
        () -> assertEquals("eu-west-1", c.knownValues().get("aws:region")),
        () -> assertEquals("eu-west-1", text(c, "aws:region")));
  }

  @Test
  void cloudSecretsProvidersLeaveSecureValuesUnknown() throws IOException {
    for (String provider : new String[] {"awskms://alias/x?region=eu-west-1", "azurekeyvault://v.vault.azure.net/keys/k",
        "gcpkms://projects/p/locations/l/keyRings/r/cryptoKeys/k", "hashivault://k", "default"}) {
      write("Pulumi.yaml", "name: shop\nruntime: java\n");
      write("Pulumi.prod.yaml", "secretsprovider: " + provider + "\nencryptedkey: abc\nconfig:\n  shop:pw:\n    secure: AAECAwQ=\n");
      StackConfig c = resolve(Map.of(), Map.of("PULUMI_CONFIG_PASSPHRASE", PASSPHRASE));
      assertTrue(c.get("shop:pw").unknown() && c.get("shop:pw").secret(), provider);
      assertFalse(c.get("shop:pw").source().contains("region=eu-west-1"), "provider URL queries are not repeated");
    }
  }

  @Test
  void aWrongPassphraseIsAnErrorThatSaysSoAndLeaksNothing() throws IOException {
    secureStack(enc.encryptionSalt);
    ConfigException e = assertThrows(ConfigException.class,
        () -> resolve(Map.of(), Map.of("PULUMI_CONFIG_PASSPHRASE", "not the passphrase")));
    assertTrue(e.getMessage().startsWith("Pulumi.prod.yaml: incorrect passphrase for " + dir.resolve("Pulumi.prod.yaml"))
        && e.getMessage().endsWith("(PULUMI_CONFIG_PASSPHRASE)"), e.getMessage());
    assertFalse(e.getMessage().contains("not the passphrase"));
    ConfigRequest request = new ConfigRequest(dir, "prod", null, null, Map.of("shop:dbPassword", "cli-secret-pw"),
        Map.of("PULUMI_CONFIG_PASSPHRASE", "not the passphrase"));
    assertFalse(request.toString().contains("cli-secret-pw") || request.toString().contains("not the passphrase"), request.toString());
    assertEquals(2, ConfigException.EXIT_CODE);
  }

  @Test
  void aValueEncryptedUnderAnotherKeyIsAnErrorWithoutPlaintext() throws IOException {
    secureStack(enc.encryptionSalt);
    String stack = Files.readString(dir.resolve("Pulumi.prod.yaml"));
    // a ciphertext that does not authenticate under this stack's key
    Files.writeString(dir.resolve("Pulumi.prod.yaml"), stack.replaceFirst("secure: v1:[^\\n]*", "secure: v1:AAAAAAAAAAAAAAAA:AAAAAAAAAAAAAAAAAAAAAAAAAAAA"));
    ConfigException e = assertThrows(ConfigException.class, () -> resolve(Map.of(), Map.of("PULUMI_CONFIG_PASSPHRASE", PASSPHRASE)));
    assertTrue(e.getMessage().contains("shop:dbPassword") && e.getMessage().contains("cannot decrypt"), e.getMessage());
    assertFalse(e.getMessage().contains(API_TOKEN));
  }

  @Test
  void aKeyDeclaredSecretMustBeEncryptedInTheStack() throws IOException {
    write("Pulumi.yaml", "name: shop\nruntime: java\nconfig:\n  dbPassword:\n    type: string\n    secret: true\n");
    write("Pulumi.prod.yaml", "config:\n  shop:dbPassword: plain-text-pw\n");
    ConfigException e = assertThrows(ConfigException.class, this::resolve);
    assertTrue(e.getMessage().contains("must be encrypted"), e.getMessage());
    assertFalse(e.getMessage().contains("plain-text-pw"));
  }

  @Test
  void declaredTypesAreCheckedWithoutRepeatingTheValue() throws IOException {
    write("Pulumi.yaml", "name: shop\nruntime: java\nconfig:\n  replicas:\n    type: integer\n  flag:\n    type: boolean\n");
    write("Pulumi.prod.yaml", "config:\n  shop:replicas: \"7\"\n  shop:flag: \"false\"\n");
    assertEquals("7", text(resolve(), "shop:replicas"));
    write("Pulumi.prod.yaml", "config:\n  shop:replicas: seven-hundred\n  shop:flag: true\n");
    ConfigException e = assertThrows(ConfigException.class, this::resolve);
    assertTrue(e.getMessage().contains("shop:replicas") && e.getMessage().contains("'integer'"), e.getMessage());
    assertFalse(e.getMessage().contains("seven-hundred"));
  }

  @Test
  void anOverrideOfASecretKeyStaysSecret() throws IOException {
    secureStack(enc.encryptionSalt);
    Map<String, String> overrides = new LinkedHashMap<>();
    overrides.put("shop:dbPassword", "from-the-command-line");
    overrides.put("aws:region", "eu-central-1");
    StackConfig c = resolve(overrides, Map.of());
    assertAll(
        () -> assertEquals("from-the-command-line", text(c, "shop:dbPassword")),
        () -> assertTrue(c.get("shop:dbPassword").secret()),
        () -> assertEquals("eu-central-1", text(c, "aws:region")),
        () -> assertFalse(c.get("aws:region").secret()));
  }

  @Test
  void stackConfigDirAndTheOldStringConfigFormAreFollowed() throws IOException {
    write("Pulumi.yaml", "name: shop\nruntime: java\nstackConfigDir: stacks\n");
    write("stacks/Pulumi.prod.yaml", "config:\n  aws:region: eu-north-1\n");
    assertEquals("eu-north-1", text(resolve(), "aws:region"));
    write("Pulumi.yaml", "name: shop\nruntime: java\nconfig: stacks\n");
    assertEquals("eu-north-1", text(resolve(), "aws:region"));
  }

  @Test
  void projectDeclarationMistakesAreReportedAsPulumiReportsThem() throws IOException {
    write("Pulumi.yaml", "name: shop\nruntime: java\nconfig:\n  aws:region:\n    default: eu-west-1\n");
    assertTrue(assertThrows(ConfigException.class, this::resolve).getMessage().contains("should not define a default value"));
    write("Pulumi.yaml", "name: shop\nruntime: java\nconfig:\n  zones:\n    type: array\n");
    assertTrue(assertThrows(ConfigException.class, this::resolve).getMessage().contains("'items'"));
    write("Pulumi.yaml", "name: shop\nruntime: java\nconfig:\n  n:\n    type: integer\n    default: many\n");
    assertTrue(assertThrows(ConfigException.class, this::resolve).getMessage().contains("not of the expected type 'integer'"));
    write("Pulumi.yaml", "runtime: java\n");
    assertTrue(assertThrows(ConfigException.class, this::resolve).getMessage().contains("missing a 'name'"));
  }

  @Test
  void secureValuesWithoutASaltUnderThePassphraseProviderFailClosed() throws IOException {
    secureStack(null);
    ConfigException e = assertThrows(ConfigException.class, () -> resolve(Map.of(), Map.of("PULUMI_CONFIG_PASSPHRASE", PASSPHRASE)));
    assertTrue(e.getMessage().contains("no encryptionsalt"), e.getMessage());
  }
  @Test
  void typedArraysAreCheckedItemByItem() throws IOException {
    write("Pulumi.yaml", "name: shop\nruntime: java\nconfig:\n  ports:\n    type: array\n    items:\n      type: integer\n");
    write("Pulumi.prod.yaml", "config:\n  shop:ports: [80, 443]\n");
    assertEquals("[80,443]", text(resolve(), "shop:ports"));
    write("Pulumi.prod.yaml", "config:\n  shop:ports: [80, https]\n");
    ConfigException e = assertThrows(ConfigException.class, this::resolve);
    assertTrue(e.getMessage().contains("'array<integer>'"), e.getMessage());
  }

  @Test
  void aStackObjectMergedOverAnEnvironmentSecretKeepsTheKeySecret() throws IOException {
    write("Pulumi.yaml", "name: shop\nruntime: java\n");
    Path rampart = write("environments/prod.yaml", rampartEnv("    shop:db:\n      host: db.internal\n      password: ${rampart.dbPassword}\n"));
    write("Pulumi.prod.yaml", "config:\n  shop:db:\n    host: db.example\n");
    StackConfig c = StackConfigResolver.resolve(new ConfigRequest(dir, "prod", null, rampart, Map.of(), Map.of()));
    assertEquals("{\"host\":\"db.example\",\"password\":\"env-secret-123\"}", text(c, "shop:db"));
    assertTrue(c.get("shop:db").secret());
  }
}
