#!/usr/bin/env python3
"""Writes docs/fixture-findings.md and policies/src/test/resources/fixture-findings.txt from the
findings FixtureFindingsTest wrote to policies/target/fixture-findings.detail.txt.
Usage (repo root): python3 policies/tools/fixture_findings_doc.py policies/target/fixture-findings.detail.txt docs/fixture-findings.md policies/src/test/resources/fixture-findings.txt
Every (control, message) needs a reviewer reason in REASONS; an unexplained finding stops the script."""
import re, sys, collections
detail = sys.argv[1]; doc = sys.argv[2]; pinned = sys.argv[3]

REASONS = [
    ("RES-1", r"region could not be resolved", "the file has no stack config (`aws:region`) and no explicit provider region for it, so where it runs cannot be shown: unknown residency fails closed"),
    ("RES-1", r"is in region (\S+) \(from its ARN\), not", "its ARN names {0}, which is outside the EU allow-list of prod (the file has no stack config or provider region, so the ARN decides)"),
    ("RES-1", r"is in region (\S+), not", "{0} is outside the EU allow-list of prod"),
    ("RES-3", r"in 0 allowed region", "none of the stack's data sits in an allowed region, let alone a second one for the backup"),
    ("RES-3", r"in 1 allowed region", "all data is in one region and the stack keeps no copy in a second allowed region"),
    ("ENC-1", r"found \[\"AES256\"\]", "SSE-S3 (AES256) uses S3-managed keys, not a customer-managed KMS key"),
    ("ENC-1", r"found \[\"aws:kms\"\]", "SSE-KMS without `kmsMasterKeyId` uses the AWS-managed `aws/s3` key, not a customer-managed one"),
    ("ENC-1", r"found \[\]", "no server-side encryption configuration at all"),
    ("ENC-1", r"root volume \(rootBlockDevice\) has encrypted = false", "the instances it launches get an unencrypted root volume (`rootBlockDevice.encrypted: false`)"),
    ("ENC-1", r"storageEncrypted = false", "the database storage is not encrypted at rest"),
    ("ENC-1", r"OS disk has no disk encryption set", "the OS disk is encrypted with platform-managed keys only; no disk encryption set with a customer key"),
    ("ENC-2", r"does not rotate", "`enableKeyRotation` is false: the key material is never rotated"),
    ("ENC-2", r"deletion window of (\S+) days", "a {0}-day deletion window is shorter than the 30 days required to recover a key scheduled for deletion by mistake"),
    ("ENC-2", r"no purge protection", "without purge protection a deleted vault and its keys can be purged at once, losing every key it holds"),
    ("ENC-2", r"publicly reachable", "the vault accepts connections from any network (no `publicNetworkAccess: Disabled`, no default-deny network ACL)"),
    ("ENC-2", r"no rotation policy with a Rotate action", "the Key Vault key has no rotation policy, so its key material is never rotated"),
    ("ENC-3", r"SecureTransport", "no bucket policy denies `aws:SecureTransport = false`, so plain-HTTP requests are accepted"),
    ("DATA-1", r"Block Public Access", "no BucketPublicAccessBlock with all four settings, so an ACL or policy change can expose the bucket"),
    ("DATA-2", r"document archive", "a bucket named `docs` is treated as a document archive and has no Object Lock COMPLIANCE retention of 10 years (GoBD)"),
    ("DATA-3", r"versioning", "versioning is off, so an overwrite or delete cannot be undone"),
    ("DATA-4", r"not protected in production", "a stateful resource in a production stack without `protect`: `pulumi destroy` or a replacement would delete it"),
    ("BAK-1", r"no AWS Backup plan", "the stack stores data but schedules no backup of it"),
    ("BAK-2", r"no backup is copied", "with no backup plan nothing is copied to a second region either"),
    ("LOG-1", r"no CloudTrail trail", "the stack has data or a network but records no audit trail"),
    ("LOG-1", r"not a complete audit trail: (.*)", "the trail misses parts of the audit: {0}"),
    ("LOG-1", r"activity log is not sent", "no subscription diagnostic setting exports the Azure activity log"),
    ("LOG-1", r"no Log Analytics workspace", "there is no Log Analytics workspace to hold the audit trail"),
    ("LOG-1", r"no diagnostic setting", "access to the vault is not logged: no diagnostic setting sends its logs anywhere"),
    ("LOG-2", r"does not encrypt its log files", "the trail's log files are only SSE-S3 encrypted; audit logs need a KMS key"),
    ("LOG-2", r"has no object lock", "the bucket receiving the audit trail has no Object Lock, so logs can be altered or deleted"),
    ("LOG-3", r"GuardDuty", "no GuardDuty detector; threat detection is mandatory in prod (environments/prod.yaml overrides LOG-3)"),
    ("LOG-3", r"Defender", "no Defender for Cloud plan; threat detection is mandatory in prod (environments/prod.yaml overrides LOG-3)"),
    ("NET-3", r"opens port (\S+) to the internet on a security group that fronts no load balancer", "port {0} is open to 0.0.0.0/0 on a group that is not attached to any load balancer"),
    ("NET-5", r"no network ACL of its own", "the subnet has no NACL of its own and falls back to the VPC's allow-all default NACL"),
    ("NET-5", r"does not manage its default security group", "the VPC's default security group is left as AWS creates it (all traffic inside the group, all egress)"),
    ("NET-5", r"has no network security group", "the subnet has no NSG, so nothing filters traffic into it"),
    ("NET-6", r"no flow log", "the VPC has no flow log, so traffic cannot be reviewed after an incident (advisory)"),
    ("VPN-1", r"Kubernetes API endpoint is public to the internet \(endpointPublicAccess (\S+); (.*?); endpointPrivateAccess (.*)\)", "the EKS API server is open to the internet (endpointPublicAccess {0}; {1}; endpointPrivateAccess {2}), so the cluster is administered around the VPN"),
    ("LOG-1", r"does not send Kubernetes audit logs to CloudWatch \((.*)\)", "no EKS control-plane audit log: {0}"),
    ("VPN-1", r"no AWS Client VPN endpoint", "the stack has a VPC but no Client VPN endpoint through which administration must happen"),
    ("VPN-1", r"no VPN gateway", "the stack has a virtual network but no point-to-site VPN gateway for administration"),
    ("AVAIL-1", r"not Multi-AZ", "a single-AZ database does not survive the loss of its zone (advisory)"),
    ("TAG-1", r"lacks the tags (.*)", "missing ownership tags ({0}) (advisory)"),
]

