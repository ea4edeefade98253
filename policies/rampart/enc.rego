# Encryption at rest, key protection and encryption in transit (ENC-1..ENC-3).
package rampart.enc

import data.rampart.lib

deny := (enc_1 | enc_2) | enc_3

kms_algorithms := {"aws:kms", "aws:kms:dsse"}

# ---------------------------------------------------------------- ENC-1

# METADATA
# title: ENC-1 encryption at rest with customer-managed keys
# description: S3 SSE-KMS with a KMS key, encrypted EBS/launch templates, RDS storageEncrypted with a key, DynamoDB/EFS/backup vaults with a CMK; Azure storage with Key Vault keys and infrastructure encryption, disks with an encryption set, Cosmos DB with a key vault key; ElastiCache replication groups and OpenSearch/Elasticsearch domains encrypted with a CMK; Azure SQL TDE with a Key Vault key.
# scope: document
# custom:
#   id: ENC-1
#   policy_type: resource
#   resource_scope:
#     type:
#       - "aws:rds/instance:Instance"
#       - "aws:rds/cluster:Cluster"
#       - "aws:docdb/cluster:Cluster"
#       - "aws:efs/fileSystem:FileSystem"
#       - "aws:ebs/volume:Volume"
#       - "aws:redshift/cluster:Cluster"
#       - "aws:dynamodb/table:Table"
#       - "aws:backup/vault:Vault"
#       - "aws:ec2/launchTemplate:LaunchTemplate"
#       - "aws:ec2/instance:Instance"
#       - "azure-native:storage:StorageAccount"
#       - "azure:storage/account:Account"
#       - "azure-native:compute:Disk"
#       - "azure-native:compute:VirtualMachine"
#       - "azure-native:documentdb:DatabaseAccount"
#       - "aws:elasticache/replicationGroup:ReplicationGroup"
#       - "aws:opensearch/domain:Domain"
#       - "aws:elasticsearch/domain:Domain"
#       - "azure-native:sql:TransparentDataEncryption"
#   severity: critical
#   enforcement: mandatory
#   remediation: "Encrypt at rest with a customer-managed KMS / Key Vault key (SSE-KMS, storageEncrypted + kmsKeyId, keySource Microsoft.Keyvault + infrastructure encryption, disk encryption set)."
#   references:
#     - "GDPR Art. 32(1)(a)"
#     - "ISO/IEC 27001:2022 A.8.24"
#     - "BSI C5:2020 CRY-03"
#     - "BSI C5:2020 CRY-04"
#     - "ENISA EUCS CKM-03"
#     - "NIS2 Art. 21(2)(h)"
#     - "CIS AWS Foundations v3.0.0 2.2.1, 2.3.1"
#     - "CIS Azure Foundations v2.0.0 3.12"
enc_1 contains f if {
	some b in lib.buckets
	not bucket_kms(b)
	not bucket_sse_unknown(b)
	algs := {a | some x in sse_settings(b); a := x.algorithm}
	f := lib.finding("ENC-1", b.urn, sprintf("%s is not encrypted with SSE-KMS and a customer-managed key (found %v)", [lib.label(b), sort(algs)]))
}

enc_1 contains f if {
	some b in lib.buckets
	not bucket_kms(b)
	bucket_sse_unknown(b)
	f := lib.unknown_finding("ENC-1", b.urn, sprintf("the server-side encryption of %s", [lib.label(b)]))
}

# sse_settings(b): {algorithm, key} from all three S3 encryption shapes.
sse_settings(b) := ((inline_v2_sse(b) | legacy_sse(b)) | separate_sse(b)) | native_sse(b)

# aws-native:s3:Bucket (Cloud Control shape).
native_sse(b) := {x |
	some cfg in lib.as_list(lib.get(lib.get(lib.props(b), "bucketEncryption", {}), "serverSideEncryptionConfiguration", []))
	some d in lib.as_list(lib.get(cfg, "serverSideEncryptionByDefault", []))
	x := sse_of(d)
}

inline_v2_sse(b) := {x |
	some cfg in lib.as_list(lib.get(lib.props(b), "serverSideEncryptionConfigurations", []))
	some rule in lib.as_list(lib.get(cfg, "rules", []))
	some d in lib.as_list(lib.get(rule, "applyServerSideEncryptionByDefaults", []))
	x := sse_of(d)
}

legacy_sse(b) := {x |
	some cfg in lib.as_list(lib.get(lib.props(b), "serverSideEncryptionConfiguration", []))
	some rule in lib.as_list(lib.get(cfg, "rule", lib.get(cfg, "rules", [])))
	some d in lib.as_list(lib.get(rule, "applyServerSideEncryptionByDefault", []))
	x := sse_of(d)
}

sse_config_types := {
	"aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2",
	"aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration",
}

separate_sse(b) := {x |
	some s in lib.bucket_configs(b, sse_config_types)
	some rule in lib.as_list(lib.get(lib.props(s), "rules", []))
	some d in lib.as_list(lib.get(rule, "applyServerSideEncryptionByDefault", []))
	x := sse_of(d)
}

sse_of(d) := {"algorithm": lib.get(d, "sseAlgorithm", "none"), "key": lib.get(d, "kmsMasterKeyId", "")}

bucket_kms(b) if {
	some x in sse_settings(b)
	x.algorithm in kms_algorithms
	lib.nonempty(x.key)
}

bucket_sse_unknown(b) if {
	some x in sse_settings(b)
	lib.unknown(x.algorithm)
}

bucket_sse_unknown(b) if {
	some x in sse_settings(b)
	x.algorithm in kms_algorithms
	lib.unknown(x.key)
}

bucket_sse_unknown(b) if lib.unknown(lib.get(lib.props(b), "serverSideEncryptionConfigurations", null))

bucket_sse_unknown(b) if lib.unknown(lib.get(lib.props(b), "serverSideEncryptionConfiguration", null))

bucket_sse_unknown(b) if {
	some s in lib.bucket_configs(b, sse_config_types)
	lib.unknown(lib.get(lib.props(s), "rules", null))
}

# Resources encrypted by a flag plus a key: [type, flag property, key property].
flag_and_key := [
	["aws:rds/instance:Instance", "storageEncrypted", "kmsKeyId"],
	["aws:rds/cluster:Cluster", "storageEncrypted", "kmsKeyId"],
	["aws:docdb/cluster:Cluster", "storageEncrypted", "kmsKeyId"],
	["aws:efs/fileSystem:FileSystem", "encrypted", "kmsKeyId"],
	["aws:ebs/volume:Volume", "encrypted", "kmsKeyId"],
	["aws:redshift/cluster:Cluster", "encrypted", "kmsKeyId"],
]

enc_1 contains f if {
	some spec in flag_and_key
	some r in lib.resources
	r.type == spec[0]
	some msg in flag_key_problems(r, spec[1], spec[2])
	f := lib.finding("ENC-1", r.urn, msg)
}

