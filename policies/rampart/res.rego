# Data residency (RES-1..RES-3).
package rampart.res

import data.rampart.lib

deny := res_1 | res_2 | res_3

# METADATA
# title: RES-1 resources only in allowed EU regions
# description: Every resource that stores or processes data is created only in an allowed EU region; an unresolved region is a violation.
# scope: document
# custom:
#   id: RES-1
#   policy_type: resource
#   resource_scope:
#     region_source:
#       - "input"
#       - "provider"
#       - "stack-config"
#   severity: critical
#   enforcement: mandatory
#   remediation: "Create the resource in an allowed EU region (set its region/location or use a provider configured for an allowed region)."
#   references:
#     - "GDPR Chapter V (Art. 44-49)"
#     - "ISO/IEC 27001:2022 A.5.23"
#     - "ISO/IEC 27001:2022 A.5.34"
#     - "BSI C5:2020 PSS-12"
#     - "ENISA EUCS PSS-05"
#     - "ENISA EUCS DOC-03"
#     - "NIS2 Art. 21(2)(a)"
res_1 contains f if {
	some r in lib.resources
	lib.residency_subject(r)
	not is_string(object.get(r, "region", null))
	not arn_region(r)
	not provider_arn_region(r)
	f := lib.finding("RES-1", r.urn, sprintf("%s: region could not be resolved (unknown residency)", [lib.label(r)]))
}

# A resource whose provider and stack config name no region but whose ARN does (an export or
# event log of a resource created elsewhere): the ARN says where it is.
res_1 contains f if {
	some r in lib.resources
	lib.residency_subject(r)
	not is_string(object.get(r, "region", null))
	region := arn_region(r)
	not lib.allowed_region(lib.cloud(r), region)
	f := lib.finding("RES-1", r.urn, sprintf("%s is in region %s (from its ARN), not an allowed EU region %v", [lib.label(r), region, sort(lib.allowed_regions(lib.cloud(r)))]))
}

# A resource with neither a region nor an ARN of its own (a security group rule, a route, an
# attachment) whose provider names no region, while the other resources of the same provider carry
# ARNs naming one region: an AWS provider works in exactly one region, so the resource is there
# too (the ecs-service export of pulumi-aws, whose default provider has no inputs).
res_1 contains f if {
	some r in lib.resources
	lib.residency_subject(r)
	not is_string(object.get(r, "region", null))
	not arn_region(r)
	region := provider_arn_region(r)
	not lib.allowed_region(lib.cloud(r), region)
	f := lib.finding("RES-1", r.urn, sprintf("%s is in region %s (from the ARNs of the other resources of its provider), not an allowed EU region %v", [lib.label(r), region, sort(lib.allowed_regions(lib.cloud(r)))]))
}

provider_arn_region(r) := region if {
	lib.cloud(r) == "aws"
	p := provider_urn(r)
	regions := {x |
		some o in lib.resources
		o.urn != r.urn
		provider_urn(o) == p
		x := arn_region(o)
	}
	count(regions) == 1
	some region in regions
}

provider_urn(r) := u if {
	p := object.get(r, "provider", null)
	is_object(p)
	u := object.get(p, "urn", "")
	is_string(u)
	u != ""
}

arn_region(r) := regions[0] if {
	lib.cloud(r) == "aws"
	regions := [region |
		some k in ["arn", "id"]
		arn := lib.get(lib.props(r), k, "")
		is_string(arn)
		parts := split(arn, ":")
		count(parts) >= 6
		parts[0] == "arn"
		region := parts[3]
		region != ""
	]
	count(regions) > 0
}

res_1 contains f if {
	some r in lib.resources
	lib.residency_subject(r)
	is_string(r.region)
	not lib.allowed_region(lib.cloud(r), r.region)
	f := lib.finding("RES-1", r.urn, sprintf("%s is in region %s, not an allowed EU region %v", [lib.label(r), r.region, sort(lib.allowed_regions(lib.cloud(r)))]))
}

# METADATA
# title: RES-2 replicas and backup copies in the EU
# description: S3 replication destinations, backup copy vaults, database read replicas, DynamoDB replicas and Azure geo-redundant pairs are in allowed regions.
# scope: document
# custom:
#   id: RES-2
#   severity: critical
#   enforcement: mandatory
#   remediation: "Point replicas, backup copies and geo-redundant pairs at allowed EU regions only."
#   references:
#     - "GDPR Chapter V (Art. 44-49)"
#     - "ISO/IEC 27001:2022 A.5.23"
#     - "ISO/IEC 27001:2022 A.5.34"
#     - "ISO/IEC 27001:2022 A.8.13"
#     - "BSI C5:2020 PSS-12"
#     - "BSI C5:2020 OPS-09"
#     - "ENISA EUCS PSS-05"
#     - "ENISA EUCS DOC-03"
#     - "NIS2 Art. 21(2)(a)"
res_2 contains f if {
	some d in s3_replication_destinations
	region := destination_bucket_region(d.bucket)
	not lib.allowed_region("aws", region)
	f := lib.finding("RES-2", d.urn, sprintf("replication of %s goes to bucket %s in %s, outside the allowed regions", [d.source, d.bucket, region]))
}

