package rampart.net_test

import data.rampart.net
import data.rampart.testlib as t

vpc := t.aws("aws:ec2/vpc:Vpc", "vpc", {"id": "vpc-prod", "cidrBlock": "10.30.0.0/16", "tags": t.tags})

subnet(name, tier, az) := t.aws("aws:ec2/subnet:Subnet", name, {"id": sprintf("subnet-%s", [name]), "vpcId": "vpc-prod", "availabilityZone": az, "tags": {"Name": name, "tier": tier}})

igw := t.aws("aws:ec2/internetGateway:InternetGateway", "igw", {"id": "igw-0abc", "vpcId": "vpc-prod"})

route_table(name, routes) := t.aws("aws:ec2/routeTable:RouteTable", name, {"id": sprintf("rtb-%s", [name]), "vpcId": "vpc-prod", "routes": routes})

assoc(sn, rt) := t.aws("aws:ec2/routeTableAssociation:RouteTableAssociation", sprintf("%s-assoc", [sn.name]), {"subnetId": sn.properties.id, "routeTableId": rt.properties.id})

# ---- NET-1

test_net1_data_subnet_routes_to_igw_inline if {
	sn := subnet("data-a", "data", "eu-central-1a")
	rt := route_table("data", [{"cidrBlock": "0.0.0.0/0", "gatewayId": "igw-0abc"}])
	fs := net.net_1 with input as t.inp([vpc, igw, sn, rt, assoc(sn, rt)])
	some f in fs
	f.urn == sn.urn
}

test_net1_data_subnet_routes_to_igw_route_resource if {
	sn := subnet("data-a", "data", "eu-central-1a")
	rt := route_table("data", [])
	r := t.aws("aws:ec2/route:Route", "data-default", {"routeTableId": "rtb-data", "destinationCidrBlock": "0.0.0.0/0", "gatewayId": "igw-0abc"})
	count(net.net_1) == 1 with input as t.inp([vpc, igw, sn, rt, r, assoc(sn, rt)])
}

test_net1_public_subnet_may_route_to_igw if {
	sn := subnet("public-a", "public", "eu-central-1a")
	rt := route_table("public", [{"cidrBlock": "0.0.0.0/0", "gatewayId": "igw-0abc"}])
	count(net.net_1) == 0 with input as t.inp([vpc, igw, sn, rt, assoc(sn, rt)])
}

test_net1_data_subnet_private if {
	sn := subnet("data-a", "data", "eu-central-1a")
	rt := route_table("data", [])
	count(net.net_1) == 0 with input as t.inp([vpc, igw, sn, rt, assoc(sn, rt)])
}

test_net1_data_subnet_public_ips if {
	sn := t.aws("aws:ec2/subnet:Subnet", "db-subnet", {"mapPublicIpOnLaunch": true, "tags": {"tier": "data"}})
	count(net.net_1) == 1 with input as t.inp([sn])
}

az_data_subnet(rt_id) := t.azure("azure-native:network:Subnet", "snet-data-1", {"subnetName": "snet-data-1", "routeTable": {"id": rt_id}})

test_net1_azure_data_subnet_internet_route if {
	rt := t.azure("azure-native:network:RouteTable", "rt-data", {"routeTableName": "rt-data", "routes": [{"name": "out", "addressPrefix": "0.0.0.0/0", "nextHopType": "Internet"}]})
	sn := az_data_subnet("/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/routeTables/rt-data")
	count(net.net_1) == 1 with input as t.inp([rt, sn])
}

test_net1_azure_data_subnet_no_internet_route if {
	rt := t.azure("azure-native:network:RouteTable", "rt-data", {"routeTableName": "rt-data", "routes": [{"name": "fw", "addressPrefix": "0.0.0.0/0", "nextHopType": "VirtualAppliance"}]})
	sn := az_data_subnet("/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/routeTables/rt-data")
	count(net.net_1) == 0 with input as t.inp([rt, sn])
}

# ---- NET-2

