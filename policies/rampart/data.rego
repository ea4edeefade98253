# Storage exposure and lifecycle (DATA-1..DATA-4).
package rampart.data

import data.rampart.lib
import data.rampart.log

deny := ((data_1 | data_2) | data_3) | data_4

pab_type := "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock"

pab_settings := ["blockPublicAcls", "blockPublicPolicy", "ignorePublicAcls", "restrictPublicBuckets"]

public_acls := {"public-read", "public-read-write", "authenticated-read"}

# ---------------------------------------------------------------- DATA-1

# METADATA
# title: DATA-1 no public data
# description: S3 Block Public Access with all four settings, no public ACLs or public bucket policies; Azure storage allowBlobPublicAccess false and not open to all networks, containers private, data stores without public network access; databases not publicly accessible.
# scope: document
# custom:
#   id: DATA-1
#   policy_type: resource
#   resource_scope:
#     type:
#       - "aws:rds/instance:Instance"
#       - "aws:rds/cluster:Cluster"
#       - "aws:redshift/cluster:Cluster"
#       - "aws:docdb/cluster:Cluster"
#       - "azure-native:storage:StorageAccount"
#       - "azure:storage/account:Account"
#       - "azure-native:storage:BlobContainer"
#       - "azure-native:documentdb:DatabaseAccount"
#       - "azure-native:sql:Server"
#       - "azure-native:cache:Redis"
#       - "azure-native:dbforpostgresql:Server"
#       - "azure-native:dbforpostgresql:FlexibleServer"
#       - "azure-native:dbformysql:FlexibleServer"
#   severity: critical
#   enforcement: mandatory
#   remediation: "Block all public access: S3 Block Public Access (all four), no public ACLs or policies, allowBlobPublicAccess false, publicNetworkAccess Disabled, databases not publicly accessible."
#   references:
#     - "GDPR Art. 32(1)(b)"
#     - "GDPR Art. 5(1)(f)"
#     - "ISO/IEC 27001:2022 A.8.3"
#     - "ISO/IEC 27001:2022 A.8.12"
#     - "BSI C5:2020 IDM-01"
#     - "BSI C5:2020 COS-01"
#     - "ENISA EUCS IAM-09"
#     - "NIS2 Art. 21(2)(i)"
#     - "CIS AWS Foundations v3.0.0 2.1.4, 2.3.3"
#     - "CIS Azure Foundations v2.0.0 3.7, 3.8"
data_1 contains f if {
	some b in lib.buckets
	not pab_complete(b)
	not pab_unknown(b)
	f := lib.finding("DATA-1", b.urn, sprintf("%s lacks S3 Block Public Access with all four settings on (%v)", [lib.label(b), concat(", ", pab_settings)]))
}

data_1 contains f if {
	some b in lib.buckets
	not pab_complete(b)
	pab_unknown(b)
	f := lib.unknown_finding("DATA-1", b.urn, sprintf("the public access block of %s", [lib.label(b)]))
}

pab_complete(b) if {
	cfg := lib.get(lib.props(b), "publicAccessBlockConfiguration", null)
	is_object(cfg)
	every k in pab_settings {
		lib.is_true(lib.get(cfg, k, false))
	}
}

pab_complete(b) if {
	some s in lib.bucket_configs(b, {pab_type})
	every k in pab_settings {
		lib.is_true(lib.get(lib.props(s), k, false))
	}
}

pab_unknown(b) if {
	some s in lib.bucket_configs(b, {pab_type})
	some k in pab_settings
	lib.unknown(lib.get(lib.props(s), k, false))
}

data_1 contains f if {
	some b in lib.buckets
	acl := lib.get(lib.props(b), "acl", "private")
	acl in public_acls
	f := lib.finding("DATA-1", b.urn, sprintf("%s has the public ACL %s", [lib.label(b), acl]))
}

data_1 contains f if {
	some b in lib.buckets
	some s in lib.bucket_configs(b, {"aws:s3/bucketAclV2:BucketAclV2"})
	some reason in public_acl_config(lib.props(s))
	f := lib.finding("DATA-1", s.urn, sprintf("%s makes %s public: %s", [lib.label(s), lib.label(b), reason]))
}

public_acl_config(p) := {sprintf("canned ACL %s", [p.acl]) | p.acl in public_acls} | {sprintf("grant to %s", [uri]) |
	some pol in lib.as_list(lib.get(p, "accessControlPolicy", []))
	some g in lib.as_list(lib.get(pol, "grants", []))
	some grantee in lib.as_list(lib.get(g, "grantee", []))
	uri := lib.get(grantee, "uri", "")
	is_string(uri)
	some group in ["AllUsers", "AuthenticatedUsers"]
	endswith(uri, group)
}

