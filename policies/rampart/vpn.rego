# Administrative access through a VPN (VPN-1, VPN-2).
package rampart.vpn

import data.rampart.lib

deny := vpn_1 | vpn_2

endpoint_type := "aws:ec2clientvpn/endpoint:Endpoint"

gateway_type := "azure-native:network:VirtualNetworkGateway"

endpoints := [e | some e in lib.resources; e.type == endpoint_type]

vpn_gateways := [g | some g in lib.resources; g.type == gateway_type; lower(lib.text(lib.get(lib.props(g), "gatewayType", "Vpn"))) == "vpn"]

# METADATA
# title: VPN-1 administration only through a VPN
# description: A stack with a network has an AWS Client VPN endpoint (certificate or SAML auth, split tunnel) or an Azure VPN Gateway point-to-site with Entra ID (AAD) auth; no bastion host with a public IP. Connection logging is checked by VPN-2.
# scope: document
# custom:
#   id: VPN-1
#   severity: high
#   enforcement: advisory
#   production_enforcement: mandatory
#   remediation: "Provide an AWS Client VPN endpoint (certificate or SAML auth, split tunnel) or an Azure VPN Gateway point-to-site with Entra ID auth; remove public bastion hosts."
#   references:
#     - "GDPR Art. 32(1)(b)"
#     - "ISO/IEC 27001:2022 A.8.2"
#     - "ISO/IEC 27001:2022 A.8.5"
#     - "ISO/IEC 27001:2022 A.8.20"
#     - "BSI C5:2020 COS-05"
#     - "BSI C5:2020 IDM-09"
#     - "ENISA EUCS CS-05"
#     - "ENISA EUCS IAM-06"
#     - "NIS2 Art. 21(2)(i)"
#     - "NIS2 Art. 21(2)(j)"
vpn_1 contains f if {
	count(lib.networks("aws")) > 0
	count(endpoints) == 0
	f := lib.finding("VPN-1", lib.stack_urn, "the stack has a VPC but no AWS Client VPN endpoint for administrative access")
}

vpn_1 contains f if {
	some e in endpoints
	types := {t | some o in lib.as_list(lib.get(lib.props(e), "authenticationOptions", [])); t := lib.get(o, "type", "")}
	not lib.unknown(lib.get(lib.props(e), "authenticationOptions", []))
	count(types & {"certificate-authentication", "federated-authentication"}) == 0
	f := lib.finding("VPN-1", e.urn, sprintf("%s uses neither certificate nor SAML (federated) authentication (found %v)", [lib.label(e), sort(types)]))
}

vpn_1 contains f if {
	some e in endpoints
	v := lib.get(lib.props(e), "splitTunnel", false)
	not lib.is_true(v)
	not lib.unknown(v)
	f := lib.finding("VPN-1", e.urn, sprintf("%s does not use split tunnel", [lib.label(e)]))
}

vpn_1 contains f if {
	some i in lib.resources
	i.type == "aws:ec2/instance:Instance"
	lib.is_true(lib.get(lib.props(i), "associatePublicIpAddress", false))
	bastion(i)
	f := lib.finding("VPN-1", i.urn, sprintf("%s is a bastion host with a public IP; administer through the VPN", [lib.label(i)]))
}

# Kubernetes API servers are administrative endpoints: not open to the internet.
vpn_1 contains f if {
	some c in lib.resources
	c.type == "aws:eks/cluster:Cluster"
	not lib.unknown(lib.get(lib.props(c), "vpcConfig", null))
	vc := eks_vpc_config(c)
	public := lib.get(vc, "endpointPublicAccess", true)
	not lib.unknown(public)
	lib.is_true(public)
	some why in eks_world_open(vc)
	f := lib.finding_fix("VPN-1", c.urn, sprintf("%s: the Kubernetes API endpoint is public to the internet (endpointPublicAccess %s; %s; endpointPrivateAccess %s)", [lib.label(c), lib.said(vc, "endpointPublicAccess", "true"), why, lib.said(vc, "endpointPrivateAccess", "false")]), sprintf("Set vpcConfig.endpointPrivateAccess: true and endpointPublicAccess: false on %s (or limit publicAccessCidrs to the VPN client range) and administer the cluster through the VPN.", [lib.label(c)]))
}

# Values not known before apply: reported as such (never passed).
vpn_1 contains f if {
	some c in lib.resources
	c.type == "aws:eks/cluster:Cluster"
	some what in eks_unknowns(c)
	f := lib.unknown_finding("VPN-1", c.urn, what)
}

eks_unknowns(c) := {sprintf("the vpcConfig of %s", [lib.label(c)]) |
	lib.unknown(lib.get(lib.props(c), "vpcConfig", null))
} | {sprintf("vpcConfig.%s of %s", [k, lib.label(c)]) |
	vc := eks_vpc_config(c)
	some k in ["endpointPublicAccess", "publicAccessCidrs"]
	lib.unknown(lib.get(vc, k, null))
}

vpn_1 contains f if {
	some c in lib.resources
	c.type == "azure-native:containerservice:ManagedCluster"
	ap := lib.get(lib.props(c), "apiServerAccessProfile", {})
	some what in aks_unknowns(c, ap)
	f := lib.unknown_finding("VPN-1", c.urn, what)
}

