package eu.rampart.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * action.yml against GitHub's action metadata syntax ("Metadata syntax reference",
 * docs.github.com/en/actions/reference/workflows-and-actions/metadata-syntax), the rules written out
 * here (no schema copied): required keys, input and output shapes, a composite run whose steps each
 * either run a shell command (with its shell) or use a pinned action, and expressions that only name
 * inputs and steps that exist.
 */
class ActionMetadataTest {
  static final Path ACTION = Archive.ROOT.resolve("action.yml");
  static final Set<String> TOP_LEVEL = Set.of("name", "author", "description", "inputs", "outputs", "runs", "branding");
  static final Set<String> INPUT_KEYS = Set.of("description", "required", "default", "deprecationMessage");
  static final Set<String> COMPOSITE_OUTPUT_KEYS = Set.of("description", "value");
  static final Set<String> STEP_KEYS = Set.of("id", "if", "name", "uses", "run", "shell", "with", "env", "working-directory", "continue-on-error");
  static final Set<String> SHELLS = Set.of("bash", "pwsh", "python", "sh", "cmd", "powershell");
  static final Set<String> COLORS = Set.of("white", "black", "yellow", "blue", "green", "orange", "red", "purple", "gray-dark");
  /** Input, output and step ids: a letter or _ first, then letters, digits, - or _. */
  static final Pattern ID = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");
  /** A remote action: owner/repo[/path]@ref, pinned to a ref; or a local ./path; or docker://. */
  static final Pattern USES = Pattern.compile("([A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+(/[A-Za-z0-9_./-]+)?@[A-Za-z0-9_./-]+|\\./.+|docker://.+)");

