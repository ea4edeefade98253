package eu.rampart.rego.conformance;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every case of OPA's v1 compliance suite (shared/conformance/opa-v1) as a dynamic test.
 * Cases listed in rego/conformance-skip.txt are reported as skipped with their reason; any
 * other failing case fails the build.
 */
class ConformanceTest {
  private static final List<CaseResult> RESULTS = new ArrayList<>();
  private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(null, r, "conformance-case", 512L << 20);
    t.setDaemon(true);
    return t;
  });

  @TestFactory
  Stream<DynamicTest> opaV1Suite() throws Exception {
    return suite(1);
  }

  /**
   * The same cases with each query evaluated on two threads (shared documents and function
   * results): every result and error must be the same as on one thread.
   */
  @TestFactory
  Stream<DynamicTest> opaV1SuiteOnTwoThreads() throws Exception {
    return suite(2);
  }

  private Stream<DynamicTest> suite(int threads) throws Exception {
    String dirProp = System.getProperty("rampart.conformance.dir");
    if (dirProp == null) fail("system property rampart.conformance.dir is not set (see rego/pom.xml surefire config)");
    Path dir = Paths.get(dirProp).normalize();
    if (!Files.isDirectory(dir)) {
      fail("conformance suite not found at " + dir + " (rampart.conformance.dir); the suite must be present, it is not optional");
    }
    Path skipFile = Paths.get("conformance-skip.txt");
    SkipList skips = Files.exists(skipFile) ? SkipList.load(skipFile) : SkipList.empty();
    List<ConformanceCase> cases = ConformanceRunner.load(dir);
    assertTrue(!cases.isEmpty(), "no conformance cases found under " + dir);
    String suffix = threads == 1 ? "" : " [" + threads + " threads]";
    // skip-listed cases are reported (as skipped, with their reason) once, by the one-thread pass
    return cases.stream().filter(c -> threads == 1 || skips.reason(c.file(), c.note()) == null)
        .map(c -> DynamicTest.dynamicTest(c.file() + " :: " + c.note() + suffix, () -> {
      String skip = skips.reason(c.file(), c.note());
      if (skip != null) {
        // only the one-thread pass gets here (the filter above)
        synchronized (RESULTS) { RESULTS.add(new CaseResult(c, CaseResult.Status.SKIP, skip, 0)); }
        Assumptions.abort("skipped: " + skip);
      }
      CaseResult r = ConformanceRunner.runWithLimit(WORKER, c, threads);
      if (threads == 1) synchronized (RESULTS) { RESULTS.add(r); }
      if (r.status() != CaseResult.Status.PASS) fail(r.reason());
    }));
  }

  @AfterAll
  static void summary() {
    WORKER.shutdownNow();
    System.out.println(ConformanceRunner.summary(RESULTS));
  }
}
