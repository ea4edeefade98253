# Network segmentation and firewalls (NET-1..NET-6).
package rampart.net

import data.rampart.lib
import data.rampart.vpn

deny := ((((net_1 | net_2) | net_3) | net_4) | net_5) | net_6

subnet_type := "aws:ec2/subnet:Subnet"

vpc_types := {"aws:ec2/vpc:Vpc"}

rt_types := {"aws:ec2/routeTable:RouteTable"}

igw_types := {"aws:ec2/internetGateway:InternetGateway"}

aws_subnets := [s | some s in lib.resources; s.type == subnet_type]

aws_subnet_name(s) := n if {
	some n in lib.tag_values(s, "Name")
} else := object.get(s, "name", "")

aws_tier(s) := lib.tier_of(s, aws_subnet_name(s))

# ---------------------------------------------------------------- NET-1

# METADATA
# title: NET-1 tiered networks with a private data tier
# description: The data tier has no route to an internet gateway and no public IPs.
# scope: document
# custom:
#   id: NET-1
#   severity: high
#   enforcement: mandatory
#   remediation: "Keep the data tier private: no route to an internet gateway and no public IPs in data subnets."
#   references:
#     - "GDPR Art. 32(1)(b)"
#     - "ISO/IEC 27001:2022 A.8.20"
#     - "ISO/IEC 27001:2022 A.8.22"
#     - "BSI C5:2020 COS-01"
#     - "BSI C5:2020 COS-06"
#     - "ENISA EUCS CS-01"
#     - "ENISA EUCS IAM-09"
#     - "NIS2 Art. 21(2)(e)"
net_1 contains f if {
	some s in aws_subnets
	aws_tier(s) == "data"
	lib.is_true(lib.get(lib.props(s), "mapPublicIpOnLaunch", false))
	f := lib.finding("NET-1", s.urn, sprintf("data-tier %s assigns public IPs (mapPublicIpOnLaunch)", [lib.label(s)]))
}

net_1 contains f if {
	some s in aws_subnets
	aws_tier(s) == "data"
	some rt in subnet_route_tables(s)
	route_table_to_igw(rt)
	f := lib.finding("NET-1", s.urn, sprintf("data-tier %s routes to an internet gateway through %s", [lib.label(s), lib.label(rt)]))
}

net_1 contains f if {
	some i in lib.resources
	i.type == "aws:ec2/instance:Instance"
	lib.is_true(lib.get(lib.props(i), "associatePublicIpAddress", false))
	some s in aws_subnets
	aws_tier(s) == "data"
	lib.attached(i, "subnetId", s, {subnet_type})
	f := lib.finding("NET-1", i.urn, sprintf("%s in data-tier %s has a public IP", [lib.label(i), lib.label(s)]))
}

# The public tier holds load balancers only: no instances.
net_1 contains f if {
	some i in lib.resources
	i.type == "aws:ec2/instance:Instance"
	some s in aws_subnets
	aws_tier(s) == "public"
	lib.attached(i, "subnetId", s, {subnet_type})
	f := lib.finding("NET-1", i.urn, sprintf("%s runs in public-tier %s, which is for load balancers only", [lib.label(i), lib.label(s)]))
}

# An instance with a public IP outside the public tier (an app-tier or untiered subnet): the
# instance is reachable from the internet around the load balancers. Data and public tiers have
# their own messages above; bastion hosts are VPN-1's.
net_1 contains f if {
	some i in lib.resources
	i.type == "aws:ec2/instance:Instance"
	lib.is_true(lib.get(lib.props(i), "associatePublicIpAddress", false))
	not vpn.bastion(i)
	not in_tier(i, "data")
	not in_tier(i, "public")
	f := lib.finding_fix("NET-1", i.urn, sprintf("%s has a public IP (associatePublicIpAddress) outside the public tier; only load balancers face the internet", [lib.label(i)]), sprintf("Set associatePublicIpAddress: false on %s and reach it through the load balancer or the VPN.", [lib.label(i)]))
}