peer_vpc(env) := t.aws("aws:ec2/vpc:Vpc", sprintf("vpc-%s", [env]), {"id": sprintf("vpc-%s-peer", [env]), "tags": {"environment": env}})

peering(peer_id) := t.aws("aws:ec2/vpcPeeringConnection:VpcPeeringConnection", "peering", {"vpcId": "vpc-prod", "peerVpcId": peer_id})

test_net2_prod_peered_with_dev if {
	fs := net.net_2 with input as t.inp([vpc, peer_vpc("dev"), peering("vpc-dev-peer")])
	some f in fs
	contains(f.message, "dev")
}

test_net2_prod_peered_with_prod if {
	count(net.net_2) == 0 with input as t.inp([vpc, peer_vpc("prod"), peering("vpc-prod-peer")])
}

test_net2_peer_unknown_fails_closed if {
	count(net.net_2) == 1 with input as t.inp([vpc, peering("vpc-0123456789")])
}

test_net2_peer_environment_tag if {
	p := t.aws("aws:ec2/vpcPeeringConnection:VpcPeeringConnection", "peering", {"vpcId": "vpc-prod", "peerVpcId": "vpc-0123", "tags": {"peer-environment": "staging"}})
	count(net.net_2) == 1 with input as t.inp([vpc, p])
}

vnet(name, env) := t.azure("azure-native:network:VirtualNetwork", name, {"virtualNetworkName": name, "tags": {"environment": env}})

vnet_peering(remote) := t.azure("azure-native:network:VirtualNetworkPeering", "peer", {
	"virtualNetworkName": "vnet-prod",
	"remoteVirtualNetwork": {"id": sprintf("/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/%s", [remote])},
})

test_net2_azure_prod_peered_with_dev if {
	count(net.net_2) == 1 with input as t.inp([vnet("vnet-prod", "prod"), vnet("vnet-dev", "dev"), vnet_peering("vnet-dev")])
}

test_net2_azure_prod_peered_with_prod if {
	count(net.net_2) == 0 with input as t.inp([vnet("vnet-prod", "prod"), vnet("vnet-prod-2", "prod"), vnet_peering("vnet-prod-2")])
}

# ---- NET-3 and NET-4 (AWS)

lb_sg(ingress) := t.aws("aws:ec2/securityGroup:SecurityGroup", "alb-sg", {"id": "sg-alb", "ingress": ingress})

alb := t.aws("aws:lb/loadBalancer:LoadBalancer", "alb", {"securityGroups": ["sg-alb"]})

https_in := {"protocol": "tcp", "fromPort": 443.0, "toPort": 443.0, "cidrBlocks": ["0.0.0.0/0"]}

test_net3_https_to_load_balancer if {
	count(net.net_3) == 0 with input as t.inp([lb_sg([https_in]), alb])
}

test_net3_https_to_instance_group if {
	fs := net.net_3 with input as t.inp([lb_sg([https_in])])
	some f in fs
	contains(f.message, "no load balancer")
}

test_net3_other_port_on_load_balancer if {
	rule := {"protocol": "tcp", "fromPort": 8080.0, "toPort": 8080.0, "cidrBlocks": ["0.0.0.0/0"]}
	count(net.net_3) == 1 with input as t.inp([lb_sg([https_in, rule]), alb])
	count(net.net_4) == 0 with input as t.inp([lb_sg([https_in, rule]), alb])
}

test_net3_all_traffic_rule_resource if {
	sg := lb_sg([])
	r := t.aws("aws:ec2/securityGroupRule:SecurityGroupRule", "all", {"type": "ingress", "securityGroupId": "sg-alb", "protocol": "-1", "fromPort": 0.0, "toPort": 0.0, "cidrBlocks": ["0.0.0.0/0"]})
	count(net.net_3) == 1 with input as t.inp([sg, alb, r])
	count(net.net_4) > 0 with input as t.inp([sg, alb, r])
}

