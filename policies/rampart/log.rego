# Audit and detection (LOG-1..LOG-3).
package rampart.log

import data.rampart.lib

deny := (log_1 | log_2) | log_3

trail_type := "aws:cloudtrail/trail:Trail"

trails := [t | some t in lib.resources; t.type == trail_type]

log_retention_days := lib.num(lib.get(lib.environment, "log_retention_days", 365))

# ---------------------------------------------------------------- LOG-1

# METADATA
# title: LOG-1 audit trail of administrative and data access
# description: AWS stacks with data or networks have a multi-region CloudTrail with log file validation and S3 data events; Azure stacks send the activity log to Log Analytics and have diagnostic settings on storage accounts and key vaults.
# scope: document
# custom:
#   id: LOG-1
#   severity: high
#   enforcement: mandatory
#   remediation: "Record an audit trail: multi-region CloudTrail with log file validation and S3 data events; Azure activity log and resource diagnostics to Log Analytics."
#   references:
#     - "GDPR Art. 32(1)(b)"
#     - "ISO/IEC 27001:2022 A.8.15"
#     - "ISO/IEC 27001:2022 A.8.16"
#     - "BSI C5:2020 OPS-10"
#     - "BSI C5:2020 OPS-12"
#     - "ENISA EUCS OPS-10"
#     - "ENISA EUCS OPS-12"
#     - "ENISA EUCS OPS-14"
#     - "NIS2 Art. 21(2)(b)"
#     - "CIS AWS Foundations v3.0.0 3.1, 3.2, 3.8, 3.9"
#     - "CIS Azure Foundations v2.0.0 5.1.1"
log_1 contains f if {
	lib.landing_zone_cloud("aws")
	count(trails) == 0
	f := lib.finding("LOG-1", lib.stack_urn, "the stack has AWS data or networks but no CloudTrail trail")
}

log_1 contains f if {
	count(trails) > 0
	not some_complete_trail
	some t in trails
	missing := trail_gaps(t)
	count(missing) > 0
	f := lib.finding("LOG-1", t.urn, sprintf("%s is not a complete audit trail: %v", [lib.label(t), concat(", ", sort(missing))]))
}

some_complete_trail if {
	some t in trails
	count(trail_gaps(t)) == 0
}

trail_gaps(t) := {"not multi-region" | not lib.is_true(lib.get(lib.props(t), "isMultiRegionTrail", false))} | {"no log file validation" | not lib.is_true(lib.get(lib.props(t), "enableLogFileValidation", false))} | {"no S3 data events" | not s3_data_events(t)} | {"logging disabled" | lib.is_false(lib.get(lib.props(t), "enableLogging", true))}

s3_data_events(t) if {
	some sel in lib.as_list(lib.get(lib.props(t), "eventSelectors", []))
	some dr in lib.as_list(lib.get(sel, "dataResources", []))
	lib.get(dr, "type", "") == "AWS::S3::Object"
}

s3_data_events(t) if {
	some sel in lib.as_list(lib.get(lib.props(t), "advancedEventSelectors", []))
	some fs in lib.as_list(lib.get(sel, "fieldSelectors", []))
	lib.get(fs, "field", "") == "resources.type"
	"AWS::S3::Object" in lib.as_list(lib.get(fs, "equals", []))
}

workspaces := [w | some w in lib.resources; w.type == "azure-native:operationalinsights:Workspace"]

diagnostic_settings := [d | some d in lib.resources; d.type in {"azure-native:insights:DiagnosticSetting", "azure-native:insights:SubscriptionDiagnosticSetting"}]

log_1 contains f if {
	lib.landing_zone_cloud("azure")
	count(workspaces) == 0
	f := lib.finding("LOG-1", lib.stack_urn, "the stack has Azure data or networks but no Log Analytics workspace for the audit trail")
}

log_1 contains f if {
	lib.landing_zone_cloud("azure")
	not activity_log_exported
	f := lib.finding("LOG-1", lib.stack_urn, "the Azure activity log is not sent to Log Analytics (no subscription diagnostic setting)")
}

activity_log_exported if {
	some d in diagnostic_settings
	d.type == "azure-native:insights:SubscriptionDiagnosticSetting"
	lib.diagnostic_destination(d)
}

activity_log_exported if {
	some d in diagnostic_settings
	uri := lib.get(lib.props(d), "resourceUri", "")
	is_string(uri)
	regex.match(`^/subscriptions/[^/]+/?$`, uri)
	lib.diagnostic_destination(d)
}