# An instance that names no subnet (no subnetId, no networkInterfaces, no launch template) is
# launched in the default VPC, whose default subnets assign public IPs on launch; unless
# associatePublicIpAddress is false it gets one (the aws-ts-webserver shape). An instance in an
# in-stack subnet that maps public IPs on launch gets one the same way.
net_1 contains f if {
	some i in lib.resources
	i.type == "aws:ec2/instance:Instance"
	p := lib.props(i)
	lib.get(p, "associatePublicIpAddress", null) == null
	lib.get(p, "subnetId", null) == null
	count(lib.as_list(lib.get(p, "networkInterfaces", []))) == 0
	lib.get(p, "launchTemplate", null) == null
	not vpn.bastion(i)
	f := lib.finding_fix("NET-1", i.urn, sprintf("%s sets no subnetId, so EC2 launches it in the default VPC, whose subnets give it a public IP (associatePublicIpAddress is not set)", [lib.label(i)]), sprintf("Set subnetId to a private subnet and associatePublicIpAddress: false on %s.", [lib.label(i)]))
}

net_1 contains f if {
	some i in lib.resources
	i.type == "aws:ec2/instance:Instance"
	lib.get(lib.props(i), "associatePublicIpAddress", null) == null
	not vpn.bastion(i)
	some s in aws_subnets
	lib.attached(i, "subnetId", s, {subnet_type})
	lib.is_true(lib.get(lib.props(s), "mapPublicIpOnLaunch", false))
	aws_tier(s) != "public"
	f := lib.finding_fix("NET-1", i.urn, sprintf("%s gets a public IP from %s (mapPublicIpOnLaunch true; associatePublicIpAddress is not set)", [lib.label(i), lib.label(s)]), sprintf("Set associatePublicIpAddress: false on %s.", [lib.label(i)]))
}

# Launch templates and launch configurations whose instances get public IPs (an Auto Scaling group
# or EKS node group launches them): the same exposure as an instance with a public IP.
net_1 contains f if {
	some t in lib.resources
	t.type == "aws:ec2/launchTemplate:LaunchTemplate"
	not vpn.bastion(t)
	some n in lib.as_list(lib.get(lib.props(t), "networkInterfaces", []))
	lib.is_true(lib.get(n, "associatePublicIpAddress", false))
	f := lib.finding_fix("NET-1", t.urn, sprintf("%s gives the instances it launches public IPs (networkInterfaces[].associatePublicIpAddress true)", [lib.label(t)]), sprintf("Set networkInterfaces[].associatePublicIpAddress: \"false\" on %s.", [lib.label(t)]))
}

net_1 contains f if {
	some t in lib.resources
	t.type == "aws:ec2/launchConfiguration:LaunchConfiguration"
	not vpn.bastion(t)
	lib.is_true(lib.get(lib.props(t), "associatePublicIpAddress", false))
	f := lib.finding_fix("NET-1", t.urn, sprintf("%s gives the instances it launches public IPs (associatePublicIpAddress true)", [lib.label(t)]), sprintf("Set associatePublicIpAddress: false on %s.", [lib.label(t)]))
}

in_tier(i, tier) if {
	some s in aws_subnets
	aws_tier(s) == tier
	lib.attached(i, "subnetId", s, {subnet_type})
}

net_1 contains f if {
	some svc in lib.resources
	svc.type == "aws:ecs/service:Service"
	some nc in lib.as_list(lib.get(lib.props(svc), "networkConfiguration", []))
	lib.unknown(lib.get(nc, "assignPublicIp", null))
	f := lib.unknown_finding("NET-1", svc.urn, sprintf("networkConfiguration.assignPublicIp of %s", [lib.label(svc)]))
}

# ECS services whose tasks get public IPs (Fargate awsvpc networking with assignPublicIp).
net_1 contains f if {
	some svc in lib.resources
	svc.type == "aws:ecs/service:Service"
	some nc in lib.as_list(lib.get(lib.props(svc), "networkConfiguration", []))
	lib.is_true(lib.get(nc, "assignPublicIp", false))
	f := lib.finding_fix("NET-1", svc.urn, sprintf("%s gives its tasks public IPs (networkConfiguration.assignPublicIp true)", [lib.label(svc)]), sprintf("Set networkConfiguration.assignPublicIp: false on %s and run its tasks in private subnets behind the load balancer (with a NAT gateway or VPC endpoints for outbound traffic).", [lib.label(svc)]))
}

