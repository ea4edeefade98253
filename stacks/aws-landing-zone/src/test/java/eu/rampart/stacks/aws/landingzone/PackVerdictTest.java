package eu.rampart.stacks.aws.landingzone;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.rampart.check.Finding;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The real policy pack on the landing zone: only the findings each environment accepts on purpose. */
class PackVerdictTest {
  /**
   * "CONTROL resource-name": dev keeps one region (crossRegionCopies off: RES-3) and a single-AZ
   * database (AVAIL-1); the document archive's 10-year Object Lock is production only (DATA-2).
   */
  private static final Map<String, Set<String>> ACCEPTED = Map.of(
      "dev", Set.of("RES-3 aws-landing-zone-dev", "AVAIL-1 db", "DATA-2 documents"),
      "staging", Set.of("DATA-2 documents", "DATA-2 documents-replica"),
      "prod", Set.of());

  @ParameterizedTest
  @ValueSource(strings = {"dev", "staging", "prod"})
  void thePackFindsOnlyWhatTheEnvironmentAcceptsOnPurpose(String env) {
    List<Finding> findings = PackFindings.of(env);
    Set<String> found = findings.stream().map(f -> f.controlId() + " " + f.urn().substring(f.urn().lastIndexOf("::") + 2))
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(new TreeSet<>(ACCEPTED.get(env)), found, env + ": the pack's findings changed:\n"
        + findings.stream().map(f -> "  " + f.controlId() + " [" + f.enforcement().label() + "] " + f.urn() + ": " + f.message())
            .collect(Collectors.joining("\n")));
  }
}