data_1 contains f if {
	some b in lib.buckets
	some p in policies_of(b)
	doc := policy_doc(p)
	some st in lib.as_list(lib.get(doc, "Statement", []))
	lib.get(st, "Effect", "") == "Allow"
	public_principal(lib.get(st, "Principal", null))
	count(lib.get(st, "Condition", {})) == 0
	f := lib.finding("DATA-1", b.urn, sprintf("%s has a bucket policy allowing anyone (Principal *) without a condition", [lib.label(b)]))
}

policies_of(b) := array.concat(
	[p | p := lib.props(b).policy],
	[p | some s in lib.bucket_configs(b, {"aws:s3/bucketPolicy:BucketPolicy", "aws-native:s3:BucketPolicy"}); some k in ["policy", "policyDocument"]; p := lib.props(s)[k]]
)

policy_doc(p) := json.unmarshal(p) if {
	is_string(p)
	json.is_valid(p)
}

policy_doc(p) := p if is_object(p)

public_principal("*")

public_principal(p) if {
	is_object(p)
	"*" in lib.as_list(lib.get(p, "AWS", []))
}

data_1 contains f if {
	some r in lib.resources
	r.type in {"aws:rds/instance:Instance", "aws:rds/cluster:Cluster", "aws:redshift/cluster:Cluster", "aws:docdb/cluster:Cluster"}
	lib.is_true(lib.get(lib.props(r), "publiclyAccessible", false))
	f := lib.finding("DATA-1", r.urn, sprintf("%s is publicly accessible", [lib.label(r)]))
}

data_1 contains f if {
	some r in lib.resources
	r.type == "azure-native:storage:StorageAccount"
	v := lib.get(lib.props(r), "allowBlobPublicAccess", true)
	not lib.is_false(v)
	not lib.unknown(v)
	f := lib.finding_fix("DATA-1", r.urn, sprintf("%s allows public blob access (%s)", [lib.label(r), lib.setting(lib.props(r), "allowBlobPublicAccess", "true for accounts created before 2023-11, which allows public containers")]), sprintf("Set allowBlobPublicAccess: false on %s.", [lib.label(r)]))
}

data_1 contains f if {
	some r in lib.resources
	r.type == "azure-native:storage:StorageAccount"
	not storage_network_closed(lib.props(r))
	f := lib.finding("DATA-1", r.urn, sprintf("%s is reachable from all networks (%s; %s)", [lib.label(r), lib.setting(lib.props(r), "publicNetworkAccess", "Enabled"), lib.setting(lib.get(lib.props(r), "networkRuleSet", {}), "networkRuleSet.defaultAction", "Allow")]))
}

storage_network_closed(p) if lib.get(p, "publicNetworkAccess", "Enabled") == "Disabled"

storage_network_closed(p) if lib.get(lib.get(p, "networkRuleSet", {}), "defaultAction", "Allow") == "Deny"

storage_network_closed(p) if lib.unknown(lib.get(p, "publicNetworkAccess", "Enabled"))

# Classic azure provider storage accounts: nested items are public unless turned off (the
# property is allowNestedItemsToBePublic in newer providers, allowBlobPublicAccess in older ones).
data_1 contains f if {
	some r in lib.resources
	r.type == "azure:storage/account:Account"
	classic_blob_public(lib.props(r))
	f := lib.finding("DATA-1", r.urn, sprintf("%s allows public blob access (%s)", [lib.label(r), classic_blob_said(lib.props(r))]))
}

classic_blob_said(p) := "allowNestedItemsToBePublic is not set; the provider's default allows public containers" if {
	lib.get(p, "allowNestedItemsToBePublic", null) == null
	lib.get(p, "allowBlobPublicAccess", null) == null
} else := concat(", ", [sprintf("%s is %v", [k, v]) | some k in ["allowNestedItemsToBePublic", "allowBlobPublicAccess"]; v := lib.get(p, k, null); v != null])

classic_blob_public(p) if {
	some k in ["allowNestedItemsToBePublic", "allowBlobPublicAccess"]
	lib.is_true(lib.get(p, k, false))
}

classic_blob_public(p) if {
	lib.get(p, "allowNestedItemsToBePublic", null) == null
	lib.get(p, "allowBlobPublicAccess", null) == null
}

data_1 contains f if {
	some r in lib.resources
	r.type == "azure:storage/account:Account"
	not lib.is_false(lib.get(lib.props(r), "publicNetworkAccessEnabled", true))
	lib.get(lib.get(lib.props(r), "networkRules", {}), "defaultAction", "Allow") != "Deny"
	f := lib.finding("DATA-1", r.urn, sprintf("%s is reachable from all networks (publicNetworkAccessEnabled and no default-deny network rules)", [lib.label(r)]))
}

data_1 contains f if {
	some r in lib.resources
	r.type == "azure-native:storage:BlobContainer"
	access := lib.get(lib.props(r), "publicAccess", "None")
	access in {"Blob", "Container"}
	f := lib.finding("DATA-1", r.urn, sprintf("%s allows anonymous %s access", [lib.label(r), access]))
}

