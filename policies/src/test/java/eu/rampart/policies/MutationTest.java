package eu.rampart.policies;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.rampart.check.Finding;
import eu.rampart.plan.input.EngineValues;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Starts from the compliant prod plan of each landing zone, breaks exactly one control, and
 * checks that exactly that control reports something new: at least one finding of its id that
 * the unmutated plan did not have, and no new finding of any other id.
 */
class MutationTest {
  record Case(String control, String cloud, String description, Mutation mutation) {}

  @FunctionalInterface
  interface Mutation { void apply(InputEdits e) throws Exception; }

  static String stackOf(String cloud) { return cloud.equals("aws") ? Plans.AWS : Plans.AZURE; }

  static List<Case> cases() {
    return Stream.concat(AwsMutations.cases().stream(), AzureMutations.cases().stream()).toList();
  }

  @Test
  void everyControlHasAMutationPerApplicableCloud() throws Exception {
    Set<String> ids = ControlCatalogTest.controlsMd().keySet();
    for (String cloud : List.of("aws", "azure")) {
      Set<String> covered = cases().stream().filter(c -> c.cloud().equals(cloud)).map(Case::control).collect(Collectors.toSet());
      Set<String> missing = new TreeSet<>(ids);
      missing.removeAll(covered);
      assertTrue(missing.isEmpty(), cloud + " has no mutation test for " + missing);
    }
  }

  @TestFactory
  Stream<DynamicTest> mutations() {
    return cases().stream().map(c -> DynamicTest.dynamicTest(c.cloud() + " " + c.control() + ": " + c.description(), () -> {
      ObjectNode base = Plans.input(stackOf(c.cloud()), "prod");
      List<Finding> baseline = Pack.evaluate(EngineValues.of(base));
      Set<String> before = keys(baseline, true);
      Set<String> beforeResources = keys(baseline, false);
      InputEdits edits = new InputEdits(base.deepCopy());
      c.mutation().apply(edits);
      List<Finding> after = Pack.evaluate(EngineValues.of(edits.input()));
      // the broken control must say something new; any other control may only repeat what it said
      // about the same resources before (its message may change, e.g. a list of missing tags)
      List<Finding> target = after.stream().filter(f -> f.controlId().equals(c.control()) && !before.contains(key(f, true))).toList();
      List<Finding> others = after.stream().filter(f -> !f.controlId().equals(c.control()) && !beforeResources.contains(key(f, false))).toList();
      assertFalse(target.isEmpty(), "mutation '" + c.description() + "' produced no new " + c.control() + " finding; new findings:\n" + report(others));
      assertTrue(others.isEmpty(), "mutation '" + c.description() + "' must break only " + c.control() + ", but also:\n" + report(others));
    }));
  }

  static Set<String> keys(List<Finding> findings, boolean withMessage) {
    return findings.stream().map(f -> key(f, withMessage)).collect(Collectors.toSet());
  }

  static String key(Finding f, boolean withMessage) {
    return f.controlId() + "|" + f.urn() + (withMessage ? "|" + f.message() : "");
  }

  static String report(List<Finding> findings) {
    return findings.stream().map(f -> "  " + f.controlId() + " " + f.urn() + ": " + f.message()).collect(Collectors.joining("\n"));
  }
}
