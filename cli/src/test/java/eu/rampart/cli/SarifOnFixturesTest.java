package eu.rampart.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.rampart.cli.support.Cli;
import eu.rampart.cli.support.SarifMultitool;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `rampart check --output sarif` on every recorded fixture, with the real pack, passes the SARIF multitool. */
class SarifOnFixturesTest {
  @TempDir Path dir;

  @Test
  void everyFixtureReportIsValidSarif() throws Exception {
    List<Path> fixtures;
    try (Stream<Path> s = Files.list(Cli.SHARED.resolve("fixtures/pulumi"))) {
      fixtures = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    assertTrue(fixtures.size() >= 20, "fixtures missing: " + fixtures);
    List<String> problems = new ArrayList<>();
    int results = 0;
    for (Path f : fixtures) {
      Path out = dir.resolve(f.getFileName().toString().replace(".json", ".sarif"));
      Cli.Run r = Cli.run("check", f.toString(), "--output", "sarif", "--out", out.toString(), "--fail-on", "never");
      if (r.exitCode() != 0) problems.add(f.getFileName() + " exit " + r.exitCode() + ": " + r.err());
      JsonNode s = new ObjectMapper().readTree(out.toFile());
      results += s.at("/runs/0/results").size();
      assertTrue(s.at("/runs/0/tool/driver/rules").size() >= 20, "the catalogue lists the pack's controls");
    }
    assertEquals(List.of(), problems);
    assertTrue(results > 0, "the fixtures produce findings, so results are validated too");
    SarifMultitool.assertValid(dir.resolve("*.sarif"));
  }
}
