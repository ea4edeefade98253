package eu.rampart.plan.offline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/** Runs a child process, streaming or collecting its output, with a time limit. */
final class Processes {
  /** Exit code and the last lines of output (for error messages). */
  record Result(int exitCode, String tail) {}

  private static final int TAIL_LINES = 40;
  private static final Pattern ANSI = Pattern.compile("\u001B\\[[0-9;]*[A-Za-z]");

  private Processes() {}

  static Result run(List<String> command, Path dir, boolean stream, long timeoutSeconds) throws IOException, InterruptedException {
    return run(command, dir, null, stream ? new OfflinePlanner.Masker(java.util.Set.of()) : null, timeoutSeconds);
  }

  /**
   * @param environment the child's whole environment, or null to inherit this process's
   * @param echo when not null, output is streamed to stderr through this mask
   */
  static Result run(List<String> command, Path dir, java.util.Map<String, String> environment, OfflinePlanner.Masker echo,
                    long timeoutSeconds) throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
    if (environment != null) {
      pb.environment().clear();
      pb.environment().putAll(environment);
    }
    Process p = pb.start();
    p.getOutputStream().close();
    Deque<String> tail = new ArrayDeque<>();
    Thread pump = new Thread(() -> pump(p.getInputStream(), echo, tail), "rampart-child-output");
    pump.setDaemon(true);
    pump.start();
    if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
      p.waitFor(10, TimeUnit.SECONDS);
      pump.join(2000);
      return new Result(-1, "timed out after " + timeoutSeconds + " s\n" + String.join("\n", snapshot(tail)));
    }
    pump.join(5000);
    return new Result(p.exitValue(), String.join("\n", snapshot(tail)));
  }

  private static List<String> snapshot(Deque<String> tail) {
    synchronized (tail) {
      return List.copyOf(tail);
    }
  }

  private static void pump(InputStream in, OfflinePlanner.Masker echo, Deque<String> tail) {
    StringBuilder line = new StringBuilder();
    byte[] buf = new byte[8192];
    try (in) {
      int n;
      while ((n = in.read(buf)) > 0) {
        // Maven 3.8 emits colour resets even in batch mode; they are noise in a log or a message
        String chunk = ANSI.matcher(new String(buf, 0, n, StandardCharsets.UTF_8)).replaceAll("");
        for (char c : chunk.toCharArray()) {
          if (c == '\n') {
            if (echo != null) System.err.println(echo.mask(line.toString()));
            add(tail, line.toString());
            line.setLength(0);
          } else {
            line.append(c);
          }
        }
      }
      if (line.length() > 0) add(tail, line.toString());
    } catch (IOException e) {
      add(tail, "(output lost: " + e.getMessage() + ")");
    }
  }

  private static void add(Deque<String> tail, String line) {
    synchronized (tail) {
      tail.addLast(line);
      while (tail.size() > TAIL_LINES) tail.removeFirst();
    }
  }
}