# Azure data stores that must not accept public network access.
data_1 contains f if {
	some r in lib.resources
	r.type in {"azure-native:documentdb:DatabaseAccount", "azure-native:sql:Server", "azure-native:cache:Redis"}
	v := lib.get(lib.props(r), "publicNetworkAccess", "Enabled")
	v != "Disabled"
	not lib.unknown(v)
	f := lib.finding("DATA-1", r.urn, sprintf("%s accepts public network access (%s)", [lib.label(r), lib.setting(lib.props(r), "publicNetworkAccess", "Enabled")]))
}

data_1 contains f if {
	some r in lib.resources
	r.type in {"azure-native:dbforpostgresql:Server", "azure-native:dbforpostgresql:FlexibleServer", "azure-native:dbformysql:FlexibleServer"}
	v := lib.get(lib.get(lib.props(r), "network", {}), "publicNetworkAccess", "Enabled")
	v != "Disabled"
	not lib.unknown(v)
	f := lib.finding("DATA-1", r.urn, sprintf("%s accepts public network access (network.%s)", [lib.label(r), lib.setting(lib.get(lib.props(r), "network", {}), "publicNetworkAccess", "Enabled")]))
}

# ---------------------------------------------------------------- DATA-2

# METADATA
# title: DATA-2 document archives immutable, temporary data expires
# description: Buckets and storage accounts named or tagged as documents keep objects immutable for 10 years (S3 Object Lock COMPLIANCE / Azure immutability policy); buckets named or tagged temporary expire objects through lifecycle rules.
# scope: document
# custom:
#   id: DATA-2
#   severity: medium
#   enforcement: advisory
#   remediation: "Make document archives immutable for 10 years (Object Lock COMPLIANCE / immutability policy); expire temporary data with lifecycle rules."
#   references:
#     - "GDPR Art. 5(1)(e)"
#     - "GDPR Art. 32(1)(b)"
#     - "ISO/IEC 27001:2022 A.5.33"
#     - "ISO/IEC 27001:2022 A.8.10"
#     - "BSI C5:2020 OPS-09"
#     - "ENISA EUCS OPS-13"
#     - "NIS2 Art. 21(2)(c)"
retention_10_years := 3650

data_2 contains f if {
	some b in lib.buckets
	document_archive(b)
	not compliance_10_years(b)
	f := lib.finding("DATA-2", b.urn, sprintf("document archive %s is not immutable for 10 years (Object Lock COMPLIANCE with >= 10 years default retention)", [lib.label(b)]))
}

compliance_10_years(b) if {
	some x in log.default_retentions(b)
	x.mode == "COMPLIANCE"
	x.days >= retention_10_years
}

data_2 contains f if {
	some b in lib.buckets
	some word in ["temp", "tmp", "scratch"]
	marked(b, word)
	count(log.expiration_days(b)) == 0
	f := lib.finding("DATA-2", b.urn, sprintf("temporary bucket %s has no lifecycle expiration", [lib.label(b)]))
}

document_archive(r) if marked(r, "document")

document_archive(r) if marked(r, "docs")

# marked(r, word): the word appears in the resource's name, its physical name or a tag value.
marked(r, word) if contains(lower(lib.text(object.get(r, "name", ""))), word)

marked(r, word) if contains(lower(lib.text(lib.get(lib.props(r), "bucket", ""))), word)

marked(r, word) if {
	some k in ["purpose", "data-classification", "content", "Name"]
	some v in lib.tag_values(r, k)
	contains(lower(lib.text(v)), word)
}

data_2 contains f if {
	some a in lib.resources
	a.type == "azure-native:storage:StorageAccount"
	document_archive(a)
	not azure_immutable_10_years(a)
	f := lib.finding("DATA-2", a.urn, sprintf("document archive %s has no container immutability policy of at least 10 years", [lib.label(a)]))
}

azure_immutable_10_years(a) if {
	some p in lib.configs(a, {"azure-native:storage:BlobContainerImmutabilityPolicy"})
	lib.num(lib.get(lib.props(p), "immutabilityPeriodSinceCreationInDays", 0)) >= retention_10_years
}

# ---------------------------------------------------------------- DATA-3

# METADATA
# title: DATA-3 versioning and soft delete
# description: Every S3 bucket has versioning enabled (inline versioning, versionings[] or a BucketVersioningV2 resource); every Azure storage account has blob soft delete (BlobServiceProperties deleteRetentionPolicy enabled).
# scope: document
# custom:
#   id: DATA-3
#   severity: medium
#   enforcement: mandatory
#   remediation: "Enable bucket versioning and blob soft delete."
#   references:
#     - "GDPR Art. 32(1)(c)"
#     - "ISO/IEC 27001:2022 A.8.13"
#     - "BSI C5:2020 OPS-06"
#     - "ENISA EUCS OPS-06"
#     - "NIS2 Art. 21(2)(c)"
versioning_types := {"aws:s3/bucketVersioningV2:BucketVersioningV2", "aws:s3/bucketVersioning:BucketVersioning"}