enc_1 contains f if {
	some spec in flag_and_key
	some r in lib.resources
	r.type == spec[0]
	some what in flag_key_unknowns(r, spec[1], spec[2])
	f := lib.unknown_finding("ENC-1", r.urn, what)
}

flag_key_problems(r, flag, key) := {msg |
	lib.get(lib.props(r), flag, null) == null
	not default_cmk_covers(r)
	msg := sprintf("%s does not set %s; the API's default leaves it unencrypted at rest", [lib.label(r), flag])
} | {msg |
	v := lib.get(lib.props(r), flag, null)
	v != null
	not lib.unknown(v)
	not lib.is_true(v)
	msg := sprintf("%s has %s = %v: not encrypted at rest", [lib.label(r), flag, v])
} | {msg |
	lib.is_true(lib.get(lib.props(r), flag, false))
	k := lib.get(lib.props(r), key, "")
	not lib.unknown(k)
	not lib.nonempty(k)
	not default_cmk_covers(r)
	msg := sprintf("%s is encrypted with the AWS-managed key: %s is not set (set it to a customer-managed KMS key)", [lib.label(r), key])
} | {msg |
	lib.is_true(lib.get(lib.props(r), flag, false))
	k := lib.get(lib.props(r), key, "")
	aws_managed_key(k)
	msg := sprintf("%s is encrypted with the AWS-managed key %s, not a customer-managed KMS key", [lib.label(r), k])
}

# An EBS volume that says nothing is encrypted with the stack's EBS default key (ebs_default_cmk).
default_cmk_covers(r) if {
	r.type == "aws:ebs/volume:Volume"
	ebs_default_cmk
}

# aws_managed_key(k): a key named by an AWS-managed alias (alias/aws/ebs, arn:...:alias/aws/rds).
aws_managed_key(k) if {
	is_string(k)
	regex.match(`(^|:)alias/aws/`, k)
}

flag_key_unknowns(r, flag, key) := {what |
	lib.unknown(lib.get(lib.props(r), flag, false))
	what := sprintf("%s of %s", [flag, lib.label(r)])
} | {what |
	lib.is_true(lib.get(lib.props(r), flag, false))
	lib.unknown(lib.get(lib.props(r), key, ""))
	what := sprintf("the KMS key (%s) of %s", [key, lib.label(r)])
}

# DynamoDB: serverSideEncryption {enabled, kmsKeyArn}.
enc_1 contains f if {
	some r in lib.resources
	r.type == "aws:dynamodb/table:Table"
	sse := lib.get(lib.props(r), "serverSideEncryption", {})
	not lib.unknown(sse)
	not dynamo_cmk(sse)
	f := lib.finding("ENC-1", r.urn, sprintf("%s is not encrypted with a customer-managed KMS key (%s)", [lib.label(r), lib.setting(lib.props(r), "serverSideEncryption", "off, which encrypts with an AWS-owned key")]))
}

dynamo_cmk(sse) if {
	lib.is_true(lib.get(sse, "enabled", false))
	lib.nonempty(lib.get(sse, "kmsKeyArn", ""))
}

dynamo_cmk(sse) if {
	lib.is_true(lib.get(sse, "enabled", false))
	lib.unknown(lib.get(sse, "kmsKeyArn", ""))
}

# Backup vaults need a KMS key.
enc_1 contains f if {
	some r in lib.resources
	r.type == "aws:backup/vault:Vault"
	k := lib.get(lib.props(r), "kmsKeyArn", "")
	not lib.unknown(k)
	not lib.nonempty(k)
	f := lib.finding("ENC-1", r.urn, sprintf("%s has no customer-managed KMS key (kmsKeyArn)", [lib.label(r)]))
}

# EC2 instances and launch templates: every EBS volume encrypted with a customer-managed key. EC2
# creates volumes unencrypted unless the volume says otherwise or the account's EBS encryption by
# default is on, so a device (root volume included) that does not set `encrypted` is a violation,
# unless the stack turns on encryption by default with a customer-managed default key.
enc_1 contains f if {
	some r in lib.resources
	r.type in ec2_volume_holders
	not ebs_default_cmk
	some dev in ebs_devices(r)
	some problem in ebs_problems(dev.settings)
	f := lib.finding_fix("ENC-1", r.urn, sprintf("%s: %s %s", [lib.label(r), dev.what, problem]), sprintf("Set encrypted: true and kmsKeyId to a customer-managed KMS key on the %s of %s (or turn on EBS encryption by default with a customer-managed default key).", [dev.what, lib.label(r)]))
}

enc_1 contains f if {
	some r in lib.resources
	r.type in ec2_volume_holders
	not ebs_default_cmk
	some dev in ebs_devices(r)
	some k in ["encrypted", "kmsKeyId"]
	lib.unknown(lib.get(dev.settings, k, null))
	f := lib.unknown_finding("ENC-1", r.urn, sprintf("%s of the %s of %s", [k, dev.what, lib.label(r)]))
}

ec2_volume_holders := {"aws:ec2/instance:Instance", "aws:ec2/launchTemplate:LaunchTemplate", "aws:ec2/launchConfiguration:LaunchConfiguration"}

# Instances and (Auto Scaling) launch configurations share the rootBlockDevice/ebsBlockDevices shape.
instance_like := {"aws:ec2/instance:Instance", "aws:ec2/launchConfiguration:LaunchConfiguration"}

# ebs_devices(r): {what, settings} of each EBS volume an instance or launch template creates. An
# instance always has a root volume: without rootBlockDevice it gets the AMI's defaults.
ebs_devices(r) := {{"what": "root volume (rootBlockDevice)", "settings": d} |
	r.type in instance_like
	d := root_device(lib.props(r))
} | {{"what": sprintf("EBS volume %v (ebsBlockDevices)", [lib.get(d, "deviceName", "")]), "settings": d} |
	r.type in instance_like
	some d in lib.as_list(lib.get(lib.props(r), "ebsBlockDevices", []))
	is_object(d)
} | {{"what": sprintf("EBS block device %v (blockDeviceMappings)", [lib.get(m, "deviceName", "")]), "settings": ebs} |
	r.type == "aws:ec2/launchTemplate:LaunchTemplate"
	some m in lib.as_list(lib.get(lib.props(r), "blockDeviceMappings", []))
	ebs := lib.get(m, "ebs", null)
	is_object(ebs)
}

root_device(p) := d if {
	some d in lib.as_list(lib.get(p, "rootBlockDevice", []))
	is_object(d)
} else := {}