log_1 contains f if {
	some r in lib.resources
	r.type in {"azure-native:storage:StorageAccount", "azure-native:keyvault:Vault"}
	not has_diagnostics(r)
	f := lib.finding("LOG-1", r.urn, sprintf("%s has no diagnostic setting sending its logs to Log Analytics", [lib.label(r)]))
}

# Kubernetes control-plane audit logs: EKS enabledClusterLogTypes with "audit" (EKS sends no
# control-plane logs by default); AKS a diagnostic setting on the cluster (kube-audit).
log_1 contains f if {
	some c in lib.resources
	c.type == "aws:eks/cluster:Cluster"
	types := lib.get(lib.props(c), "enabledClusterLogTypes", null)
	not lib.unknown(types)
	not "audit" in lib.as_list(types)
	f := lib.finding_fix("LOG-1", c.urn, sprintf("%s does not send Kubernetes audit logs to CloudWatch (%s)", [lib.label(c), eks_log_types(types)]), sprintf("Set enabledClusterLogTypes: [\"api\", \"audit\", \"authenticator\"] on %s.", [lib.label(c)]))
}

log_1 contains f if {
	some c in lib.resources
	c.type == "aws:eks/cluster:Cluster"
	lib.unknown(lib.get(lib.props(c), "enabledClusterLogTypes", null))
	f := lib.unknown_finding("LOG-1", c.urn, sprintf("enabledClusterLogTypes of %s", [lib.label(c)]))
}

eks_log_types(null) := "enabledClusterLogTypes is not set; EKS's default sends no control-plane logs"

eks_log_types(types) := sprintf("enabledClusterLogTypes is %v", [types]) if types != null

log_1 contains f if {
	some c in lib.resources
	c.type == "azure-native:containerservice:ManagedCluster"
	not has_diagnostics(c)
	f := lib.finding_fix("LOG-1", c.urn, sprintf("%s has no diagnostic setting sending its kube-audit logs to Log Analytics", [lib.label(c)]), sprintf("Add an azure-native:insights:DiagnosticSetting for %s with the kube-audit category and a Log Analytics workspaceId.", [lib.label(c)]))
}

# A diagnostic setting on the cluster that sends only metrics, or log categories other than the
# audit ones, leaves Kubernetes API calls unaudited: one setting must send kube-audit or
# kube-audit-admin (or the audit / allLogs category group) with enabled true.
log_1 contains f if {
	some c in lib.resources
	c.type == "azure-native:containerservice:ManagedCluster"
	has_diagnostics(c)
	not aks_audit_logged(c)
	not aks_logs_unknown(c)
	f := lib.finding_fix("LOG-1", c.urn, sprintf("%s has a diagnostic setting, but none sends the kube-audit or kube-audit-admin log category (or the audit/allLogs group), so calls to the Kubernetes API are not audited", [lib.label(c)]), sprintf("Add logs: [{category: \"kube-audit\", enabled: true}] to the diagnostic setting of %s.", [lib.label(c)]))
}

aks_settings(c) := [d |
	some d in diagnostic_settings
	lib.diagnostic_destination(d)
	c.urn in lib.uri_targets(d)
]

aks_audit_logged(c) if {
	some d in aks_settings(c)
	some l in lib.as_list(lib.get(lib.props(d), "logs", []))
	lib.is_true(lib.get(l, "enabled", false))
	audit_log_category(l)
}

aks_logs_unknown(c) if {
	some d in aks_settings(c)
	lib.unknown(lib.get(lib.props(d), "logs", null))
}

audit_log_category(l) if lib.get(l, "category", "") in {"kube-audit", "kube-audit-admin"}

audit_log_category(l) if lower(lib.text(lib.get(l, "categoryGroup", ""))) in {"audit", "alllogs"}

has_diagnostics(r) if r.urn in diagnosed

diagnosed contains u if {
	some d in diagnostic_settings
	lib.diagnostic_destination(d)
	some u in lib.uri_targets(d)
}

# ---------------------------------------------------------------- LOG-2

