# rampart helpers - resource type sets
# Which resource types store data, which are stateful, which are metadata only (excluded from
# residency), and the S3 bucket family with its separate configuration resources.
package rampart.lib

bucket_types := {"aws:s3/bucket:Bucket", "aws:s3/bucketV2:BucketV2", "aws-native:s3:Bucket"}

# Types that hold customer data (backups, residency of copies, presence of stack controls).
aws_data_store_types := bucket_types | {
	"aws:rds/instance:Instance", "aws:rds/cluster:Cluster", "aws:dynamodb/table:Table",
	"aws:efs/fileSystem:FileSystem", "aws:ebs/volume:Volume", "aws:redshift/cluster:Cluster",
	"aws:elasticache/replicationGroup:ReplicationGroup", "aws:docdb/cluster:Cluster",
}

azure_data_store_types := {
	"azure-native:storage:StorageAccount", "azure-native:documentdb:DatabaseAccount",
	"azure-native:sql:Server", "azure-native:sql:Database", "azure-native:dbforpostgresql:Server",
	"azure-native:dbforpostgresql:FlexibleServer", "azure-native:dbformysql:Server",
	"azure-native:dbformysql:FlexibleServer", "azure-native:compute:Disk", "azure-native:cache:Redis",
	"azure:storage/account:Account", "azure:mssql/server:Server", "azure:compute/managedDisk:ManagedDisk",
}

data_store_types := aws_data_store_types | azure_data_store_types

# Stateful: deleting or replacing one destroys data, keys or audit evidence. The one list of this
# fact: DATA-4 requires `protect` on these in production and flags their deletes and replaces, and
# `rampart diff` lists their deletes and replaces first (it evaluates stateful_type from the pack it
# runs with, core/.../diff/StatefulTypes.java). A trail and a log group are audit evidence (LOG-1,
# LOG-2): losing the trail stops the record, losing the group deletes its events.
stateful_types := data_store_types | {
	# AWS classic
	"aws:kms/key:Key", "aws:backup/vault:Vault", "aws:secretsmanager/secret:Secret",
	"aws:cloudwatch/logGroup:LogGroup", "aws:cloudtrail/trail:Trail", "aws:glacier/vault:Vault",
	"aws:neptune/cluster:Cluster", "aws:opensearch/domain:Domain",
	# AWS native
	"aws-native:kms:Key", "aws-native:rds:DbInstance", "aws-native:rds:DbCluster", "aws-native:dynamodb:Table",
	"aws-native:efs:FileSystem", "aws-native:ec2:Volume", "aws-native:backup:BackupVault",
	"aws-native:secretsmanager:Secret", "aws-native:logs:LogGroup", "aws-native:cloudtrail:Trail",
	"aws-native:elasticache:ReplicationGroup", "aws-native:redshift:Cluster",
	# Azure native
	"azure-native:keyvault:Vault", "azure-native:keyvault:Key", "azure-native:keyvault:Secret",
	"azure-native:keyvault:ManagedHsm", "azure-native:storage:BlobContainer",
	"azure-native:dataprotection:BackupVault", "azure-native:recoveryservices:Vault",
	"azure-native:operationalinsights:Workspace",
	# Azure classic
	"azure:keyvault/keyVault:KeyVault", "azure:keyvault/key:Key", "azure:keyvault/secret:Secret",
	"azure:storage/container:Container", "azure:mssql/database:Database",
}

# stateful_type(t): t is in stateful_types, also when it names an azure-native API version
# (azure-native:storage/v20230101:StorageAccount counts as azure-native:storage:StorageAccount).
stateful_type(t) if t in stateful_types

stateful_type(t) if unversioned_type(t) in stateful_types

# The azure-native type without its API-version module path; undefined for other types.
unversioned_type(t) := concat(":", [parts[0], split(parts[1], "/")[0], parts[2]]) if {
	parts := split(t, ":")
	count(parts) == 3
	parts[0] == "azure-native"
	contains(parts[1], "/")
}

backup_vault_types := {"aws:backup/vault:Vault", "azure-native:dataprotection:BackupVault", "azure-native:recoveryservices:Vault"}

network_types := {"aws:ec2/vpc:Vpc", "aws-native:ec2:Vpc", "azure-native:network:VirtualNetwork", "azure:network/virtualNetwork:VirtualNetwork"}

# Types excluded from RES-1: global or metadata-only services that hold no customer data in a
# region (identity, organisation, DNS, tags, policy and role assignments).
residency_excluded_prefixes := [
	"aws:iam/", "aws:organizations/", "aws:route53/", "aws:ec2/tag:", "aws:ssoadmin/",
	"aws:identitystore/", "aws:account/", "aws:budgets/", "aws:costexplorer/",
	# CloudFront and Global Accelerator are global services: a distribution has no region (its ARN
	# names none) whatever region the provider that created it is configured for.
	"aws:cloudfront/", "aws:globalaccelerator/",
	"azure-native:authorization:", "azure-native:managementgroups:", "azure-native:subscription:",
	"azure-native:resources:TagAtScope", "azure-native:policyinsights:", "azure-native:aad:",
	"azure-native:security:Pricing", "azure-native:insights:SubscriptionDiagnosticSetting",
]

residency_excluded(r) if strings.any_prefix_match(r.type, residency_excluded_prefixes)

# Azure resources whose location is "global" by design (DNS zones, Front Door profiles).
residency_excluded(r) if {
	r.type in {"azure-native:network:PrivateZone", "azure-native:network:Zone", "azure-native:network:VirtualNetworkLink", "azure-native:network:PrivateDnsZoneGroup", "azure-native:cdn:Profile", "azure-native:network:FrontDoor"}
	object.get(props(r), "location", "global") == "global"
}

# Resources of non-regional Azure services that say location "global" (any case: the CDN API
# returns "Global"): CDN profiles and endpoints, Front Door, Traffic Manager, DNS records, alert
# rules and action groups. A regional type (a storage account) saying "global" stays a finding.
global_azure_prefixes := [
	"azure-native:cdn:", "azure-native:frontdoor:", "azure-native:network:FrontDoor", "azure-native:network:Profile",
	"azure-native:network:Endpoint", "azure-native:network:RecordSet", "azure-native:network:PrivateRecordSet",
	"azure-native:trafficmanager:", "azure-native:insights:ActionGroup", "azure-native:insights:ActivityLogAlert",
	"azure-native:insights:MetricAlert", "azure:cdn/", "azure:frontdoor/",
]

residency_excluded(r) if {
	strings.any_prefix_match(r.type, global_azure_prefixes)
	lower(text(object.get(props(r), "location", ""))) == "global"
}

# residency_subject: a cloud resource subject to RES-1.
residency_subject(r) if {
	object.get(r, "custom", true) != false
	not startswith(r.type, "pulumi:")
	cloud(r) in {"aws", "azure"}
	not residency_excluded(r)
}

data_stores(c) := [r | some r in cloud_resources(c); r.type in data_store_types]

networks(c) := [r | some r in cloud_resources(c); r.type in network_types]

# A stack-level control applies to cloud c when the stack holds data or networks of that cloud.
landing_zone_cloud(c) if count(data_stores(c)) > 0

landing_zone_cloud(c) if count(networks(c)) > 0

clouds := {"aws", "azure"}

# ---- S3 bucket configuration resources joined to their bucket

buckets := [b | some b in resources; b.type in bucket_types]

# bucket_configs(b, types): separate resources of `types` that configure bucket b.
bucket_configs(b, types) := configs(b, types)