ebs_problems(d) := {"does not set encrypted; EC2's default creates it unencrypted" |
	lib.get(d, "encrypted", null) == null
} | {sprintf("has encrypted = %v: not encrypted at rest", [v]) |
	v := lib.get(d, "encrypted", null)
	v != null
	not lib.unknown(v)
	not lib.is_true(v)
} | {"is encrypted with the AWS-managed key: kmsKeyId is not set (set it to a customer-managed KMS key)" |
	lib.is_true(lib.get(d, "encrypted", null))
	k := lib.get(d, "kmsKeyId", "")
	not lib.unknown(k)
	not lib.nonempty(k)
} | {sprintf("is encrypted with the AWS-managed key %s, not a customer-managed KMS key", [k]) |
	lib.is_true(lib.get(d, "encrypted", null))
	k := lib.get(d, "kmsKeyId", "")
	aws_managed_key(k)
}

# The stack turns on EBS encryption by default for the account and region with a customer-managed
# default key: volumes that say nothing are encrypted with that key.
ebs_default_cmk if {
	some e in lib.resources
	e.type == "aws:ebs/encryptionByDefault:EncryptionByDefault"
	lib.is_true(lib.get(lib.props(e), "enabled", true))
	some k in lib.resources
	k.type == "aws:ebs/defaultKmsKey:DefaultKmsKey"
	lib.nonempty(lib.get(lib.props(k), "keyArn", ""))
}

# Azure storage: Key Vault keys and infrastructure (double) encryption.
enc_1 contains f if {
	some r in lib.resources
	r.type == "azure-native:storage:StorageAccount"
	enc := lib.get(lib.props(r), "encryption", {})
	src := lib.get(enc, "keySource", "Microsoft.Storage")
	not lib.unknown(src)
	lower(lib.text(src)) != "microsoft.keyvault"
	f := lib.finding("ENC-1", r.urn, sprintf("%s does not use customer-managed keys (encryption.%s; customer-managed is Microsoft.Keyvault)", [lib.label(r), lib.setting(enc, "keySource", "Microsoft.Storage")]))
}

enc_1 contains f if {
	some r in lib.resources
	r.type == "azure-native:storage:StorageAccount"
	enc := lib.get(lib.props(r), "encryption", {})
	v := lib.get(enc, "requireInfrastructureEncryption", false)
	not lib.unknown(v)
	not lib.is_true(v)
	f := lib.finding("ENC-1", r.urn, sprintf("%s does not require infrastructure (double) encryption", [lib.label(r)]))
}

enc_1 contains f if {
	some r in lib.resources
	r.type == "azure-native:storage:StorageAccount"
	enc := lib.get(lib.props(r), "encryption", {})
	some k in ["keySource", "requireInfrastructureEncryption"]
	lib.unknown(lib.get(enc, k, null))
	f := lib.unknown_finding("ENC-1", r.urn, sprintf("encryption.%s of %s", [k, lib.label(r)]))
}

enc_1 contains f if {
	some r in lib.resources
	r.type == "azure-native:storage:StorageAccount"
	lib.unknown(lib.get(lib.props(r), "encryption", null))
	f := lib.unknown_finding("ENC-1", r.urn, sprintf("the encryption of %s", [lib.label(r)]))
}

# Classic azure provider storage accounts: a customer-managed key and infrastructure encryption.
enc_1 contains f if {
	some r in lib.resources
	r.type == "azure:storage/account:Account"
	cmk := lib.get(lib.props(r), "customerManagedKey", null)
	not lib.nonempty(lib.get(cmk, "keyVaultKeyId", ""))
	not lib.unknown(cmk)
	f := lib.finding("ENC-1", r.urn, sprintf("%s has no customer-managed key (customerManagedKey)", [lib.label(r)]))
}

enc_1 contains f if {
	some r in lib.resources
	r.type == "azure:storage/account:Account"
	v := lib.get(lib.props(r), "infrastructureEncryptionEnabled", false)
	not lib.is_true(v)
	not lib.unknown(v)
	f := lib.finding("ENC-1", r.urn, sprintf("%s does not use infrastructure (double) encryption", [lib.label(r)]))
}

# Managed disks: a disk encryption set.
enc_1 contains f if {
	some r in lib.resources
	r.type == "azure-native:compute:Disk"
	not disk_encryption_set(lib.get(lib.props(r), "encryption", {}))
	f := lib.finding("ENC-1", r.urn, sprintf("%s has no disk encryption set (customer-managed key)", [lib.label(r)]))
}

disk_encryption_set(enc) if lib.nonempty(lib.get(enc, "diskEncryptionSetId", ""))

disk_encryption_set(enc) if lib.unknown(lib.get(enc, "diskEncryptionSetId", ""))

enc_1 contains f if {
	some r in lib.resources
	r.type == "azure-native:compute:VirtualMachine"
	os := lib.get(lib.get(lib.props(r), "storageProfile", {}), "osDisk", {})
	md := lib.get(os, "managedDisk", {})
	des := lib.get(lib.get(md, "diskEncryptionSet", {}), "id", "")
	not lib.nonempty(des)
	not lib.unknown(des)
	f := lib.finding("ENC-1", r.urn, sprintf("%s: the OS disk has no disk encryption set (customer-managed key)", [lib.label(r)]))
}

# Cosmos DB: a key vault key.
enc_1 contains f if {
	some r in lib.resources
	r.type == "azure-native:documentdb:DatabaseAccount"
	k := lib.get(lib.props(r), "keyVaultKeyUri", "")
	not lib.nonempty(k)
	not lib.unknown(k)
	f := lib.finding("ENC-1", r.urn, sprintf("%s has no key vault key (keyVaultKeyUri)", [lib.label(r)]))
}

# ElastiCache replication groups (aws 6.83.0 ReplicationGroupArgs atRestEncryptionEnabled, kmsKeyId):
# the provider's default is no encryption at rest for the redis engine and AWS-managed encryption for
# valkey; either way a customer-managed key needs kmsKeyId.
enc_1 contains f if {
	some r in lib.resources
	r.type == "aws:elasticache/replicationGroup:ReplicationGroup"
	some msg in elasticache_rest_problems(r, lib.props(r))
	f := lib.finding_fix("ENC-1", r.urn, msg, sprintf("Set atRestEncryptionEnabled: true and kmsKeyId to a customer-managed KMS key on %s.", [lib.label(r)]))
}

enc_1 contains f if {
	some r in lib.resources
	r.type == "aws:elasticache/replicationGroup:ReplicationGroup"
	some k in ["atRestEncryptionEnabled", "kmsKeyId"]
	lib.unknown(lib.get(lib.props(r), k, null))
	f := lib.unknown_finding("ENC-1", r.urn, sprintf("%s of %s", [k, lib.label(r)]))
}

elasticache_rest_problems(r, p) := {msg |
	lib.get(p, "atRestEncryptionEnabled", null) == null
	not valkey(p)
	msg := sprintf("%s is not encrypted at rest: atRestEncryptionEnabled is not set; the API's default for the %s engine is false", [lib.label(r), lib.get(p, "engine", "redis")])
} | {msg |
	v := lib.get(p, "atRestEncryptionEnabled", null)
	v != null
	not lib.unknown(v)
	not lib.is_true(v)
	msg := sprintf("%s is not encrypted at rest: atRestEncryptionEnabled is %v", [lib.label(r), v])
} | elasticache_key_problems(r, p)

