# Backup and recovery (BAK-1..BAK-3).
package rampart.bak

import data.rampart.lib
import data.rampart.res

deny := (bak_1 | bak_2) | bak_3

aws_plans := [p | some p in lib.resources; p.type == "aws:backup/plan:Plan"]

azure_policies := [p | some p in lib.resources; p.type in {"azure-native:dataprotection:BackupPolicy", "azure-native:recoveryservices:ProtectionPolicy"}]

every_hours := lib.num(lib.get(lib.get(lib.environment, "backup", {}), "every_hours", 4))

retention_days := lib.num(lib.get(lib.get(lib.environment, "backup", {}), "retention_days", 90))

# ---------------------------------------------------------------- BAK-1

# METADATA
# title: BAK-1 scheduled backups with retention
# description: A stack holding data has backup plans/policies; one schedule runs at least every backup.every_hours hours and every retention lasts at least backup.retention_days days.
# scope: document
# custom:
#   id: BAK-1
#   severity: high
#   enforcement: advisory
#   production_enforcement: mandatory
#   remediation: "Back up on a schedule at least every N hours (environment backup.every_hours) with retention of at least backup.retention_days."
#   references:
#     - "GDPR Art. 32(1)(c)"
#     - "ISO/IEC 27001:2022 A.8.13"
#     - "BSI C5:2020 OPS-06"
#     - "BSI C5:2020 OPS-07"
#     - "ENISA EUCS OPS-06"
#     - "ENISA EUCS OPS-07"
#     - "NIS2 Art. 21(2)(c)"
bak_1 contains f if {
	count(lib.data_stores("aws")) > 0
	count(aws_plans) == 0
	f := lib.finding("BAK-1", lib.stack_urn, "the stack holds AWS data but has no AWS Backup plan")
}

bak_1 contains f if {
	some p in aws_plans
	hours := {h | some rule in lib.as_list(lib.get(lib.props(p), "rules", [])); h := schedule_hours(lib.get(rule, "schedule", ""))}
	not lib.unknown(lib.get(lib.props(p), "rules", []))
	not some_frequent_enough(hours)
	f := lib.finding("BAK-1", p.urn, sprintf("%s has no schedule running at least every %v hours (intervals in hours: %v)", [lib.label(p), every_hours, sort(hours)]))
}

some_frequent_enough(hours) if {
	some h in hours
	h <= every_hours
}

bak_1 contains f if {
	some p in aws_plans
	some rule in lib.as_list(lib.get(lib.props(p), "rules", []))
	some lc in lib.as_list(lib.get(rule, "lifecycle", []))
	days := lib.num(lib.get(lc, "deleteAfter", 0))
	days > 0
	days < retention_days
	f := lib.finding("BAK-1", p.urn, sprintf("%s rule %v keeps backups %v days, less than %v", [lib.label(p), lib.get(rule, "ruleName", "?"), days, retention_days]))
}

# schedule_hours: the interval of a "cron(...)" or "rate(...)" expression in hours; 1e6 when it
# cannot be read (an unreadable schedule must not pass).
schedule_hours(expr) := h if {
	is_string(expr)
	startswith(expr, "rate(")
	parts := split(trim_space(trim_suffix(trim_prefix(expr, "rate("), ")")), " ")
	regex.match(`^[0-9]+$`, parts[0])
	n := to_number(parts[0])
	h := n * rate_unit_hours(parts[1])
} else := h if {
	is_string(expr)
	startswith(expr, "cron(")
	fields := split(trim_space(trim_suffix(trim_prefix(expr, "cron("), ")")), " ")
	count(fields) >= 5
	h := cron_hours(fields)
} else := 1000000

rate_unit_hours(u) := 1 / 60 if startswith(u, "minute")

rate_unit_hours(u) := 1 if startswith(u, "hour")

rate_unit_hours(u) := 24 if startswith(u, "day")

# cron_hours(fields): minutes hours day-of-month month day-of-week [year].
cron_hours(fields) := 168 if {
	some i in [2, 4]
	not fields[i] in {"*", "?"}
} else := 1 if {
	fields[1] == "*"
} else := to_number(split(fields[1], "/")[1]) if {
	regex.match(`^[0-9*,-]+/[0-9]+$`, fields[1])
} else := 24 / count(split(fields[1], ",")) if {
	contains(fields[1], ",")
} else := 24

bak_1 contains f if {
	count(lib.data_stores("azure")) > 0
	count(azure_policies) == 0
	f := lib.finding("BAK-1", lib.stack_urn, "the stack holds Azure data but has no backup policy")
}

policy_rules(p) := lib.as_list(lib.get(lib.get(lib.props(p), "properties", {}), "policyRules", []))

