package eu.rampart.check;

import static eu.rampart.check.FakePack.finding;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.rampart.rego.value.JavaValues;
import eu.rampart.rego.value.ObjectValue;
import eu.rampart.rego.value.SetValue;
import eu.rampart.rego.value.StringValue;
import eu.rampart.rego.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The environment's scope model: presence controls the platform provides are judged across stacks. */
class PlatformScopeTest {
  static final String APP_STACK = "urn:pulumi:prod::shop::pulumi:pulumi:Stack::shop-prod";
  static final String APP_BUCKET = "urn:pulumi:prod::shop::aws:s3/bucketV2:BucketV2::uploads";
  static final String LZ_STACK = "urn:pulumi:prod::aws-landing-zone::pulumi:pulumi:Stack::aws-landing-zone-prod";

  static PolicyInputSource stack(String name, String project) {
    return new PolicyInputSource() {
      @Override public String name() { return name; }
      @Override public ObjectValue load() {
        return (ObjectValue) JavaValues.from(Map.of("stack", Map.of("name", "prod", "project", project), "resources", List.of()));
      }
    };
  }

  /** A pack whose findings depend on the input's project: the workload lacks a trail; the platform as given. */
  static PolicyPack pack(List<Map<String, Object>> platformFindings) {
    Function<Value, Value> eval = in -> {
      String project = ((StringValue) ((ObjectValue) ((ObjectValue) in).get("stack")).get("project")).value();
      List<Value> out = new ArrayList<>();
      if (project.equals("shop")) {
        out.add(JavaValues.from(finding("LOG-1", "high", "mandatory", APP_STACK, "no CloudTrail trail")));
        out.add(JavaValues.from(finding("ENC-1", "critical", "mandatory", APP_BUCKET, "uploads is not encrypted")));
      } else {
        for (Map<String, Object> f : platformFindings) out.add(JavaValues.from(f));
      }
      return SetValue.of(out);
    };
    List<Control> controls = new ArrayList<>(FakePack.returning(List.of()).controls());
    controls.add(new Control("LOG-1", "Audit trail", "", Severity.HIGH, Enforcement.MANDATORY, "Record a trail."));
    return new FakePack(controls, eval);
  }

  static CheckEnvironment env(Map<String, Object> platform) {
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("name", "prod");
    e.put("production", true);
    e.put("enforcement", Map.of());
    if (platform != null) e.put("platform", platform);
    return new CheckEnvironment("prod", (ObjectValue) JavaValues.from(e), List.of(), "environments/prod.yaml");
  }

  static final Map<String, Object> PLATFORM = Map.of("stacks", List.of("aws-landing-zone"), "provides", List.of("LOG-1"));

  static Finding of(CheckResult r, String input, String control) {
    for (FileResult f : r.files()) if (f.input().equals(input)) {
      for (Finding x : f.findings()) if (x.controlId().equals(control)) return x;
    }
    throw new AssertionError("no " + control + " finding for " + input);
  }

  @Test
  void withoutAPlatformAWorkloadKeepsTodaysVerdicts() {
    CheckResult r = new Checker(pack(List.of())).check(List.of(stack("app.json", "shop")), env(null));
    assertEquals(Enforcement.MANDATORY, of(r, "app.json", "LOG-1").enforcement());
    assertEquals(1, r.exitCode(FailOn.MANDATORY));
  }

  @Test
  void checkedTogetherWithAPassingPlatformThePresenceFindingIsCredited() {
    CheckResult r = new Checker(pack(List.of())).check(List.of(stack("lz.json", "aws-landing-zone"), stack("app.json", "shop")), env(PLATFORM));
    Finding trail = of(r, "app.json", "LOG-1");
    assertEquals(Enforcement.ADVISORY, trail.enforcement());
    assertTrue(trail.message().contains("provided by the platform stack(s) checked with it (aws-landing-zone)"), trail.message());
    assertEquals(Enforcement.MANDATORY, of(r, "app.json", "ENC-1").enforcement(), "the workload's own resources are judged as ever");
  }

  @Test
  void aPlatformThatFailsTheControlItselfCreditsNothing() {
    PolicyPack p = pack(List.of(finding("LOG-1", "high", "mandatory", LZ_STACK, "no CloudTrail trail")));
    CheckResult r = new Checker(p).check(List.of(stack("lz.json", "aws-landing-zone"), stack("app.json", "shop")), env(PLATFORM));
    assertEquals(Enforcement.MANDATORY, of(r, "app.json", "LOG-1").enforcement());
  }

  @Test
  void checkedAloneTheEnvironmentsDeclarationCreditsItVisibly() {
    CheckResult r = new Checker(pack(List.of())).check(List.of(stack("app.json", "shop")), env(PLATFORM));
    Finding trail = of(r, "app.json", "LOG-1");
    assertEquals(Enforcement.ADVISORY, trail.enforcement());
    assertTrue(trail.message().contains("per the environment's platform.provides"), trail.message());
    assertEquals(1, r.exitCode(FailOn.MANDATORY), "ENC-1 on the bucket still fails");
  }

  @Test
  void aProvidedControlThatNamesNoControlIsAnInputError() {
    CheckResult r = new Checker(pack(List.of())).check(List.of(stack("app.json", "shop")),
        env(Map.of("stacks", List.of("aws-landing-zone"), "provides", List.of("LOG1"))));
    assertEquals(2, r.exitCode(FailOn.MANDATORY));
    assertTrue(r.allErrors().get(0).oneLine().endsWith("(did you mean LOG-1?)"), r.allErrors().get(0).oneLine());
  }
}
