# rampart helpers - network
# Ingress rules of AWS security groups (inline ingress[], SecurityGroupRule,
# SecurityGroupIngressRule) and Azure NSGs (inline securityRules[], SecurityRule resources),
# normalised to {cloud, urn, group, name, protocol, from, to, sources}; subnets and tiers.
package rampart.lib

sg_types := {"aws:ec2/securityGroup:SecurityGroup", "aws:ec2/defaultSecurityGroup:DefaultSecurityGroup"}

nsg_types := {"azure-native:network:NetworkSecurityGroup", "azure:network/networkSecurityGroup:NetworkSecurityGroup"}

nsg_rule_types := {"azure-native:network:SecurityRule", "azure:network/networkSecurityRule:NetworkSecurityRule"}

aws_lb_types := {"aws:lb/loadBalancer:LoadBalancer", "aws:alb/loadBalancer:LoadBalancer", "aws:elb/loadBalancer:LoadBalancer"}

internet_sources := {"0.0.0.0/0", "::/0", "*", "internet", "any", "0.0.0.0"}

internet_source(s) if {
	is_string(s)
	lower(s) in internet_sources
}

admin_ports := [22, 3389, 5432, 3306, 1433, 6379, 27017, 9200]

# norm_protocol: "all", "tcp", "udp", "icmp" or "other". A missing protocol counts as all traffic.
norm_protocol(p) := "all" if {
	is_number(p)
	p == -1
} else := "tcp" if {
	is_number(p)
	p == 6
} else := "udp" if {
	is_number(p)
	p == 17
} else := "all" if {
	is_string(p)
	lower(p) in {"-1", "all", "*", "asterisk", "any"}
} else := "tcp" if {
	is_string(p)
	lower(p) in {"tcp", "6"}
} else := "udp" if {
	is_string(p)
	lower(p) in {"udp", "17"}
} else := "icmp" if {
	is_string(p)
	lower(p) in {"icmp", "1", "icmpv6", "58"}
} else := "all" if {
	p == null
} else := "other"

# aws_ports(i, proto): [from, to]; all ports for protocol all or when no ports are given.
aws_ports(i, proto) := [0, 65535] if {
	proto == "all"
} else := [f, t] if {
	f := num(i.fromPort)
	t := num(i.toPort)
	f >= 0
} else := [0, 65535]

# aws_rule: one normalised rule from an AWS ingress object.
aws_rule(urn, group, name, i, proto_key, sources) := {
	"cloud": "aws", "urn": urn, "group": group, "name": name,
	"protocol": proto, "from": ports[0], "to": ports[1], "sources": sources,
} if {
	proto := norm_protocol(object.get(i, proto_key, null))
	ports := aws_ports(i, proto)
}

string_list(v) := [s | some s in as_list(v); is_string(s)]

# Inline ingress of a security group.
ingress_rules contains rule if {
	some sg in resources
	sg.type in sg_types
	some i in as_list(object.get(props(sg), "ingress", []))
	is_object(i)
	sources := array.concat(string_list(object.get(i, "cidrBlocks", [])), string_list(object.get(i, "ipv6CidrBlocks", [])))
	rule := aws_rule(sg.urn, sg.urn, label(sg), i, "protocol", sources)
}

# aws:ec2/securityGroupRule:SecurityGroupRule of type ingress.
ingress_rules contains rule if {
	some r in resources
	r.type == "aws:ec2/securityGroupRule:SecurityGroupRule"
	object.get(props(r), "type", "ingress") == "ingress"
	sources := array.concat(string_list(object.get(props(r), "cidrBlocks", [])), string_list(object.get(props(r), "ipv6CidrBlocks", [])))
	rule := aws_rule(r.urn, owning_sg(r), label(r), props(r), "protocol", sources)
}

# aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule.
ingress_rules contains rule if {
	some r in resources
	r.type == "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule"
	sources := [s | some k in ["cidrIpv4", "cidrIpv6"]; s := props(r)[k]; is_string(s)]
	rule := aws_rule(r.urn, owning_sg(r), label(r), props(r), "ipProtocol", sources)
}

owning_sg(r) := sort(ts)[0] if {
	ts := targets(r, "securityGroupId", sg_types)
	count(ts) > 0
} else := ""

# aws-native (Cloud Control) security groups: securityGroupIngress[] and SecurityGroupIngress resources.
ingress_rules contains rule if {
	some sg in resources
	sg.type == "aws-native:ec2:SecurityGroup"
	some i in as_list(get(props(sg), "securityGroupIngress", []))
	is_object(i)
	sources := [x | some k in ["cidrIp", "cidrIpv6"]; x := i[k]; is_string(x)]
	rule := aws_rule(sg.urn, sg.urn, label(sg), i, "ipProtocol", sources)
}

ingress_rules contains rule if {
	some r in resources
	r.type == "aws-native:ec2:SecurityGroupIngress"
	sources := [x | some k in ["cidrIp", "cidrIpv6"]; x := props(r)[k]; is_string(x)]
	rule := aws_rule(r.urn, "", label(r), props(r), "ipProtocol", sources)
}

# ---- Azure

# az_field: a security rule's field, flat (SDK shape) or under "properties" (ARM shape).
az_field(rule, k) := v if {
	v := rule[k]
} else := rule.properties[k]

az_ranges(rule) := [r |
	some s in array.concat(string_list(az_field_or(rule, "destinationPortRange", [])), string_list(az_field_or(rule, "destinationPortRanges", [])))
	r := port_range(s)
]

az_field_or(rule, k, d) := v if {
	v := az_field(rule, k)
} else := d