res_2 contains f if {
	some d in s3_replication_destinations
	not lib.unknown(d.bucket)
	not destination_bucket_region(d.bucket)
	f := lib.finding("RES-2", d.urn, sprintf("replication of %s goes to bucket %s whose region is not known to the stack", [d.source, d.bucket]))
}

res_2 contains f if {
	some c in backup_copy_actions
	region := arn_region(c.destination)
	not lib.allowed_region("aws", region)
	f := lib.finding("RES-2", c.urn, sprintf("backup copy of %s goes to vault %s in %s, outside the allowed regions", [c.plan, c.destination, region]))
}

res_2 contains f if {
	some c in backup_copy_actions
	lib.unknown(c.destination)
	f := lib.unknown_finding("RES-2", c.urn, sprintf("the region of the backup copy destination of %s", [c.plan]))
}

# A read replica (replicateSourceDb) or any database replica outside the allowed regions.
res_2 contains f if {
	some r in lib.resources
	r.type in {"aws:rds/instance:Instance", "aws:rds/cluster:Cluster"}
	lib.nonempty(object.get(lib.props(r), "replicateSourceDb", object.get(lib.props(r), "replicationSourceIdentifier", "")))
	not lib.allowed_region("aws", r.region)
	f := lib.finding("RES-2", r.urn, sprintf("%s is a database replica in %v, outside the allowed regions", [lib.label(r), r.region]))
}

res_2 contains f if {
	some r in lib.resources
	r.type == "aws:dynamodb/table:Table"
	some rep in lib.as_list(object.get(lib.props(r), "replicas", []))
	region := rep.regionName
	not lib.allowed_region("aws", region)
	f := lib.finding("RES-2", r.urn, sprintf("%s has a replica in %s, outside the allowed regions", [lib.label(r), region]))
}

# Azure geo-redundant storage: the paired region must be allowed.
res_2 contains f if {
	some r in lib.resources
	r.type == "azure-native:storage:StorageAccount"
	lib.geo_redundant_sku(r.properties.sku.name)
	some msg in pair_violation(r, r.properties.sku.name)
	f := lib.finding("RES-2", r.urn, msg)
}

res_2 contains f if {
	some r in lib.resources
	r.type == "azure:storage/account:Account"
	lib.geo_redundant_sku(r.properties.accountReplicationType)
	some msg in pair_violation(r, r.properties.accountReplicationType)
	f := lib.finding("RES-2", r.urn, msg)
}

res_2 contains f if {
	some r in lib.resources
	r.type in {"azure-native:dataprotection:BackupVault", "azure-native:recoveryservices:Vault"}
	some kind in vault_storage_types(r)
	kind == "GeoRedundant"
	some msg in pair_violation(r, kind)
	f := lib.finding("RES-2", r.urn, msg)
}

res_2 contains f if {
	some r in lib.resources
	r.type == "azure-native:documentdb:DatabaseAccount"
	some loc in lib.as_list(object.get(lib.props(r), "locations", []))
	not lib.allowed_region("azure", loc.locationName)
	f := lib.finding("RES-2", r.urn, sprintf("%s replicates to %v, outside the allowed regions", [lib.label(r), loc.locationName]))
}

pair_violation(r, what) := {msg |
	region := lib.region_of(r)
	pair := lib.azure_pair[region]
	not lib.allowed_region("azure", pair)
	msg := sprintf("%s (%s) keeps its geo copy in the paired region %s, outside the allowed regions", [lib.label(r), what, pair])
} | {msg |
	region := lib.region_of(r)
	not lib.azure_pair[region]
	msg := sprintf("%s (%s) keeps a geo copy, but region %s has no known allowed pair region", [lib.label(r), what, region])
}

# vault_storage_types(r): how a backup vault stores backups. A Recovery Services vault that does
# not set its redundancy uses Azure's default, GeoRedundant.
vault_storage_types(r) := {t |
	some s in lib.as_list(lib.get(lib.get(lib.props(r), "properties", {}), "storageSettings", []))
	t := lib.get(s, "type", "")
} | {t |
	t := r.properties.properties.redundancySettings.standardTierStorageRedundancy
} | {t |
	t := r.properties.storageType
} | {"GeoRedundant" |
	r.type == "azure-native:recoveryservices:Vault"
	not r.properties.properties.redundancySettings.standardTierStorageRedundancy
	not r.properties.storageType
}

# ---- S3 replication and backup copies

