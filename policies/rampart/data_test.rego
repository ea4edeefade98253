package rampart.data_test

import data.rampart.data as d
import data.rampart.testlib as t

bucket := t.aws("aws:s3/bucketV2:BucketV2", "docs", {"bucket": "docs-1"})

pab(props) := t.aws("aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock", "docs-pab", object.union({"bucket": "docs-1"}, props))

all_blocked := {"blockPublicAcls": true, "blockPublicPolicy": true, "ignorePublicAcls": true, "restrictPublicBuckets": true}

# ---- DATA-1

test_data1_bucket_without_public_access_block if {
	fs := d.data_1 with input as t.inp([bucket])
	some f in fs
	f.urn == bucket.urn
	f.severity == "critical"
}

test_data1_bucket_fully_blocked if {
	count(d.data_1) == 0 with input as t.inp([bucket, pab(all_blocked)])
}

test_data1_bucket_partially_blocked if {
	count(d.data_1) == 1 with input as t.inp([bucket, pab(object.union(all_blocked, {"restrictPublicBuckets": false}))])
}

test_data1_legacy_bucket_public_acl if {
	b := t.aws("aws:s3/bucket:Bucket", "web", {"bucket": "web-1", "acl": "public-read"})
	p := t.aws("aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock", "web-pab", object.union({"bucket": "web-1"}, all_blocked))
	fs := d.data_1 with input as t.inp([b, p])
	some f in fs
	contains(f.message, "public-read")
}

test_data1_public_bucket_policy if {
	pol := t.aws("aws:s3/bucketPolicy:BucketPolicy", "docs-policy", {"bucket": "docs-1", "policy": json.marshal({"Statement": [{"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::docs-1/*"}]})})
	count(d.data_1) == 1 with input as t.inp([bucket, pab(all_blocked), pol])
}

test_data1_public_database if {
	db := t.aws("aws:rds/instance:Instance", "db", {"publiclyAccessible": true})
	count(d.data_1) == 1 with input as t.inp([db])
}

test_data1_private_database if {
	db := t.aws("aws:rds/instance:Instance", "db", {"publiclyAccessible": false})
	count(d.data_1) == 0 with input as t.inp([db])
}

sa(props) := t.azure("azure-native:storage:StorageAccount", "sa", props)

test_data1_azure_blob_public_access if {
	fs := d.data_1 with input as t.inp([sa({"allowBlobPublicAccess": true, "publicNetworkAccess": "Disabled"})])
	some f in fs
	contains(f.message, "allowBlobPublicAccess")
}

test_data1_azure_open_network if {
	count(d.data_1) == 1 with input as t.inp([sa({"allowBlobPublicAccess": false, "publicNetworkAccess": "Enabled", "networkRuleSet": {"defaultAction": "Allow"}})])
}

test_data1_azure_private_storage if {
	count(d.data_1) == 0 with input as t.inp([sa({"allowBlobPublicAccess": false, "publicNetworkAccess": "Disabled"})])
}

test_data1_azure_network_rules_deny if {
	count(d.data_1) == 0 with input as t.inp([sa({"allowBlobPublicAccess": false, "networkRuleSet": {"defaultAction": "Deny"}})])
}

test_data1_azure_public_container if {
	c := t.azure("azure-native:storage:BlobContainer", "c", {"accountName": "sa", "publicAccess": "Container"})
	count(d.data_1) == 1 with input as t.inp([c])
}

# ---- DATA-2

doc_lock(mode, years) := t.aws("aws:s3/bucketObjectLockConfigurationV2:BucketObjectLockConfigurationV2", "docs-lock", {"bucket": "docs-1", "rule": {"defaultRetention": {"mode": mode, "years": years}}})

test_data2_document_bucket_without_lock if {
	count(d.data_2) == 1 with input as t.inp([bucket])
}

test_data2_document_bucket_compliance_10_years if {
	count(d.data_2) == 0 with input as t.inp([bucket, doc_lock("COMPLIANCE", 10)])
}

test_data2_document_bucket_governance_mode if {
	count(d.data_2) == 1 with input as t.inp([bucket, doc_lock("GOVERNANCE", 10)])
}

