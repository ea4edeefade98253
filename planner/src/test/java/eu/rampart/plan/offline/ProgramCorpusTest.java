package eu.rampart.plan.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.rampart.check.CheckResult;
import eu.rampart.env.Environment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every program of the corpus (planner/src/test/corpus: real public Pulumi Java programs) and of
 * planner/src/test/programs plans unmodified with its own Pulumi.prod.yaml, its secure values
 * decrypted with the test passphrase; the plan holds no secret's plain text; `rampart check` finds
 * RES-1 exactly for the stacks whose config names a region outside the EU regions prod allows.
 */
class ProgramCorpusTest {
  static final String PASSPHRASE = "rampart corpus test passphrase";
  /** The fake plaintexts of the corpus README and the test programs: none may reach a plan. */
  static final List<String> PLAINTEXTS = List.of("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "Corpus-SqlAdmin-Pw-7f3a9c!",
      "corpus-api-token-51d2e8", "Sup3r-Secret-DB-Passw0rd", "api-key-8f7e6d5c4b3a", "literal-secret-4711", "as-secret-0815",
      "Heldout-Db-Pw-93e1f0", "heldout-api-token-2c7b44");
  /** Stacks the corpus README says fail RES-1: a guard against a silent pass. */
  static final Set<String> KNOWN_OUTSIDE_EU = Set.of("templates-azure-java", "examples-aws-java-webserver", "aws-us-bucket",
      "aws-plain-invokes");

  /**
   * Resources each program registers (the stack, providers, components and custom resources; a
   * {@code StackReference} is read, not registered): what the program declares, so a resource the
   * planner loses or a program that stops early shows here.
   */
  static final Map<String, Integer> RESOURCE_COUNTS = Map.of(
      "pulumi-java-stack-reference", 1,
      "pulumi-java-aliases-rename-component-and-child", 3,
      "aws-plain-invokes", 2,
      "aws-platform-features", 13,
      "azure-platform-features", 9);

  /**
   * Programs that fail under Pulumi itself with the SDK served here, and the program's own message
   * the plan must stop with: exporting a Java array is refused by the SDK's serialiser (1.36.1),
   * so `pulumi preview` fails the same way.
   */
  static final Map<String, String> FAILS_AS_UNDER_PULUMI = Map.of(
      "examples-stack-readme-java", "Type 'String[]' is not a supported argument type");

  @TempDir Path out;

  @TestFactory
  Stream<DynamicTest> everyProgramPlansAndResidencyIsJudgedOnItsOwnRegion() throws Exception {
    List<Path> programs = new ArrayList<>();
    for (String dir : List.of("src/test/corpus", "src/test/programs")) {
      try (Stream<Path> s = Files.list(TestPrograms.PLANNER.resolve(dir))) {
        s.filter(p -> Files.isRegularFile(p.resolve("Pulumi.yaml"))).sorted().forEach(programs::add);
      }
    }
    assertTrue(programs.size() >= 10, "the corpus is there: " + programs);
    Environment prod = Environment.named(TestPrograms.ROOT, "prod");
    return programs.stream().map(program -> DynamicTest.dynamicTest(program.getFileName().toString(), () -> {
      String name = program.getFileName().toString();
      String passphrase = name.equals("aws-secrets-and-invokes") ? "rampart-test-passphrase" : PASSPHRASE;
      if (FAILS_AS_UNDER_PULUMI.containsKey(name)) {
        OfflinePlanException e = org.junit.jupiter.api.Assertions.assertThrows(OfflinePlanException.class,
            () -> TestPrograms.plan(program, out.resolve(name + ".json"), Map.of("PULUMI_CONFIG_PASSPHRASE", passphrase)));
        assertEquals(OfflinePlanException.PLANNER_FAILED, e.exitCode(), e.getMessage());
        assertTrue(e.getMessage().contains(FAILS_AS_UNDER_PULUMI.get(name)), e.getMessage());
        return;
      }
      Path plan = TestPrograms.plan(program, out.resolve(name + ".json"), Map.of("PULUMI_CONFIG_PASSPHRASE", passphrase));
      String text = Files.readString(plan);
      for (String secret : PLAINTEXTS) assertFalse(text.contains(secret), name + ": a secret's plain text is in the plan");
      // a placeholder a plain invoke got (a string holding the unknown sentinel) is written as unknown:
      // the sentinel appears only as a whole JSON string, never inside a made-up value
      String lower = text.toLowerCase(Locale.ROOT);
      assertEquals(count(lower, UNKNOWN), count(lower, "\"" + UNKNOWN + "\""), name + ": a value marked unknown is in the plan as known text");
      JsonNode doc = new ObjectMapper().readTree(text);
      if (RESOURCE_COUNTS.containsKey(name)) {
        assertEquals(RESOURCE_COUNTS.get(name), doc.path("resources").size(), name + ": resources registered");
      }
      assertEquals("pulumi:pulumi:Stack", doc.path("resources").path(0).path("type").asText(), name + ": the stack comes first");

      CheckResult result = TestPrograms.check(plan);
      assertTrue(result.allErrors().isEmpty(), name + ": " + result.allErrors());
      boolean res1 = result.allFindings().stream().anyMatch(f -> f.controlId().equals("RES-1"));
      boolean outsideEu = outsideAllowedRegions(doc, prod);
      assertEquals(outsideEu, res1, name + ": RES-1 " + (res1 ? "found" : "not found") + " for stack regions "
          + doc.path("stack").path("config"));
      if (KNOWN_OUTSIDE_EU.contains(name)) assertTrue(res1, name + " is in a US region and must fail RES-1");
    }));
  }

  private static final String UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) n++;
    return n;
  }

  /** Whether a cloud resource of the plan sits in a region prod does not allow. */
  private static boolean outsideAllowedRegions(JsonNode doc, Environment prod) {
    for (JsonNode r : doc.path("resources")) {
      if (!r.path("custom").asBoolean() || r.path("type").asText().startsWith("pulumi:providers:")) continue;
      String type = r.path("type").asText();
      String cloud = type.startsWith("aws") ? "aws" : type.startsWith("azure") ? "azure" : null;
      if (cloud == null) continue;
      String region = r.path("region").asText("").toLowerCase(Locale.ROOT).replace(" ", "");
      if (region.equals("global")) continue;
      List<String> allowed = prod.policy().allowedRegions().get(cloud);
      if (!allowed.contains(region)) return true;
    }
    return false;
  }
}
