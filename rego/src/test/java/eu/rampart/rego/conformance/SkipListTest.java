package eu.rampart.rego.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SkipListTest {
  @TempDir Path dir;

  @Test
  void directoriesFilesAndNotes() throws Exception {
    Path f = dir.resolve("skip.txt");
    Files.writeString(f, "# header comment\n\njwtbuiltins  # out of scope: io.jwt\n"
        + "strings/a.yaml#strings/some note  # concrete reason\n");
    SkipList s = SkipList.load(f);
    assertEquals("out of scope: io.jwt", s.reason("jwtbuiltins/test-1.yaml", "any"));
    assertNull(s.reason("jwtbuiltinsx/test-1.yaml", "any"));
    assertEquals("concrete reason", s.reason("strings/a.yaml", "strings/some note"));
    assertNull(s.reason("strings/a.yaml", "strings/other note"));
  }

  @Test
  void entryWithoutReasonIsRejected() throws Exception {
    Path f = dir.resolve("skip.txt");
    Files.writeString(f, "jwtbuiltins\n");
    IOException e = assertThrows(IOException.class, () -> SkipList.load(f));
    assertTrue(e.getMessage().contains(":1:"), e.getMessage());
  }

  @Test
  void caseOverTheLimitOrWithWrongResultFails() {
    ConformanceCase wrong = new ConformanceCase("x.yaml", "n", "x := 1", java.util.List.of(), null, null, null, false,
        java.util.List.of(java.util.Map.of("x", 2)), null, null, false, false, false);
    CaseResult r = ConformanceRunner.run(wrong);
    assertEquals(CaseResult.Status.FAIL, r.status());
    assertTrue(r.reason().contains("want"), r.reason());
    ConformanceCase err = new ConformanceCase("x.yaml", "n", "1 / 0", java.util.List.of(), null, null, null, false,
        null, "eval_builtin_error", "div: divide by zero", true, false, false);
    assertEquals(CaseResult.Status.PASS, ConformanceRunner.run(err).status());
  }
}
