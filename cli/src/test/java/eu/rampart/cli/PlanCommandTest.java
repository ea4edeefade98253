package eu.rampart.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import eu.rampart.cli.support.Cli;

class PlanCommandTest {
  private static final Path ROOT = Path.of(System.getProperty("rampart.root.dir", "..")).toAbsolutePath().normalize();
  private static final String STACK = ROOT.resolve("stacks/aws-landing-zone").toString();

  @TempDir Path dir;

  static Cli.Run run(String... args) { return Cli.command("plan", args); }

  @Test
  void unknownEnvironmentListsTheAvailableOnes() {
    Cli.Run r = run("--stack", STACK, "--env", ROOT.resolve("environments").toString() + "/qa.yaml");
    assertEquals(ExitCodes.USAGE_OR_INPUT, r.exitCode(), r.err());
    assertTrue(r.err().contains("qa.yaml") && r.err().contains("no such environment file"), r.err());
  }

  @Test
  void missingStackDirectoryIsAnInputError() {
    Cli.Run r = run("--stack", dir.resolve("nope").toString(), "--env", ROOT.resolve("environments/dev.yaml").toString());
    assertEquals(ExitCodes.USAGE_OR_INPUT, r.exitCode(), r.err());
    assertTrue(r.err().contains("no such directory"), r.err());
  }

  @Test
  void planToStdoutIsTheJsonDocument() throws Exception {
    Cli.Run r = run("--stack", STACK, "--env", ROOT.resolve("environments/staging.yaml").toString(), "-o", "-", "--no-progress");
    assertEquals(ExitCodes.OK, r.exitCode(), r.err());
    JsonNode doc = new ObjectMapper().readTree(r.out());
    assertAll(() -> assertEquals("rampart-plan/v1", doc.path("format").asText()),
        () -> assertEquals("staging", doc.path("stack").path("name").asText()),
        () -> assertEquals("aws-landing-zone", doc.path("stack").path("project").asText()),
        () -> assertTrue(doc.path("resources").size() > 50));
  }

  @Test
  void settingMissingFromTheEnvironmentFileNamesKeyAndFile() throws Exception {
    String dev = Files.readString(ROOT.resolve("environments/dev.yaml"));
    assertTrue(dev.contains("      vpcCidr: "), "dev.yaml has rampart.aws.vpcCidr");
    Path broken = dir.resolve("dev.yaml");
    Files.writeString(broken, dev.replaceAll("(?m)^      vpcCidr: .*\\n", ""));
    Cli.Run r = run("--stack", STACK, "--env", broken.toString(), "-o", dir.resolve("plan.json").toString(), "--no-progress");
    assertAll(() -> assertEquals(ExitCodes.USAGE_OR_INPUT, r.exitCode(), r.err()),
        () -> assertTrue(r.err().contains("rampart.aws.vpcCidr"), r.err()),
        () -> assertTrue(r.err().contains(broken.toString()), r.err()),
        () -> assertFalse(r.err().contains("\tat "), r.err()),
        () -> assertFalse(Files.exists(dir.resolve("plan.json"))));
  }
}
