package rampart

# A one-rule pack for the command's own tests: the real pack is tested in policies/.

# METADATA
# title: Allowed EU regions only
# description: Every resource with a region is in an allowed region of its cloud.
# custom:
#   id: RES-1
#   severity: critical
#   enforcement: mandatory
#   remediation: Create the resource in an allowed region.
findings contains f if {
	some r in input.resources
	r.cloud in {"aws", "azure"}
	r.region != null
	not r.region in input.environment.allowed_regions[r.cloud]
	f := {
		"id": "RES-1",
		"severity": "critical",
		"enforcement": "mandatory",
		"urn": r.urn,
		"message": sprintf("%s is in %s, outside the allowed regions", [r.name, r.region]),
		"remediation": "Create the resource in an allowed region.",
	}
}

# METADATA
# title: Flow logs on
# description: Advisory test rule that fires on every bucket named "nolog".
# custom:
#   id: NET-6
#   severity: medium
#   enforcement: advisory
#   remediation: Turn on flow logs.
findings contains f if {
	some r in input.resources
	r.name == "nolog"
	f := {
		"id": "NET-6",
		"severity": "medium",
		"enforcement": "advisory",
		"urn": r.urn,
		"message": "no flow logs",
		"remediation": "Turn on flow logs.",
	}
}

# METADATA
# title: Threat detection on
# description: Advisory by default; environments/prod.yaml makes LOG-3 mandatory.
# custom:
#   id: LOG-3
#   severity: medium
#   enforcement: advisory
#   remediation: Enable GuardDuty.
findings contains f if {
	some r in input.resources
	r.name == "noguard"
	f := {
		"id": "LOG-3",
		"severity": "medium",
		"enforcement": "advisory",
		"urn": r.urn,
		"message": "no threat detection",
		"remediation": "Enable GuardDuty.",
	}
}

# METADATA
# title: Backup vaults locked
# description: Advisory test rule on every bucket named "nolock"; environments/prod.yaml makes BAK-3 mandatory (an override must name a control of the pack).
# custom:
#   id: BAK-3
#   severity: high
#   enforcement: advisory
#   remediation: Lock the vault.
findings contains f if {
	some r in input.resources
	r.name == "nolock"
	f := {
		"id": "BAK-3",
		"severity": "high",
		"enforcement": "advisory",
		"urn": r.urn,
		"message": "vault not locked",
		"remediation": "Lock the vault.",
	}
}