elasticache_key_problems(r, p) := kms_key_problems(r, p, "kmsKeyId", "kmsKeyId") if {
	elasticache_encrypted(p)
} else := set()

elasticache_encrypted(p) if lib.is_true(lib.get(p, "atRestEncryptionEnabled", null))

elasticache_encrypted(p) if {
	lib.get(p, "atRestEncryptionEnabled", null) == null
	valkey(p)
}

valkey(p) if lower(lib.text(lib.get(p, "engine", ""))) == "valkey"

# kms_key_problems(r, o, key, shown): o is encrypted, but not with a customer-managed key named by
# o[key] (shown in messages as `shown`).
kms_key_problems(r, o, key, shown) := {sprintf("%s is encrypted with the AWS-managed key: %s is not set (set it to a customer-managed KMS key)", [lib.label(r), shown]) |
	k := lib.get(o, key, "")
	not lib.unknown(k)
	not lib.nonempty(k)
} | {sprintf("%s is encrypted with the AWS-managed key %s, not a customer-managed KMS key", [lib.label(r), k]) |
	k := lib.get(o, key, "")
	aws_managed_key(k)
}

# OpenSearch / Elasticsearch domains (aws 6.83.0 DomainArgs encryptAtRest {enabled, kmsKeyId}):
# without kmsKeyId the domain is at best encrypted with the AWS-managed aws/es key.
opensearch_types := {"aws:opensearch/domain:Domain", "aws:elasticsearch/domain:Domain"}

enc_1 contains f if {
	some r in lib.resources
	r.type in opensearch_types
	some msg in opensearch_rest_problems(r, lib.get(lib.props(r), "encryptAtRest", null))
	f := lib.finding_fix("ENC-1", r.urn, msg, sprintf("Set encryptAtRest: {enabled: true, kmsKeyId: <customer-managed KMS key>} on %s.", [lib.label(r)]))
}

enc_1 contains f if {
	some r in lib.resources
	r.type in opensearch_types
	ear := lib.get(lib.props(r), "encryptAtRest", {})
	some what in opensearch_rest_unknowns(r, ear)
	f := lib.unknown_finding("ENC-1", r.urn, what)
}

opensearch_rest_problems(r, ear) := {sprintf("%s has no customer-managed key at rest: encryptAtRest is not set; the API's default is no customer-managed key (at most the AWS-managed aws/es key)", [lib.label(r)]) |
	ear == null
} | {sprintf("%s is not encrypted at rest: encryptAtRest.%s", [lib.label(r), lib.setting(ear, "enabled", "false")]) |
	is_object(ear)
	v := lib.get(ear, "enabled", null)
	not lib.unknown(v)
	not lib.is_true(v)
} | opensearch_key_problems(r, ear)

opensearch_key_problems(r, ear) := kms_key_problems(r, ear, "kmsKeyId", "encryptAtRest.kmsKeyId") if {
	lib.is_true(lib.get(ear, "enabled", null))
} else := set()

opensearch_rest_unknowns(r, ear) := {sprintf("encryptAtRest of %s", [lib.label(r)]) |
	lib.unknown(ear)
} | {sprintf("encryptAtRest.%s of %s", [k, lib.label(r)]) |
	some k in ["enabled", "kmsKeyId"]
	lib.unknown(lib.get(ear, k, null))
}

# Azure SQL servers: transparent data encryption with a customer-managed key, either the server's
# keyId (a Key Vault key URI) or an EncryptionProtector of serverKeyType AzureKeyVault (azure-native
# 2.10.0 sql ServerArgs.keyId, EncryptionProtectorArgs.serverKeyType/serverName). Without either the
# API's default is a service-managed TDE key. A join (the protector is another resource), so SQL
# servers stay out of ENC-1's resource_scope: AnalyzeStack judges them with their stack.
enc_1 contains f if {
	some r in lib.resources
	r.type == "azure-native:sql:Server"
	k := lib.get(lib.props(r), "keyId", "")
	not lib.unknown(k)
	not lib.nonempty(k)
	protectors := sql_protectors(r)
	not some_keyvault_protector(protectors)
	not some_unknown_protector(protectors)
	f := lib.finding_fix("ENC-1", r.urn, sprintf("%s has no customer-managed TDE key: keyId is not set and %s; the API's default is a service-managed key", [lib.label(r), protector_text(protectors)]), sprintf("Set keyId to a Key Vault key URI on %s, or add an EncryptionProtector with serverKeyType AzureKeyVault for it.", [lib.label(r)]))
}

enc_1 contains f if {
	some r in lib.resources
	r.type == "azure-native:sql:Server"
	lib.unknown(lib.get(lib.props(r), "keyId", null))
	f := lib.unknown_finding("ENC-1", r.urn, sprintf("keyId of %s", [lib.label(r)]))
}

enc_1 contains f if {
	some r in lib.resources
	r.type == "azure-native:sql:Server"
	not lib.nonempty(lib.get(lib.props(r), "keyId", ""))
	protectors := sql_protectors(r)
	not some_keyvault_protector(protectors)
	some_unknown_protector(protectors)
	f := lib.unknown_finding("ENC-1", r.urn, sprintf("the serverKeyType of the encryption protector of %s", [lib.label(r)]))
}

# A database's TransparentDataEncryption resource (azure-native 2.10.0 TransparentDataEncryptionArgs.state)
# that turns TDE off leaves the database unencrypted at rest.
enc_1 contains f if {
	some r in lib.resources
	r.type == "azure-native:sql:TransparentDataEncryption"
	v := lib.get(lib.props(r), "state", null)
	is_string(v)
	lower(v) == "disabled"
	f := lib.finding_fix("ENC-1", r.urn, sprintf("%s turns transparent data encryption off (state is %s): database %v is not encrypted at rest", [lib.label(r), v, lib.get(lib.props(r), "databaseName", "?")]), sprintf("Set state: Enabled on %s.", [lib.label(r)]))
}

sql_protectors(r) := [p |
	some p in lib.resources
	p.type == "azure-native:sql:EncryptionProtector"
	lib.attached(p, "serverName", r, {"azure-native:sql:Server"})
]

some_keyvault_protector(ps) if {
	some p in ps
	lower(lib.text(lib.get(lib.props(p), "serverKeyType", ""))) == "azurekeyvault"
}

some_unknown_protector(ps) if {
	some p in ps
	lib.unknown(lib.get(lib.props(p), "serverKeyType", null))
}

protector_text(ps) := "no EncryptionProtector uses an Azure Key Vault key" if count(ps) == 0

protector_text(ps) := sprintf("its EncryptionProtector has serverKeyType %v", [concat(", ", sort({lib.text(lib.get(lib.props(p), "serverKeyType", "")) | some p in ps}))]) if count(ps) > 0

