# Positive evidence for `rampart controls INPUT`: per control, the resources of the input that the
# control judges and that pass it (no finding of that control on them). What a control judges is
# stated here next to the rule files it summarises; a control a pack leaves out has no evidence
# entry, and `rampart controls` says so rather than guessing.
package rampart.evidence

import data.rampart
import data.rampart.data as storage
import data.rampart.lib
import data.rampart.tag

sg_or_nsg := lib.sg_types | lib.nsg_types

subnet_types := {"aws:ec2/subnet:Subnet", "azure-native:network:Subnet"}

storage_account_types := {"azure-native:storage:StorageAccount", "azure:storage/account:Account"}

# Control id -> resource types it judges (the types its rules match on).
judged_types := {
	"RES-2": (lib.data_store_types | lib.backup_vault_types),
	"RES-3": (lib.data_store_types | lib.backup_vault_types),
	"ENC-1": ((lib.data_store_types | lib.backup_vault_types) | {
		"aws:ec2/instance:Instance", "aws:ec2/launchTemplate:LaunchTemplate",
		"aws:ec2/launchConfiguration:LaunchConfiguration", "aws:opensearch/domain:Domain",
	}),
	"ENC-2": {"aws:kms/key:Key", "azure-native:keyvault:Vault", "azure-native:keyvault:Key", "azure:keyvault/keyVault:KeyVault"},
	"ENC-3": ((lib.bucket_types | storage_account_types) | {
		"aws:lb/listener:Listener", "aws:alb/listener:Listener", "aws:cloudfront/distribution:Distribution",
		"azure-native:network:ApplicationGateway", "azure-native:web:WebApp",
	}),
	"NET-1": (subnet_types | {"aws:ec2/instance:Instance", "aws:ecs/service:Service", "azure-native:network:NetworkInterface"}),
	"NET-2": {"aws:ec2/vpcPeeringConnection:VpcPeeringConnection", "azure-native:network:VirtualNetworkPeering"},
	"NET-3": sg_or_nsg,
	"NET-4": sg_or_nsg,
	"NET-5": (sg_or_nsg | subnet_types),
	"NET-6": (lib.network_types | lib.nsg_types),
	"VPN-1": {
		"aws:ec2clientvpn/endpoint:Endpoint", "azure-native:network:VirtualNetworkGateway",
		"aws:eks/cluster:Cluster", "azure-native:containerservice:ManagedCluster",
	},
	"VPN-2": {"aws:ec2clientvpn/endpoint:Endpoint", "azure-native:network:VirtualNetworkGateway"},
	"BAK-1": {"aws:backup/plan:Plan", "azure-native:recoveryservices:ProtectionPolicy", "azure-native:dataprotection:BackupPolicy"},
	"BAK-2": {"aws:backup/plan:Plan", "azure-native:recoveryservices:Vault", "azure-native:dataprotection:BackupVault"},
	"BAK-3": lib.backup_vault_types,
	"LOG-1": {
		"aws:cloudtrail/trail:Trail", "azure-native:insights:SubscriptionDiagnosticSetting",
		"azure-native:insights:DiagnosticSetting", "aws:eks/cluster:Cluster", "azure-native:containerservice:ManagedCluster",
	},
	"LOG-2": {"aws:cloudtrail/trail:Trail", "aws:cloudwatch/logGroup:LogGroup", "azure-native:operationalinsights:Workspace"},
	"LOG-3": {"aws:guardduty/detector:Detector", "azure-native:security:Pricing"},
	"DATA-1": lib.data_store_types,
	"DATA-3": (lib.bucket_types | storage_account_types),
	"AVAIL-1": (({"aws:rds/instance:Instance", "azure-native:dbforpostgresql:FlexibleServer", "azure-native:dbforpostgresql:Server"} | storage_account_types) | subnet_types),
}

judged[id] := {r.urn | some r in lib.resources; r.type in types} if some id, types in judged_types

judged["RES-1"] := {r.urn | some r in lib.resources; lib.residency_subject(r)}

judged["DATA-4"] := {r.urn | some r in lib.resources; lib.stateful_type(r.type); object.get(r, "op", "same") != "delete"}

# DATA-2 judges only what is marked as a document archive or as temporary data (data.rego's marks).
judged["DATA-2"] := {r.urn | some r in lib.buckets; data_2_subject(r)} | {a.urn |
	some a in lib.resources
	a.type == "azure-native:storage:StorageAccount"
	storage.document_archive(a)
}

data_2_subject(b) if storage.document_archive(b)

data_2_subject(b) if {
	some word in ["temp", "tmp", "scratch"]
	storage.marked(b, word)
}

judged["TAG-1"] := {r.urn | some r in lib.resources; object.get(r, "custom", true) != false; tag.taggable(r)}

# Resources with a finding of the control (any enforcement, before waivers: the pack's own view).
failing[id] := {f.urn | some f in rampart.findings; f.id == id} if some id, _ in judged

# satisfied[id]: the URNs that are positive evidence for control id. A control failed on the stack
# as a whole (a finding on the root stack: no trail, data in one region only) has none.
satisfied[id] := evidence(id) if some id, _ in judged

evidence(id) := set() if stack_failed(id)

evidence(id) := judged[id] - object.get(failing, id, set()) if not stack_failed(id)

stack_failed(id) if {
	some f in rampart.findings
	f.id == id
	contains(f.urn, "::pulumi:pulumi:Stack::")
}
