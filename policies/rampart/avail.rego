# Redundancy (AVAIL-1).
package rampart.avail

import data.rampart.lib

deny := avail_1

# METADATA
# title: AVAIL-1 two availability zones, zone-redundant storage in production
# description: The subnets of every VPC span at least two availability zones; RDS instances are Multi-AZ; in production Azure storage is zone-redundant (ZRS/GZRS/RA-GZRS) and PostgreSQL flexible servers use zone-redundant high availability.
# scope: document
# custom:
#   id: AVAIL-1
#   severity: medium
#   enforcement: advisory
#   remediation: "Spread subnets and databases over at least two availability zones; use zone-redundant storage (ZRS/GZRS) in production."
#   references:
#     - "GDPR Art. 32(1)(b)"
#     - "ISO/IEC 27001:2022 A.8.14"
#     - "ISO/IEC 27001:2022 A.5.30"
#     - "BSI C5:2020 BCM-03"
#     - "BSI C5:2020 OPS-01"
#     - "ENISA EUCS BC-03"
#     - "NIS2 Art. 21(2)(c)"
avail_1 contains f if {
	some vpc in lib.resources
	vpc.type == "aws:ec2/vpc:Vpc"
	subnets := lib.configs(vpc, {"aws:ec2/subnet:Subnet"})
	count(subnets) > 0
	zones := {z | some s in subnets; z := zone_of(s)}
	not some_zone_unknown(subnets)
	count(zones) < 2
	f := lib.finding("AVAIL-1", vpc.urn, sprintf("the subnets of %s span %d availability zone(s) %v", [lib.label(vpc), count(zones), sort(zones)]))
}

zone_of(s) := z if {
	z := lib.get(lib.props(s), "availabilityZone", null)
	lib.nonempty(z)
} else := z if {
	z := lib.get(lib.props(s), "availabilityZoneId", null)
	lib.nonempty(z)
}

some_zone_unknown(subnets) if {
	some s in subnets
	not zone_of(s)
}

avail_1 contains f if {
	some r in lib.resources
	r.type == "aws:rds/instance:Instance"
	not lib.is_true(lib.get(lib.props(r), "multiAz", false))
	not lib.unknown(lib.get(lib.props(r), "multiAz", false))
	not lib.nonempty(lib.get(lib.props(r), "replicateSourceDb", ""))
	f := lib.finding("AVAIL-1", r.urn, sprintf("%s is not Multi-AZ", [lib.label(r)]))
}

avail_1 contains f if {
	lib.production
	some r in lib.resources
	r.type == "azure-native:storage:StorageAccount"
	sku := lib.get(lib.get(lib.props(r), "sku", {}), "name", "")
	not lib.unknown(sku)
	not contains(upper(lib.text(sku)), "ZRS")
	f := lib.finding("AVAIL-1", r.urn, sprintf("%s uses %v storage, not zone-redundant (ZRS/GZRS) in production", [lib.label(r), sku]))
}

avail_1 contains f if {
	lib.production
	some r in lib.resources
	r.type == "azure:storage/account:Account"
	rep := lib.get(lib.props(r), "accountReplicationType", "LRS")
	not lib.unknown(rep)
	not contains(upper(lib.text(rep)), "ZRS")
	f := lib.finding("AVAIL-1", r.urn, sprintf("%s uses %v replication, not zone-redundant (ZRS/GZRS) in production", [lib.label(r), rep]))
}

avail_1 contains f if {
	lib.production
	some r in lib.resources
	r.type in {"azure-native:dbforpostgresql:Server", "azure-native:dbforpostgresql:FlexibleServer"}
	mode := lib.get(lib.get(lib.props(r), "highAvailability", {}), "mode", "Disabled")
	mode != "ZoneRedundant"
	f := lib.finding("AVAIL-1", r.urn, sprintf("%s high availability is %v, not ZoneRedundant", [lib.label(r), mode]))
}
