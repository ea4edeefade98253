package rampart.lib_test

import data.rampart.lib
import data.rampart.testlib as t

test_enforcement_default_mandatory if {
	lib.enforcement("ENC-1") == "mandatory" with input as t.inp([])
}

test_enforcement_in_prod_controls if {
	lib.enforcement("DATA-4") == "mandatory" with input as t.inp([])
	lib.enforcement("DATA-4") == "advisory" with input as t.inp_env([], t.env_dev)
}

# Overrides are the checker's (EnforcementOverrides): the pack reports the default level.
test_enforcement_overrides_are_not_the_packs if {
	env := object.union(t.env_dev, {"enforcement": {"TAG-1": "mandatory", "NET-6": "disabled"}})
	lib.enforcement("TAG-1") == "advisory" with input as t.inp_env([], env)
	lib.finding("NET-6", "u", "m").enforcement == "advisory" with input as t.inp_env([], env)
}

test_unknown_finding_is_advisory_and_marked if {
	f := lib.unknown_finding("ENC-1", "u", "the key")
	f.enforcement == "advisory"
	f.until_apply == true
	f.message == "the key cannot be known until apply"
}

test_catalog_covers_26_controls if {
	count(lib.catalog) == 26
}

test_norm_protocol if {
	lib.norm_protocol("-1") == "all"
	lib.norm_protocol(-1) == "all"
	lib.norm_protocol(-1.0) == "all"
	lib.norm_protocol("Tcp") == "tcp"
	lib.norm_protocol(6) == "tcp"
	lib.norm_protocol("*") == "all"
	lib.norm_protocol(null) == "all"
	lib.norm_protocol("icmp") == "icmp"
}

test_port_range if {
	lib.port_range("*") == [0, 65535]
	lib.port_range("22") == [22, 22]
	lib.port_range("20-30") == [20, 30]
	lib.port_range("junk") == [0, 65535]
}

test_refers_azure_id_case_insensitive if {
	nsg := t.azure("azure-native:network:NetworkSecurityGroup", "nsg", {"networkSecurityGroupName": "NSG-App"})
	lib.refers("/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/networkSecurityGroups/nsg-app", nsg) with input as t.inp([nsg])
}

test_refers_s3_arn if {
	b := t.aws("aws:s3/bucketV2:BucketV2", "b", {"bucket": "docs-1"})
	lib.refers("arn:aws:s3:::docs-1", b) with input as t.inp([b])
	not lib.refers("arn:aws:s3:::docs-2", b) with input as t.inp([b])
}

test_stack_urn_from_stack_resource if {
	s := {"urn": "urn:pulumi:prod::p::pulumi:pulumi:Stack::p-prod", "type": "pulumi:pulumi:Stack", "custom": false}
	lib.stack_urn == s.urn with input as t.inp([s])
}

test_cloud_from_type_prefix if {
	lib.cloud({"type": "aws:s3/bucketV2:BucketV2"}) == "aws"
	lib.cloud({"type": "azure-native:storage:StorageAccount", "cloud": "other"}) == "azure"
	lib.cloud({"type": "random:index/randomId:RandomId"}) == "other"
}

test_targets_fall_back_to_dependencies if {
	b := t.aws("aws:s3/bucketV2:BucketV2", "b", {"bucket": "docs-1"})
	s := t.deps(t.aws("aws:s3/bucketVersioningV2:BucketVersioningV2", "v", {"bucket": "[unknown]"}), [b])
	lib.targets(s, "bucket", lib.bucket_types) == {b.urn} with input as t.inp([b, s])
}

test_targets_prefer_the_property if {
	b1 := t.aws("aws:s3/bucketV2:BucketV2", "b1", {"bucket": "docs-1"})
	b2 := t.aws("aws:s3/bucketV2:BucketV2", "b2", {"bucket": "docs-2"})
	s := t.deps(t.aws("aws:s3/bucketReplicationConfig:BucketReplicationConfig", "r", {"bucket": "docs-1"}), [b1, b2])
	lib.targets(s, "bucket", lib.bucket_types) == {b1.urn} with input as t.inp([b1, b2, s])
}

test_diagnostic_for_child_resource_uri if {
	sa := t.azure("azure-native:storage:StorageAccount", "sa", {"accountName": "stlogs"})
	d := t.azure("azure-native:insights:DiagnosticSetting", "d", {"resourceUri": "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/STLOGS/blobServices/default"})
	lib.diagnostic_for(d, sa) with input as t.inp([sa, d])
}

test_missing_environment_counts_as_production if {
	lib.enforcement("DATA-4") == "mandatory" with input as {"resources": []}
	lib.allowed_region("aws", "eu-central-1") with input as {"resources": []}
	not lib.allowed_region("aws", "us-east-1") with input as {"resources": []}
}
