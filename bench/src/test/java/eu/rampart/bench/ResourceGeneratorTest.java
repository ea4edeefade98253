package eu.rampart.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ResourceGeneratorTest {
  private static byte[] generate(int n, long seed) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ResourceGenerator.write(n, seed, out);
    return out.toByteArray();
  }

  @Test
  void sameSeedSameBytes() throws Exception {
    assertArrayEquals(generate(500, 7), generate(500, 7));
    assertFalse(java.util.Arrays.equals(generate(500, 7), generate(500, 8)));
  }

  @Test
  void summaryDescribesTheDocument() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ResourceGenerator.Summary s = ResourceGenerator.write(4000, EngineBench.SEED, out);
    assertEquals(out.size(), s.bytes());
    JsonNode doc = new ObjectMapper().readTree(out.toByteArray());
    assertEquals(4000, doc.get("resources").size());
    Set<String> types = new HashSet<>();
    Set<String> ids = new HashSet<>();
    for (JsonNode r : doc.get("resources")) {
      types.add(r.get("type").asText());
      ids.add(r.get("id").asText());
    }
    assertEquals(8, types.size(), "all resource kinds appear");
    assertEquals(4000, ids.size(), "ids are unique, so one defect is one denial");
    int defects = s.defects().values().stream().mapToInt(Integer::intValue).sum();
    assertTrue(defects > 4000 / 10 && defects < 4000 / 6, "about one resource in eight is defective: " + defects);
    assertEquals(ResourceGenerator.Defect.values().length, s.defects().size(), "every defect kind is injected");
    assertEquals(defects + 1, s.expectedDenials(), "more than five public buckets also trip the aggregate rule");
  }
}