# ---------------------------------------------------------------- ENC-2

# METADATA
# title: ENC-2 keys kept apart from data and protected
# description: KMS keys rotate and have a deletion window of at least 30 days; Key Vaults have soft delete and purge protection, sit in their own resource group and are not publicly reachable.
# scope: document
# custom:
#   id: ENC-2
#   policy_type: resource
#   resource_scope:
#     type:
#       - "aws:kms/key:Key"
#       - "azure-native:keyvault:Key"
#       - "azure:keyvault/keyVault:KeyVault"
#   severity: high
#   enforcement: mandatory
#   remediation: "Enable key rotation with a deletion window of at least 30 days; key vaults need soft delete, purge protection, their own resource group and no public network access."
#   references:
#     - "GDPR Art. 32(1)(a)"
#     - "ISO/IEC 27001:2022 A.8.24"
#     - "BSI C5:2020 CRY-04"
#     - "ENISA EUCS CKM-04"
#     - "NIS2 Art. 21(2)(h)"
#     - "CIS AWS Foundations v3.0.0 3.6"
enc_2 contains f if {
	some r in lib.resources
	r.type == "aws:kms/key:Key"
	v := lib.get(lib.props(r), "enableKeyRotation", false)
	not lib.unknown(v)
	not lib.is_true(v)
	not asymmetric_key(r)
	f := lib.finding("ENC-2", r.urn, sprintf("%s does not rotate (enableKeyRotation is %v)", [lib.label(r), v]))
}

# Rotation is only available for symmetric encryption keys.
asymmetric_key(r) if {
	spec := lib.get(lib.props(r), "customerMasterKeySpec", lib.get(lib.props(r), "keySpec", "SYMMETRIC_DEFAULT"))
	is_string(spec)
	spec != "SYMMETRIC_DEFAULT"
	not lib.unknown(spec)
}

enc_2 contains f if {
	some r in lib.resources
	r.type == "aws:kms/key:Key"
	d := lib.num(lib.get(lib.props(r), "deletionWindowInDays", 30))
	d < 30
	f := lib.finding("ENC-2", r.urn, sprintf("%s has a deletion window of %v days, less than 30", [lib.label(r), d]))
}

# Key Vault keys rotate through a rotation policy with a Rotate lifetime action.
enc_2 contains f if {
	some r in lib.resources
	r.type == "azure-native:keyvault:Key"
	policy := lib.get(lib.get(lib.props(r), "properties", {}), "rotationPolicy", {})
	not lib.unknown(policy)
	not rotates(policy)
	f := lib.finding("ENC-2", r.urn, sprintf("%s has no rotation policy with a Rotate action", [lib.label(r)]))
}

rotates(policy) if {
	some a in lib.as_list(lib.get(policy, "lifetimeActions", []))
	lower(lib.text(lib.get(lib.get(a, "action", {}), "type", ""))) == "rotate"
}

vault_props(r) := lib.get(lib.props(r), "properties", {})

enc_2 contains f if {
	some r in lib.resources
	r.type == "azure-native:keyvault:Vault"
	lib.is_false(lib.get(vault_props(r), "enableSoftDelete", true))
	f := lib.finding("ENC-2", r.urn, sprintf("%s has soft delete disabled", [lib.label(r)]))
}

enc_2 contains f if {
	some r in lib.resources
	r.type == "azure-native:keyvault:Vault"
	v := lib.get(vault_props(r), "enablePurgeProtection", false)
	not lib.is_true(v)
	not lib.unknown(v)
	f := lib.finding("ENC-2", r.urn, sprintf("%s has no purge protection", [lib.label(r)]))
}

enc_2 contains f if {
	some r in lib.resources
	r.type == "azure-native:keyvault:Vault"
	not vault_private(vault_props(r))
	f := lib.finding("ENC-2", r.urn, sprintf("%s is publicly reachable (%s; %s)", [lib.label(r), lib.setting(vault_props(r), "publicNetworkAccess", "Enabled"), lib.setting(lib.get(vault_props(r), "networkAcls", {}), "defaultAction", "Allow")]))
}

vault_private(p) if lib.get(p, "publicNetworkAccess", "Enabled") == "Disabled"

vault_private(p) if lib.get(lib.get(p, "networkAcls", {}), "defaultAction", "Allow") == "Deny"

# The key vault's resource group must hold no data stores.
enc_2 contains f if {
	some r in lib.resources
	r.type == "azure-native:keyvault:Vault"
	rg := resource_group(r)
	some d in azure_data_stores_by_group[rg]
	f := lib.finding("ENC-2", r.urn, sprintf("%s shares resource group %s with data store %s: keep keys apart from data", [lib.label(r), rg, lib.label(d)]))
}

# Classic azure provider key vaults.
enc_2 contains f if {
	some r in lib.resources
	r.type == "azure:keyvault/keyVault:KeyVault"
	v := lib.get(lib.props(r), "purgeProtectionEnabled", false)
	not lib.is_true(v)
	not lib.unknown(v)
	f := lib.finding("ENC-2", r.urn, sprintf("%s has no purge protection", [lib.label(r)]))
}

enc_2 contains f if {
	some r in lib.resources
	r.type == "azure:keyvault/keyVault:KeyVault"
	not lib.is_false(lib.get(lib.props(r), "publicNetworkAccessEnabled", true))
	lib.get(lib.get(lib.props(r), "networkAcls", {}), "defaultAction", "Allow") != "Deny"
	f := lib.finding("ENC-2", r.urn, sprintf("%s is publicly reachable (publicNetworkAccessEnabled and no default-deny network ACL)", [lib.label(r)]))
}

# azure_data_stores_by_group[rg]: the Azure data stores of each resource group (by resource_group),
# so each vault looks its group up instead of scanning every data store.
azure_data_stores_by_group[rg] contains d if {
	some d in lib.resources
	d.type in lib.azure_data_store_types
	rg := resource_group(d)
}

resource_group(r) := lower(rg) if {
	rg := lib.props(r).resourceGroupName
	lib.nonempty(rg)
}

# ---------------------------------------------------------------- ENC-3