test_net3_ingress_rule_resource_ipv6_range if {
	r := t.aws("aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule", "range", {"securityGroupId": "sg-alb", "ipProtocol": "tcp", "fromPort": 8000.0, "toPort": 9000.0, "cidrIpv6": "::/0"})
	count(net.net_3) == 1 with input as t.inp([lb_sg([]), alb, r])
}

test_net3_udp_from_internet if {
	rule := {"protocol": "udp", "fromPort": 443.0, "toPort": 443.0, "cidrBlocks": ["0.0.0.0/0"]}
	count(net.net_3) == 1 with input as t.inp([lb_sg([rule]), alb])
}

test_net4_ssh_from_internet_only_net4 if {
	rule := {"protocol": "tcp", "fromPort": 22.0, "toPort": 22.0, "cidrBlocks": ["0.0.0.0/0"]}
	count(net.net_4) == 1 with input as t.inp([lb_sg([rule]), alb])
	count(net.net_3) == 0 with input as t.inp([lb_sg([rule]), alb])
}

test_net4_ssh_covered_by_port_range if {
	rule := {"protocol": "6", "fromPort": 20.0, "toPort": 30.0, "cidrBlocks": ["198.51.100.0/24"]}
	fs := net.net_4 with input as t.inp([lb_sg([rule])])
	some f in fs
	contains(f.message, "port 22")
}

test_net4_ssh_from_vpn if {
	rule := {"protocol": "tcp", "fromPort": 22.0, "toPort": 22.0, "cidrBlocks": ["172.16.8.0/22"]}
	count(net.net_4) == 0 with input as t.inp([lb_sg([rule])])
}

test_net4_postgres_from_app_subnet if {
	r := t.aws("aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule", "pg", {"securityGroupId": "sg-db", "ipProtocol": "tcp", "fromPort": 5432, "toPort": 5432, "cidrIpv4": "10.30.16.0/20"})
	count(net.net_4) == 0 with input as t.inp([r])
}

test_net4_security_group_reference_is_internal if {
	r := t.aws("aws:ec2/securityGroupRule:SecurityGroupRule", "pg", {"type": "ingress", "securityGroupId": "sg-db", "protocol": "tcp", "fromPort": 5432, "toPort": 5432, "sourceSecurityGroupId": "sg-app"})
	count(net.net_4) == 0 with input as t.inp([r])
}

test_net4_rdp_from_ipv6_internet if {
	rule := {"protocol": "tcp", "fromPort": 3389.0, "toPort": 3389.0, "ipv6CidrBlocks": ["::/0"]}
	count(net.net_4) == 1 with input as t.inp([lb_sg([rule])])
}

# ---- NET-3 and NET-4 (Azure)

nsg(name, rules) := t.azure("azure-native:network:NetworkSecurityGroup", name, {"networkSecurityGroupName": name, "securityRules": rules})

az_allow(name, prio, src, ports) := {"name": name, "priority": prio, "direction": "Inbound", "access": "Allow", "protocol": "Tcp", "sourceAddressPrefix": src, "destinationPortRange": ports}

deny_all := {"name": "DenyAllInbound", "priority": 4096, "direction": "Inbound", "access": "Deny", "protocol": "*", "sourceAddressPrefix": "*", "destinationPortRange": "*"}

test_net3_azure_public_tier_https if {
	n := nsg("nsg-public", [az_allow("https", 100, "Internet", "443"), az_allow("http", 110, "Internet", "80"), deny_all])
	count(net.net_3) == 0 with input as t.inp([n])
}

test_net3_azure_https_on_app_tier if {
	n := nsg("nsg-app", [az_allow("https", 100, "Internet", "443"), deny_all])
	count(net.net_3) == 1 with input as t.inp([n])
}

test_net3_azure_other_port_from_internet if {
	n := nsg("nsg-public", [az_allow("alt", 100, "*", "8080"), deny_all])
	count(net.net_3) == 1 with input as t.inp([n])
}

