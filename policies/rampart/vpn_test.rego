package rampart.vpn_test

import data.rampart.testlib as t
import data.rampart.vpn

vpc := t.aws("aws:ec2/vpc:Vpc", "vpc", {"id": "vpc-prod"})

endpoint(props) := t.aws("aws:ec2clientvpn/endpoint:Endpoint", "admin-vpn", props)

good_endpoint := {
	"authenticationOptions": [{"type": "certificate-authentication", "rootCertificateChainArn": "arn:aws:acm:eu-central-1:1:certificate/c"}],
	"splitTunnel": true, "clientCidrBlock": "172.16.8.0/22",
	"connectionLogOptions": {"enabled": true, "cloudwatchLogGroup": "vpn-connections"},
}

test_vpn1_aws_vpc_without_vpn if {
	fs := vpn.vpn_1 with input as t.inp([vpc])
	some f in fs
	f.urn == t.stack_urn
	f.enforcement == "mandatory"
}

test_vpn1_advisory_in_dev if {
	fs := vpn.vpn_1 with input as t.inp_env([vpc], t.env_dev)
	some f in fs
	f.enforcement == "advisory"
}

test_vpn1_aws_compliant_endpoint if {
	count(vpn.vpn_1) == 0 with input as t.inp([vpc, endpoint(good_endpoint)])
}

test_vpn1_aws_full_tunnel if {
	count(vpn.vpn_1) == 1 with input as t.inp([vpc, endpoint(object.union(good_endpoint, {"splitTunnel": false}))])
}

test_vpn1_aws_directory_auth_only if {
	e := endpoint(object.union(good_endpoint, {"authenticationOptions": [{"type": "directory-service-authentication"}]}))
	count(vpn.vpn_1) == 1 with input as t.inp([vpc, e])
}

test_vpn1_public_bastion if {
	b := t.aws("aws:ec2/instance:Instance", "bastion", {"associatePublicIpAddress": true})
	count(vpn.vpn_1) == 1 with input as t.inp([vpc, endpoint(good_endpoint), b])
}

vnet := t.azure("azure-native:network:VirtualNetwork", "vnet", {"virtualNetworkName": "vnet"})

gateway(cfg) := t.azure("azure-native:network:VirtualNetworkGateway", "vpngw", {"virtualNetworkGatewayName": "vpngw", "gatewayType": "Vpn", "vpnClientConfiguration": cfg})

aad_cfg := {"vpnAuthenticationTypes": ["AAD"], "aadTenant": "https://login.microsoftonline.com/tenant/", "vpnClientAddressPool": {"addressPrefixes": ["172.16.8.0/22"]}}

test_vpn1_azure_vnet_without_gateway if {
	count(vpn.vpn_1) == 1 with input as t.inp([vnet])
}

test_vpn1_azure_aad_gateway if {
	count(vpn.vpn_1) == 0 with input as t.inp([vnet, gateway(aad_cfg)])
}

test_vpn1_azure_certificate_only_gateway if {
	count(vpn.vpn_1) == 1 with input as t.inp([vnet, gateway({"vpnAuthenticationTypes": ["Certificate"]})])
}

test_vpn2_aws_connection_logging_off if {
	e := endpoint(object.union(good_endpoint, {"connectionLogOptions": {"enabled": false}}))
	count(vpn.vpn_2) == 1 with input as t.inp([vpc, e])
	count(vpn.vpn_1) == 0 with input as t.inp([vpc, e])
}

test_vpn2_aws_connection_logging_on if {
	count(vpn.vpn_2) == 0 with input as t.inp([vpc, endpoint(good_endpoint)])
}

test_vpn2_azure_gateway_without_diagnostics if {
	count(vpn.vpn_2) == 1 with input as t.inp([vnet, gateway(aad_cfg)])
}