data_3 contains f if {
	some b in lib.buckets
	not versioned(b)
	not versioning_unknown(b)
	f := lib.finding("DATA-3", b.urn, sprintf("%s does not have versioning enabled", [lib.label(b)]))
}

data_3 contains f if {
	some b in lib.buckets
	not versioned(b)
	versioning_unknown(b)
	f := lib.unknown_finding("DATA-3", b.urn, sprintf("the versioning of %s", [lib.label(b)]))
}

versioned(b) if {
	some v in array.concat(lib.as_list(lib.get(lib.props(b), "versioning", [])), lib.as_list(lib.get(lib.props(b), "versionings", [])))
	lib.is_true(lib.get(v, "enabled", false))
}

versioned(b) if lib.get(lib.get(lib.props(b), "versioningConfiguration", {}), "status", "") == "Enabled"

versioned(b) if {
	some s in lib.bucket_configs(b, versioning_types)
	some cfg in lib.as_list(lib.get(lib.props(s), "versioningConfiguration", []))
	lib.get(cfg, "status", "") == "Enabled"
}

versioning_unknown(b) if {
	some s in lib.bucket_configs(b, versioning_types)
	some cfg in lib.as_list(lib.get(lib.props(s), "versioningConfiguration", []))
	lib.unknown(lib.get(cfg, "status", ""))
}

data_3 contains f if {
	some a in lib.resources
	a.type == "azure-native:storage:StorageAccount"
	not blob_soft_delete(a)
	f := lib.finding("DATA-3", a.urn, sprintf("%s has no blob soft delete (BlobServiceProperties deleteRetentionPolicy)", [lib.label(a)]))
}

data_3 contains f if {
	some a in lib.resources
	a.type == "azure:storage/account:Account"
	days := lib.get(lib.get(lib.get(lib.props(a), "blobProperties", {}), "deleteRetentionPolicy", {}), "days", 0)
	not lib.num(days) > 0
	f := lib.finding("DATA-3", a.urn, sprintf("%s has no blob soft delete (blobProperties.deleteRetentionPolicy)", [lib.label(a)]))
}

blob_soft_delete(a) if {
	some s in lib.configs(a, {"azure-native:storage:BlobServiceProperties"})
	lib.is_true(lib.get(lib.get(lib.props(s), "deleteRetentionPolicy", {}), "enabled", false))
}

# ---------------------------------------------------------------- DATA-4

# METADATA
# title: DATA-4 stateful resources protected in production
# description: In production every stateful resource (buckets, keys, databases, vaults, storage accounts, secrets, audit trails and log groups) has protect set; a plan that deletes or replaces a stateful resource is flagged for review in every environment.
# scope: document
# custom:
#   id: DATA-4
#   # decided by the resource alone: Pulumi's analyzer checks it per resource (Analyze)
#   policy_type: resource
#   severity: high
#   enforcement: advisory
#   production_enforcement: mandatory
#   remediation: "Set protect: true on stateful resources in production and review any plan that deletes or replaces one."
#   references:
#     - "GDPR Art. 32(1)(b)"
#     - "GDPR Art. 32(1)(c)"
#     - "ISO/IEC 27001:2022 A.8.32"
#     - "ISO/IEC 27001:2022 A.8.13"
#     - "BSI C5:2020 OPS-06"
#     - "BSI C5:2020 DEV-03"
#     - "ENISA EUCS CCM-04"
#     - "NIS2 Art. 21(2)(c)"
data_4 contains f if {
	lib.production
	some r in lib.resources
	lib.stateful_type(r.type)
	object.get(r, "protect", false) != true
	object.get(r, "op", "same") != "delete"
	f := lib.finding("DATA-4", r.urn, sprintf("stateful %s is not protected in production", [lib.label(r)]))
}

data_4 contains f if {
	some r in lib.resources
	lib.stateful_type(r.type)
	op := object.get(r, "op", "same")
	op in {"delete", "replace"}
	f := lib.finding("DATA-4", r.urn, sprintf("the plan will %s stateful %s: review before applying", [op, lib.label(r)]))
}

# Classic azure provider containers: anonymous blob or container access.
data_1 contains f if {
	some r in lib.resources
	r.type == "azure:storage/container:Container"
	access := lower(lib.text(lib.get(lib.props(r), "containerAccessType", "private")))
	access in {"blob", "container"}
	f := lib.finding("DATA-1", r.urn, sprintf("%s allows anonymous %s access", [lib.label(r), access]))
}