test_net4_azure_rdp_from_internet if {
	n := nsg("nsg-app", [az_allow("rdp", 100, "Internet", "3389"), deny_all])
	count(net.net_4) == 1 with input as t.inp([n])
	count(net.net_3) == 0 with input as t.inp([n])
}

test_net4_azure_port_range_from_any if {
	r := t.azure("azure-native:network:SecurityRule", "wide", {"networkSecurityGroupName": "nsg-app", "direction": "Inbound", "access": "Allow", "protocol": "*", "sourceAddressPrefixes": ["0.0.0.0/0"], "destinationPortRanges": ["20-30"], "priority": 100})
	count(net.net_4) == 1 with input as t.inp([nsg("nsg-app", [deny_all]), r])
	count(net.net_3) == 1 with input as t.inp([nsg("nsg-app", [deny_all]), r])
}

test_net4_azure_admin_from_vpn if {
	n := nsg("nsg-app", [az_allow("ssh", 200, "172.16.8.0/22", "22"), deny_all])
	count(net.net_4) == 0 with input as t.inp([n])
}

test_net4_azure_arm_shape_properties if {
	rule := {"name": "ssh", "properties": {"priority": 100, "direction": "Inbound", "access": "Allow", "protocol": "Tcp", "sourceAddressPrefix": "*", "destinationPortRange": "22"}}
	count(net.net_4) == 1 with input as t.inp([nsg("nsg-app", [rule, deny_all])])
}

# ---- NET-5

default_sg(ingress) := t.aws("aws:ec2/defaultSecurityGroup:DefaultSecurityGroup", "default", {"vpcId": "vpc-prod", "ingress": ingress, "egress": []})

nacl(subnets) := t.aws("aws:ec2/networkAcl:NetworkAcl", "acl", {"vpcId": "vpc-prod", "subnetIds": [s.properties.id | some s in subnets]})

test_net5_aws_compliant if {
	sn := subnet("app-a", "app", "eu-central-1a")
	count(net.net_5) == 0 with input as t.inp([vpc, default_sg([]), sn, nacl([sn])])
}

test_net5_aws_default_sg_not_managed if {
	fs := net.net_5 with input as t.inp([vpc])
	some f in fs
	f.urn == vpc.urn
}

test_net5_aws_default_sg_with_rules if {
	count(net.net_5) == 1 with input as t.inp([vpc, default_sg([{"protocol": "-1", "fromPort": 0, "toPort": 0, "self": true}])])
}

test_net5_aws_subnet_without_nacl if {
	sn := subnet("app-a", "app", "eu-central-1a")
	fs := net.net_5 with input as t.inp([vpc, default_sg([]), sn])
	some f in fs
	f.urn == sn.urn
}

test_net5_azure_nsg_without_deny_all if {
	count(net.net_5) == 1 with input as t.inp([nsg("nsg-app", [az_allow("https", 100, "10.130.0.0/24", "443")])])
}

test_net5_azure_deny_all_not_last if {
	count(net.net_5) == 1 with input as t.inp([nsg("nsg-app", [deny_all, az_allow("https", 4097, "10.130.0.0/24", "443")])])
}

test_net5_azure_nsg_compliant if {
	count(net.net_5) == 0 with input as t.inp([nsg("nsg-app", [az_allow("https", 100, "10.130.0.0/24", "443"), deny_all])])
}

test_net5_azure_subnet_without_nsg if {
	sn := t.azure("azure-native:network:Subnet", "snet-app-1", {"subnetName": "snet-app-1"})
	count(net.net_5) == 1 with input as t.inp([sn])
}

test_net5_azure_gateway_subnet_exempt if {
	sn := t.azure("azure-native:network:Subnet", "gw", {"subnetName": "GatewaySubnet"})
	count(net.net_5) == 0 with input as t.inp([sn])
}

