package eu.rampart.policies;

import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.rampart.check.Enforcement;
import eu.rampart.check.Finding;
import eu.rampart.plan.input.EngineValues;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The compliant landing zones, planned for dev, staging and prod, have no mandatory finding. */
class LandingZoneComplianceTest {
  @TestFactory
  Stream<DynamicTest> noMandatoryFindings() {
    return Stream.of(Plans.AWS, Plans.AZURE).flatMap(stack -> Stream.of("dev", "staging", "prod").map(env ->
        DynamicTest.dynamicTest(stack + " " + env, () -> {
          List<Finding> findings = Pack.evaluate(EngineValues.of(Plans.input(stack, env)));
          List<Finding> mandatory = findings.stream().filter(f -> f.enforcement() == Enforcement.MANDATORY).toList();
          assertTrue(mandatory.isEmpty(), stack + " " + env + " has " + mandatory.size() + " mandatory findings:\n"
              + mandatory.stream().map(f -> "  " + f.controlId() + " " + f.urn() + ": " + f.message()).collect(Collectors.joining("\n")));
        })));
  }
}
