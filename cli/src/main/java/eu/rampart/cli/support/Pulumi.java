package eu.rampart.cli.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs the {@code pulumi} CLI found on PATH. Its stderr is relayed line by line through the
 * output masker, so a secret Pulumi prints cannot leak through rampart.
 */
public final class Pulumi {
  private final Path binary;
  private final Console console;

  private Pulumi(Path binary, Console console) {
    this.binary = binary;
    this.console = console;
  }

  /** The {@code pulumi} executable on PATH, if any. */
  public static Optional<Pulumi> onPath(String path, Console console) {
    if (path == null) return Optional.empty();
    for (String dir : path.split(java.io.File.pathSeparator)) {
      if (dir.isEmpty()) continue;
      Path p = Path.of(dir, "pulumi");
      if (Files.isRegularFile(p) && Files.isExecutable(p)) return Optional.of(new Pulumi(p, console));
    }
    return Optional.empty();
  }

  public Path binary() { return binary; }

  /**
   * Runs pulumi with {@code args} in {@code dir}; stdout goes to {@code stdoutFile}, or when that is
   * null is relayed (masked) to {@code stdout}.
   */
  public int run(Path dir, List<String> args, Path stdoutFile, java.io.PrintWriter stdout) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(binary.toString());
    cmd.addAll(args);
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
    pb.redirectInput(ProcessBuilder.Redirect.INHERIT);
    if (stdoutFile != null) pb.redirectOutput(stdoutFile.toFile());
    Process p = pb.start();
    Thread err = relay(p.getErrorStream(), console::info);
    Thread out = stdoutFile == null ? relay(p.getInputStream(), line -> {
      synchronized (stdout) {
        stdout.println(console.masker().apply(line));
        stdout.flush();
      }
    }) : null;
    int code = p.waitFor();
    err.join();
    if (out != null) out.join();
    return code;
  }

  private Thread relay(InputStream in, java.util.function.Consumer<String> sink) {
    Thread t = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        String line;
        while ((line = r.readLine()) != null) sink.accept(line);
      } catch (IOException ignored) {
        // the process ended; nothing more to relay
      }
    }, "pulumi-relay");
    t.setDaemon(true);
    t.start();
    return t;
  }
}
