package eu.rampart.cli.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Microsoft's SARIF multitool (the validator GitHub's own SARIF checks are based on), installed
 * from npm into {@code ~/.cache/rampart/sarif-multitool} on first use. Missing npm is a test
 * failure with a clear message, never a silent skip.
 */
public final class SarifMultitool {
  static final Path HOME = Path.of(System.getProperty("user.home"), ".cache", "rampart", "sarif-multitool");
  static final Path BINARY = HOME.resolve("node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool");

  public record Outcome(int exitCode, String output) {}

  private SarifMultitool() {}

  public static synchronized Path binary() throws IOException, InterruptedException {
    if (!Files.isRegularFile(BINARY)) {
      Files.createDirectories(HOME);
      Outcome npm;
      try {
        npm = run(HOME, List.of("npm", "install", "--no-audit", "--no-fund", "--prefix", HOME.toString(),
            "@microsoft/sarif-multitool-linux"), 600);
      } catch (IOException e) {
        throw new AssertionError("npm is needed to install the SARIF multitool (npm install @microsoft/sarif-multitool-linux) but could not be run: " + e.getMessage());
      }
      if (npm.exitCode() != 0 || !Files.isRegularFile(BINARY)) {
        throw new AssertionError("installing @microsoft/sarif-multitool-linux with npm failed (exit " + npm.exitCode() + "):\n" + npm.output());
      }
    }
    // npm may not run the package's postinstall chmod
    BINARY.toFile().setExecutable(true);
    return BINARY;
  }

  /** Validates one file, or every file a pattern such as {@code dir/*.sarif} matches, in one run. */
  public static Outcome validate(Path sarif) throws IOException, InterruptedException {
    Path out = Files.createTempFile("sarif-validation", ".sarif");
    try {
      Outcome o = run(sarif.getParent(), List.of(binary().toString(), "validate", sarif.toString(), "--output", out.toString(), "--log", "ForceOverwrite"), 600);
      String log = Files.exists(out) ? Files.readString(out) : "";
      return new Outcome(o.exitCode(), o.output() + "\n--- validation log ---\n" + log);
    } finally {
      Files.deleteIfExists(out);
    }
  }

  private static Outcome run(Path dir, List<String> cmd, int timeoutSeconds) throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(cmd)).directory(dir.toFile()).redirectErrorStream(true);
    pb.environment().put("DOTNET_SYSTEM_GLOBALIZATION_INVARIANT", "1");
    pb.environment().put("DOTNET_CLI_TELEMETRY_OPTOUT", "1");
    Process p = pb.start();
    byte[] bytes = p.getInputStream().readAllBytes();
    if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError(cmd.get(0) + " timed out after " + timeoutSeconds + " s");
    }
    return new Outcome(p.exitValue(), new String(bytes, StandardCharsets.UTF_8));
  }

  /** The multitool ran and reported no error-level result (warnings and notes are allowed). */
  public static void assertValid(Path file) throws Exception {
    SarifMultitool.Outcome o = validate(file);
    if (o.exitCode() != 0) throw new AssertionError("multitool failed:\n" + o.output());
    com.fasterxml.jackson.databind.JsonNode log = new com.fasterxml.jackson.databind.ObjectMapper().readTree(o.output().substring(o.output().indexOf("--- validation log ---") + 22));
    for (com.fasterxml.jackson.databind.JsonNode r : log.at("/runs/0/results")) {
      if ("error".equals(r.path("level").asText("warning"))) throw new AssertionError("SARIF validation error: " + r.toPrettyString());
    }
    for (com.fasterxml.jackson.databind.JsonNode n : log.at("/runs/0/invocations/0/toolExecutionNotifications")) {
      if ("error".equals(n.path("level").asText())) throw new AssertionError("validator could not run: " + n.toPrettyString());
    }
    if (!log.at("/runs/0/invocations/0/executionSuccessful").asBoolean()) throw new AssertionError(o.output());
  }
}