# METADATA
# title: ENC-3 encryption in transit, TLS 1.2 or newer
# description: S3 bucket policies deny aws:SecureTransport=false; load balancer listeners are HTTPS with a TLS 1.2+ policy and port 80 only redirects; Azure storage HTTPS only with minimum TLS 1.2; Application Gateway, Redis and SQL minimum TLS 1.2; CloudFront viewers and custom origins over HTTPS with TLS 1.2+.
# scope: document
# custom:
#   id: ENC-3
#   policy_type: resource
#   resource_scope:
#     type:
#       - "aws:lb/listener:Listener"
#       - "aws:alb/listener:Listener"
#       - "azure-native:storage:StorageAccount"
#       - "azure:storage/account:Account"
#       - "azure:mssql/server:Server"
#       - "azure-native:cache:Redis"
#       - "azure-native:sql:Server"
#       - "azure-native:network:ApplicationGateway"
#       - "azure-native:cdn:AFDCustomDomain"
#       - "azure-native:web:WebApp"
#       - "azure:appservice/linuxWebApp:LinuxWebApp"
#       - "azure:appservice/windowsWebApp:WindowsWebApp"
#       - "azure:appservice/appService:AppService"
#       - "aws:cloudfront/distribution:Distribution"
#       - "aws:apigateway/domainName:DomainName"
#       - "aws:apigatewayv2/domainName:DomainName"
#       - "aws:opensearch/domain:Domain"
#       - "aws:elasticsearch/domain:Domain"
#       - "aws:elasticache/replicationGroup:ReplicationGroup"
#       - "azure:postgresql/server:Server"
#       - "azure:mysql/server:Server"
#   severity: critical
#   enforcement: mandatory
#   remediation: "Require TLS 1.2+: deny aws:SecureTransport=false in bucket policies, HTTPS listeners with a TLS 1.2 policy (port 80 only redirects), Azure enableHttpsTrafficOnly and minimumTlsVersion TLS1_2."
#   references:
#     - "GDPR Art. 32(1)(a)"
#     - "ISO/IEC 27001:2022 A.8.24"
#     - "ISO/IEC 27001:2022 A.8.21"
#     - "BSI C5:2020 CRY-02"
#     - "ENISA EUCS CKM-02"
#     - "NIS2 Art. 21(2)(h)"
#     - "CIS AWS Foundations v3.0.0 2.1.1"
#     - "CIS Azure Foundations v2.0.0 3.1, 3.15"
enc_3 contains f if {
	some b in lib.buckets
	not denies_insecure_transport(b)
	not bucket_policy_unknown(b)
	f := lib.finding("ENC-3", b.urn, sprintf("%s has no bucket policy denying aws:SecureTransport = false", [lib.label(b)]))
}

enc_3 contains f if {
	some b in lib.buckets
	not denies_insecure_transport(b)
	bucket_policy_unknown(b)
	f := lib.unknown_finding("ENC-3", b.urn, sprintf("the bucket policy of %s", [lib.label(b)]))
}

bucket_policies(b) := array.concat(
	[p | p := lib.props(b).policy],
	[p | some s in lib.bucket_configs(b, {"aws:s3/bucketPolicy:BucketPolicy", "aws-native:s3:BucketPolicy"}); some k in ["policy", "policyDocument"]; p := lib.props(s)[k]]
)

denies_insecure_transport(b) if {
	some p in bucket_policies(b)
	doc := policy_doc(p)
	some st in lib.as_list(lib.get(doc, "Statement", []))
	lib.get(st, "Effect", "") == "Deny"
	cond := lib.get(lib.get(st, "Condition", {}), "Bool", {})
	lib.is_false(lib.get(cond, "aws:SecureTransport", true))
}

bucket_policy_unknown(b) if {
	some p in bucket_policies(b)
	lib.unknown(p)
}

# A policy is a JSON string or (from some sources) an object.
policy_doc(p) := json.unmarshal(p) if {
	is_string(p)
	json.is_valid(p)
}

policy_doc(p) := p if is_object(p)

listener_types := {"aws:lb/listener:Listener", "aws:alb/listener:Listener"}

enc_3 contains f if {
	some r in lib.resources
	r.type in listener_types
	proto := upper(lib.text(lib.get(lib.props(r), "protocol", "HTTP")))
	proto in {"HTTPS", "TLS"}
	policy := lib.get(lib.props(r), "sslPolicy", "ELBSecurityPolicy-2016-08")
	not lib.unknown(policy)
	not tls12_policy(policy)
	f := lib.finding("ENC-3", r.urn, sprintf("%s allows TLS older than 1.2 (%s)", [lib.label(r), lib.setting(lib.props(r), "sslPolicy", "ELBSecurityPolicy-2016-08, which allows TLS 1.0")]))
}

enc_3 contains f if {
	some r in lib.resources
	r.type in listener_types
	proto := upper(lib.text(lib.get(lib.props(r), "protocol", "HTTP")))
	not proto in {"HTTPS", "TLS"}
	not redirects_to_https(r)
	f := lib.finding("ENC-3", r.urn, sprintf("%s listens with %s on port %v and does not only redirect to HTTPS 443", [lib.label(r), proto, lib.get(lib.props(r), "port", "?")]))
}

# ELB policy names carry the minimum version: ...-TLS13-1-2-..., ...-TLS-1-2-..., ...-FS-1-2-...
# (TLS13-1-0 / TLS13-1-1 / FS-2018-06 / 2016-08 still accept TLS 1.0 or 1.1).
tls12_policy(p) if {
	is_string(p)
	regex.match(`(TLS13-1-[23]|TLS-1-[23]|FS-1-2)`, upper(p))
}

redirects_to_https(r) if {
	actions := lib.as_list(lib.get(lib.props(r), "defaultActions", []))
	count(actions) > 0
	every a in actions {
		lib.get(a, "type", "") == "redirect"
		red := lib.get(a, "redirect", {})
		upper(lib.text(lib.get(red, "protocol", ""))) == "HTTPS"
		lib.num(lib.get(red, "port", "443")) == 443
	}
}

enc_3 contains f if {
	some r in lib.resources
	r.type == "azure-native:storage:StorageAccount"
	lib.is_false(lib.get(lib.props(r), "enableHttpsTrafficOnly", true))
	f := lib.finding("ENC-3", r.urn, sprintf("%s accepts plain HTTP (enableHttpsTrafficOnly false)", [lib.label(r)]))
}

enc_3 contains f if {
	some r in lib.resources
	r.type == "azure-native:storage:StorageAccount"
	v := lib.get(lib.props(r), "minimumTlsVersion", "TLS1_0")
	not lib.unknown(v)
	not v in {"TLS1_2", "TLS1_3"}
	f := lib.finding_fix("ENC-3", r.urn, sprintf("%s accepts TLS older than 1.2 (%s)", [lib.label(r), lib.setting(lib.props(r), "minimumTlsVersion", "TLS1_0, which allows TLS 1.0")]), sprintf("Set minimumTlsVersion: TLS1_2 on %s.", [lib.label(r)]))
}

# Classic azure provider storage accounts (minTlsVersion, enableHttpsTrafficOnly / httpsTrafficOnlyEnabled).
enc_3 contains f if {
	some r in lib.resources
	r.type == "azure:storage/account:Account"
	v := lib.get(lib.props(r), "minTlsVersion", "TLS1_0")
	not lib.unknown(v)
	not v in {"TLS1_2", "TLS1_3"}
	f := lib.finding("ENC-3", r.urn, sprintf("%s accepts TLS older than 1.2 (%s)", [lib.label(r), lib.setting(lib.props(r), "minTlsVersion", "TLS1_0, which allows TLS 1.0")]))
}