subnet_route_tables(s) := {rt | some u in route_tables_of[s.urn]; some rt in lib.by_urn[u]}

# route_tables_of[subnet urn]: route tables associated with the subnet.
route_tables_of[su] contains ru if {
	some a in lib.resources
	a.type == "aws:ec2/routeTableAssociation:RouteTableAssociation"
	some su in lib.targets(a, "subnetId", {subnet_type})
	some ru in lib.targets(a, "routeTableId", rt_types)
}

route_table_to_igw(rt) if {
	some route in lib.as_list(lib.get(lib.props(rt), "routes", []))
	igw_ref(lib.get(route, "gatewayId", null))
}

route_table_to_igw(rt) if rt.urn in igw_route_tables

igw_route_tables contains u if {
	some route in lib.resources
	route.type == "aws:ec2/route:Route"
	route_to_igw(route)
	some u in lib.targets(route, "routeTableId", rt_types)
}

route_to_igw(route) if igw_ref(lib.get(lib.props(route), "gatewayId", null))

# A gateway id that is not resolvable yet: the route's dependency on the gateway decides.
route_to_igw(route) if {
	lib.get(lib.props(route), "gatewayId", null) != null
	count(lib.targets(route, "gatewayId", igw_types)) > 0
}

igw_ref(v) if {
	is_string(v)
	startswith(v, "igw-")
}

igw_ref(v) if count(lib.value_targets(v, igw_types)) > 0

net_1 contains f if {
	some sn in lib.azure_subnets
	sn.tier == "data"
	# the route tables the subnet names (lib.refers), looked up by URN
	some u in lib.value_targets(sn.route_table, {"azure-native:network:RouteTable"})
	some rt in lib.by_urn[u]
	rt.type == "azure-native:network:RouteTable"
	azure_internet_route(rt)
	f := lib.finding("NET-1", sn.resource, sprintf("data-tier subnet %s routes to the internet through %s", [sn.name, lib.label(rt)]))
}

azure_internet_route(rt) if {
	some route in lib.as_list(lib.get(lib.props(rt), "routes", []))
	lower(lib.text(lib.az_field_or(route, "nextHopType", ""))) == "internet"
}

azure_internet_route(rt) if {
	some route in routes_of_table[rt.urn]
	lower(lib.text(lib.get(lib.props(route), "nextHopType", ""))) == "internet"
}

# routes_of_table[urn]: the separate Route resources attached to that route table (lib.attached).
routes_of_table[u] contains route if {
	some route in lib.resources
	route.type == "azure-native:network:Route"
	some u in lib.targets(route, "routeTableName", {"azure-native:network:RouteTable"})
}

net_1 contains f if {
	some nic in lib.resources
	nic.type == "azure-native:network:NetworkInterface"
	some ipc in lib.as_list(lib.get(lib.props(nic), "ipConfigurations", []))
	pip := lib.az_field_or(ipc, "publicIPAddress", null)
	pip != null
	some sn in lib.azure_subnets
	sn.tier == "data"
	lib.subnet_ref_matches(lib.az_field_or(ipc, "subnet", {}), sn)
	f := lib.finding("NET-1", nic.urn, sprintf("%s in data-tier subnet %s has a public IP", [lib.label(nic), sn.name]))
}

# A NIC with a public IP outside the data tier (reported above) and the public tier: the VM is
# reachable from the internet around the load balancers (the Azure counterpart of an EC2 instance
# with a public IP). Bastion hosts are VPN-1's.
net_1 contains f if {
	some nic in lib.resources
	nic.type == "azure-native:network:NetworkInterface"
	not vpn.bastion(nic)
	some ipc in lib.as_list(lib.get(lib.props(nic), "ipConfigurations", []))
	pip := lib.az_field_or(ipc, "publicIPAddress", null)
	pip != null
	not nic_in_tier(ipc, "data")
	not nic_in_tier(ipc, "public")
	f := lib.finding_fix("NET-1", nic.urn, sprintf("%s has a public IP (ipConfigurations[].publicIPAddress) outside the public tier; only load balancers face the internet", [lib.label(nic)]), sprintf("Remove the public IP from %s and reach the VM through the load balancer or the VPN.", [lib.label(nic)]))
}

