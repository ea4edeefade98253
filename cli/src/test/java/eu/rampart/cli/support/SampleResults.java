package eu.rampart.cli.support;

import eu.rampart.check.CheckError;
import eu.rampart.check.CheckResult;
import eu.rampart.check.Control;
import eu.rampart.check.Enforcement;
import eu.rampart.check.FileResult;
import eu.rampart.check.Finding;
import eu.rampart.check.Severity;
import eu.rampart.check.UrnGlob;
import eu.rampart.check.WaivedFinding;
import eu.rampart.check.Waiver;
import eu.rampart.check.WaiverNotice;
import java.time.LocalDate;
import java.util.List;

/** Check results built by hand, with every part a report can show and characters that need escaping. */
public final class SampleResults {
  public static final String BUCKET = "urn:pulumi:prod::aws-landing-zone::rampart:aws:EncryptedBucket$aws:s3/bucketV2:BucketV2::documents";
  public static final String VAULT = "urn:pulumi:prod::azure-landing-zone::azure-native:keyvault:Vault::keys_*vault*";
  public static final String NASTY = "line one\n::error::injected | pipe <b>html</b> `tick` 100% & \"quote\"";

  private SampleResults() {}

  public static List<Control> controls() {
    return List.of(
        new Control("RES-1", "Allowed EU regions only", "Every resource lives in an allowed EU region.", Severity.CRITICAL, Enforcement.MANDATORY, "Create it in eu-central-1 or eu-west-1."),
        new Control("ENC-2", "Keys kept apart and protected", "KMS rotation and deletion window.", Severity.HIGH, Enforcement.MANDATORY, "Enable rotation."),
        new Control("LOG-3", "Threat detection on", "GuardDuty / Defender.", Severity.MEDIUM, Enforcement.ADVISORY, "Enable GuardDuty."),
        new Control("NET-6", "Flow logs", "Flow logs on every VPC.", Severity.LOW, Enforcement.ADVISORY, "Turn on flow logs."));
  }

  public static CheckResult rich() {
    Waiver active = new Waiver("environments/prod.yaml", 0, "ENC-2", UrnGlob.compile("**::keys*"), "vendor key, see OPS-12", "platform-team", LocalDate.of(2027, 1, 31));
    Waiver expired = new Waiver("environments/prod.yaml", 1, "RES-1", UrnGlob.compile("**"), "old migration", "ops", LocalDate.of(2025, 1, 1));
    Waiver unused = new Waiver("environments/prod.yaml", 2, "NET-6", UrnGlob.compile("urn:nothing"), "never matches", "ops", LocalDate.of(2027, 1, 1));
    FileResult plan = new FileResult("plans/prod plan.json", 42,
        List.of(
            new Finding("RES-1", Severity.CRITICAL, Enforcement.MANDATORY, BUCKET, "bucket is in us-east-1, outside the allowed regions", "Create it in eu-central-1."),
            new Finding("RES-1", Severity.CRITICAL, Enforcement.MANDATORY, VAULT, NASTY, "Fix: " + NASTY),
            new Finding("LOG-3", Severity.MEDIUM, Enforcement.ADVISORY, "urn:pulumi:prod::aws-landing-zone::pulumi:pulumi:Stack::aws-landing-zone-prod", "GuardDuty is not enabled", "Enable GuardDuty.")),
        List.of(new WaivedFinding(new Finding("ENC-2", Severity.HIGH, Enforcement.MANDATORY, VAULT, "key rotation is off", "Enable rotation."), active)),
        List.of(),
        List.of(new WaivedFinding(new Finding("RES-1", Severity.CRITICAL, Enforcement.MANDATORY, BUCKET, "bucket is in us-east-1, outside the allowed regions", "Create it in eu-central-1."), expired)));
    FileResult broken = FileResult.failed("broken.json", CheckError.input("broken.json", "line 3, column 1: unexpected end of input"));
    return new CheckResult("prod", controls(), List.of(plan, broken),
        List.of(new WaiverNotice(WaiverNotice.Kind.EXPIRED, expired, expired.describe() + " expired on 2025-01-01 and no longer applies"),
            new WaiverNotice(WaiverNotice.Kind.UNUSED, unused, unused.describe() + " matches no finding")),
        List.of());
  }

  public static CheckResult clean() {
    return new CheckResult("dev", controls(), List.of(new FileResult("plan.json", 10, List.of(), List.of(), List.of())), List.of(), List.of());
  }
}