bak_1 contains f if {
	some p in azure_policies
	p.type == "azure-native:dataprotection:BackupPolicy"
	some rule in policy_rules(p)
	lib.get(rule, "objectType", "") == "AzureBackupRule"
	some interval in lib.as_list(lib.get(lib.get(lib.get(rule, "trigger", {}), "schedule", {}), "repeatingTimeIntervals", []))
	h := iso_hours(last_segment(interval))
	h > every_hours
	f := lib.finding("BAK-1", p.urn, sprintf("%s backs up every %v hours, less often than every %v hours", [lib.label(p), h, every_hours]))
}

bak_1 contains f if {
	some p in azure_policies
	p.type == "azure-native:dataprotection:BackupPolicy"
	some rule in policy_rules(p)
	some lc in lib.as_list(lib.get(rule, "lifecycles", []))
	d := iso_days(lib.get(lib.get(lc, "deleteAfter", {}), "duration", ""))
	d < retention_days
	f := lib.finding("BAK-1", p.urn, sprintf("%s keeps backups %v days, less than %v", [lib.label(p), d, retention_days]))
}

# Recovery Services protection policies: schedulePolicy and retentionPolicy.
bak_1 contains f if {
	some p in azure_policies
	p.type == "azure-native:recoveryservices:ProtectionPolicy"
	h := rsv_schedule_hours(lib.get(lib.get(lib.props(p), "properties", {}), "schedulePolicy", {}))
	h > every_hours
	f := lib.finding("BAK-1", p.urn, sprintf("%s backs up every %v hours, less often than every %v hours", [lib.label(p), h, every_hours]))
}

bak_1 contains f if {
	some p in azure_policies
	p.type == "azure-native:recoveryservices:ProtectionPolicy"
	retention := lib.get(lib.get(lib.props(p), "properties", {}), "retentionPolicy", {})
	d := rsv_retention_days(retention)
	d < retention_days
	f := lib.finding("BAK-1", p.urn, sprintf("%s keeps daily backups %v days, less than %v", [lib.label(p), d, retention_days]))
}

rsv_schedule_hours(s) := h if {
	lib.get(s, "scheduleRunFrequency", "") == "Hourly"
	h := lib.num(lib.get(lib.get(s, "hourlySchedule", {}), "interval", 1000000))
} else := 24 if {
	lib.get(s, "scheduleRunFrequency", "") == "Daily"
} else := 1000000

# The daily retention (a weekly-only policy keeps nothing daily: 0 days).
rsv_retention_days(r) := n * {"Days": 1, "Weeks": 7, "Months": 30, "Years": 365}[unit] if {
	d := lib.get(lib.get(r, "dailySchedule", {}), "retentionDuration", {})
	n := lib.num(lib.get(d, "count", 0))
	unit := lib.get(d, "durationType", "Days")
} else := 0

last_segment(s) := parts[count(parts) - 1] if {
	is_string(s)
	parts := split(s, "/")
}

# iso_hours("PT4H") = 4, "P1D" = 24; iso_days("P90D") = 90, "P12W" = 84, "P3M" = 90, "P1Y" = 365.
iso_hours(d) := to_number(trim_suffix(trim_prefix(d, "PT"), "H")) if regex.match(`^PT[0-9]+H$`, d)

iso_hours(d) := iso_days(d) * 24 if regex.match(`^P[0-9]+[DWMY]$`, d)

iso_days(d) := n * {"D": 1, "W": 7, "M": 30, "Y": 365}[unit] if {
	is_string(d)
	regex.match(`^P[0-9]+[DWMY]$`, d)
	unit := substring(d, count(d) - 1, 1)
	n := to_number(substring(d, 1, count(d) - 2))
} else := 0

# ---------------------------------------------------------------- BAK-2

# METADATA
# title: BAK-2 backups copied to a second allowed region
# description: Every AWS backup plan rule copies to a vault in another allowed region; Azure backup vaults store geo-redundantly; a stack holding data without any backup copy is reported at the stack. Skipped outside production when the environment sets cross_region_copies false.
# scope: document
# custom:
#   id: BAK-2
#   severity: high
#   enforcement: advisory
#   production_enforcement: mandatory
#   remediation: "Copy every backup to a vault in a second allowed EU region (copy actions / geo-redundant vault storage)."
#   references:
#     - "GDPR Art. 32(1)(c)"
#     - "ISO/IEC 27001:2022 A.8.13"
#     - "ISO/IEC 27001:2022 A.8.14"
#     - "BSI C5:2020 OPS-06"
#     - "BSI C5:2020 OPS-09"
#     - "ENISA EUCS OPS-09"
#     - "NIS2 Art. 21(2)(c)"
bak_2 contains f if {
	copies_required
	some p in aws_plans
	some rule in lib.as_list(lib.get(lib.props(p), "rules", []))
	not copied_elsewhere(p, rule)
	not copy_unknown(rule)
	f := lib.finding("BAK-2", p.urn, sprintf("%s rule %v copies no backup to a vault in a second allowed region", [lib.label(p), lib.get(rule, "ruleName", "?")]))
}

