package eu.rampart.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders a real diff page in headless Chromium and checks what a reviewer sees. Debian's chromium
 * is installed by the test when missing and it runs as root; where it cannot be installed the
 * test fails rather than skipping, so a missing browser cannot hide a broken page.
 */
class DiffHtmlChromiumTest {
  @TempDir Path dir;

  static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync");

  static Path chromium() throws IOException, InterruptedException {
    Path found = findChromium();
    if (found == null && installable()) {
      // A fresh Debian machine lacks the browser: install Debian's package, as the SARIF test
      // installs its validator from npm, so `mvn verify` works there without a manual step.
      ProcessBuilder pb = new ProcessBuilder("bash", "-c",
          "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium").redirectErrorStream(true);
      Process p = pb.start();
      String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(15, TimeUnit.MINUTES) || p.exitValue() != 0) {
        fail("installing chromium with apt-get failed:\n" + log);
      }
      found = findChromium();
    }
    if (found == null) fail("headless Chromium is needed for this test and was not found on PATH: apt-get install -y chromium");
    return found;
  }

  private static Path findChromium() {
    for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
      for (String d : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
        Path p = Path.of(d, name);
        if (Files.isExecutable(p)) return p;
      }
    }
    return null;
  }

  /** Root on a machine with apt-get: the package can be installed here. */
  private static boolean installable() {
    return "root".equals(System.getProperty("user.name")) && Files.isExecutable(Path.of("/usr/bin/apt-get"));
  }

  static String run(List<String> cmd, Path workDir) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(cmd).directory(workDir.toFile()).redirectError(workDir.resolve("chromium.err").toFile()).start();
    byte[] out = p.getInputStream().readAllBytes();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail("chromium did not finish within 120 s");
    }
    assertEquals(0, p.exitValue(), "chromium failed: " + Files.readString(workDir.resolve("chromium.err")));
    return new String(out, StandardCharsets.UTF_8);
  }

  @Test
  void reviewerSeesCountsDestructiveChangeFirstAndNoSecret() throws Exception {
    Path chromium = chromium();
    Path page = dir.resolve("diff.html");
    eu.rampart.cli.support.Cli.Run r = DiffCommandTest.run("--output", "html", "--out", page.toString(),
        DiffCommandTest.fixture("pulumi-aws-export-rds-instance.json").toString(),
        DiffCommandTest.fixture("pulumi-aws-export-s3-bucket.json").toString());
    assertEquals(ExitCodes.OK, r.exitCode(), r.err());

    List<String> cmd = new ArrayList<>();
    cmd.add(chromium.toString());
    cmd.addAll(FLAGS);
    cmd.add("--user-data-dir=" + dir.resolve("profile"));
    cmd.add("--dump-dom");
    cmd.add(page.toUri().toString());
    String dom = run(cmd, dir);

    assertTrue(dom.contains("<h1>rampart diff</h1>"), "page rendered: " + dom.substring(0, Math.min(300, dom.length())));
    assertTrue(dom.contains("<div class=\"count destructive\"><b>1</b>destructive</div>"), "headline destructive count");
    assertTrue(dom.contains("<div class=\"count create\"><b>1</b>create</div>"), "headline create count");
    assertTrue(dom.contains("<div class=\"count delete\"><b>1</b>delete</div>"), "headline delete count");
    assertTrue(dom.contains("<div class=\"count same\"><b>2</b>same</div>"), "headline same count");
    int destructive = dom.indexOf("<section class=\"danger\" id=\"destructive\">");
    int db = dom.indexOf("aws:rds/instance:Instance");
    int allChanges = dom.indexOf("<h2>All changes</h2>");
    assertTrue(destructive > 0 && destructive < db && db < allChanges, "the database delete is shown first, in the red box");
    assertTrue(dom.contains("policy delta: not evaluated ("), "an unevaluated delta says so");
    assertFalse(dom.contains("mypassword"), "the database password never reaches the page");
    assertFalse(dom.contains("<script"), "no JavaScript");

    // Screenshots load no external assets either: the page renders with networking disabled.
    Path shot = dir.resolve("shot.png");
    List<String> shotCmd = new ArrayList<>(cmd.subList(0, cmd.size() - 2));
    shotCmd.add("--screenshot=" + shot);
    shotCmd.add("--window-size=1280,1600");
    shotCmd.add(page.toUri().toString());
    run(shotCmd, dir);
    byte[] png = Files.readAllBytes(shot);
    assertTrue(png.length > 10_000, "a real screenshot, " + png.length + " bytes");
    assertEquals((byte) 0x89, png[0]);
    assertEquals('P', png[1]);
  }
}