# METADATA
# title: LOG-2 audit logs encrypted, locked and retained
# description: CloudTrail trails are encrypted with a KMS key and write to an in-stack bucket with object lock and no expiry before log_retention_days; audit log groups (trail, flow logs, VPN) are encrypted and kept at least log_retention_days; Log Analytics workspaces keep at least log_retention_days.
# scope: document
# custom:
#   id: LOG-2
#   severity: high
#   enforcement: mandatory
#   remediation: "Encrypt audit logs with a CMK, keep them in an object-locked archive and retain them for at least the environment's log_retention_days."
#   references:
#     - "GDPR Art. 32(1)(b)"
#     - "ISO/IEC 27001:2022 A.8.15"
#     - "ISO/IEC 27001:2022 A.5.33"
#     - "BSI C5:2020 OPS-12"
#     - "BSI C5:2020 OPS-13"
#     - "BSI C5:2020 CRY-03"
#     - "ENISA EUCS OPS-13"
#     - "NIS2 Art. 21(2)(b)"
#     - "CIS AWS Foundations v3.0.0 3.5"
log_2 contains f if {
	some t in trails
	k := lib.get(lib.props(t), "kmsKeyId", "")
	not lib.nonempty(k)
	not lib.unknown(k)
	f := lib.finding("LOG-2", t.urn, sprintf("%s does not encrypt its log files with a KMS key (kmsKeyId)", [lib.label(t)]))
}

log_2 contains f if {
	some t in trails
	name := lib.get(lib.props(t), "s3BucketName", "")
	not lib.unknown(name)
	not trail_bucket(t)
	f := lib.finding("LOG-2", t.urn, sprintf("%s writes to bucket %v which is not in this stack: its object lock, encryption and retention cannot be verified", [lib.label(t), name]))
}

trail_bucket(t) := b if {
	# the buckets t belongs to (lib.attached's targets), looked up by URN
	some u in lib.targets(t, "s3BucketName", lib.bucket_types)
	some b in lib.by_urn[u]
	b.type in lib.bucket_types
}

log_2 contains f if {
	some t in trails
	b := trail_bucket(t)
	not object_lock_enabled(b)
	f := lib.finding("LOG-2", b.urn, sprintf("audit log bucket %s has no object lock", [lib.label(b)]))
}

log_2 contains f if {
	some t in trails
	b := trail_bucket(t)
	some days in expiration_days(b)
	days < log_retention_days
	f := lib.finding("LOG-2", b.urn, sprintf("audit log bucket %s expires logs after %v days, less than %v", [lib.label(b), days, log_retention_days]))
}

log_2 contains f if {
	some t in trails
	b := trail_bucket(t)
	some days in lock_retention_days(b)
	days < log_retention_days
	f := lib.finding("LOG-2", b.urn, sprintf("audit log bucket %s locks logs for %v days, less than %v", [lib.label(b), days, log_retention_days]))
}

lock_config_types := {"aws:s3/bucketObjectLockConfigurationV2:BucketObjectLockConfigurationV2", "aws:s3/bucketObjectLockConfiguration:BucketObjectLockConfiguration"}

object_lock_enabled(b) if lib.is_true(lib.get(lib.props(b), "objectLockEnabled", false))

object_lock_enabled(b) if lib.get(lib.get(lib.props(b), "objectLockConfiguration", {}), "objectLockEnabled", "") == "Enabled"

object_lock_enabled(b) if count(lib.bucket_configs(b, lock_config_types)) > 0

# default_retentions(b): {mode, days} of the object lock default retention, from all shapes.
default_retentions(b) := {x |
	some cfg in array.concat(lib.as_list(lib.get(lib.props(b), "objectLockConfiguration", [])), [lib.props(s) | some s in lib.bucket_configs(b, lock_config_types)])
	some rule in lib.as_list(lib.get(cfg, "rule", lib.get(cfg, "rules", [])))
	some dr in lib.as_list(lib.get(rule, "defaultRetention", []))
	x := {"mode": lib.get(dr, "mode", ""), "days": retention_of(dr)}
}

retention_of(dr) := lib.num(lib.get(dr, "days", 0)) + (365 * lib.num(lib.get(dr, "years", 0)))

lock_retention_days(b) := {x.days | some x in default_retentions(b)}

lifecycle_types := {"aws:s3/bucketLifecycleConfigurationV2:BucketLifecycleConfigurationV2", "aws:s3/bucketLifecycleConfiguration:BucketLifecycleConfiguration"}