bak_2 contains f if {
	copies_required
	some p in aws_plans
	some rule in lib.as_list(lib.get(lib.props(p), "rules", []))
	not copied_elsewhere(p, rule)
	copy_unknown(rule)
	f := lib.unknown_finding("BAK-2", p.urn, sprintf("the copy destination of %s", [lib.label(p)]))
}

bak_2 contains f if {
	copies_required
	count(lib.data_stores("aws")) > 0
	count(aws_plans) == 0
	f := lib.finding("BAK-2", lib.stack_urn, "the stack holds AWS data but no backup is copied to a second region (no backup plan)")
}

copies_required if lib.production

copies_required if lib.get(lib.environment, "cross_region_copies", true) != false

copied_elsewhere(p, rule) if {
	some action in lib.as_list(lib.get(rule, "copyActions", []))
	region := res.arn_region(lib.get(action, "destinationVaultArn", ""))
	lib.allowed_region("aws", region)
	lib.norm_region(region) != lib.region_of(p)
}

copy_unknown(rule) if {
	some action in lib.as_list(lib.get(rule, "copyActions", []))
	lib.unknown(lib.get(action, "destinationVaultArn", ""))
}

azure_vaults := [v | some v in lib.resources; v.type in {"azure-native:dataprotection:BackupVault", "azure-native:recoveryservices:Vault"}]

bak_2 contains f if {
	copies_required
	some v in azure_vaults
	not "GeoRedundant" in res.vault_storage_types(v)
	f := lib.finding("BAK-2", v.urn, sprintf("%s does not store backups geo-redundantly (GeoRedundant) in the paired region", [lib.label(v)]))
}

bak_2 contains f if {
	copies_required
	count(lib.data_stores("azure")) > 0
	count(azure_vaults) == 0
	f := lib.finding("BAK-2", lib.stack_urn, "the stack holds Azure data but no backup vault copies it to a second region")
}

# ---------------------------------------------------------------- BAK-3

# METADATA
# title: BAK-3 backup vaults locked and encrypted with a CMK
# description: AWS backup vaults have a vault lock configuration and a KMS key; Azure backup and Recovery Services vaults have immutability Locked (Recovery Services vaults also a customer-managed key).
# scope: document
# custom:
#   id: BAK-3
#   severity: high
#   enforcement: advisory
#   remediation: "Lock backup vaults (vault lock / immutability Locked) and encrypt them with a customer-managed key."
#   references:
#     - "GDPR Art. 32(1)(b)"
#     - "GDPR Art. 32(1)(c)"
#     - "ISO/IEC 27001:2022 A.8.13"
#     - "ISO/IEC 27001:2022 A.8.24"
#     - "BSI C5:2020 OPS-09"
#     - "BSI C5:2020 CRY-03"
#     - "ENISA EUCS OPS-09"
#     - "ENISA EUCS CKM-03"
#     - "NIS2 Art. 21(2)(c)"
#     - "NIS2 Art. 21(2)(h)"
bak_3 contains f if {
	some v in lib.resources
	v.type == "aws:backup/vault:Vault"
	not vault_locked(v)
	f := lib.finding("BAK-3", v.urn, sprintf("%s has no vault lock (immutable backups)", [lib.label(v)]))
}

bak_3 contains f if {
	some v in lib.resources
	v.type == "aws:backup/vault:Vault"
	k := lib.get(lib.props(v), "kmsKeyArn", "")
	not lib.nonempty(k)
	not lib.unknown(k)
	f := lib.finding("BAK-3", v.urn, sprintf("%s is not encrypted with a customer-managed key", [lib.label(v)]))
}

vault_locked(v) if count(lib.configs(v, {"aws:backup/vaultLockConfiguration:VaultLockConfiguration"})) > 0

bak_3 contains f if {
	some v in azure_vaults
	state := lib.get(lib.get(lib.get(lib.get(lib.props(v), "properties", {}), "securitySettings", {}), "immutabilitySettings", {}), "state", "Disabled")
	state != "Locked"
	not lib.unknown(state)
	f := lib.finding("BAK-3", v.urn, sprintf("%s immutability is %v, not Locked", [lib.label(v), state]))
}

bak_3 contains f if {
	some v in azure_vaults
	v.type == "azure-native:recoveryservices:Vault"
	key := lib.get(lib.get(lib.get(lib.get(lib.props(v), "properties", {}), "encryption", {}), "keyVaultProperties", {}), "keyUri", "")
	not lib.nonempty(key)
	not lib.unknown(key)
	f := lib.finding("BAK-3", v.urn, sprintf("%s is not encrypted with a customer-managed key", [lib.label(v)]))
}
