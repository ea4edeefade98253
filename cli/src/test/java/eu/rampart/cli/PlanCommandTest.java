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
import picocli.CommandLine;

class PlanCommandTest {
  private static final Path ROOT = Path.of(System.getProperty("rampart.root.dir", "..")).toAbsolutePath().normalize();
  private static final String STACK = ROOT.resolve("stacks/aws-landing-zone").toString();

  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    CommandLine cl = Main.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    String[] full = new String[args.length + 1];
    full[0] = "plan";
    System.arraycopy(args, 0, full, 1, args.length);
    return new Run(cl.execute(full), out.toString(), err.toString());
  }

  @Test
  void unknownEnvironmentListsTheAvailableOnes() {
    Run r = run("--stack", STACK, "--env", ROOT.resolve("environments").toString() + "/qa.yaml");
    assertEquals(ExitCodes.USAGE_OR_INPUT, r.code(), r.err());
    assertTrue(r.err().contains("qa.yaml") && r.err().contains("no such environment file"), r.err());
  }

  @Test
  void missingStackDirectoryIsAnInputError() {
    Run r = run("--stack", dir.resolve("nope").toString(), "--env", ROOT.resolve("environments/dev.yaml").toString());
    assertEquals(ExitCodes.USAGE_OR_INPUT, r.code(), r.err());
    assertTrue(r.err().contains("no such directory"), r.err());
  }

  @Test
  void planToStdoutIsTheJsonDocument() throws Exception {
    Run r = run("--stack", STACK, "--env", ROOT.resolve("environments/staging.yaml").toString(), "-o", "-", "--no-progress");
    assertEquals(ExitCodes.OK, r.code(), r.err());
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
    Run r = run("--stack", STACK, "--env", broken.toString(), "-o", dir.resolve("plan.json").toString(), "--no-progress");
    assertAll(() -> assertEquals(ExitCodes.USAGE_OR_INPUT, r.code(), r.err()),
        () -> assertTrue(r.err().contains("rampart.aws.vpcCidr"), r.err()),
        () -> assertTrue(r.err().contains(broken.toString()), r.err()),
        () -> assertFalse(r.err().contains("\tat "), r.err()),
        () -> assertFalse(Files.exists(dir.resolve("plan.json"))));
  }
}
