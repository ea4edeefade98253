package rampart.res_test

import data.rampart.res
import data.rampart.testlib as t

bucket_type := "aws:s3/bucketV2:BucketV2"

sa_type := "azure-native:storage:StorageAccount"

# ---- RES-1

test_res1_aws_bucket_outside_eu if {
	b := t.with_fields(t.aws(bucket_type, "docs", {}), {"region": "us-east-1"})
	fs := res.res_1 with input as t.inp([b])
	some f in fs
	f.id == "RES-1"
	f.urn == b.urn
	f.severity == "critical"
	f.enforcement == "mandatory"
	contains(f.message, "us-east-1")
}

test_res1_aws_bucket_in_eu if {
	b := t.aws(bucket_type, "docs", {})
	count(res.res_1) == 0 with input as t.inp([b])
}

test_res1_unknown_region_is_violation if {
	b := t.with_fields(t.aws(bucket_type, "docs", {}), {"region": null, "region_source": "unknown"})
	fs := res.res_1 with input as t.inp([b])
	some f in fs
	contains(f.message, "unknown residency")
}

test_res1_missing_region_field_is_violation if {
	b := object.remove(t.aws(bucket_type, "docs", {}), ["region"])
	count(res.res_1) == 1 with input as t.inp([b])
}

test_res1_iam_and_providers_excluded if {
	role := t.with_fields(t.aws("aws:iam/role:Role", "r", {}), {"region": null})
	prov := t.with_fields(t.aws("pulumi:providers:aws", "p", {}), {"region": null})
	comp := t.with_fields(t.aws("rampart:aws:EncryptedBucket", "c", {}), {"region": null, "custom": false})
	count(res.res_1) == 0 with input as t.inp([role, prov, comp])
}

test_res1_azure_outside_eu if {
	sa := t.with_fields(t.azure(sa_type, "sa", {}), {"region": "eastus"})
	fs := res.res_1 with input as t.inp([sa])
	some f in fs
	f.urn == sa.urn
}

test_res1_azure_display_name_in_eu if {
	sa := t.with_fields(t.azure(sa_type, "sa", {}), {"region": "West Europe"})
	count(res.res_1) == 0 with input as t.inp([sa])
}

test_res1_environment_allow_list_wins if {
	b := t.with_fields(t.aws(bucket_type, "docs", {}), {"region": "eu-west-1"})
	env := object.union(t.env_prod, {"allowed_regions": {"aws": ["eu-central-1"], "azure": ["westeurope"]}})
	count(res.res_1) == 1 with input as t.inp_env([b], env)
}

# Enforcement overrides are the checker's (core EnforcementOverrides, CheckerTest).

# ---- RES-2

src_bucket := t.aws(bucket_type, "docs", {"bucket": "docs-1", "arn": "arn:aws:s3:::docs-1"})

replica_bucket(region) := t.with_fields(t.aws(bucket_type, "replica", {"bucket": "replica-1", "arn": "arn:aws:s3:::replica-1"}), {"region": region})

replication := t.aws("aws:s3/bucketReplicationConfig:BucketReplicationConfig", "docs-replication", {
	"bucket": "docs-1",
	"rules": [{"status": "Enabled", "destination": {"bucket": "arn:aws:s3:::replica-1"}}],
})

test_res2_aws_replication_outside_eu if {
	fs := res.res_2 with input as t.inp([src_bucket, replica_bucket("us-west-2"), replication])
	some f in fs
	f.urn == replication.urn
	contains(f.message, "us-west-2")
}

test_res2_aws_replication_in_eu if {
	count(res.res_2) == 0 with input as t.inp([src_bucket, replica_bucket("eu-west-1"), replication])
}

test_res2_aws_replication_to_unknown_bucket if {
	count(res.res_2) == 1 with input as t.inp([src_bucket, replication])
}

plan_copy(arn) := t.aws("aws:backup/plan:Plan", "plan", {"rules": [{"ruleName": "r", "schedule": "cron(0 */4 * * ? *)", "copyActions": [{"destinationVaultArn": arn}]}]})

test_res2_aws_backup_copy_outside_eu if {
	p := plan_copy("arn:aws:backup:us-east-1:123456789012:backup-vault:copy")
	fs := res.res_2 with input as t.inp([p])
	some f in fs
	f.urn == p.urn
}