  static Map<String, Object> load(Path file) throws Exception {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);  // GitHub refuses duplicate keys
    Object doc = new Yaml(new SafeConstructor(options)).load(Files.readString(file));
    assertTrue(doc instanceof Map, file + " is a mapping");
    @SuppressWarnings("unchecked") Map<String, Object> map = (Map<String, Object>) doc;
    return map;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object o, String where) {
    if (!(o instanceof Map)) fail(where + ": expected a mapping, got " + o);
    return (Map<String, Object>) o;
  }

  static String text(Object o, String where) {
    if (!(o instanceof String s) || s.isBlank()) throw new AssertionError(where + ": expected a non-empty string, got " + o);
    return s;
  }

  @Test
  void topLevelKeysAreThoseOfTheMetadataSyntax() throws Exception {
    Map<String, Object> action = load(ACTION);
    assertTrue(TOP_LEVEL.containsAll(action.keySet()), "unknown top-level keys: " + action.keySet());
    text(action.get("name"), "name");
    text(action.get("description"), "description");
    assertTrue(action.containsKey("runs"), "runs is required");
    if (action.containsKey("branding")) {
      Map<String, Object> b = map(action.get("branding"), "branding");
      assertTrue(Set.of("icon", "color").containsAll(b.keySet()), b.toString());
      if (b.containsKey("color")) assertTrue(b.get("color") instanceof String c && COLORS.contains(c), "branding.color " + b.get("color"));
      if (b.containsKey("icon")) text(b.get("icon"), "branding.icon");
    }
  }

  @Test
  void everyInputHasADescriptionAndWellTypedRequiredAndDefault() throws Exception {
    Map<String, Object> inputs = map(load(ACTION).get("inputs"), "inputs");
    for (Map.Entry<String, Object> e : inputs.entrySet()) {
      String where = "inputs." + e.getKey();
      assertTrue(ID.matcher(e.getKey()).matches(), where + ": not a valid input id");
      Map<String, Object> input = map(e.getValue(), where);
      assertTrue(INPUT_KEYS.containsAll(input.keySet()), where + ": unknown keys " + input.keySet());
      text(input.get("description"), where + ".description");
      if (input.containsKey("required")) assertTrue(input.get("required") instanceof Boolean, where + ".required is a boolean");
      if (input.containsKey("default")) {
        assertTrue(input.get("default") instanceof String, where + ".default is a string (quote true/17), got " + input.get("default"));
      }
      if (Boolean.TRUE.equals(input.get("required"))) assertFalse(input.containsKey("default"), where + ": required with a default");
    }
    for (String needed : List.of("environment", "inputs", "fail-on", "report-formats")) {
      assertTrue(inputs.containsKey(needed), "the issue asks for input " + needed);
    }
  }

  @Test
  void runsIsACompositeActionWhoseStepsRunWithAShellOrUseAPinnedAction() throws Exception {
    Map<String, Object> runs = map(load(ACTION).get("runs"), "runs");
    assertEquals("composite", runs.get("using"));
    assertEquals(Set.of("using", "steps"), runs.keySet());
    if (!(runs.get("steps") instanceof List<?> steps) || steps.isEmpty()) throw new AssertionError("runs.steps: a non-empty list");
    Set<String> ids = new HashSet<>();
    List<String> uses = new ArrayList<>();
    for (int i = 0; i < steps.size(); i++) {
      String where = "runs.steps[" + i + "]";
      Map<String, Object> step = map(steps.get(i), where);
      assertTrue(STEP_KEYS.containsAll(step.keySet()), where + ": unknown keys " + step.keySet());
      assertTrue(step.containsKey("run") ^ step.containsKey("uses"), where + ": exactly one of run and uses");
      if (step.containsKey("run")) {
        text(step.get("run"), where + ".run");
        assertTrue(step.get("shell") instanceof String sh && SHELLS.contains(sh),
            where + ": a run step of a composite action needs shell, got " + step.get("shell"));
        assertFalse(step.containsKey("with"), where + ": with belongs to uses steps");
      } else {
        String u = text(step.get("uses"), where + ".uses");
        assertTrue(USES.matcher(u).matches(), where + ".uses is pinned to a ref: " + u);
        assertFalse(step.containsKey("shell"), where + ": shell belongs to run steps");
        uses.add(u.replaceAll("@.*", ""));
      }
      if (step.containsKey("id")) {
        String id = text(step.get("id"), where + ".id");
        assertTrue(ID.matcher(id).matches(), where + ".id " + id);
        assertTrue(ids.add(id), where + ": duplicate id " + id);
      }
      if (step.containsKey("env")) map(step.get("env"), where + ".env");
      if (step.containsKey("with")) map(step.get("with"), where + ".with");
    }
    assertTrue(uses.contains("actions/setup-java"), "sets up Java");
    assertTrue(uses.contains("github/codeql-action/upload-sarif"), "uploads SARIF");
  }

  @Test
  void outputsOfACompositeActionCarryAValue() throws Exception {
    Map<String, Object> outputs = map(load(ACTION).get("outputs"), "outputs");
    for (Map.Entry<String, Object> e : outputs.entrySet()) {
      Map<String, Object> out = map(e.getValue(), "outputs." + e.getKey());
      assertTrue(ID.matcher(e.getKey()).matches(), e.getKey());
      assertEquals(COMPOSITE_OUTPUT_KEYS, out.keySet(), "outputs." + e.getKey());
      text(out.get("description"), "outputs." + e.getKey() + ".description");
      text(out.get("value"), "outputs." + e.getKey() + ".value");
    }
  }

  @Test
  void expressionsNameOnlyDeclaredInputsAndEarlierSteps() throws Exception {
    String yaml = Files.readString(ACTION);
    Map<String, Object> action = load(ACTION);
    Set<String> inputs = map(action.get("inputs"), "inputs").keySet();
    Set<String> stepIds = new HashSet<>();
    for (Object s : (List<?>) map(action.get("runs"), "runs").get("steps")) {
      Object id = map(s, "step").get("id");
      if (id != null) stepIds.add((String) id);
    }
    Matcher m = Pattern.compile("\\binputs\\.([A-Za-z0-9_-]+)").matcher(yaml);
    int seen = 0;
    while (m.find()) {
      seen++;
      assertTrue(inputs.contains(m.group(1)), "inputs." + m.group(1) + " is not declared");
    }
    assertTrue(seen > 5, "the steps read the inputs");
    Matcher s = Pattern.compile("\\bsteps\\.([A-Za-z0-9_-]+)\\.outputs").matcher(yaml);
    while (s.find()) assertTrue(stepIds.contains(s.group(1)), "steps." + s.group(1) + " has no step with that id");
  }

  @Test
  void inputsReachShellScriptsThroughTheEnvironmentNeverInterpolated() throws Exception {
    // ${{ inputs.x }} inside run: would be pasted into the script before bash parses it (script injection)
    for (Object s : (List<?>) map(load(ACTION).get("runs"), "runs").get("steps")) {
      Object run = map(s, "step").get("run");
      if (run != null) assertFalse(((String) run).contains("${{"), "expression inside run: " + run);
    }
  }
}