nic_in_tier(ipc, tier) if {
	some sn in lib.azure_subnets
	sn.tier == tier
	lib.subnet_ref_matches(lib.az_field_or(ipc, "subnet", {}), sn)
}

# AKS node pools whose nodes get public IPs (enableNodePublicIP; the API's default is false).
net_1 contains f if {
	some r in lib.resources
	r.type == "azure-native:containerservice:ManagedCluster"
	some pool in lib.as_list(lib.get(lib.props(r), "agentPoolProfiles", []))
	lib.is_true(lib.get(pool, "enableNodePublicIP", false))
	f := lib.finding_fix("NET-1", r.urn, sprintf("%s gives the nodes of pool %v public IPs (enableNodePublicIP true)", [lib.label(r), lib.get(pool, "name", "?")]), sprintf("Set enableNodePublicIP: false on the agent pools of %s.", [lib.label(r)]))
}

net_1 contains f if {
	some r in lib.resources
	r.type == "azure-native:containerservice:AgentPool"
	lib.is_true(lib.get(lib.props(r), "enableNodePublicIP", false))
	f := lib.finding_fix("NET-1", r.urn, sprintf("%s gives its nodes public IPs (enableNodePublicIP true)", [lib.label(r)]), sprintf("Set enableNodePublicIP: false on %s.", [lib.label(r)]))
}

# ---------------------------------------------------------------- NET-2

# METADATA
# title: NET-2 production and non-production networks apart
# description: No peering between a production VPC/VNet and a non-production one; a peer whose environment cannot be shown counts as a violation (fail closed).
# scope: document
# custom:
#   id: NET-2
#   severity: high
#   enforcement: mandatory
#   remediation: "Remove peering between production and non-production networks."
#   references:
#     - "GDPR Art. 32(1)(b)"
#     - "ISO/IEC 27001:2022 A.8.22"
#     - "ISO/IEC 27001:2022 A.8.31"
#     - "BSI C5:2020 COS-04"
#     - "BSI C5:2020 COS-06"
#     - "ENISA EUCS CS-04"
#     - "NIS2 Art. 21(2)(e)"
net_2 contains f if {
	some p in lib.resources
	p.type == "aws:ec2/vpcPeeringConnection:VpcPeeringConnection"
	local := side_env(p, "vpcId", vpc_types)
	remote := remote_env(p, "peerVpcId", vpc_types)
	some msg in peering_problem(p, local, remote)
	f := lib.finding("NET-2", p.urn, msg)
}

net_2 contains f if {
	some p in lib.resources
	p.type == "azure-native:network:VirtualNetworkPeering"
	local := side_env(p, "virtualNetworkName", {"azure-native:network:VirtualNetwork"})
	remote := remote_env(p, "remoteVirtualNetwork", {"azure-native:network:VirtualNetwork"})
	some msg in peering_problem(p, local, remote)
	f := lib.finding("NET-2", p.urn, msg)
}

peering_problem(p, local, remote) := {msg |
	local != "unknown"
	remote != "unknown"
	prod_class(local) != prod_class(remote)
	msg := sprintf("%s peers a %s network with a %s network", [lib.label(p), local, remote])
} | {msg |
	some side in [local, remote]
	side == "unknown"
	msg := sprintf("%s peers with a network whose environment is unknown (tag it environment=...); cannot show it is not a %s/non-production mix", [lib.label(p), local])
}

prod_class(e) := "production" if lower(lib.text(e)) in {"prod", "production", "prd"}

prod_class(e) := "non-production" if not lower(lib.text(e)) in {"prod", "production", "prd"}

stack_env := n if {
	n := lib.environment.name
	is_string(n)
} else := "unknown"

# side_env: the environment of the network named by `key`: its environment tag, else the
# stack's environment when it is in this stack.
side_env(p, key, types) := e if {
	some v in lib.resources
	v.type in types
	lib.attached(p, key, v, types)
	e := network_env(v)
} else := "unknown"

