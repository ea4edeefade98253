package rampart.bak_test

import data.rampart.bak
import data.rampart.testlib as t

bucket := t.aws("aws:s3/bucketV2:BucketV2", "docs", {"bucket": "docs-1"})

copy_arn := "arn:aws:backup:eu-west-1:123456789012:backup-vault:copy"

plan(rules) := t.aws("aws:backup/plan:Plan", "plan", {"rules": rules})

rule(schedule, days, copies) := {"ruleName": "r", "targetVaultName": "primary", "schedule": schedule, "lifecycle": {"deleteAfter": days}, "copyActions": copies}

good_rule := rule("cron(0 */4 * * ? *)", 90.0, [{"destinationVaultArn": copy_arn, "lifecycle": {"deleteAfter": 90}}])

test_bak1_aws_data_without_plan if {
	fs := bak.bak_1 with input as t.inp([bucket])
	some f in fs
	f.urn == t.stack_urn
}

test_bak1_aws_four_hourly_plan if {
	count(bak.bak_1) == 0 with input as t.inp([bucket, plan([good_rule])])
}

test_bak1_aws_rate_expression if {
	count(bak.bak_1) == 0 with input as t.inp([bucket, plan([rule("rate(4 hours)", 90, [])])])
}

test_bak1_aws_daily_only if {
	fs := bak.bak_1 with input as t.inp([bucket, plan([rule("cron(0 5 * * ? *)", 90, [])])])
	some f in fs
	contains(f.message, "every 4 hours")
}

test_bak1_aws_short_retention if {
	count(bak.bak_1) == 1 with input as t.inp([bucket, plan([rule("cron(0 */4 * * ? *)", 30, [])])])
}

test_bak1_dev_retention_from_environment if {
	env := object.union(t.env_dev, {"backup": {"every_hours": 4, "retention_days": 35}})
	count(bak.bak_1) == 0 with input as t.inp_env([bucket, plan([rule("cron(0 */4 * * ? *)", 35, [])])], env)
}

sa := t.azure("azure-native:storage:StorageAccount", "sa", {"accountName": "sa"})

az_policy(interval, retention) := t.azure("azure-native:dataprotection:BackupPolicy", "policy", {"properties": {"objectType": "BackupPolicy", "policyRules": [
	{"objectType": "AzureBackupRule", "name": "every4h", "trigger": {"objectType": "ScheduleBasedTriggerContext", "schedule": {"repeatingTimeIntervals": [sprintf("R/2024-01-01T00:00:00+00:00/%s", [interval])]}}},
	{"objectType": "AzureRetentionRule", "name": "Default", "isDefault": true, "lifecycles": [{"deleteAfter": {"objectType": "AbsoluteDeleteOption", "duration": retention}}]},
]}})

test_bak1_azure_data_without_policy if {
	count(bak.bak_1) == 1 with input as t.inp([sa])
}

test_bak1_azure_four_hourly_policy if {
	count(bak.bak_1) == 0 with input as t.inp([sa, az_policy("PT4H", "P90D")])
}

test_bak1_azure_daily_policy if {
	count(bak.bak_1) == 1 with input as t.inp([sa, az_policy("P1D", "P90D")])
}

test_bak1_azure_short_retention if {
	count(bak.bak_1) == 1 with input as t.inp([sa, az_policy("PT4H", "P30D")])
}

test_bak2_aws_plan_without_copy if {
	fs := bak.bak_2 with input as t.inp([bucket, plan([rule("cron(0 */4 * * ? *)", 90, [])])])
	some f in fs
	f.enforcement == "mandatory"
}

test_bak2_aws_plan_with_copy if {
	count(bak.bak_2) == 0 with input as t.inp([bucket, plan([good_rule])])
}

test_bak2_aws_copy_to_same_region if {
	r := rule("cron(0 */4 * * ? *)", 90, [{"destinationVaultArn": "arn:aws:backup:eu-central-1:1:backup-vault:same"}])
	count(bak.bak_2) == 1 with input as t.inp([bucket, plan([r])])
}

test_bak2_not_required_in_dev_without_copies if {
	count(bak.bak_2) == 0 with input as t.inp_env([bucket, plan([rule("cron(0 */4 * * ? *)", 90, [])])], t.env_dev)
}

az_vault(kind, state) := t.azure("azure-native:dataprotection:BackupVault", "bv", {"vaultName": "bv", "properties": {
	"storageSettings": [{"datastoreType": "VaultStore", "type": kind}],
	"securitySettings": {"immutabilitySettings": {"state": state}, "softDeleteSettings": {"state": "AlwaysOn", "retentionDurationInDays": 14}},
}})

test_bak2_azure_locally_redundant_vault if {
	count(bak.bak_2) == 1 with input as t.inp([sa, az_vault("LocallyRedundant", "Locked")])
}

test_bak2_azure_geo_redundant_vault if {
	count(bak.bak_2) == 0 with input as t.inp([sa, az_vault("GeoRedundant", "Locked")])
}

aws_vault := t.aws("aws:backup/vault:Vault", "primary", {"name": "primary", "kmsKeyArn": "arn:aws:kms:eu-central-1:1:key/k"})

lock := t.aws("aws:backup/vaultLockConfiguration:VaultLockConfiguration", "primary-lock", {"backupVaultName": "primary", "minRetentionDays": 90, "changeableForDays": 3})

test_bak3_aws_vault_unlocked if {
	count(bak.bak_3) == 1 with input as t.inp([aws_vault])
}

test_bak3_aws_vault_locked if {
	count(bak.bak_3) == 0 with input as t.inp([aws_vault, lock])
}

test_bak3_aws_vault_without_cmk if {
	v := t.aws("aws:backup/vault:Vault", "primary", {"name": "primary"})
	count(bak.bak_3) == 1 with input as t.inp([v, lock])
}

test_bak3_azure_vault_unlocked if {
	count(bak.bak_3) == 1 with input as t.inp([az_vault("GeoRedundant", "Unlocked")])
}

test_bak3_azure_vault_locked if {
	count(bak.bak_3) == 0 with input as t.inp([az_vault("GeoRedundant", "Locked")])
}
