package eu.rampart.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * docs/ci.md and the GitLab template: the YAML a user copies parses, uses the action with inputs
 * it declares, reads the report files the action writes, and runs `check` once.
 */
class CiRecipesTest {
  static final Path CI_MD = Archive.ROOT.resolve("docs/ci.md");
  static final Path GITLAB = Archive.ROOT.resolve("ci/rampart.gitlab-ci.yml");

  static Object parse(String yaml) {
    LoaderOptions o = new LoaderOptions();
    o.setAllowDuplicateKeys(false);
    return new Yaml(new SafeConstructor(o)).load(yaml);
  }

  static List<String> yamlBlocks() throws Exception {
    Matcher m = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(CI_MD));
    List<String> blocks = new ArrayList<>();
    while (m.find()) blocks.add(m.group(1));
    return blocks;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object o) { return (Map<String, Object>) o; }

  @Test
  void theWorkflowUsesTheActionWithDeclaredInputsAndReadsTheReportsItWrites() throws Exception {
    List<String> blocks = yamlBlocks();
    assertEquals(2, blocks.size(), "a GitHub workflow and a GitLab pipeline");
    Map<String, Object> workflow = map(parse(blocks.get(0)));
    Map<String, Object> action = ActionMetadataTest.load(ActionMetadataTest.ACTION);
    Map<String, Object> inputs = map(action.get("inputs"));
    int actionSteps = 0;
    for (Object job : map(workflow.get("jobs")).values()) {
      for (Object s : (List<?>) map(job).get("steps")) {
        Map<String, Object> step = map(s);
        if (!String.valueOf(step.get("uses")).startsWith("OWNER/rampart@")) continue;
        actionSteps++;
        Set<String> with = map(step.get("with")).keySet();
        assertTrue(inputs.keySet().containsAll(with), "inputs the action does not declare: " + with);
        for (Map.Entry<String, Object> in : inputs.entrySet()) {
          if (Boolean.TRUE.equals(map(in.getValue()).get("required"))) assertTrue(with.contains(in.getKey()), "required input " + in.getKey());
        }
      }
    }
    assertEquals(1, actionSteps, "the workflow uses the action once: one check run");
    // the report paths the workflow reads are those the action writes with its defaults
    String actionText = Files.readString(ActionMetadataTest.ACTION);
    String reportsDir = (String) map(inputs.get("reports-dir")).get("default");
    assertTrue(blocks.get(0).contains(reportsDir + "/rampart.xml") && actionText.contains("junit) ext=xml ;;"));
    assertTrue(blocks.get(0).contains(reportsDir + "/rampart.md") && actionText.contains("markdown) ext=md ;;"));
  }

  @Test
  void theGitlabTemplateRunsCheckOnceAndKeepsTheReports() throws Exception {
    Map<String, Object> template = map(parse(Files.readString(GITLAB)));
    Map<String, Object> job = map(template.get(".rampart-check"));
    assertTrue(String.valueOf(job.get("image")).startsWith("eclipse-temurin:17"), "a Java runtime is all it needs");
    String script = String.join("\n", ((List<?>) job.get("script")).stream().map(String::valueOf).toList());
    assertEquals(1, Pattern.compile("\"\\$RAMPART\" check ").matcher(script).results().count(), "one check run");
    for (String fmt : List.of("junit=", "sarif=", "markdown=")) assertTrue(script.contains("--output \"" + fmt), fmt);
    assertFalse(script.contains("mvn"), "no Maven: the release archive");
    Map<String, Object> artifacts = map(job.get("artifacts"));
    assertEquals("always", artifacts.get("when"), "reports survive a failing check");
    assertEquals("$RAMPART_REPORTS_DIR/rampart-junit.xml", map(artifacts.get("reports")).get("junit"));
    // the pipeline in docs/ci.md extends the template and sets only variables it declares
    Map<String, Object> pipeline = map(parse(yamlBlocks().get(1)));
    Map<String, Object> check = map(pipeline.get("rampart-check"));
    assertEquals(".rampart-check", check.get("extends"));
    Set<String> declared = map(job.get("variables")).keySet();
    assertTrue(declared.containsAll(map(check.get("variables")).keySet()), map(check.get("variables")).keySet().toString());
  }
}