# s3_replication_destinations: {urn, source, bucket} for each replication rule destination.
s3_replication_destinations contains d if {
	some r in lib.resources
	r.type == "aws:s3/bucketReplicationConfig:BucketReplicationConfig"
	some rule in lib.as_list(object.get(lib.props(r), "rules", []))
	some dest in lib.as_list(object.get(rule, "destination", []))
	d := {"urn": r.urn, "source": lib.label(r), "bucket": dest.bucket}
}

s3_replication_destinations contains d if {
	some b in lib.buckets
	some cfg in lib.as_list(object.get(lib.props(b), "replicationConfiguration", []))
	some rule in lib.as_list(lib.get(cfg, "rules", []))
	some dest in lib.as_list(lib.get(rule, "destination", []))
	d := {"urn": b.urn, "source": lib.label(b), "bucket": dest.bucket}
}

s3_replication_destinations contains d if {
	some b in lib.buckets
	some cfg in lib.as_list(object.get(lib.props(b), "replicationConfigurations", []))
	some rule in lib.as_list(lib.get(cfg, "rules", []))
	some dest in lib.as_list(lib.get(rule, "destinations", []))
	d := {"urn": b.urn, "source": lib.label(b), "bucket": dest.bucket}
}

destination_bucket_region(ref) := lib.region_of(b) if {
	# the buckets ref names (lib.refers), looked up by URN
	some u in lib.value_targets(ref, lib.bucket_types)
	some b in lib.by_urn[u]
	b.type in lib.bucket_types
}

# backup_copy_actions: {urn, plan, destination, source_region} for every copy action of a backup plan.
backup_copy_actions contains c if {
	some p in lib.resources
	p.type == "aws:backup/plan:Plan"
	some rule in lib.as_list(object.get(lib.props(p), "rules", []))
	some action in lib.as_list(object.get(rule, "copyActions", []))
	c := {"urn": p.urn, "plan": lib.label(p), "destination": copy_destination(action), "source_region": lib.region_of(p)}
}

copy_destination(action) := action.destinationVaultArn

# arn_region("arn:aws:backup:eu-west-1:123:backup-vault:x") = "eu-west-1"; an in-stack vault's own region wins.
arn_region(arn) := lib.region_of(v) if {
	# through the reference index: the vaults arn names, not every vault tested against arn
	some u in lib.value_targets(arn, {"aws:backup/vault:Vault"})
	some v in lib.by_urn[u]
	v.type == "aws:backup/vault:Vault"
} else := parts[3] if {
	is_string(arn)
	parts := split(arn, ":")
	count(parts) > 4
	parts[3] != ""
}

# METADATA
# title: RES-3 primary and backup in two allowed regions
# description: A stack that holds data keeps it (primary plus backup vaults, replicas and geo pairs) in at least two different allowed regions.
# scope: document
# custom:
#   id: RES-3
#   severity: high
#   enforcement: advisory
#   production_enforcement: mandatory
#   remediation: "Keep a backup copy (backup vault, replica or geo-redundant pair) in a second allowed region."
#   references:
#     - "GDPR Art. 32(1)(c)"
#     - "ISO/IEC 27001:2022 A.8.13"
#     - "ISO/IEC 27001:2022 A.8.14"
#     - "ISO/IEC 27001:2022 A.5.30"
#     - "BSI C5:2020 OPS-06"
#     - "BSI C5:2020 BCM-03"
#     - "ENISA EUCS OPS-09"
#     - "ENISA EUCS BC-03"
#     - "NIS2 Art. 21(2)(c)"
res_3 contains f if {
	some c in lib.clouds
	count(lib.data_stores(c)) > 0
	regions := {x | some x in footprint(c); lib.allowed_region(c, x)}
	count(regions) < 2
	f := lib.finding("RES-3", lib.stack_urn, sprintf("%s data and its backups are in %d allowed region(s) %v; primary and backup need two different allowed regions", [c, count(regions), sort(regions)]))
}

# footprint(c): regions where the stack itself keeps data or copies of it for cloud c: its data
# stores and backup vaults, the buckets it replicates to, and the paired regions of geo-redundant
# storage accounts. Where backup vaults copy to (copy actions, geo-redundant vaults) is BAK-2's
# concern, so RES-3 and BAK-2 can be broken and reported independently.
footprint(c) := (({lib.region_of(r) | some r in lib.data_stores(c)} | {lib.region_of(r) | some r in lib.cloud_resources(c); r.type in lib.backup_vault_types}) | replica_regions(c)) | pair_regions(c)

replica_regions("aws") := {r | some d in s3_replication_destinations; r := destination_bucket_region(d.bucket)}

replica_regions("azure") := set()

pair_regions("aws") := set()

pair_regions("azure") := {lib.azure_pair[lib.region_of(r)] |
	some r in lib.cloud_resources("azure")
	r.type == "azure-native:storage:StorageAccount"
	lib.geo_redundant_sku(r.properties.sku.name)
}
