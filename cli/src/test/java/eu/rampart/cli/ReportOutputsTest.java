package eu.rampart.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.rampart.cli.support.Cli;
import eu.rampart.cli.support.Plans;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reports of check, diff and gate: several from one run ({@code --output FORMAT[=FILE]}), the old
 * {@code --output FORMAT --out FILE}, and the promises about files: a report never replaces an input
 * (however the path is spelled), is created with the user's umask, and is whole or absent.
 */
class ReportOutputsTest {
  @TempDir Path dir;

  String policies() { return Cli.testPolicies("region-only").toString(); }

  Path violatingPlan() throws Exception {
    return Plans.write(dir, "plan.json", Plans.bucketPlan("us-east-1", "documents"));
  }

  List<String> filesIn(Path d) throws Exception {
    try (Stream<Path> s = Files.list(d)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void oneRunWritesEveryReportAndTheTextToStdout() throws Exception {
    Path plan = violatingPlan();
    Path reports = Files.createDirectories(dir.resolve("reports"));
    Cli.Run r = Cli.run("check", plan.toString(), "--policies", policies(),
        "--output", "sarif=" + reports.resolve("r.sarif"), "--output", "junit=" + reports.resolve("r.xml"), "--output", "text");
    assertEquals(1, r.exitCode(), r.err());
    assertEquals("RES-1", new ObjectMapper().readTree(reports.resolve("r.sarif").toFile()).at("/runs/0/results/0/ruleId").asText());
    assertTrue(Files.readString(reports.resolve("r.xml")).contains("<testsuite"), "JUnit report");
    assertTrue(r.out().contains("CRITICAL (1)") && r.out().contains("FAILED: 1 mandatory"), r.out());
    assertEquals(List.of("r.sarif", "r.xml"), filesIn(reports), "no temporary files");
    // the text report carries the verdict: not repeated on stderr
    assertFalse(r.err().contains("FAILED"), r.err());
  }

  @Test
  void withOnlyFilesTheVerdictGoesToStderrAndStdoutStaysEmpty() throws Exception {
    Path plan = violatingPlan();
    Cli.Run r = Cli.run("check", plan.toString(), "--policies", policies(),
        "--output=json=" + dir.resolve("r.json"), "-o", "markdown=" + dir.resolve("r.md"));
    assertEquals(1, r.exitCode(), r.err());
    assertEquals("", r.out());
    assertTrue(r.err().contains("FAILED: 1 mandatory"), r.err());
    assertTrue(Files.readString(dir.resolve("r.md")).contains("RES-1"));
    new ObjectMapper().readTree(dir.resolve("r.json").toFile());
  }

  @Test
  void unclearCombinationsAreUsageErrors() throws Exception {
    Path plan = violatingPlan();
    Path out = dir.resolve("r.sarif");
    Cli.Run two = Cli.run("check", plan.toString(), "--policies", policies(), "--output", "text", "--output", "json");
    assertEquals(2, two.exitCode());
    assertTrue(two.err().contains("only one report can go to standard output"), two.err());
    Cli.Run outWithSeveral = Cli.run("check", plan.toString(), "--policies", policies(), "--output", "sarif", "--output",
        "junit=" + dir.resolve("r.xml"), "--out", out.toString());
    assertEquals(2, outWithSeveral.exitCode());
    assertTrue(outWithSeveral.err().contains("--out names the file of a single --output FORMAT"), outWithSeveral.err());
    Cli.Run sameFile = Cli.run("check", plan.toString(), "--policies", policies(), "--output", "sarif=" + out,
        "--output", "json=" + dir.resolve("sub/../r.sarif"));
    assertEquals(2, sameFile.exitCode(), sameFile.err());
    Cli.Run unknown = Cli.run("check", plan.toString(), "--policies", policies(), "--output", "yaml=" + out);
    assertEquals(2, unknown.exitCode());
    assertTrue(unknown.err().contains("unknown output format 'yaml'"), unknown.err());
    Cli.Run noFile = Cli.run("check", plan.toString(), "--policies", policies(), "--output", "sarif=");
    assertEquals(2, noFile.exitCode());
    assertEquals(List.of("plan.json"), filesIn(dir), "nothing written by a refused run");
  }

  @Test
  void aReportNeverOverwritesAnInputHoweverItIsNamed() throws Exception {
    Path plan = violatingPlan();
    byte[] before = Files.readAllBytes(plan);
    Path link = Files.createSymbolicLink(dir.resolve("link.json"), plan);
    Path hard = Files.createLink(dir.resolve("hard.json"), plan);
    Path envFile = Files.copy(Cli.ROOT.resolve("environments/prod.yaml"), dir.resolve("env.yaml"));
    byte[] envBefore = Files.readAllBytes(envFile);
    List<List<String>> attempts = List.of(
        List.of("--output", "sarif", "--out", plan.toString()),
        List.of("--output", "json=" + plan),
        List.of("--output", "json=" + dir.resolve(".").resolve("plan.json")),
        List.of("--output", "json=" + link),
        List.of("--output", "json=" + hard),
        List.of("--output", "text=" + envFile),
        List.of("--output", "sarif=" + dir.resolve("ok.sarif"), "--output", "junit=" + hard));
    for (List<String> output : attempts) {
      List<String> args = new java.util.ArrayList<>(List.of("check", plan.toString(), "--policies", policies(), "--env", envFile.toString()));
      args.addAll(output);
      Cli.Run r = Cli.run(args.toArray(String[]::new));
      assertEquals(2, r.exitCode(), output + ": " + r.err());
      assertTrue(r.err().contains("a report never overwrites an input"), r.err());
      assertEquals(1, r.err().lines().count(), "one line: " + r.err());
      assertArrayEquals(before, Files.readAllBytes(plan), output.toString());
      assertArrayEquals(envBefore, Files.readAllBytes(envFile), output.toString());
      assertFalse(Files.exists(dir.resolve("ok.sarif")), "refused before anything is written");
    }
    // diff reads BEFORE and AFTER: neither may be its output
    Path other = Plans.write(dir, "other.json", Plans.bucketPlan("eu-west-1", "documents"));
    Cli.Run d = Cli.run("diff", plan.toString(), other.toString(), "--output", "json", "--out", hard.toString());
    assertEquals(2, d.exitCode(), d.err());
    assertTrue(d.err().contains("a report never overwrites an input"), d.err());
    assertArrayEquals(before, Files.readAllBytes(plan));
    // the policy pack is read whole: no report inside it
    Path pack = Files.createDirectories(dir.resolve("pack"));
    Files.copy(Cli.testPolicies("region-only").resolve("region.rego"), pack.resolve("region.rego"));
    Cli.Run p = Cli.run("check", plan.toString(), "--policies", pack.toString(), "--output", "text=" + pack.resolve("report.txt"));
    assertEquals(2, p.exitCode(), p.err());
    assertFalse(Files.exists(pack.resolve("report.txt")));
  }

  @Test
  void reportFilesGetTheUmaskPermissionsAnyNewFileGets() throws Exception {
    Path plan = violatingPlan();
    Path probe = Files.createFile(dir.resolve("probe"));  // created like any tool would: 0666 less the umask
    Set<PosixFilePermission> expected = Files.getPosixFilePermissions(probe);
    Path out = dir.resolve("r.sarif");
    Files.writeString(out, "old");
    Files.setPosixFilePermissions(out, Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
    assertEquals(1, Cli.run("check", plan.toString(), "--policies", policies(), "--output", "sarif=" + out,
        "--output", "junit=" + dir.resolve("new.xml")).exitCode());
    assertEquals(expected, Files.getPosixFilePermissions(out), "replaced report");
    assertEquals(expected, Files.getPosixFilePermissions(dir.resolve("new.xml")), "new report");
    assertTrue(expected.contains(PosixFilePermission.OTHERS_READ) || !expected.contains(PosixFilePermission.GROUP_READ),
        "sanity: the probe shows the umask, not 0600");
  }

  @Test
  void aReportThroughASymbolicLinkReplacesTheLinkedFileAndKeepsTheLink() throws Exception {
    Path plan = violatingPlan();
    Path real = Files.writeString(Files.createDirectories(dir.resolve("real")).resolve("r.json"), "old");
    Path link = Files.createSymbolicLink(dir.resolve("r.json"), real);
    assertEquals(1, Cli.run("check", plan.toString(), "--policies", policies(), "--output", "json=" + link).exitCode());
    assertTrue(Files.isSymbolicLink(link));
    assertTrue(Files.readString(real).startsWith("{"), Files.readString(real));
  }

  @Test
  void aFileThatCannotBeWrittenLeavesNothingBehindAndTheOthersAreWritten() throws Exception {
    Path plan = violatingPlan();
    Path missingDir = dir.resolve("nowhere/r.sarif");
    Cli.Run r = Cli.run("check", plan.toString(), "--policies", policies(), "--output", "sarif=" + missingDir);
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("nowhere") && r.err().contains("does not exist"), r.err());
    assertEquals(List.of("plan.json"), filesIn(dir), "no partial or temporary file");
    // a write that fails half-way (a device with no space; root ignores directory permissions, so
    // this is the failure every user can provoke): said on one line, exit 2, the other report written
    Cli.Run w = Cli.run("check", plan.toString(), "--policies", policies(), "--output", "sarif=/dev/full",
        "--output", "junit=" + dir.resolve("ok.xml"));
    assertEquals(2, w.exitCode(), w.err());
    assertTrue(w.err().contains("cannot write /dev/full"), w.err());
    assertTrue(Files.isRegularFile(dir.resolve("ok.xml")), "the other report is written");
    assertEquals(List.of("ok.xml", "plan.json"), filesIn(dir), "no temporary file");
  }

  @Test
  void diffWritesSeveralReportsFromOneRun() throws Exception {
    Path before = Plans.write(dir, "before.json", Plans.bucketPlan("eu-west-1", "documents"));
    Path after = violatingPlan();
    Cli.Run r = Cli.run("diff", before.toString(), after.toString(), "--output", "html=" + dir.resolve("d.html"),
        "--output", "json=" + dir.resolve("d.json"), "--output", "markdown");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(Files.readString(dir.resolve("d.html")).startsWith("<!DOCTYPE html>"));
    new ObjectMapper().readTree(dir.resolve("d.json").toFile());
    assertTrue(r.out().contains("Summary"), r.out());
  }
}
