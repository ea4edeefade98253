package eu.rampart.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.rampart.rego.api.PreparedQuery;
import eu.rampart.rego.api.Rego;
import eu.rampart.rego.value.Value;
import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;

/** The benchmark's own correctness check: the engine finds exactly the defects the generator injected. */
class EngineBenchTest {
  @Test
  void engineFindsEveryInjectedDefect() throws Exception {
    PreparedQuery q = Rego.builder().module("deny.rego", EngineBench.policy()).build().prepare(EngineBench.QUERY);
    for (int n : new int[] {40, 600}) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ResourceGenerator.Summary s = ResourceGenerator.write(n, EngineBench.SEED + n, out);
      Value input = EngineBench.parse(out.toByteArray());
      assertEquals(s.expectedDenials(), EngineBench.denials(q, input), "denials for " + n + " resources " + s.defects());
    }
  }

  @Test
  void ruleCountUsedForPerRuleCostMatchesThePack() throws Exception {
    int rules = EngineBench.policy().split("\ndeny contains ", -1).length - 1;
    assertEquals(EngineBench.RULES, rules);
  }
}