def reason(control, message):
    for c, pat, text in REASONS:
        if c != control: continue
        m = re.search(pat, message)
        if m: return text.format(*m.groups())
    raise SystemExit(f"no reasoning for {control}: {message}")

rows = collections.defaultdict(list)
triples = set()
for line in open(detail):
    line = line.rstrip("\n")
    if not line: continue
    fixture, control, enf, urn, message = line.split("\t")
    triples.add((fixture, control, urn))
    rows[fixture].append((control, enf, urn, message))

order = ["RES-1","RES-2","RES-3","ENC-1","ENC-2","ENC-3","NET-1","NET-2","NET-3","NET-4","NET-5","NET-6","VPN-1","VPN-2","BAK-1","BAK-2","BAK-3","LOG-1","LOG-2","LOG-3","DATA-1","DATA-2","DATA-3","DATA-4","AVAIL-1","TAG-1"]
def short(urn):
    parts = urn.split("::")
    return parts[-2].split("$")[-1] + " `" + parts[-1] + "`" if len(parts) >= 4 else urn

out = []
out.append("# The policy pack on real Pulumi output\n")
out.append("Every file in `/work/shared/fixtures/pulumi/` (see its PROVENANCE.md) read by the project's readers, normalised with")
out.append("the prod environment (`environments/prod.yaml`: EU allow-list, production, LOG-3 and BAK-3 mandatory) and")
out.append("evaluated by the pack (`data.rampart.findings`). Each row is one finding, or several findings of the same")
out.append("control with the same reason; the last column is the reason a security reviewer would give.")
out.append("`FixtureFindingsTest` pins the exact set of (fixture, control, URN) triples in")
out.append("`policies/src/test/resources/fixture-findings.txt`; after a deliberate change of the pack, compare")
out.append("`policies/target/fixture-findings.actual.txt`, update both files and this document together.\n")
out.append("General notes:\n")
out.append("- `pulumi stack export` and checkpoint files carry no stack config, so a resource on the default provider has no")
out.append("  resolvable region. When its ARN (`arn` or `id`) names a region, RES-1 judges that region (a Lambda function in")
out.append("  eu-west-1 passes, a trail in us-west-2 fails); otherwise RES-1 reports it as unknown residency (fail closed), as")
out.append("  docs/policy-input.md requires.")
out.append("- Changes with issue 14: the ARN rule above replaced \"unknown residency\" by the ARN's region where there is one")
out.append("  (stratify's `docsHandler` function, in eu-west-1, no longer fails); both EKS event logs now report the cluster's")
out.append("  public API endpoint (VPN-1) and its missing control-plane audit log (LOG-1), and the node launch configuration's")
out.append("  unencrypted root volume (ENC-1). TAG-1 now knows every type whose SDK declares a `tags` input")
out.append("  (`lib_taggable.rego`, generated from the aws and azure-native Java SDKs), so untagged IAM roles, SNS topics,")
out.append("  EventBridge rules and Key Vault secrets that set no `tags` at all are reported too (advisory).")
out.append("- DATA-4 and `rampart diff` now share one list of stateful types (docs/policies.md, \"Stateful resources: one")
out.append("  list\"), which counts audit evidence and secrets: the awsx CloudTrail trails, the countdown checkpoints' Lambda")
out.append("  log groups and the Key Vault secret are reported unprotected in prod (12 more DATA-4 findings, the same")
out.append("  resources the diff already listed first when deleted).")
out.append("- Stack-level controls (RES-3, BAK-1, BAK-2, LOG-1, LOG-3, VPN-1) apply when the stack holds data stores or")
out.append("  networks of a cloud; their findings carry the stack's root URN.")
out.append("- Files with no findings for a control simply do not hold that kind of resource.\n")
total = 0
for fixture in sorted(rows):
    items = rows[fixture]
    total += len(items)
    out.append(f"## {fixture}\n")
    out.append(f"{len(items)} findings.\n")
    out.append("| control | enforcement | resource(s) | reason |")
    out.append("|---|---|---|---|")
    groups = collections.OrderedDict()
    for control, enf, urn, message in sorted(items, key=lambda x: (order.index(x[0]), x[2], x[3])):
        key = (control, enf, reason(control, message))
        groups.setdefault(key, []).append(short(urn))
    for (control, enf, why), res in groups.items():
        out.append(f"| {control} | {enf} | {', '.join(sorted(set(res)))} | {why} |")
    out.append("")
NONE = {
    "pulumi-events-dynamic-secrets-failed.json": "only `pulumi-python:dynamic:Resource` resources: no cloud resource, so no control applies (and its secrets never reach the policy input)",
    "pulumi-events-engine-replace-preview.json": "one `pkgA:m:typA` resource of the engine's fake test provider: no cloud resource, so no control applies",
}
import os
for fixture, why in sorted(NONE.items()):
    if fixture in rows: raise SystemExit(f"{fixture} now has findings")
    out.append(f"## {fixture}\n")
    out.append(f"No findings: {why}.\n")
out.insert(1, f"{total} findings ({len(triples)} distinct fixture/control/resource triples) over {len(rows)} files with findings; {len(NONE)} files have none.\n")
open(doc, "w").write("\n".join(out) + "\n")
with open(pinned, "w") as f:
    f.write("# fixture<TAB>control<TAB>urn, one finding per line (docs/fixture-findings.md explains each)\n")
    for t in sorted(triples): f.write("\t".join(t) + "\n")
