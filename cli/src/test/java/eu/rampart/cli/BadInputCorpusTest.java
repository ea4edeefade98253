package eu.rampart.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.rampart.cli.support.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad-input corpus (cli/src/test/resources/badinput, written by cli/src/test/badinput/generate.py):
 * every case runs through the rampart command line in-process and must keep the contract of issue
 * 13: its exit code; one precise line naming the file and place; no stack trace or library
 * internals; no secret of the case in any stream or written file (checked by the secret's
 * alphanumeric runs, which no escaping changes); inputs unchanged; no output file left on an
 * error; {@code pulumi up} never run by a gate that did not pass; finished within its time.
 */
class BadInputCorpusTest {
  static final Path CORPUS = Path.of("src/test/resources/badinput").toAbsolutePath();
  static final ObjectMapper JSON = new ObjectMapper();
  /** What a stack trace or a library's internals look like in a message. */
  static final Pattern TRACE = Pattern.compile("(?m)^\\s+at [\\w$.]+\\(|Exception in thread|Caused by:|java\\.lang\\.|"
      + "com\\.fasterxml|org\\.yaml|StreamReadConstraints|JsonReadFeature|picocli\\.|OutOfMemoryError|StackOverflowError");

  @TempDir Path tmp;

  @TestFactory
  Stream<DynamicTest> everyCaseKeepsTheContract() throws IOException {
    List<Path> cases;
    try (Stream<Path> s = Files.list(CORPUS)) {
      cases = s.filter(p -> Files.isRegularFile(p.resolve("case.json"))).sorted().toList();
    }
    assertTrue(cases.size() >= 150, "the corpus has " + cases.size() + " cases");
    // -Dbadinput.only=prefix1,prefix2 runs the cases whose names start so (while working on them)
    String only = System.getProperty("badinput.only", "");
    if (!only.isBlank()) {
      List<String> prefixes = List.of(only.split(","));
      cases = cases.stream().filter(c -> prefixes.stream().anyMatch(c.getFileName().toString()::startsWith)).toList();
    }
    return cases.stream().map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> run(c)));
  }

  private void run(Path source) throws Exception {
    JsonNode meta = JSON.readTree(source.resolve("case.json").toFile());
    Path root = Files.createDirectories(tmp.resolve(source.getFileName().toString()));
    Path dir = root.resolve("case");
    Path common = root.resolve("common");
    copy(source, dir);
    copy(CORPUS.resolve("common"), common);
    Files.delete(dir.resolve("case.json"));
    if (!meta.path("setup").isNull()) setup(dir, meta.path("setup").asText());
    if (meta.path("pulumi").asBoolean()) standInPulumi(dir);
    Map<String, String> before = hashes(root);

    List<String> args = new ArrayList<>();
    for (JsonNode a : meta.path("args")) {
      args.add(a.asText().replace("{case}", dir.toString()).replace("{common}", common.toString())
          .replace("{policies}", Cli.testPolicies("").toString().replaceAll("/$", "")));
    }
    Map<String, String> props = new TreeMap<>();
    meta.path("properties").fields().forEachRemaining(e -> props.put(e.getKey(), e.getValue().asText()));
    props.forEach(System::setProperty);
    Cli.Run r;
    try {
      r = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(meta.path("timeout").asInt(30)),
          () -> Cli.run(args.toArray(String[]::new)), "the command must finish in time");
    } finally {
      props.keySet().forEach(System::clearProperty);
      System.clearProperty("rampart.path");
    }
    String all = "exit " + r.exitCode() + "\n--- stdout\n" + abbreviate(r.out()) + "\n--- stderr\n" + r.err();

    assertEquals(meta.path("exit").asInt(), r.exitCode(), all);
    assertFalse(TRACE.matcher(r.err()).find(), "no stack trace or library internals:\n" + all);
    assertFalse(TRACE.matcher(r.out()).find(), "no stack trace or library internals:\n" + all);
    List<String> lines = r.err().lines().filter(l -> !l.isBlank()).toList();
    assertTrue(lines.size() <= meta.path("max_lines").asInt(3), "at most " + meta.path("max_lines") + " lines on stderr:\n" + all);
    List<String> expect = new ArrayList<>();
    meta.path("expect").forEach(e -> expect.add(e.asText()));
    if (!expect.isEmpty()) {
      assertTrue(lines.stream().anyMatch(l -> expect.stream().allMatch(l::contains)),
          "one line on stderr says " + expect + ":\n" + all);
    }
    // an error is explained (on stderr; `rego test` reports its test results, errors included, on stdout)
    if (r.exitCode() >= 2) assertFalse(lines.isEmpty() && r.out().isBlank(), "an error is explained:\n" + all);

    // no secret anywhere: streams and every file the run wrote or changed
    List<String> tokens = new ArrayList<>();
    meta.path("secrets").forEach(s -> tokens.addAll(secretTokens(s.asText())));
    Map<String, String> after = hashes(root);
    for (String t : tokens) {
      assertFalse(r.out().contains(t), "secret '" + t + "' on stdout:\n" + all);
      assertFalse(r.err().contains(t), "secret '" + t + "' on stderr:\n" + all);
      for (Map.Entry<String, String> f : after.entrySet()) {
        if (f.getValue().equals(before.get(f.getKey()))) continue; // an unchanged input holds its own secrets
        assertFalse(Files.readString(root.resolve(f.getKey()), java.nio.charset.StandardCharsets.ISO_8859_1).contains(t),
            "secret '" + t + "' in written file " + f.getKey());
      }
    }
    // inputs unchanged, nothing half-written
    for (Map.Entry<String, String> f : before.entrySet()) {
      assertEquals(f.getValue(), after.get(f.getKey()), "input " + f.getKey() + " must be left unchanged");
    }
    String out = meta.path("out").isNull() ? null : meta.path("out").asText();
    for (String f : after.keySet()) {
      if (before.containsKey(f)) continue;
      boolean expected = f.equals("case/" + out) && r.exitCode() <= 1 || f.equals("case/calls.log");
      if (!expected) fail("unexpected file " + f + " after the run (partial or temporary output):\n" + all);
    }
    if (out != null && r.exitCode() <= 1) assertTrue(after.containsKey("case/" + out), "the report " + out + " is written");
    if (!meta.path("up").isNull()) {
      List<String> ups = Files.exists(dir.resolve("calls.log"))
          ? Files.readAllLines(dir.resolve("calls.log")).stream().filter(l -> l.startsWith("up")).toList() : List.of();
      assertEquals(meta.path("up").asText().equals("once") ? 1 : 0, ups.size(), "pulumi up runs: " + ups + "\n" + all);
    }
  }

  /** The runs of 6+ letters and digits of a secret: any rendering of the secret keeps them, whatever it escapes. */
  static List<String> secretTokens(String secret) {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile("[A-Za-z0-9]{6,}").matcher(secret);
    while (m.find()) out.add(m.group());
    if (out.isEmpty()) out.add(secret);
    return out;
  }

  private static void setup(Path dir, String spec) throws Exception {
    String kind = spec.substring(0, spec.indexOf(':'));
    Path target = dir.resolve(spec.substring(spec.indexOf(':') + 1));
    switch (kind) {
      case "dir" -> Files.createDirectories(target);
      case "fifo" -> {
        Process p = new ProcessBuilder("mkfifo", target.toString()).inheritIO().start();
        assertEquals(0, p.waitFor(), "mkfifo");
      }
      case "devzero" -> Files.createSymbolicLink(target, Path.of("/dev/zero"));
      case "loop" -> {
        Path other = target.resolveSibling(target.getFileName() + ".loop");
        Files.createSymbolicLink(target, other);
        Files.createSymbolicLink(other, target);
      }
      case "dangling" -> Files.createSymbolicLink(target, target.resolveSibling("does-not-exist"));
      default -> fail("unknown setup " + spec);
    }
  }

  /** A stand-in pulumi: preview prints the case's recorded output, every call is logged (so a test sees whether up ran). */
  private static void standInPulumi(Path dir) throws IOException {
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Files.createDirectories(dir.resolve("project"));
    String script = """
        #!/usr/bin/env bash
        echo "$1" >> '%1$s/calls.log'
        case "$1" in
          preview)
            while [ $# -gt 0 ]; do if [ "$1" = "--save-plan" ]; then echo '{}' > "$2"; fi; shift; done
            cat '%1$s/pulumi-preview.out'; exit 0 ;;
          up) echo "stand-in up"; exit 0 ;;
        esac
        exit 9
        """.formatted(dir);
    Path p = bin.resolve("pulumi");
    Files.writeString(p, script);
    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
    System.setProperty("rampart.path", bin + ":/usr/bin:/bin");
  }

  /** Regular files under root (links not followed: a FIFO or /dev/zero is never opened), relative path → SHA-256. */
  private static Map<String, String> hashes(Path root) throws Exception {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.toList()) {
        if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) continue;
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        out.put(root.relativize(p).toString(), HexFormat.of().formatHex(md.digest(Files.readAllBytes(p))));
      }
    }
    return out;
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path t = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) Files.createDirectories(t);
        else Files.copy(p, t);
      }
    }
  }

  private static String abbreviate(String s) { return s.length() > 3000 ? s.substring(0, 3000) + "..." : s; }
}