enc_3 contains f if {
	some r in lib.resources
	r.type == "azure:storage/account:Account"
	some k in ["enableHttpsTrafficOnly", "httpsTrafficOnlyEnabled"]
	lib.is_false(lib.get(lib.props(r), k, true))
	f := lib.finding("ENC-3", r.urn, sprintf("%s accepts plain HTTP (%s false)", [lib.label(r), k]))
}

enc_3 contains f if {
	some r in lib.resources
	r.type == "azure:mssql/server:Server"
	v := lib.get(lib.props(r), "minimumTlsVersion", "1.0")
	not lib.unknown(v)
	not v in {"1.2", "1.3"}
	f := lib.finding("ENC-3", r.urn, sprintf("%s accepts TLS older than 1.2 (%s)", [lib.label(r), lib.setting(lib.props(r), "minimumTlsVersion", "1.0")]))
}

enc_3 contains f if {
	some r in lib.resources
	r.type in {"azure-native:cache:Redis", "azure-native:sql:Server"}
	key := {"azure-native:cache:Redis": "minimumTlsVersion", "azure-native:sql:Server": "minimalTlsVersion"}[r.type]
	v := lib.get(lib.props(r), key, "1.0")
	not lib.unknown(v)
	not v in {"1.2", "1.3"}
	f := lib.finding_fix("ENC-3", r.urn, sprintf("%s accepts TLS older than 1.2 (%s)", [lib.label(r), lib.setting(lib.props(r), key, "1.0, which allows TLS 1.0")]), sprintf("Set %s: \"1.2\" on %s.", [key, lib.label(r)]))
}

enc_3 contains f if {
	some r in lib.resources
	r.type == "azure-native:network:ApplicationGateway"
	not appgw_tls12(lib.get(lib.props(r), "sslPolicy", {}))
	f := lib.finding("ENC-3", r.urn, sprintf("%s: the SSL policy does not enforce TLS 1.2 or newer", [lib.label(r)]))
}

appgw_tls12(p) if lib.get(p, "minProtocolVersion", "") in {"TLSv1_2", "TLSv1_3"}

appgw_tls12(p) if lib.get(p, "policyName", "") in {"AppGwSslPolicy20170401S", "AppGwSslPolicy20220101", "AppGwSslPolicy20220101S"}

enc_3 contains f if {
	some r in lib.resources
	r.type == "azure-native:cdn:AFDCustomDomain"
	v := lib.get(lib.get(lib.props(r), "tlsSettings", {}), "minimumTlsVersion", "TLS10")
	v != "TLS12"
	f := lib.finding("ENC-3", r.urn, sprintf("%s accepts TLS older than 1.2 (tlsSettings.%s)", [lib.label(r), lib.setting(lib.get(lib.props(r), "tlsSettings", {}), "minimumTlsVersion", "TLS10, which allows TLS 1.0")]))
}

# App Service: HTTPS only and a minimum TLS of 1.2 (azure-native siteConfig.minTlsVersion; classic
# siteConfig.minimumTlsVersion; absent means the platform default 1.2).
web_app_types := {"azure-native:web:WebApp", "azure:appservice/linuxWebApp:LinuxWebApp", "azure:appservice/windowsWebApp:WindowsWebApp", "azure:appservice/appService:AppService"}

# httpsOnly defaults to false in the Web Apps API (and in the classic provider's app services), so a
# web app that does not set it serves plain HTTP (the azure-ts-appservice shape).
enc_3 contains f if {
	some r in lib.resources
	r.type in web_app_types
	v := lib.get(lib.props(r), "httpsOnly", null)
	not lib.unknown(v)
	not lib.is_true(v)
	f := lib.finding_fix("ENC-3", r.urn, sprintf("%s accepts plain HTTP (%s)", [lib.label(r), lib.setting(lib.props(r), "httpsOnly", "false, which serves plain HTTP")]), sprintf("Set httpsOnly: true on %s.", [lib.label(r)]))
}

enc_3 contains f if {
	some r in lib.resources
	r.type in web_app_types
	lib.unknown(lib.get(lib.props(r), "httpsOnly", null))
	f := lib.unknown_finding("ENC-3", r.urn, sprintf("httpsOnly of %s", [lib.label(r)]))
}

# CDN endpoints serve plain HTTP unless isHttpAllowed is false (the API's default is true).
cdn_endpoint_types := {"azure-native:cdn:Endpoint", "azure:cdn/endpoint:Endpoint"}

enc_3 contains f if {
	some r in lib.resources
	r.type in cdn_endpoint_types
	v := lib.get(lib.props(r), "isHttpAllowed", null)
	not lib.unknown(v)
	not lib.is_false(v)
	f := lib.finding_fix("ENC-3", r.urn, sprintf("%s serves plain HTTP (%s)", [lib.label(r), lib.setting(lib.props(r), "isHttpAllowed", "true, which serves plain HTTP")]), sprintf("Set isHttpAllowed: false on %s.", [lib.label(r)]))
}

enc_3 contains f if {
	some r in lib.resources
	r.type in cdn_endpoint_types
	lib.unknown(lib.get(lib.props(r), "isHttpAllowed", null))
	f := lib.unknown_finding("ENC-3", r.urn, sprintf("isHttpAllowed of %s", [lib.label(r)]))
}

enc_3 contains f if {
	some r in lib.resources
	r.type in web_app_types
	site := lib.get(lib.props(r), "siteConfig", {})
	some k in ["minTlsVersion", "minimumTlsVersion"]
	v := lib.get(site, k, "1.2")
	not lib.unknown(v)
	not v in {"1.2", "1.3"}
	f := lib.finding("ENC-3", r.urn, sprintf("%s accepts TLS older than 1.2 (siteConfig.%s %v)", [lib.label(r), k, v]))
}

# CloudFront: viewers only over HTTPS with TLS 1.2+.
enc_3 contains f if {
	some r in lib.resources
	r.type == "aws:cloudfront/distribution:Distribution"
	some b in array.concat(lib.as_list(lib.get(lib.props(r), "defaultCacheBehavior", [])), lib.as_list(lib.get(lib.props(r), "orderedCacheBehaviors", [])))
	lib.get(b, "viewerProtocolPolicy", "") == "allow-all"
	f := lib.finding("ENC-3", r.urn, sprintf("%s serves viewers over plain HTTP (viewerProtocolPolicy allow-all)", [lib.label(r)]))
}