test_net5_azure_inline_subnet_with_nsg if {
	v := t.azure("azure-native:network:VirtualNetwork", "vnet", {"subnets": [{"name": "snet-app-1", "networkSecurityGroup": {"id": "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/networkSecurityGroups/nsg-app"}}]})
	count(net.net_5) == 0 with input as t.inp([v])
}

# ---- NET-6

test_net6_vpc_without_flow_log if {
	count(net.net_6) == 1 with input as t.inp([vpc])
}

test_net6_vpc_with_flow_log if {
	fl := t.aws("aws:ec2/flowLog:FlowLog", "fl", {"vpcId": "vpc-prod", "logDestinationType": "s3", "logDestination": "arn:aws:s3:::logs-1/flow", "trafficType": "ALL"})
	count(net.net_6) == 0 with input as t.inp([vpc, fl])
}

test_net6_nsg_without_flow_log if {
	count(net.net_6) == 1 with input as t.inp([nsg("nsg-app", [deny_all])])
}

test_net6_nsg_with_flow_log if {
	fl := t.azure("azure-native:network:FlowLog", "fl", {"targetResourceId": "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/networkSecurityGroups/nsg-app", "enabled": true})
	count(net.net_6) == 0 with input as t.inp([nsg("nsg-app", [deny_all]), fl])
}

test_net1_instance_in_public_tier if {
	sn := subnet("public-a", "public", "eu-central-1a")
	i := t.aws("aws:ec2/instance:Instance", "web", {"subnetId": "subnet-public-a"})
	fs := net.net_1 with input as t.inp([vpc, sn, i])
	some f in fs
	f.urn == i.urn
}

test_net1_instance_in_app_tier if {
	sn := subnet("app-a", "app", "eu-central-1a")
	i := t.aws("aws:ec2/instance:Instance", "web", {"subnetId": "subnet-app-a"})
	count(net.net_1) == 0 with input as t.inp([vpc, sn, i])
}

# ---- NET-1: public IPs outside the public tier, ECS tasks with public IPs (issue 14)

test_net1_instance_with_public_ip_in_app_tier if {
	app := t.aws("aws:ec2/subnet:Subnet", "app-a", {"id": "subnet-app", "vpcId": "vpc-prod", "tags": object.union(t.tags, {"tier": "app"})})
	i := t.aws("aws:ec2/instance:Instance", "worker", {"subnetId": "subnet-app", "associatePublicIpAddress": true})
	fs := net.net_1 with input as t.inp([vpc, app, i])
	count(fs) == 1
	some f in fs
	f.urn == i.urn
	contains(f.message, "outside the public tier")
}

test_net1_instance_without_public_ip_in_app_tier if {
	app := t.aws("aws:ec2/subnet:Subnet", "app-a", {"id": "subnet-app", "vpcId": "vpc-prod", "tags": object.union(t.tags, {"tier": "app"})})
	i := t.aws("aws:ec2/instance:Instance", "worker", {"subnetId": "subnet-app", "associatePublicIpAddress": false})
	count(net.net_1) == 0 with input as t.inp([vpc, app, i])
}

test_net1_public_bastion_is_vpn1s if {
	i := t.aws("aws:ec2/instance:Instance", "bastion", {"associatePublicIpAddress": true})
	count(net.net_1) == 0 with input as t.inp([vpc, i])
}

test_net1_ecs_service_assigns_public_ips if {
	svc := t.aws("aws:ecs/service:Service", "api", {"launchType": "FARGATE", "networkConfiguration": {"subnets": ["subnet-1"], "assignPublicIp": true}})
	count(net.net_1) == 1 with input as t.inp([svc])
	ok := t.aws("aws:ecs/service:Service", "api", {"launchType": "FARGATE", "networkConfiguration": {"subnets": ["subnet-1"], "assignPublicIp": false}})
	count(net.net_1) == 0 with input as t.inp([ok])
	unset := t.aws("aws:ecs/service:Service", "api", {"launchType": "FARGATE", "networkConfiguration": {"subnets": ["subnet-1"]}})
	count(net.net_1) == 0 with input as t.inp([unset])
}
