package eu.rampart.plan.offline;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
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
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
    Process p = pb.start();
    p.getOutputStream().close();
    Deque<String> tail = new ArrayDeque<>();
    Thread pump = new Thread(() -> pump(p.getInputStream(), stream ? System.err : null, tail), "rampart-child-output");
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

  private static void pump(InputStream in, OutputStream echo, Deque<String> tail) {
    StringBuilder line = new StringBuilder();
    byte[] buf = new byte[8192];
    try (in) {
      int n;
      while ((n = in.read(buf)) > 0) {
        // Maven 3.8 emits colour resets even in batch mode; they are noise in a log or a message
        String chunk = ANSI.matcher(new String(buf, 0, n, StandardCharsets.UTF_8)).replaceAll("");
        if (echo != null && !chunk.isEmpty()) {
          echo.write(chunk.getBytes(StandardCharsets.UTF_8));
          echo.flush();
        }
        for (char c : chunk.toCharArray()) {
          if (c == '\n') {
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