# port_range("*") = [0,65535], "22" = [22,22], "20-30" = [20,30]; anything else counts as all ports.
port_range(s) := [to_number(parts[0]), to_number(parts[1])] if {
	regex.match(`^[0-9]+-[0-9]+$`, trim_space(s))
	parts := split(trim_space(s), "-")
} else := [to_number(trim_space(s)), to_number(trim_space(s))] if {
	regex.match(`^[0-9]+$`, trim_space(s))
} else := [0, 65535]

az_sources(rule) := array.concat(string_list(az_field_or(rule, "sourceAddressPrefix", [])), string_list(az_field_or(rule, "sourceAddressPrefixes", [])))

az_inbound_allow(rule) if {
	lower(text(az_field(rule, "direction"))) == "inbound"
	lower(text(az_field(rule, "access"))) == "allow"
}

az_rule(urn, group, rule) := [x |
	az_inbound_allow(rule)
	proto := norm_protocol(az_field_or(rule, "protocol", null))
	ranges := az_ranges(rule)
	some range in all_if_empty(ranges)
	x := {
		"cloud": "azure", "urn": urn, "group": group, "name": az_field_or(rule, "name", urn),
		"protocol": proto, "from": range[0], "to": range[1], "sources": az_sources(rule),
	}
]

all_if_empty(ranges) := ranges if count(ranges) > 0

all_if_empty(ranges) := [[0, 65535]] if count(ranges) == 0

ingress_rules contains rule if {
	some nsg in resources
	nsg.type in nsg_types
	some sr in as_list(object.get(props(nsg), "securityRules", []))
	is_object(sr)
	some rule in az_rule(nsg.urn, nsg.urn, sr)
}

ingress_rules contains rule if {
	some r in resources
	r.type in nsg_rule_types
	some rule in az_rule(r.urn, owning_nsg(r), props(r))
}

owning_nsg(r) := sort(ts)[0] if {
	ts := targets(r, "networkSecurityGroupName", nsg_types)
	count(ts) > 0
} else := ""

# all Azure security rules (any direction) of an NSG, for the default-deny check.
nsg_rules(nsg) := array.concat(
	[sr | some sr in as_list(object.get(props(nsg), "securityRules", [])); is_object(sr)],
	[props(r) | some r in nsg_rule_resources[nsg.urn]]
)

nsg_rule_resources[u] contains r if {
	some r in resources
	r.type in nsg_rule_types
	u := owning_nsg(r)
	u != ""
}

# ---- rules and ports

covers_port(rule, p) if {
	rule.protocol in {"tcp", "all"}
	rule.from <= p
	p <= rule.to
}

internet_open(rule) if {
	some s in rule.sources
	internet_source(s)
}

# ---- load balancers

# lb_group(urn): the security group / NSG fronts a load balancer.
lb_group(urn) if urn in lb_groups

lb_groups contains u if {
	some lb in resources
	lb.type in aws_lb_types
	some u in targets(lb, "securityGroups", sg_types)
}

# An Azure NSG attached to the subnet of an Application Gateway.
lb_groups contains nsg.urn if {
	some gw in resources
	gw.type == "azure-native:network:ApplicationGateway"
	some ipc in as_list(object.get(props(gw), "gatewayIPConfigurations", []))
	some sn in azure_subnets
	subnet_ref_matches(az_field_or(ipc, "subnet", {}), sn)
	some nsg in resources
	nsg.type in nsg_types
	refers(sn.nsg, nsg)
}

# An NSG of the public tier: by NET-1 that tier holds load balancers only.
lb_groups contains nsg.urn if {
	some nsg in resources
	nsg.type in nsg_types
	tier_of(nsg, get(props(nsg), "networkSecurityGroupName", object.get(nsg, "name", ""))) == "public"
}

subnet_ref_matches(ref, sn) if {
	is_object(ref)
	is_string(ref.id)
	parts := split(ref.id, "/")
	lower(parts[count(parts) - 1]) == lower(text(sn.name))
}

subnet_ref_matches(ref, sn) if {
	is_object(ref)
	ref.id == sn.urn
}

# ---- subnets

# azure_subnets: Subnet resources and subnets inline in a VirtualNetwork, as
# {urn, name, nsg, route_table, tier}.
azure_subnets contains sn if {
	some r in resources
	r.type == "azure-native:network:Subnet"
	name := object.get(props(r), "subnetName", object.get(props(r), "name", object.get(r, "name", "")))
	sn := {
		"urn": r.urn, "name": name, "resource": r.urn,
		"nsg": object.get(props(r), "networkSecurityGroup", null),
		"route_table": object.get(props(r), "routeTable", null),
		"tier": tier_of(r, name),
	}
}

azure_subnets contains sn if {
	some vnet in resources
	vnet.type == "azure-native:network:VirtualNetwork"
	some s in as_list(object.get(props(vnet), "subnets", []))
	is_object(s)
	name := object.get(s, "name", "")
	sn := {
		"urn": sprintf("%s/subnets/%s", [vnet.urn, name]), "name": name, "resource": vnet.urn,
		"nsg": az_field_or(s, "networkSecurityGroup", null),
		"route_table": az_field_or(s, "routeTable", null),
		"tier": canonical_tier(name_tier(name)),
	}
}

# tier_of(r, name): the tier tag (tier / rampart:tier), else a tier word in the name.
tier_of(r, name) := canonical_tier(lower(text(t))) if {
	some k in ["tier", "rampart:tier", "rampart-tier"]
	some t in tag_values(r, k)
} else := canonical_tier(name_tier(name))

canonical_tier(t) := "management" if t == "mgmt"

canonical_tier(t) := t if t != "mgmt"

name_tier(name) := matches[0] if {
	matches := [t | some t in ["data", "app", "public", "management", "mgmt"]; contains(lower(text(name)), t)]
	count(matches) > 0
} else := ""