test_res2_aws_backup_copy_in_eu if {
	p := plan_copy("arn:aws:backup:eu-west-1:123456789012:backup-vault:copy")
	count(res.res_2) == 0 with input as t.inp([p])
}

test_res2_aws_backup_copy_unknown_is_advisory if {
	p := plan_copy("[unknown]")
	fs := res.res_2 with input as t.inp([p])
	some f in fs
	f.enforcement == "advisory"
	contains(f.message, "cannot be known until apply")
}

test_res2_aws_dynamodb_replica_outside_eu if {
	tbl := t.aws("aws:dynamodb/table:Table", "tbl", {"replicas": [{"regionName": "us-east-1"}]})
	count(res.res_2) == 1 with input as t.inp([tbl])
}

test_res2_azure_grs_pair_outside_allow_list if {
	sa := t.with_fields(t.azure(sa_type, "sa", {"sku": {"name": "Standard_GRS"}}), {"region": "germanywestcentral"})
	fs := res.res_2 with input as t.inp([sa])
	some f in fs
	contains(f.message, "germanynorth")
}

test_res2_azure_grs_pair_in_eu if {
	sa := t.azure(sa_type, "sa", {"sku": {"name": "Standard_RAGRS"}})
	count(res.res_2) == 0 with input as t.inp([sa])
}

test_res2_azure_geo_vault_pair_outside if {
	v := t.with_fields(t.azure("azure-native:dataprotection:BackupVault", "bv", {"properties": {"storageSettings": [{"datastoreType": "VaultStore", "type": "GeoRedundant"}]}}), {"region": "germanywestcentral"})
	count(res.res_2) == 1 with input as t.inp([v])
}

# ---- RES-3

vault(name, region) := t.with_fields(t.aws("aws:backup/vault:Vault", name, {"name": name}), {"region": region})

test_res3_aws_single_region if {
	fs := res.res_3 with input as t.inp([src_bucket, vault("primary", "eu-central-1")])
	some f in fs
	f.urn == t.stack_urn
	f.enforcement == "mandatory"
}

test_res3_aws_two_regions if {
	count(res.res_3) == 0 with input as t.inp([src_bucket, vault("primary", "eu-central-1"), vault("copy", "eu-west-1")])
}

test_res3_advisory_outside_production if {
	fs := res.res_3 with input as t.inp_env([src_bucket], t.env_dev)
	some f in fs
	f.enforcement == "advisory"
}

test_res3_azure_lrs_single_region if {
	sa := t.azure(sa_type, "sa", {"sku": {"name": "Standard_ZRS"}})
	count(res.res_3) == 1 with input as t.inp([sa])
}

test_res3_azure_gzrs_pair_counts if {
	sa := t.azure(sa_type, "sa", {"sku": {"name": "Standard_GZRS"}})
	count(res.res_3) == 0 with input as t.inp([sa])
}

test_res3_not_applicable_without_data if {
	count(res.res_3) == 0 with input as t.inp([t.aws("aws:ec2/vpc:Vpc", "vpc", {})])
}

test_res1_global_dns_link_excluded if {
	l := t.with_fields(t.azure("azure-native:network:VirtualNetworkLink", "link", {"location": "global"}), {"region": "global"})
	count(res.res_1) == 0 with input as t.inp([l])
}

test_res1_global_location_on_other_types_is_violation if {
	r := t.with_fields(t.azure("azure-native:storage:StorageAccount", "sa", {"location": "global"}), {"region": "global"})
	count(res.res_1) == 1 with input as t.inp([r])
}

# ---- RES-1: the ARN names the region when nothing else does (issue 14)

test_res1_region_from_arn if {
	b := object.remove(t.aws("aws:sqs/queue:Queue", "jobs", {"arn": "arn:aws:sqs:us-east-1:123456789012:jobs"}), ["region"])
	fs := res.res_1 with input as t.inp([b])
	some f in fs
	f.message == "aws:sqs/queue:Queue jobs is in region us-east-1 (from its ARN), not an allowed EU region [\"eu-central-1\", \"eu-west-1\"]"
	eu := object.remove(t.aws("aws:sqs/queue:Queue", "jobs", {"arn": "arn:aws:sqs:eu-west-1:123456789012:jobs"}), ["region"])
	count(res.res_1) == 0 with input as t.inp([eu])
	none := object.remove(t.aws("aws:sqs/queue:Queue", "jobs", {}), ["region"])
	count(res.res_1) == 1 with input as t.inp([none])
}