remote_env(p, key, types) := e if {
	some v in lib.resources
	v.type in types
	lib.refers(lib.get(lib.props(p), key, null), v)
	e := network_env(v)
} else := e if {
	some k in ["peer-environment", "peerEnvironment", "remote-environment"]
	some e in lib.tag_values(p, k)
} else := "unknown"

network_env(v) := e if {
	some e in lib.tag_values(v, "environment")
} else := stack_env

# ---------------------------------------------------------------- NET-3

# METADATA
# title: NET-3 only HTTP/HTTPS from the internet, only to load balancers
# description: Ingress from 0.0.0.0/0, ::/0, Internet or * allows only TCP 80 and 443, and only on load balancer security groups / NSGs. Administrative and data ports are reported by NET-4.
# scope: document
# custom:
#   id: NET-3
#   severity: critical
#   enforcement: mandatory
#   remediation: "From the internet allow only TCP 80 and 443, and only on load balancer security groups / NSGs."
#   references:
#     - "GDPR Art. 32(1)(b)"
#     - "ISO/IEC 27001:2022 A.8.20"
#     - "ISO/IEC 27001:2022 A.8.21"
#     - "BSI C5:2020 COS-01"
#     - "BSI C5:2020 COS-02"
#     - "ENISA EUCS CS-01"
#     - "NIS2 Art. 21(2)(e)"
net_3 contains f if {
	some rule in lib.ingress_rules
	lib.internet_open(rule)
	beyond_web_ports(rule)
	f := lib.finding("NET-3", rule.urn, sprintf("%s opens %s %v-%v to the internet; only TCP 80 and 443 may be open", [rule.name, rule.protocol, rule.from, rule.to]))
}

net_3 contains f if {
	some rule in lib.ingress_rules
	lib.internet_open(rule)
	not beyond_web_ports(rule)
	some p in [80, 443]
	lib.covers_port(rule, p)
	not lib.lb_group(rule.group)
	f := lib.finding("NET-3", rule.urn, sprintf("%s opens port %v to the internet on a security group that fronts no load balancer", [rule.name, p]))
}

web_and_admin_ports := array.concat([80, 443], lib.admin_ports)

# beyond_web_ports: the rule opens something other than TCP 80/443 and the NET-4 ports.
beyond_web_ports(rule) if not rule.protocol in {"tcp", "all"}

beyond_web_ports(rule) if {
	width := (rule.to - rule.from) + 1
	inside := count({p | some p in web_and_admin_ports; rule.from <= p; p <= rule.to})
	width > inside
}

# ---------------------------------------------------------------- NET-4

# METADATA
# title: NET-4 administrative and data ports only from VPN or management
# description: Ports 22, 3389, 5432, 3306, 1433, 6379, 27017 and 9200 are reachable only from the VPN client range or inside the environment's network (management subnet), never from the internet or other ranges.
# scope: document
# custom:
#   id: NET-4
#   policy_type: resource
#   resource_scope:
#     type:
#       - "aws:ec2/securityGroup:SecurityGroup"
#       - "aws:ec2/defaultSecurityGroup:DefaultSecurityGroup"
#       - "aws:ec2/securityGroupRule:SecurityGroupRule"
#       - "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule"
#       - "aws-native:ec2:SecurityGroup"
#       - "aws-native:ec2:SecurityGroupIngress"
#       - "azure-native:network:NetworkSecurityGroup"
#       - "azure:network/networkSecurityGroup:NetworkSecurityGroup"
#       - "azure-native:network:SecurityRule"
#       - "azure:network/networkSecurityRule:NetworkSecurityRule"
#   severity: critical
#   enforcement: mandatory
#   remediation: "Open administrative and data ports only to the VPN client range or the management subnet."
#   references:
#     - "GDPR Art. 32(1)(b)"
#     - "ISO/IEC 27001:2022 A.8.20"
#     - "ISO/IEC 27001:2022 A.8.2"
#     - "BSI C5:2020 COS-02"
#     - "BSI C5:2020 COS-05"
#     - "ENISA EUCS CS-05"
#     - "NIS2 Art. 21(2)(i)"
#     - "CIS AWS Foundations v3.0.0 5.1, 5.2"
#     - "CIS Azure Foundations v2.0.0 6.1, 6.2"
net_4 contains f if {
	some rule in lib.ingress_rules
	some p in lib.admin_ports
	lib.covers_port(rule, p)
	some src in rule.sources
	not permitted_admin_source(rule.cloud, src)
	f := lib.finding("NET-4", rule.urn, sprintf("%s opens port %v to %s, outside the VPN client range and the management network", [rule.name, p, src]))
}

