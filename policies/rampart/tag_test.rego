package rampart.tag_test

import data.rampart.tag
import data.rampart.testlib as t

test_tag1_aws_bucket_without_tags if {
	b := t.aws("aws:s3/bucketV2:BucketV2", "docs", {})
	fs := tag.tag_1 with input as t.inp([b])
	some f in fs
	contains(f.message, "data-classification")
	f.severity == "low"
}

test_tag1_aws_bucket_tagged if {
	b := t.aws("aws:s3/bucketV2:BucketV2", "docs", {"tags": t.tags})
	count(tag.tag_1) == 0 with input as t.inp([b])
}

test_tag1_aws_provider_default_tags if {
	b := t.aws("aws:s3/bucketV2:BucketV2", "docs", {"tags": {"Name": "docs"}, "tagsAll": {"Name": "docs", "Environment": "prod", "Owner": "team", "Data-Classification": "internal"}})
	count(tag.tag_1) == 0 with input as t.inp([b])
}

test_tag1_aws_missing_owner if {
	b := t.aws("aws:ec2/subnet:Subnet", "sn", {"tags": object.remove(t.tags, ["owner"])})
	fs := tag.tag_1 with input as t.inp([b])
	some f in fs
	contains(f.message, "owner")
	not contains(f.message, "environment")
}

test_tag1_azure_storage_without_tags if {
	sa := t.azure("azure-native:storage:StorageAccount", "sa", {})
	count(tag.tag_1) == 1 with input as t.inp([sa])
}

test_tag1_azure_storage_tagged if {
	sa := t.azure("azure-native:storage:StorageAccount", "sa", {"tags": t.tags})
	count(tag.tag_1) == 0 with input as t.inp([sa])
}

test_tag1_untaggable_child_ignored if {
	r := t.azure("azure-native:network:SecurityRule", "r", {})
	count(tag.tag_1) == 0 with input as t.inp([r])
}

# issue 14: taggable types come from the SDKs, not a hand list
test_tag1_sdk_taggable_types_without_tags if {
	app := t.azure("azure-native:web:WebApp", "site", {"serverFarmId": "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Web/serverfarms/plan"})
	cdn := t.azure("azure-native:cdn:Profile", "cdn", {"sku": {"name": "Standard_Microsoft"}})
	ai := t.azure("azure-native:insights:Component", "ai", {"kind": "web", "applicationType": "web"})
	fs := tag.tag_1 with input as t.inp([app, cdn, ai])
	{f.urn | some f in fs} == {app.urn, cdn.urn, ai.urn}
}

test_tag1_untaggable_types_pass_without_tags if {
	ra := t.azure("azure-native:authorization:RoleAssignment", "ra", {"principalId": "p"})
	bp := t.aws("aws:s3/bucketPolicy:BucketPolicy", "bp", {"bucket": "b", "policy": "{}"})
	count(tag.tag_1) == 0 with input as t.inp([ra, bp])
}
