package eu.rampart.dist;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The release archive built by this module, and a way to run its bin/rampart in a bare environment. */
final class Archive {
  static final String VERSION = System.getProperty("rampart.version", "0.1.0-SNAPSHOT");
  static final Path BASE = Path.of(System.getProperty("rampart.archive", "target/rampart-" + VERSION)).toAbsolutePath();
  static final Path TAR = Path.of(BASE + ".tar.gz");
  static final Path ZIP = Path.of(BASE + ".zip");
  static final Path ROOT = Path.of(System.getProperty("rampart.root.dir", "..")).toAbsolutePath().normalize();
  static final Path SHARED = Path.of(System.getProperty("rampart.shared.dir", "../../shared")).toAbsolutePath().normalize();
  /** The coreutils bin/rampart calls; nothing else is put on its PATH. */
  static final List<String> COREUTILS = List.of("readlink", "mkdir", "mv", "rm", "cksum");

  record Run(int exitCode, String out, String err) {}

  private Archive() {}

  /** Unpacks the .tar.gz into {@code dir} (with tar, which keeps the launcher's mode) and returns the unpacked root. */
  static Path unpack(Path dir) throws IOException, InterruptedException {
    Process p = new ProcessBuilder("tar", "-xzf", TAR.toString(), "-C", dir.toString()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0) throw new IOException("tar failed: " + out);
    return dir.resolve("rampart-" + VERSION);
  }

  /** A directory holding links to the given commands (found in /usr/bin or /bin), and to java when asked. */
  static Path binDir(Path dir, boolean withJava) throws IOException {
    Files.createDirectories(dir);
    for (String tool : COREUTILS) Files.createSymbolicLink(dir.resolve(tool), which(tool));
    if (withJava) Files.createSymbolicLink(dir.resolve("java"), javaBinary());
    return dir;
  }

  static Path javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java");
  }

  private static Path which(String tool) throws IOException {
    for (String d : List.of("/usr/bin", "/bin")) {
      Path p = Path.of(d, tool);
      if (Files.isExecutable(p)) return p.toRealPath();
    }
    throw new IOException(tool + " not found in /usr/bin or /bin");
  }

  /** Runs a command with exactly {@code env} as its environment (nothing inherited) in {@code cwd}. */
  static Run run(Path cwd, Map<String, String> env, List<String> command) throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(command)).directory(cwd.toFile());
    pb.environment().clear();
    pb.environment().putAll(env);
    Path out = Files.createTempFile(cwd, "stdout", ".txt");
    Path err = Files.createTempFile(cwd, "stderr", ".txt");
    pb.redirectOutput(out.toFile()).redirectError(err.toFile());
    Process p = pb.start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IOException("timed out: " + command);
    }
    Run r = new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    Files.delete(out);
    Files.delete(err);
    return r;
  }
}