permitted_admin_source(c, src) if {
	not lib.internet_source(src)
	cidr_like(src)
	some range in permitted_ranges(c)
	net.cidr_contains(range, src)
}

permitted_admin_source("azure", src) if lower(src) in {"virtualnetwork", "azureloadbalancer", "gatewaymanager"}

cidr_like(s) if regex.match(`^[0-9]{1,3}(\.[0-9]{1,3}){3}(/[0-9]{1,2})?$`, s)

cidr_like(s) if regex.match(`^[0-9a-fA-F:]+:[0-9a-fA-F:]*(/[0-9]{1,3})?$`, s)

permitted_ranges(c) := {x | some x in [lib.get(lib.environment, "vpn_client_cidr", null), lib.get(lib.get(lib.environment, "network_cidrs", {}), c, null)]; is_string(x); cidr_like(x)}

# ---------------------------------------------------------------- NET-5

# METADATA
# title: NET-5 default deny
# description: The default security group of every VPC is managed and allows nothing; every NSG ends in an explicit deny-all inbound rule; every subnet has a NACL / NSG.
# scope: document
# custom:
#   id: NET-5
#   severity: medium
#   enforcement: mandatory
#   remediation: "Manage the default security group with no rules, end every NSG with an explicit deny-all inbound rule, attach an NSG/NACL to every subnet."
#   references:
#     - "GDPR Art. 32(1)(b)"
#     - "ISO/IEC 27001:2022 A.8.20"
#     - "ISO/IEC 27001:2022 A.8.9"
#     - "BSI C5:2020 COS-01"
#     - "BSI C5:2020 COS-02"
#     - "ENISA EUCS CS-01"
#     - "NIS2 Art. 21(2)(e)"
#     - "CIS AWS Foundations v3.0.0 5.4"
net_5 contains f if {
	some sg in lib.resources
	sg.type == "aws:ec2/defaultSecurityGroup:DefaultSecurityGroup"
	some k in ["ingress", "egress"]
	rules := lib.get(lib.props(sg), k, [])
	is_array(rules)
	count(rules) > 0
	f := lib.finding("NET-5", sg.urn, sprintf("%s allows traffic (%s has %d rules); the default security group must allow nothing", [lib.label(sg), k, count(rules)]))
}

net_5 contains f if {
	some vpc in lib.resources
	vpc.type in vpc_types
	not default_sg_managed(vpc)
	f := lib.finding("NET-5", vpc.urn, sprintf("%s does not manage its default security group (AWS's default allows traffic inside the group and all egress)", [lib.label(vpc)]))
}

default_sg_managed(vpc) if count(lib.configs(vpc, {"aws:ec2/defaultSecurityGroup:DefaultSecurityGroup"})) > 0

net_5 contains f if {
	some s in aws_subnets
	not subnet_has_nacl(s)
	f := lib.finding("NET-5", s.urn, sprintf("%s has no network ACL of its own (it falls back to the VPC's allow-all default NACL)", [lib.label(s)]))
}

nacl_types := {"aws:ec2/networkAcl:NetworkAcl", "aws:ec2/defaultNetworkAcl:DefaultNetworkAcl"}

subnet_has_nacl(s) if s.urn in nacl_subnets

nacl_subnets contains u if {
	some n in lib.resources
	n.type in nacl_types
	some u in lib.value_targets(lib.get(lib.props(n), "subnetIds", []), {subnet_type})
}

nacl_subnets contains u if {
	some a in lib.resources
	a.type == "aws:ec2/networkAclAssociation:NetworkAclAssociation"
	some u in lib.targets(a, "subnetId", {subnet_type})
}

