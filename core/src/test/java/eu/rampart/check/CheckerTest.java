package eu.rampart.check;

import static eu.rampart.check.FakePack.finding;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.rampart.rego.value.JavaValues;
import eu.rampart.rego.value.ObjectValue;
import eu.rampart.rego.value.StringValue;
import eu.rampart.rego.value.Value;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class CheckerTest {
  static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
  static final String BUCKET = "urn:pulumi:prod::aws-landing-zone::aws:s3/bucketV2:BucketV2::documents";
  static final String VAULT = "urn:pulumi:prod::azure-landing-zone::azure-native:keyvault:Vault::keys";

  static PolicyInputSource input(String name) {
    return new PolicyInputSource() {
      @Override public String name() { return name; }
      @Override public ObjectValue load() {
        return (ObjectValue) JavaValues.from(Map.of("stack", Map.of("name", "prod"), "resources", List.of(Map.of("urn", BUCKET))));
      }
    };
  }

  static PolicyInputSource unreadable(String name) {
    return new PolicyInputSource() {
      @Override public String name() { return name; }
      @Override public ObjectValue load() throws CheckInputException {
        throw new CheckInputException(name, "line 3, column 1: unexpected end of input");
      }
    };
  }

  static CheckEnvironment env(List<?> waivers, Map<String, String> enforcement) {
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("name", "prod");
    e.put("production", true);
    e.put("enforcement", enforcement);
    return new CheckEnvironment("prod", (ObjectValue) JavaValues.from(e), waivers, "environments/prod.yaml");
  }

  static CheckResult run(PolicyPack pack, CheckEnvironment env, PolicyInputSource... inputs) {
    return new Checker(pack, TODAY).check(List.of(inputs), env);
  }

  @Test
  void exitCodesFollowFailOn() {
    CheckResult mandatory = run(FakePack.returning(List.of(finding("RES-1", "critical", "mandatory", BUCKET, "in us-east-1"))),
        env(List.of(), Map.of()), input("plan.json"));
    assertEquals(1, mandatory.exitCode(FailOn.MANDATORY));
    assertEquals(1, mandatory.exitCode(FailOn.ADVISORY));
    assertEquals(0, mandatory.exitCode(FailOn.NEVER));

    CheckResult advisory = run(FakePack.returning(List.of(finding("LOG-3", "medium", "advisory", BUCKET, "no GuardDuty"))),
        env(List.of(), Map.of()), input("plan.json"));
    assertEquals(0, advisory.exitCode(FailOn.MANDATORY));
    assertEquals(1, advisory.exitCode(FailOn.ADVISORY));
    assertEquals(0, advisory.exitCode(FailOn.NEVER));

    CheckResult clean = run(FakePack.returning(List.of()), env(List.of(), Map.of()), input("plan.json"));
    assertEquals(0, clean.exitCode(FailOn.ADVISORY));
  }

  @Test
  void theEnvironmentIsGivenToPoliciesAsInputEnvironment() {
    AtomicReference<Value> seen = new AtomicReference<>();
    PolicyPack pack = new FakePack(List.of(), in -> {
      seen.set(in);
      return eu.rampart.rego.value.SetValue.EMPTY;
    });
    run(pack, env(List.of(), Map.of("LOG-3", "mandatory")), input("plan.json"));
    ObjectValue in = (ObjectValue) seen.get();
    ObjectValue environment = (ObjectValue) in.get("environment");
    assertEquals(StringValue.of("prod"), environment.get("name"));
    assertTrue(in.get("resources") != null && in.get("stack") != null);
  }

  @Test
  void environmentOverridesEnforcementAndDisabledFindingsDrop() {
    PolicyPack pack = FakePack.returning(List.of(
        finding("LOG-3", "medium", "advisory", BUCKET, "no GuardDuty"),
        finding("NET-6", "medium", "advisory", BUCKET, "no flow logs")));
    CheckResult r = run(pack, env(List.of(), Map.of("LOG-3", "mandatory", "NET-6", "disabled")), input("plan.json"));
    assertEquals(1, r.allFindings().size());
    assertEquals(Enforcement.MANDATORY, r.allFindings().get(0).enforcement());
    assertEquals(1, r.exitCode(FailOn.MANDATORY));
  }

  @Test
  void anOverrideThatNamesNoControlIsAnInputErrorWithTheNearestId() {
    PolicyPack pack = FakePack.returning(List.of(finding("LOG-3", "medium", "advisory", BUCKET, "no GuardDuty")));
    CheckResult r = run(pack, env(List.of(), Map.of("LOG3", "mandatory")), input("plan.json"));
    assertEquals(2, r.exitCode(FailOn.MANDATORY));
    String line = r.allErrors().get(0).oneLine();
    assertTrue(line.startsWith("environments/prod.yaml: enforcement.LOG3: names no control"), line);
    assertTrue(line.endsWith("(did you mean LOG-3?)"), line);
    assertTrue(r.allFindings().isEmpty(), "nothing is judged with a misspelt override");
  }

  @Test
  void aMandatoryOverrideNeverMakesAnUnknownUntilApplyFindingBlock() {
    Map<String, Object> unknown = finding("ENC-1", "critical", "advisory", BUCKET, "the encryption of documents cannot be known until apply");
    unknown.put("until_apply", true);
    PolicyPack pack = FakePack.returning(List.of(unknown, finding("LOG-3", "medium", "advisory", VAULT, "no GuardDuty")));
    CheckResult r = run(pack, env(List.of(), Map.of("ENC-1", "mandatory", "LOG-3", "mandatory")), input("plan.json"));
    Map<String, Enforcement> levels = new java.util.HashMap<>();
    for (Finding f : r.allFindings()) levels.put(f.controlId(), f.enforcement());
    assertEquals(Enforcement.ADVISORY, levels.get("ENC-1"), "unknown until apply stays advisory");
    assertEquals(Enforcement.MANDATORY, levels.get("LOG-3"), "a known finding takes the override");
    CheckResult off = run(pack, env(List.of(), Map.of("all", "disabled")), input("plan.json"));
    assertTrue(off.allFindings().isEmpty(), "'all' applies to every control");
  }

  @Test
  void aWaiverForNoControlIsAnInputError() {
    PolicyPack pack = FakePack.returning(List.of(finding("RES-1", "critical", "mandatory", BUCKET, "in us-east-1")));
    CheckResult r = run(pack, env(List.of(WaiversTest.waiver("RES1", "**", "2027-01-31")), Map.of()), input("plan.json"));
    assertEquals(2, r.exitCode(FailOn.MANDATORY));
    String line = r.allErrors().get(0).oneLine();
    assertTrue(line.contains("waivers[0].rule: 'RES1' names no control") && line.endsWith("(did you mean RES-1?)"), line);
  }

  @Test
  void waivedFindingsAreReportedNotHiddenAndDoNotFail() {
    PolicyPack pack = FakePack.returning(List.of(
        finding("RES-1", "critical", "mandatory", BUCKET, "in us-east-1"),
        finding("RES-1", "critical", "mandatory", VAULT, "in eastus")));
    List<Object> waivers = List.of(WaiversTest.waiver("RES-1", "urn:pulumi:prod::aws-landing-zone::**", "2027-01-31"));
    CheckResult r = run(pack, env(waivers, Map.of()), input("plan.json"));
    FileResult f = r.files().get(0);
    assertEquals(1, f.findings().size());
    assertEquals(VAULT, f.findings().get(0).urn());
    assertEquals(1, f.waived().size());
    assertEquals(BUCKET, f.waived().get(0).finding().urn());
    assertEquals("platform-team", f.waived().get(0).waiver().owner());
    assertTrue(r.notices().isEmpty());
    assertEquals(1, r.exitCode(FailOn.MANDATORY), "the vault finding is not waived");
  }

  @Test
  void expiredWaiverStopsApplyingAndIsReported() {
    PolicyPack pack = FakePack.returning(List.of(finding("RES-1", "critical", "mandatory", BUCKET, "in us-east-1")));
    List<Object> waivers = List.of(WaiversTest.waiver("RES-1", "**", "2026-11-22"));
    CheckResult r = run(pack, env(waivers, Map.of()), input("plan.json"));
    assertEquals(1, r.allFindings().size());
    assertEquals(0, r.waivedCount());
    assertEquals(1, r.notices().size());
    assertEquals(WaiverNotice.Kind.EXPIRED, r.notices().get(0).kind());
    assertTrue(r.notices().get(0).message().contains("2026-11-22"));
    assertEquals(1, r.exitCode(FailOn.MANDATORY));
    FileResult f = r.files().get(0);
    assertEquals(1, f.expiredWaivers().size(), "the input's own notice: which finding lost its waiver");
    assertEquals(0, f.expiredWaiverFor(f.findings().get(0)).orElseThrow().index());
  }

  @Test
  void waiverThatMatchesNothingIsReported() {
    PolicyPack pack = FakePack.returning(List.of(finding("RES-1", "critical", "mandatory", BUCKET, "in us-east-1")));
    List<Object> waivers = new ArrayList<>(List.of(
        WaiversTest.waiver("RES-1", "**::documents", "2027-01-31"),
        WaiversTest.waiver("ENC-1", "**", "2027-01-31")));
    CheckResult r = run(pack, env(waivers, Map.of()), input("plan.json"));
    assertEquals(1, r.notices().size());
    assertEquals(WaiverNotice.Kind.UNUSED, r.notices().get(0).kind());
    assertEquals(1, r.notices().get(0).waiver().index());
    assertEquals(0, r.exitCode(FailOn.MANDATORY));
  }

  @Test
  void badWaiverIsAnInputError() {
    Map<String, Object> w = WaiversTest.waiver("RES-1", "**", "2027-01-31");
    w.remove("reason");
    CheckResult r = run(FakePack.returning(List.of()), env(List.of(w), Map.of()), input("plan.json"));
    assertEquals(2, r.exitCode(FailOn.NEVER));
    assertTrue(r.allErrors().get(0).oneLine().startsWith("environments/prod.yaml: waivers[0]"), r.allErrors().get(0).oneLine());
  }

  @Test
  void malformedFindingIsAnEvaluationError() {
    Map<String, Object> f = finding("RES-1", "critical", "mandatory", BUCKET, "in us-east-1");
    f.remove("urn");
    CheckResult r = run(FakePack.returning(List.of(f)), env(List.of(), Map.of()), input("plan.json"));
    assertEquals(3, r.exitCode(FailOn.NEVER));
    assertTrue(r.allErrors().get(0).message().contains("'urn'"), r.allErrors().get(0).message());

    Map<String, Object> g = finding("RES-1", "critical", "blocking", BUCKET, "x");
    assertEquals(3, run(FakePack.returning(List.of(g)), env(List.of(), Map.of()), input("p")).exitCode(FailOn.NEVER));
  }

  @Test
  void undefinedFindingsOrEngineFailureNeverPass() {
    PolicyPack undefined = new FakePack(List.of(), in -> null);
    assertEquals(3, run(undefined, env(List.of(), Map.of()), input("p")).exitCode(FailOn.NEVER));
    PolicyPack crashing = new FakePack(List.of(), in -> { throw new IllegalStateException("boom"); });
    assertEquals(3, run(crashing, env(List.of(), Map.of()), input("p")).exitCode(FailOn.NEVER));
  }

  @Test
  void unreadableInputIsAnInputErrorEvenWhenOthersPass() {
    CheckResult r = run(FakePack.returning(List.of()), env(List.of(), Map.of()), input("good.json"), unreadable("bad.json"));
    assertEquals(2, r.exitCode(FailOn.NEVER));
    assertEquals("bad.json: line 3, column 1: unexpected end of input", r.allErrors().get(0).oneLine());
    assertEquals(-1, r.files().get(1).resourceCount());
  }

  @Test
  void severalInputsKeepTheirOrderAndShareWaivers() {
    PolicyPack pack = new FakePack(List.of(), in -> {
      String name = ((StringValue) ((ObjectValue) ((ObjectValue) in).get("stack")).get("name")).value();
      List<Value> fs = new ArrayList<>();
      if (name.equals("c")) fs.add(JavaValues.from(finding("RES-1", "critical", "mandatory", VAULT, "in eastus")));
      return eu.rampart.rego.value.SetValue.of(fs);
    });
    List<PolicyInputSource> inputs = new ArrayList<>();
    for (String n : List.of("a", "b", "c", "d")) {
      inputs.add(new PolicyInputSource() {
        @Override public String name() { return n + ".json"; }
        @Override public ObjectValue load() {
          return (ObjectValue) JavaValues.from(Map.of("stack", Map.of("name", n), "resources", List.of()));
        }
      });
    }
    List<Object> waivers = List.of(WaiversTest.waiver("RES-1", "**::keys", "2027-01-31"));
    CheckResult r = new Checker(pack, TODAY).check(inputs, env(waivers, Map.of()));
    assertEquals(List.of("a.json", "b.json", "c.json", "d.json"), r.files().stream().map(FileResult::input).toList());
    assertEquals(1, r.files().get(2).waived().size());
    assertTrue(r.notices().isEmpty(), "the waiver was used by one of the inputs: " + r.notices());
    assertEquals(0, r.exitCode(FailOn.MANDATORY));
  }

  @Test
  void findingsAreOrderedBySeverityThenControl() {
    PolicyPack pack = FakePack.returning(List.of(
        finding("LOG-3", "medium", "advisory", BUCKET, "a"),
        finding("RES-1", "critical", "mandatory", VAULT, "b"),
        finding("ENC-2", "high", "mandatory", BUCKET, "c")));
    List<Finding> fs = run(pack, env(List.of(), Map.of()), input("p")).allFindings();
    assertEquals(List.of("RES-1", "ENC-2", "LOG-3"), fs.stream().map(Finding::controlId).toList());
  }
}