enc_3 contains f if {
	some r in lib.resources
	r.type == "aws:cloudfront/distribution:Distribution"
	cert := lib.get(lib.props(r), "viewerCertificate", {})
	not lib.is_true(lib.get(cert, "cloudfrontDefaultCertificate", false))
	v := lib.get(cert, "minimumProtocolVersion", "TLSv1")
	not lib.unknown(v)
	not startswith(lib.text(v), "TLSv1.2")
	not startswith(lib.text(v), "TLSv1.3")
	f := lib.finding("ENC-3", r.urn, sprintf("%s accepts TLS older than 1.2 (viewerCertificate.%s)", [lib.label(r), lib.setting(cert, "minimumProtocolVersion", "TLSv1, which allows TLS 1.0")]))
}

# CloudFront origins: the hop from CloudFront to a custom origin (aws 6.83.0
# DistributionOriginCustomOriginConfigArgs originProtocolPolicy, originSslProtocols) is plain HTTP
# under http-only, and under match-viewer whenever a cache behavior lets viewers use HTTP.
enc_3 contains f if {
	some r in lib.resources
	r.type == "aws:cloudfront/distribution:Distribution"
	some o in lib.as_list(lib.get(lib.props(r), "origins", []))
	cfg := lib.get(o, "customOriginConfig", null)
	is_object(cfg)
	some msg in origin_tls_problems(r, o, cfg)
	f := lib.finding_fix("ENC-3", r.urn, msg, sprintf("Set customOriginConfig.originProtocolPolicy: https-only and originSslProtocols: [TLSv1.2] on origin %v of %s.", [lib.get(o, "originId", "?"), lib.label(r)]))
}

origin_tls_problems(r, o, cfg) := {sprintf("%s fetches from origin %v over plain HTTP (customOriginConfig.originProtocolPolicy is http-only)", [lib.label(r), lib.get(o, "originId", "?")]) |
	lower(lib.text(lib.get(cfg, "originProtocolPolicy", ""))) == "http-only"
} | {sprintf("%s fetches from origin %v over plain HTTP whenever a viewer uses HTTP (customOriginConfig.originProtocolPolicy is match-viewer and a cache behavior has viewerProtocolPolicy allow-all)", [lib.label(r), lib.get(o, "originId", "?")]) |
	lower(lib.text(lib.get(cfg, "originProtocolPolicy", ""))) == "match-viewer"
	some b in cache_behaviors(r)
	lib.get(b, "viewerProtocolPolicy", "") == "allow-all"
} | {sprintf("%s lets CloudFront reach origin %v with TLS older than 1.2 (customOriginConfig.originSslProtocols is %v)", [lib.label(r), lib.get(o, "originId", "?"), sort(old)]) |
	lower(lib.text(lib.get(cfg, "originProtocolPolicy", ""))) != "http-only"
	old := {p | some p in lib.as_list(lib.get(cfg, "originSslProtocols", [])); p in {"SSLv3", "TLSv1", "TLSv1.1"}}
	count(old) > 0
}

cache_behaviors(r) := array.concat(lib.as_list(lib.get(lib.props(r), "defaultCacheBehavior", [])), lib.as_list(lib.get(lib.props(r), "orderedCacheBehaviors", [])))

# API Gateway custom domains, OpenSearch domains, Redis without TLS.
enc_3 contains f if {
	some r in lib.resources
	r.type in {"aws:apigateway/domainName:DomainName", "aws:apigatewayv2/domainName:DomainName"}
	v := tls_policy_of(r)
	v != "TLS_1_2"
	f := lib.finding("ENC-3", r.urn, sprintf("%s accepts TLS older than 1.2 (%s)", [lib.label(r), tls_policy_text(r, v)]))
}

# tls_policy_text: "securityPolicy is TLS_1_0" or, for an API Gateway (v1) domain that sets none,
# "securityPolicy is not set; the API's default is TLS_1_0".
tls_policy_text(r, v) := lib.setting(lib.props(r), "securityPolicy", "TLS_1_0, which allows TLS 1.0") if {
	r.type == "aws:apigateway/domainName:DomainName"
} else := sprintf("domainNameConfiguration.securityPolicy is %v", [v])

tls_policy_of(r) := v if {
	r.type == "aws:apigateway/domainName:DomainName"
	v := lib.get(lib.props(r), "securityPolicy", "TLS_1_0")
} else := v if {
	some c in lib.as_list(lib.get(lib.props(r), "domainNameConfiguration", []))
	v := lib.get(c, "securityPolicy", "TLS_1_2")
}

enc_3 contains f if {
	some r in lib.resources
	r.type in {"aws:opensearch/domain:Domain", "aws:elasticsearch/domain:Domain"}
	opts := lib.get(lib.props(r), "domainEndpointOptions", {})
	some msg in opensearch_tls_problems(r, opts)
	f := lib.finding("ENC-3", r.urn, msg)
}

opensearch_tls_problems(r, opts) := {sprintf("%s does not enforce HTTPS", [lib.label(r)]) |
	not lib.is_true(lib.get(opts, "enforceHttps", false))
} | {sprintf("%s accepts TLS older than 1.2 (domainEndpointOptions.%s)", [lib.label(r), lib.setting(opts, "tlsSecurityPolicy", "Policy-Min-TLS-1-0-2019-07, which allows TLS 1.0")]) |
	p := lib.get(opts, "tlsSecurityPolicy", "Policy-Min-TLS-1-0-2019-07")
	not contains(lib.text(p), "TLS-1-2")
}

enc_3 contains f if {
	some r in lib.resources
	r.type == "azure-native:cache:Redis"
	lib.is_true(lib.get(lib.props(r), "enableNonSslPort", false))
	f := lib.finding("ENC-3", r.urn, sprintf("%s opens the non-TLS port (enableNonSslPort)", [lib.label(r)]))
}

enc_3 contains f if {
	some r in lib.resources
	r.type == "aws:elasticache/replicationGroup:ReplicationGroup"
	not lib.is_true(lib.get(lib.props(r), "transitEncryptionEnabled", false))
	not lib.unknown(lib.get(lib.props(r), "transitEncryptionEnabled", false))
	f := lib.finding("ENC-3", r.urn, sprintf("%s does not encrypt in transit (transitEncryptionEnabled)", [lib.label(r)]))
}

# Classic azure provider PostgreSQL/MySQL single servers: TLS enforced, at least 1.2.
enc_3 contains f if {
	some r in lib.resources
	r.type in {"azure:postgresql/server:Server", "azure:mysql/server:Server"}
	some msg in db_server_tls_problems(r)
	f := lib.finding("ENC-3", r.urn, msg)
}

db_server_tls_problems(r) := {sprintf("%s does not enforce TLS (sslEnforcementEnabled false)", [lib.label(r)]) |
	lib.is_false(lib.get(lib.props(r), "sslEnforcementEnabled", true))
} | {sprintf("%s accepts TLS older than 1.2 (sslMinimalTlsVersionEnforced %v)", [lib.label(r), v]) |
	v := lib.get(lib.props(r), "sslMinimalTlsVersionEnforced", "TLSEnforcementDisabled")
	not lib.unknown(v)
	not v in {"TLS1_2", "TLS1_3"}
}
