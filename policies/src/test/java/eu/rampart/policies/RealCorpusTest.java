package eu.rampart.policies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.rampart.check.Finding;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The pack judged on real public Pulumi output and on previews shaped exactly as real public
 * programs make them (real-corpus/PROVENANCE.md names each source). The verdicts, which controls
 * fire on which resource of each file under the prod environment, are pinned in
 * real-corpus/expected-verdicts.txt, so that a rule that stops finding a miss of issue 14, or starts
 * reporting a false positive, fails the build. The actual verdicts and messages are written to
 * target/ for review after a deliberate change.
 */
class RealCorpusTest {
  static Path corpus() { return Paths.root().resolve("policies/src/test/resources/real-corpus"); }

  static List<Path> files() throws Exception {
    try (Stream<Path> s = Files.list(corpus())) {
      return s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
    }
  }

  @Test
  void verdictsOnTheRealCorpusAreThosePinned() throws Exception {
    List<Path> files = files();
    assertTrue(files.size() >= 15, "expected the real corpus, found " + files.size() + " files in " + corpus());
    Map<String, TreeSet<String>> verdicts = new TreeMap<>();
    List<String> detail = new ArrayList<>();
    for (Path f : files) {
      String file = f.getFileName().toString();
      for (Finding finding : Pack.evaluate(Pack.input(f, "prod").value())) {
        String resource = finding.urn().substring(finding.urn().lastIndexOf("::") + 2);
        verdicts.computeIfAbsent(file + "\t" + resource, k -> new TreeSet<>()).add(finding.controlId());
        detail.add(file + "\t" + resource + "\t" + finding.controlId() + "\t" + finding.enforcement().label() + "\t" + finding.message());
      }
    }
    List<String> actual = verdicts.entrySet().stream().map(e -> e.getKey() + "\t" + String.join(",", e.getValue())).toList();
    Path out = Path.of("target");
    Files.createDirectories(out);
    Files.writeString(out.resolve("real-corpus-verdicts.actual.txt"), String.join("\n", actual) + "\n");
    Files.writeString(out.resolve("real-corpus-verdicts.detail.txt"), detail.stream().sorted().collect(Collectors.joining("\n")) + "\n");
    List<String> expected = Files.readAllLines(corpus().resolve("expected-verdicts.txt"), StandardCharsets.UTF_8).stream()
        .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    TreeSet<String> missing = new TreeSet<>(expected);
    missing.removeAll(actual);
    TreeSet<String> unexpected = new TreeSet<>(actual);
    unexpected.removeAll(expected);
    assertEquals(new TreeSet<>(expected), new TreeSet<>(actual), "verdicts on the real corpus differ from expected-verdicts.txt (see target/real-corpus-verdicts.actual.txt)\n"
        + "pinned but not found:\n  " + String.join("\n  ", missing) + "\nfound but not pinned:\n  " + String.join("\n  ", unexpected));
  }

  /** Every corpus file names its source, commit or program, and licence in PROVENANCE.md. */
  @Test
  void everyCorpusFileHasItsProvenance() throws Exception {
    String provenance = Files.readString(corpus().resolve("PROVENANCE.md"));
    List<String> unexplained = new ArrayList<>();
    for (Path f : files()) {
      String name = f.getFileName().toString();
      boolean listed = provenance.lines().anyMatch(l -> l.startsWith("| " + name + " |") && l.contains("Apache-2.0"));
      if (!listed) unexplained.add(name);
    }
    assertTrue(unexplained.isEmpty(), "PROVENANCE.md has no row (with its licence) for " + unexplained);
  }
}
