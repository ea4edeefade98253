package eu.rampart.rego.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import eu.rampart.rego.api.EvalException;
import eu.rampart.rego.api.QueryResult;
import eu.rampart.rego.api.Rego;
import eu.rampart.rego.conformance.SkipList;
import eu.rampart.rego.value.ArrayValue;
import eu.rampart.rego.value.Json;
import eu.rampart.rego.value.ObjectValue;
import eu.rampart.rego.value.StringValue;
import eu.rampart.rego.value.Value;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * End to end: OPA's own conformance cases for the text families, run through the engine
 * (parser, compiler, evaluator and these built-ins). One dynamic test per case.
 */
class TextBuiltinsConformanceTest {
  private static final List<String> DIRECTORIES = List.of(
      "strings", "sprintf", "trim", "trimleft", "trimprefix", "trimright", "trimspace", "trimsuffix", "replacen",
      "regexfind", "regexfindallstringsubmatch", "regexisvalid", "regexmatch", "regexmatchtemplate", "regexreplace",
      "regexsplit", "globmatch", "globquotemeta", "globsmatch", "base64builtins", "base64urlbuiltins", "hexbuiltins",
      "urlbuiltins", "jsonbuiltins", "units", "semvercompare", "semverisvalid", "uuid", "cryptohmacequal",
      "cryptohmacmd5", "cryptohmacsha1", "cryptohmacsha256", "cryptohmacsha512", "cryptomd5", "cryptosha1",
      "cryptosha256", "rendertemplate");

  @TestFactory
  Stream<DynamicTest> conformance() throws IOException {
    Path root = Path.of(System.getProperty("rampart.conformance.dir", "../../shared/conformance/opa-v1"));
    Assumptions.assumeTrue(Files.isDirectory(root), "OPA conformance cases not found at " + root.toAbsolutePath());
    // The engine's list of deliberate deviations (e.g. operand type errors stay errors without strict mode).
    Path skipFile = Path.of("conformance-skip.txt");
    SkipList skips = Files.exists(skipFile) ? SkipList.load(skipFile) : SkipList.empty();
    List<DynamicTest> tests = new ArrayList<>();
    for (String dir : DIRECTORIES) {
      Path d = root.resolve(dir);
      assertTrue(Files.isDirectory(d), "missing conformance directory " + d);
      List<Path> files;
      try (Stream<Path> s = Files.list(d)) {
        files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
      }
      for (Path f : files) {
        Map<String, Object> doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(f));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> cases = (List<Map<String, Object>>) doc.get("cases");
        for (Map<String, Object> c : cases) {
          String skip = skips.reason(dir + "/" + f.getFileName(), String.valueOf(c.get("note")));
          tests.add(DynamicTest.dynamicTest(dir + "/" + f.getFileName() + " :: " + c.get("note"), () -> {
            Assumptions.assumeTrue(skip == null, () -> "listed in conformance-skip.txt: " + skip);
            run(c);
          }));
        }
      }
    }
    return tests.stream();
  }

  private static Value json(Object o) {
    try {
      return Json.parse(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(o));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }

  @SuppressWarnings("unchecked")
  private static void run(Map<String, Object> c) {
    Assumptions.assumeFalse(c.containsKey("input_term"), "input_term cases need a Rego term parser for the input");
    Rego.Builder b = Rego.builder();
    List<String> modules = (List<String>) c.getOrDefault("modules", List.of());
    for (int i = 0; i < modules.size(); i++) b.module("test-" + i + ".rego", modules.get(i));
    if (c.get("data") != null) b.data(json(c.get("data")));
    b.strictBuiltinErrors(Boolean.TRUE.equals(c.get("strict_error")));
    Value input = c.containsKey("input") ? json(c.get("input")) : null;
    String wantError = (String) c.get("want_error");
    String wantCode = (String) c.get("want_error_code");
    QueryResult result;
    try {
      result = b.build().prepare((String) c.get("query")).eval(input);
    } catch (EvalException e) {
      if (wantError == null && wantCode == null) fail("unexpected error: " + e.getMessage());
      if (wantCode != null) assertEquals(wantCode, e.code(), e.getMessage());
      if (wantError != null) assertTrue(e.getMessage().contains(wantError), "error " + e.getMessage() + " lacks " + wantError);
      return;
    }
    if (wantError != null || wantCode != null) fail("expected error " + wantCode + " " + wantError + " but got " + result.toJson());
    boolean sort = Boolean.TRUE.equals(c.get("sort_bindings"));
    Set<Value> got = new HashSet<>();
    for (Map<String, Value> row : result.rows()) {
      LinkedHashMap<Value, Value> m = new LinkedHashMap<>();
      for (Map.Entry<String, Value> e : row.entrySet()) m.put(StringValue.of(e.getKey()), normalise(e.getValue(), sort));
      got.add(ObjectValue.wrap(m));
    }
    Set<Value> want = new HashSet<>();
    for (Map<String, Object> row : (List<Map<String, Object>>) c.get("want_result")) {
      LinkedHashMap<Value, Value> m = new LinkedHashMap<>();
      for (Map.Entry<Value, Value> e : ((ObjectValue) json(row)).entries()) m.put(e.getKey(), normalise(e.getValue(), sort));
      want.add(ObjectValue.wrap(m));
    }
    assertEquals(want, got);
  }

  /** Expected results are JSON: sets become arrays; sort_bindings compares top-level arrays order-free. */
  private static Value normalise(Value v, boolean sort) {
    Value j = Json.parse(Json.write(v));
    if (sort && j instanceof ArrayValue a) {
      Value[] items = a.items().toArray(new Value[0]);
      Arrays.sort(items);
      return ArrayValue.wrap(items);
    }
    return j;
  }
}
