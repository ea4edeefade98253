package eu.rampart.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.rampart.cli.support.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests the wiring of {@code rampart gate} with a stand-in {@code pulumi} script (there is no real
 * Pulumi CLI here): the script replays a recorded preview, writes a plan file for
 * {@code --save-plan}, and records every invocation's arguments.
 */
class GateWithStandInPulumiTest {
  static final Path PREVIEW = Cli.SHARED.resolve("fixtures/pulumi/stratify-aws-sample-preview-creates.json");

  @TempDir Path dir;

  Path bin() { return dir.resolve("bin"); }

  Path calls() { return dir.resolve("calls.log"); }

  Path project() { return dir.resolve("project"); }

  /** A stand-in pulumi that prints {@code preview} on stdout for preview and exits {@code previewExit}. */
  void standInPulumi(String previewJson, int previewExit) throws Exception {
    Files.createDirectories(bin());
    Files.createDirectories(project());
    Path replay = Files.writeString(dir.resolve("replay.json"), previewJson);
    String script = """
        #!/usr/bin/env bash
        # stand-in for the pulumi CLI, written by GateWithStandInPulumiTest
        { printf 'CALL'; printf ' [%%s]' "$@"; printf ' cwd=%%s\\n' "$PWD"; } >> '%1$s'
        case "$1" in
          preview)
            plan=""
            while [ $# -gt 0 ]; do
              if [ "$1" = "--save-plan" ]; then plan="$2"; fi
              shift
            done
            echo "Previewing update (stand-in)" >&2
            echo '{"manifest":{},"stand-in":true}' > "$plan"
            cat '%2$s'
            exit %3$d
            ;;
          up)
            echo "Updating (stand-in)" >&2
            echo "Resources: 16 created (stand-in)"
            exit 0
            ;;
        esac
        exit 9
        """.formatted(calls(), replay, previewExit);
    Path p = bin().resolve("pulumi");
    Files.writeString(p, script);
    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
    System.setProperty("rampart.path", bin() + ":/usr/bin:/bin");
  }

  @AfterEach
  void clearPath() { System.clearProperty("rampart.path"); }

  List<String> calls(String command) throws Exception {
    if (!Files.exists(calls())) return List.of();
    return Files.readAllLines(calls()).stream().filter(l -> l.startsWith("CALL [" + command + "]")).toList();
  }

  static String savePlanArg(String call) {
    int i = call.indexOf("[--save-plan] [");
    return call.substring(i + 15, call.indexOf(']', i + 15));
  }

  static String planArg(String call) {
    int i = call.indexOf("[--plan] [");
    return call.substring(i + 10, call.indexOf(']', i + 10));
  }

  Cli.Run gate(String... extra) {
    List<String> args = new java.util.ArrayList<>(List.of("gate", "--env", "prod", "--stack", project().toString(),
        "--policies", Cli.testPolicies("region-only").toString()));
    args.addAll(List.of(extra));
    return Cli.run(args.toArray(String[]::new));
  }

  @Test
  void compliantPreviewRunsUpWithTheSamePlanFile() throws Exception {
    standInPulumi(Files.readString(PREVIEW), 0);
    Cli.Run r = gate("--", "--refresh", "--parallel", "4");
    assertEquals(0, r.exitCode(), r.out() + r.err());
    List<String> previews = calls("preview");
    List<String> ups = calls("up");
    assertEquals(1, previews.size());
    assertEquals(1, ups.size(), "pulumi up runs once after a passing check");
    assertTrue(previews.get(0).contains("[--json]"), previews.get(0));
    assertTrue(previews.get(0).contains("[--stack] [prod]"), "stack defaults to the environment name: " + previews.get(0));
    assertTrue(previews.get(0).contains("[--refresh] [--parallel] [4]"), "extra args reach preview: " + previews.get(0));
    assertEquals(savePlanArg(previews.get(0)), planArg(ups.get(0)), "up deploys exactly the plan the preview saved");
    assertTrue(ups.get(0).contains("[--yes]"));
    assertTrue(ups.get(0).contains("[--refresh] [--parallel] [4]"), "extra args reach up: " + ups.get(0));
    assertTrue(ups.get(0).contains("cwd=" + project().toRealPath()), ups.get(0));
    assertTrue(r.out().contains("PASSED"), r.out());
    assertTrue(r.out().contains("Resources: 16 created (stand-in)"), "pulumi up's output is relayed to stdout: " + r.out());
    assertFalse(Files.exists(Path.of(savePlanArg(previews.get(0)))), "the temporary plan is removed afterwards");
  }

  @Test
  void violatingPreviewNeverRunsUp() throws Exception {
    String violating = Files.readString(PREVIEW).replaceFirst("\"config\"\\s*:\\s*\\{", "\"config\": {\"aws:region\": \"us-east-1\", ");
    assertTrue(violating.contains("us-east-1"));
    standInPulumi(violating, 0);
    Cli.Run r = gate("--stack-name", "prod-eu");
    assertEquals(1, r.exitCode(), r.out() + r.err());
    assertEquals(1, calls("preview").size());
    assertTrue(calls("preview").get(0).contains("[--stack] [prod-eu]"));
    assertTrue(calls("up").isEmpty(), "pulumi up must not run after a failed check");
    assertTrue(r.out().contains("RES-1"), r.out());
    assertTrue(r.err().contains("pulumi up was not run"), r.err());
  }

  @Test
  void failedPreviewIsExit3AndNeverRunsUp() throws Exception {
    standInPulumi(Files.readString(PREVIEW), 255);
    Cli.Run r = gate();
    assertEquals(3, r.exitCode(), r.err());
    assertTrue(calls("up").isEmpty());
    assertTrue(r.err().contains("pulumi preview failed with exit code 255"), r.err());
  }

  @Test
  void unreadablePreviewIsExit2AndNeverRunsUp() throws Exception {
    standInPulumi("this is not json", 0);
    Cli.Run r = gate();
    assertEquals(2, r.exitCode(), r.err());
    assertTrue(calls("up").isEmpty());
  }

  @Test
  void missingPulumiIsExit2() throws Exception {
    Files.createDirectories(project());
    System.setProperty("rampart.path", dir.resolve("empty-bin").toString());
    Cli.Run r = gate();
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("pulumi is not on PATH"), r.err());
  }
}