test_vpn2_azure_gateway_with_diagnostics if {
	d := t.azure("azure-native:insights:DiagnosticSetting", "vpngw-diag", {"resourceUri": "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworkGateways/vpngw", "workspaceId": "/subscriptions/s/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/law", "logs": [{"categoryGroup": "allLogs", "enabled": true}]})
	count(vpn.vpn_2) == 0 with input as t.inp([vnet, gateway(aad_cfg), d])
}

# ---- VPN-1: Kubernetes API endpoints (issue 14)

eks(vpc_config) := t.aws("aws:eks/cluster:Cluster", "cluster", {"roleArn": "arn:aws:iam::123456789012:role/eks", "vpcConfig": vpc_config})

test_vpn1_eks_public_endpoint_open_to_the_internet if {
	c := eks({"endpointPrivateAccess": false, "endpointPublicAccess": true, "publicAccessCidrs": ["0.0.0.0/0"], "subnetIds": ["subnet-1"]})
	fs := {x | some x in vpn.vpn_1; x.urn == c.urn} with input as t.inp([c])
	count(fs) == 1
}

test_vpn1_eks_defaults_are_public_and_said_so if {
	c := eks({"subnetIds": ["subnet-1"]})
	fs := {x | some x in vpn.vpn_1; x.urn == c.urn} with input as t.inp([c])
	some f in fs
	contains(f.message, "endpointPublicAccess not set (default true)")
	contains(f.message, "publicAccessCidrs is not set; the EKS API's default allows 0.0.0.0/0")
}

test_vpn1_eks_private_or_restricted_endpoint if {
	private := eks({"endpointPrivateAccess": true, "endpointPublicAccess": false})
	count({x | some x in vpn.vpn_1; x.urn == private.urn}) == 0 with input as t.inp([private])
	restricted := eks({"endpointPrivateAccess": true, "endpointPublicAccess": true, "publicAccessCidrs": ["172.16.8.0/22"]})
	count({x | some x in vpn.vpn_1; x.urn == restricted.urn}) == 0 with input as t.inp([restricted])
}

aks(profile) := t.azure("azure-native:containerservice:ManagedCluster", "aks", object.union({"dnsPrefix": "aks"}, profile))

test_vpn1_aks_public_api_server if {
	c := aks({})
	count({x | some x in vpn.vpn_1; x.urn == c.urn}) == 1 with input as t.inp([c])
	open := aks({"apiServerAccessProfile": {"authorizedIPRanges": ["0.0.0.0/0"]}})
	count({x | some x in vpn.vpn_1; x.urn == open.urn}) == 1 with input as t.inp([open])
}

test_vpn1_aks_private_or_restricted if {
	private := aks({"apiServerAccessProfile": {"enablePrivateCluster": true}})
	count({x | some x in vpn.vpn_1; x.urn == private.urn}) == 0 with input as t.inp([private])
	restricted := aks({"apiServerAccessProfile": {"authorizedIPRanges": ["172.16.8.0/22"]}})
	count({x | some x in vpn.vpn_1; x.urn == restricted.urn}) == 0 with input as t.inp([restricted])
}

test_vpn1_eks_unknown_endpoint_is_reported_not_passed if {
	c := eks({"endpointPublicAccess": "[unknown]", "subnetIds": ["subnet-1"]})
	fs := {x | some x in vpn.vpn_1; x.urn == c.urn} with input as t.inp([c])
	count(fs) == 1
	some f in fs
	f.until_apply == true
	whole := t.aws("aws:eks/cluster:Cluster", "cluster", {"vpcConfig": "[unknown]"})
	gs := {x | some x in vpn.vpn_1; x.urn == whole.urn} with input as t.inp([whole])
	count(gs) == 1
	some g in gs
	g.until_apply == true
}

test_vpn1_aks_unknown_profile_is_reported_not_passed if {
	c := aks({"apiServerAccessProfile": "[unknown]"})
	fs := {x | some x in vpn.vpn_1; x.urn == c.urn} with input as t.inp([c])
	count(fs) == 1
	some f in fs
	f.until_apply == true
}