net_5 contains f if {
	some nsg in lib.resources
	nsg.type in lib.nsg_types
	not ends_in_deny_all(nsg)
	f := lib.finding("NET-5", nsg.urn, sprintf("%s does not end in an explicit deny-all inbound rule", [lib.label(nsg)]))
}

ends_in_deny_all(nsg) if {
	rules := lib.nsg_rules(nsg)
	some d in rules
	deny_all_inbound(d)
	every other in rules {
		inbound_priority_at_most(other, lib.az_field(d, "priority"))
	}
}

inbound_priority_at_most(rule, limit) if lower(lib.text(lib.az_field_or(rule, "direction", ""))) != "inbound"

inbound_priority_at_most(rule, limit) if lib.num(lib.az_field_or(rule, "priority", 0)) <= lib.num(limit)

deny_all_inbound(d) if {
	lower(lib.text(lib.az_field_or(d, "direction", ""))) == "inbound"
	lower(lib.text(lib.az_field_or(d, "access", ""))) == "deny"
	lib.norm_protocol(lib.az_field_or(d, "protocol", null)) == "all"
	some src in lib.az_sources(d)
	src == "*"
	some range in lib.all_if_empty(lib.az_ranges(d))
	range == [0, 65535]
}

# Subnets where Azure forbids or manages NSGs itself.
nsg_exempt_subnets := {"gatewaysubnet", "azurefirewallsubnet", "azurefirewallmanagementsubnet", "routeserversubnet"}

net_5 contains f if {
	some sn in lib.azure_subnets
	not lower(lib.text(sn.name)) in nsg_exempt_subnets
	not subnet_has_nsg(sn)
	f := lib.finding("NET-5", sn.resource, sprintf("subnet %s has no network security group", [sn.name]))
}

subnet_has_nsg(sn) if {
	is_object(sn.nsg)
	lib.nonempty(lib.get(sn.nsg, "id", ""))
}

subnet_has_nsg(sn) if {
	is_object(sn.nsg)
	lib.unknown(lib.get(sn.nsg, "id", ""))
}

# ---------------------------------------------------------------- NET-6

# METADATA
# title: NET-6 flow logs on every VPC / NSG
# description: Every VPC has a flow log with a destination; every NSG (or its virtual network) has a flow log.
# scope: document
# custom:
#   id: NET-6
#   severity: medium
#   enforcement: advisory
#   remediation: "Enable flow logs for every VPC / NSG, delivered to the log archive."
#   references:
#     - "GDPR Art. 32(1)(b)"
#     - "ISO/IEC 27001:2022 A.8.15"
#     - "ISO/IEC 27001:2022 A.8.16"
#     - "BSI C5:2020 COS-03"
#     - "BSI C5:2020 OPS-10"
#     - "ENISA EUCS CS-03"
#     - "NIS2 Art. 21(2)(b)"
#     - "CIS AWS Foundations v3.0.0 3.7"
net_6 contains f if {
	some vpc in lib.resources
	vpc.type in vpc_types
	not vpc_flow_logged(vpc)
	f := lib.finding("NET-6", vpc.urn, sprintf("%s has no flow log delivered to a log destination", [lib.label(vpc)]))
}

vpc_flow_logged(vpc) if {
	some fl in lib.configs(vpc, {"aws:ec2/flowLog:FlowLog"})
	some k in ["logDestination", "logGroupName"]
	d := lib.get(lib.props(fl), k, "")
	d != ""
}

net_6 contains f if {
	some nsg in lib.resources
	nsg.type in lib.nsg_types
	not azure_flow_logged(nsg)
	f := lib.finding("NET-6", nsg.urn, sprintf("%s has no flow log (NSG or virtual network flow log)", [lib.label(nsg)]))
}

azure_flow_logs := [fl | some fl in lib.resources; fl.type == "azure-native:network:FlowLog"]

azure_flow_logged(nsg) if count(lib.configs(nsg, {"azure-native:network:FlowLog"})) > 0

# A virtual network flow log covers every NSG in it.
azure_flow_logged(nsg) if {
	some fl in azure_flow_logs
	count(lib.value_targets(lib.get(lib.props(fl), "targetResourceId", null), {"azure-native:network:VirtualNetwork"})) > 0
}
