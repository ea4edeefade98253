# Ownership tags (TAG-1).
package rampart.tag

import data.rampart.lib

deny := tag_1

required_tags := ["environment", "owner", "data-classification"]

# Types that carry tags even when a resource sets none (so a missing tags map is reported): every
# type whose SDK Args declare a `tags` input (lib_taggable.rego, generated from the provider SDKs by
# TaggableTypesTest), plus the pack's own type sets for providers the SDK list does not cover.
known_taggable := ((((lib.sdk_taggable_types | lib.data_store_types) | lib.network_types) | lib.sg_types) | lib.nsg_types) | {
	"aws:ec2/subnet:Subnet", "aws:ec2/routeTable:RouteTable", "aws:ec2/internetGateway:InternetGateway",
	"aws:ec2/natGateway:NatGateway", "aws:ec2/instance:Instance", "aws:lb/loadBalancer:LoadBalancer",
	"aws:ec2clientvpn/endpoint:Endpoint", "aws:cloudtrail/trail:Trail", "aws:cloudwatch/logGroup:LogGroup",
	"aws:backup/plan:Plan", "aws:ec2/flowLog:FlowLog", "aws:guardduty/detector:Detector",
	"azure-native:resources:ResourceGroup", "azure-native:network:VirtualNetworkGateway",
	"azure-native:network:PublicIPAddress", "azure-native:network:NetworkInterface",
	"azure-native:compute:VirtualMachine", "azure-native:network:ApplicationGateway",
	"azure:keyvault/keyVault:KeyVault",
}

taggable(r) if r.type in known_taggable

taggable(r) if {
	lib.cloud(r) in {"aws", "azure"}
	is_object(lib.props(r).tags)
}

taggable(r) if {
	lib.cloud(r) in {"aws", "azure"}
	is_array(lib.props(r).tags)
}

# METADATA
# title: TAG-1 ownership tags
# description: Every taggable resource carries environment, owner and data-classification tags (keys matched case-insensitively; tags or tagsAll).
# scope: document
# custom:
#   id: TAG-1
#   # decided by the resource alone: Pulumi's analyzer checks it per resource (Analyze)
#   policy_type: resource
#   severity: low
#   enforcement: advisory
#   remediation: "Tag the resource with environment, owner and data-classification."
#   references:
#     - "ISO/IEC 27001:2022 A.5.9"
#     - "ISO/IEC 27001:2022 A.5.12"
#     - "BSI C5:2020 AM-01"
#     - "BSI C5:2020 AM-06"
#     - "ENISA EUCS AM-01"
#     - "ENISA EUCS AM-05"
#     - "NIS2 Art. 21(2)(i)"
tag_1 contains f if {
	some r in lib.resources
	object.get(r, "custom", true) != false
	taggable(r)
	not lib.unknown(lib.get(lib.props(r), "tags", null))
	missing := [t | some t in required_tags; count(lib.tag_values(r, t)) == 0]
	count(missing) > 0
	f := lib.finding("TAG-1", r.urn, sprintf("%s lacks the tags %s", [lib.label(r), concat(", ", missing)]))
}