aks_unknowns(c, ap) := {sprintf("the apiServerAccessProfile of %s", [lib.label(c)]) |
	lib.unknown(ap)
} | {sprintf("apiServerAccessProfile.%s of %s", [k, lib.label(c)]) |
	some k in ["enablePrivateCluster", "authorizedIPRanges"]
	lib.unknown(lib.get(ap, k, null))
}

eks_vpc_config(c) := vc if {
	some vc in lib.as_list(lib.get(lib.props(c), "vpcConfig", []))
	is_object(vc)
} else := {}

eks_world_open(vc) := {"publicAccessCidrs is not set; the EKS API's default allows 0.0.0.0/0" |
	lib.get(vc, "publicAccessCidrs", null) == null
} | {sprintf("publicAccessCidrs includes %s", [cidr]) |
	some cidr in lib.as_list(lib.get(vc, "publicAccessCidrs", []))
	cidr in {"0.0.0.0/0", "::/0"}
}

# AKS: a private cluster, or an API server restricted to authorized ranges none of which is the internet.
vpn_1 contains f if {
	some c in lib.resources
	c.type == "azure-native:containerservice:ManagedCluster"
	ap := lib.get(lib.props(c), "apiServerAccessProfile", {})
	not lib.unknown(ap)
	not lib.is_true(lib.get(ap, "enablePrivateCluster", false))
	not lib.unknown(lib.get(ap, "enablePrivateCluster", false))
	not lib.unknown(lib.get(ap, "authorizedIPRanges", null))
	some why in aks_world_open(ap)
	f := lib.finding_fix("VPN-1", c.urn, sprintf("%s: the Kubernetes API server is public to the internet (apiServerAccessProfile.enablePrivateCluster %s; %s)", [lib.label(c), lib.said(ap, "enablePrivateCluster", "false"), why]), sprintf("Set apiServerAccessProfile.enablePrivateCluster: true on %s (or authorizedIPRanges to the VPN client range) and administer the cluster through the VPN.", [lib.label(c)]))
}

aks_world_open(ap) := {"authorizedIPRanges is not set; the AKS API's default allows every address" |
	count(lib.as_list(lib.get(ap, "authorizedIPRanges", []))) == 0
} | {sprintf("authorizedIPRanges includes %s", [cidr]) |
	some cidr in lib.as_list(lib.get(ap, "authorizedIPRanges", []))
	cidr in {"0.0.0.0/0", "::/0", "*"}
}

bastion(i) if contains(lower(lib.text(object.get(i, "name", ""))), "bastion")

bastion(i) if {
	some n in lib.tag_values(i, "Name")
	contains(lower(lib.text(n)), "bastion")
}

vpn_1 contains f if {
	count(lib.networks("azure")) > 0
	count(vpn_gateways) == 0
	f := lib.finding("VPN-1", lib.stack_urn, "the stack has a virtual network but no VPN gateway (point-to-site) for administrative access")
}

vpn_1 contains f if {
	some g in vpn_gateways
	not aad_p2s(g)
	f := lib.finding("VPN-1", g.urn, sprintf("%s has no point-to-site configuration with Entra ID (AAD) authentication", [lib.label(g)]))
}

aad_p2s(g) if {
	cfg := lib.get(lib.props(g), "vpnClientConfiguration", {})
	"AAD" in lib.as_list(lib.get(cfg, "vpnAuthenticationTypes", []))
	lib.nonempty(lib.get(cfg, "aadTenant", ""))
}

# METADATA
# title: VPN-2 VPN connections logged
# description: Client VPN connection logging is on with a log group; Azure VPN gateways have a diagnostic setting sending logs to a workspace or storage.
# scope: document
# custom:
#   id: VPN-2
#   severity: medium
#   enforcement: advisory
#   remediation: "Log VPN connections to the log archive (Client VPN connection logging, VPN gateway diagnostic settings)."
#   references:
#     - "GDPR Art. 32(1)(b)"
#     - "ISO/IEC 27001:2022 A.8.15"
#     - "BSI C5:2020 OPS-10"
#     - "BSI C5:2020 COS-03"
#     - "ENISA EUCS OPS-12"
#     - "ENISA EUCS CS-03"
#     - "NIS2 Art. 21(2)(b)"
vpn_2 contains f if {
	some e in endpoints
	not connection_logged(lib.get(lib.props(e), "connectionLogOptions", {}))
	f := lib.finding("VPN-2", e.urn, sprintf("%s does not log connections to a log group (connectionLogOptions)", [lib.label(e)]))
}

connection_logged(o) if {
	lib.is_true(lib.get(o, "enabled", false))
	g := lib.get(o, "cloudwatchLogGroup", "")
	g != ""
}

vpn_2 contains f if {
	some g in vpn_gateways
	not gateway_diagnostics(g)
	f := lib.finding("VPN-2", g.urn, sprintf("%s has no diagnostic setting sending its logs to the log archive", [lib.label(g)]))
}

gateway_diagnostics(g) if {
	some d in lib.diagnostic_settings_for[g.urn]
	lib.diagnostic_destination(d)
}
