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
