package eu.rampart.policies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.rampart.check.Finding;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The pack over every real Pulumi output file in the shared fixtures (read and normalised like
 * {@code rampart check}, environment prod): the (fixture, control, urn) triples found must equal
 * those recorded in {@code fixture-findings.txt}, which docs/fixture-findings.md explains one by one.
 * The actual triples and messages are written to target/ so a deliberate change can be reviewed.
 */
class FixtureFindingsTest {
  @Test
  void findingsOnRealPulumiOutputAreThoseRecorded() throws Exception {
    List<Path> fixtures;
    try (Stream<Path> s = Files.list(Paths.fixtures())) {
      fixtures = s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
    }
    assertTrue(fixtures.size() >= 20, "expected the 20 shared fixtures, found " + fixtures.size());
    TreeSet<String> actual = new TreeSet<>();
    List<String> detail = new ArrayList<>();
    for (Path f : fixtures) {
      String name = f.getFileName().toString();
      for (Finding finding : Pack.evaluate(Pack.input(f, "prod").value())) {
        actual.add(name + "\t" + finding.controlId() + "\t" + finding.urn());
        detail.add(name + "\t" + finding.controlId() + "\t" + finding.enforcement().label() + "\t" + finding.urn() + "\t" + finding.message());
      }
    }
    Path out = Path.of("target");
    Files.createDirectories(out);
    Files.writeString(out.resolve("fixture-findings.actual.txt"), String.join("\n", actual) + "\n");
    Files.writeString(out.resolve("fixture-findings.detail.txt"), detail.stream().sorted().collect(Collectors.joining("\n")) + "\n");
    TreeSet<String> expected = recorded();
    TreeSet<String> missing = new TreeSet<>(expected);
    missing.removeAll(actual);
    TreeSet<String> unexpected = new TreeSet<>(actual);
    unexpected.removeAll(expected);
    assertEquals(expected, actual, "fixture findings differ from fixture-findings.txt (see target/fixture-findings.actual.txt)\n"
        + "recorded but not found:\n  " + String.join("\n  ", missing) + "\nfound but not recorded:\n  " + String.join("\n  ", unexpected));
  }

  /** Secret values the fixtures carry in plaintext (PROVENANCE.md) never reach a finding. */
  @Test
  void findingsNeverCarrySecrets() throws Exception {
    List<String> secrets = List.of("mypassword", "someFancyp@wd2!", "MySecretVersionValue", "myvalue",
        "4dabf18193072939515e22adb298388d", "1b47061264138c4ac30d75fd1eb44270");
    List<Path> fixtures;
    try (Stream<Path> s = Files.list(Paths.fixtures())) {
      fixtures = s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
    }
    List<String> leaks = new ArrayList<>();
    for (Path f : fixtures) {
      for (Finding finding : Pack.evaluate(Pack.input(f, "prod").value())) {
        String text = finding.urn() + " " + finding.message() + " " + finding.remediation();
        for (String secret : secrets) if (text.contains(secret)) leaks.add(f.getFileName() + ": " + finding.controlId() + " mentions a secret");
      }
    }
    assertTrue(leaks.isEmpty(), String.join("\n", leaks));
  }

  /** docs/fixture-findings.md explains every recorded finding: a row of its control naming the resource. */
  @Test
  void documentExplainsEveryRecordedFinding() throws IOException {
    String doc = Files.readString(Paths.root().resolve("docs").resolve("fixture-findings.md"));
    List<String> unexplained = new ArrayList<>();
    for (String triple : recorded()) {
      String[] f = triple.split("\t");
      int start = doc.indexOf("\n## " + f[0] + "\n");
      if (start < 0) {
        unexplained.add(triple + " (no section)");
        continue;
      }
      int end = doc.indexOf("\n## ", start + 1);
      String section = doc.substring(start, end < 0 ? doc.length() : end);
      String name = "`" + f[2].substring(f[2].lastIndexOf("::") + 2) + "`";
      boolean found = section.lines().anyMatch(l -> l.startsWith("| " + f[1] + " |") && l.contains(name));
      if (!found) unexplained.add(triple);
    }
    assertTrue(unexplained.isEmpty(), "docs/fixture-findings.md does not explain:\n  " + String.join("\n  ", unexplained));
  }

  static TreeSet<String> recorded() throws IOException {
    try (InputStream in = FixtureFindingsTest.class.getResourceAsStream("/fixture-findings.txt")) {
      if (in == null) throw new IllegalStateException("test resource fixture-findings.txt is missing");
      TreeSet<String> out = new TreeSet<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) continue;
        out.add(line);
      }
      return out;
    }
  }
}