# expiration_days(b): the expiration days of enabled lifecycle rules, from all shapes.
expiration_days(b) := {d |
	some rule in lifecycle_rules(b)
	lower(lib.text(lib.get(rule, "status", "Enabled"))) == "enabled"
	not lib.is_false(lib.get(rule, "enabled", true))
	some e in array.concat(lib.as_list(lib.get(rule, "expiration", [])), lib.as_list(lib.get(rule, "expirations", [])))
	d := lib.num(lib.get(e, "days", null))
	d > 0
}

lifecycle_rules(b) := array.concat(
	lib.as_list(lib.get(lib.props(b), "lifecycleRules", [])),
	[rule | some s in lib.bucket_configs(b, lifecycle_types); some rule in lib.as_list(lib.get(lib.props(s), "rules", []))]
)

# Audit log groups: the destinations of trails, flow logs and Client VPN connection logs.
audit_log_groups contains g if {
	some src in lib.resources
	src.type in {trail_type, "aws:ec2/flowLog:FlowLog", "aws:ec2clientvpn/endpoint:Endpoint"}
	some ref in audit_log_refs(src)
	some u in lib.value_targets(ref, {"aws:cloudwatch/logGroup:LogGroup"})
	some g in lib.by_urn[u]
}

audit_log_refs(src) := [lib.get(lib.props(src), "cloudWatchLogsGroupArn", "")] if src.type == trail_type

audit_log_refs(src) := [lib.get(lib.props(src), "logGroupName", ""), lib.get(lib.props(src), "logDestination", "")] if src.type == "aws:ec2/flowLog:FlowLog"

audit_log_refs(src) := [lib.get(lib.get(lib.props(src), "connectionLogOptions", {}), "cloudwatchLogGroup", "")] if src.type == "aws:ec2clientvpn/endpoint:Endpoint"

log_2 contains f if {
	some g in audit_log_groups
	k := lib.get(lib.props(g), "kmsKeyId", "")
	not lib.nonempty(k)
	not lib.unknown(k)
	f := lib.finding("LOG-2", g.urn, sprintf("audit log group %s is not encrypted with a KMS key", [lib.label(g)]))
}

log_2 contains f if {
	some g in audit_log_groups
	days := lib.num(lib.get(lib.props(g), "retentionInDays", 0))
	days > 0
	days < log_retention_days
	f := lib.finding("LOG-2", g.urn, sprintf("audit log group %s keeps logs %v days, less than %v", [lib.label(g), days, log_retention_days]))
}

log_2 contains f if {
	some w in workspaces
	days := lib.num(lib.get(lib.props(w), "retentionInDays", 30))
	days < log_retention_days
	f := lib.finding("LOG-2", w.urn, sprintf("%s keeps logs %v days, less than %v", [lib.label(w), days, log_retention_days]))
}

# ---------------------------------------------------------------- LOG-3

# METADATA
# title: LOG-3 threat detection on
# description: AWS stacks with data or networks have an enabled GuardDuty detector; Azure stacks enable Microsoft Defender for Cloud (a Standard pricing tier).
# scope: document
# custom:
#   id: LOG-3
#   severity: medium
#   enforcement: advisory
#   remediation: "Enable GuardDuty / Microsoft Defender for Cloud (Standard tier)."
#   references:
#     - "GDPR Art. 32(1)(b)"
#     - "ISO/IEC 27001:2022 A.8.16"
#     - "ISO/IEC 27001:2022 A.8.7"
#     - "BSI C5:2020 OPS-13"
#     - "BSI C5:2020 SIM-01"
#     - "ENISA EUCS OPS-12"
#     - "ENISA EUCS OPS-05"
#     - "NIS2 Art. 21(2)(b)"
log_3 contains f if {
	lib.landing_zone_cloud("aws")
	not guardduty_on
	f := lib.finding("LOG-3", lib.stack_urn, "no enabled GuardDuty detector in the stack")
}

guardduty_on if {
	some d in lib.resources
	d.type == "aws:guardduty/detector:Detector"
	not lib.is_false(lib.get(lib.props(d), "enable", true))
}

log_3 contains f if {
	lib.landing_zone_cloud("azure")
	not defender_on
	f := lib.finding("LOG-3", lib.stack_urn, "Microsoft Defender for Cloud is not enabled (no Standard pricing tier) in the stack")
}

defender_on if {
	some p in lib.resources
	p.type == "azure-native:security:Pricing"
	lib.get(lib.props(p), "pricingTier", "") == "Standard"
}