test_data2_temporary_bucket_without_expiry if {
	b := t.aws("aws:s3/bucketV2:BucketV2", "scratch", {"bucket": "scratch-1"})
	count(d.data_2) == 1 with input as t.inp([b])
}

test_data2_temporary_bucket_with_expiry if {
	b := t.aws("aws:s3/bucketV2:BucketV2", "scratch", {"bucket": "scratch-1"})
	lc := t.aws("aws:s3/bucketLifecycleConfigurationV2:BucketLifecycleConfigurationV2", "scratch-lc", {"bucket": "scratch-1", "rules": [{"id": "expire", "status": "Enabled", "expiration": {"days": 7}}]})
	count(d.data_2) == 0 with input as t.inp([b, lc])
}

az_docs := t.azure("azure-native:storage:StorageAccount", "stdocuments", {"accountName": "stdocuments"})

test_data2_azure_documents_without_immutability if {
	count(d.data_2) == 1 with input as t.inp([az_docs])
}

test_data2_azure_documents_immutable if {
	p := t.azure("azure-native:storage:BlobContainerImmutabilityPolicy", "docs-immutability", {"accountName": "stdocuments", "containerName": "documents", "immutabilityPeriodSinceCreationInDays": 3650})
	count(d.data_2) == 0 with input as t.inp([az_docs, p])
}

# ---- DATA-3

test_data3_bucket_without_versioning if {
	count(d.data_3) == 1 with input as t.inp([bucket])
}

test_data3_bucket_versioning_resource if {
	v := t.aws("aws:s3/bucketVersioningV2:BucketVersioningV2", "docs-versioning", {"bucket": "docs-1", "versioningConfiguration": {"status": "Enabled"}})
	count(d.data_3) == 0 with input as t.inp([bucket, v])
}

test_data3_bucket_versioning_suspended if {
	v := t.aws("aws:s3/bucketVersioningV2:BucketVersioningV2", "docs-versioning", {"bucket": "docs-1", "versioningConfiguration": {"status": "Suspended"}})
	count(d.data_3) == 1 with input as t.inp([bucket, v])
}

test_data3_legacy_bucket_versioning if {
	b := t.aws("aws:s3/bucket:Bucket", "old", {"versioning": {"enabled": true, "mfaDelete": false}})
	count(d.data_3) == 0 with input as t.inp([b])
}

test_data3_azure_without_soft_delete if {
	count(d.data_3) == 1 with input as t.inp([sa({"accountName": "sa"})])
}

test_data3_azure_soft_delete if {
	s := t.azure("azure-native:storage:BlobServiceProperties", "sa-blob", {"accountName": "sa", "blobServicesName": "default", "deleteRetentionPolicy": {"enabled": true, "days": 30}})
	count(d.data_3) == 0 with input as t.inp([sa({"accountName": "sa"}), s])
}

# ---- DATA-4

test_data4_unprotected_bucket_in_prod if {
	b := t.with_fields(bucket, {"protect": false})
	fs := d.data_4 with input as t.inp([b])
	some f in fs
	f.enforcement == "mandatory"
}

test_data4_protected_bucket_in_prod if {
	count(d.data_4) == 0 with input as t.inp([bucket])
}

test_data4_unprotected_bucket_in_dev if {
	count(d.data_4) == 0 with input as t.inp_env([t.with_fields(bucket, {"protect": false})], t.env_dev)
}

test_data4_replace_flagged if {
	fs := d.data_4 with input as t.inp_env([t.with_fields(bucket, {"protect": false, "op": "replace"})], t.env_dev)
	some f in fs
	contains(f.message, "replace")
	f.enforcement == "advisory"
}

test_data4_azure_unprotected_vault if {
	v := t.with_fields(t.azure("azure-native:keyvault:Vault", "kv", {}), {"protect": false})
	count(d.data_4) == 1 with input as t.inp([v])
}

test_data1_storage_public_access_not_set_says_so if {
	s := t.azure("azure-native:storage:StorageAccount", "store", {"publicNetworkAccess": "Disabled"})
	fs := d.data_1 with input as t.inp([s])
	some f in fs
	contains(f.message, "allowBlobPublicAccess is not set; the API's default is")
	not contains(f.message, "allowBlobPublicAccess is true")
}
