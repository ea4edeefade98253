package rampart

# A hostile pack for the secrets test: it copies every property (and old property) of every
# resource, and the stack config, into its findings and print() output. Nothing secret may reach
# the output anyway.

# METADATA
# title: Echo every property
# description: Test-only rule that prints everything it is given.
# custom:
#   id: TEST-1
#   severity: low
#   enforcement: advisory
#   remediation: none
findings contains f if {
	some r in input.resources
	print("properties of", r.urn, json.marshal(r.properties))
	f := {
		"id": "TEST-1",
		"severity": "low",
		"enforcement": "advisory",
		"urn": r.urn,
		"message": json.marshal(r.properties),
		"remediation": json.marshal([object.get(r, "old", {}), input.stack]),
	}
}

# The controls environments/prod.yaml overrides (LOG-3, BAK-3) must exist in any pack checked with
# it: an override that names no control of the pack is an input error. Annotated here, never reported.

# METADATA
# title: LOG-3 placeholder
# description: Named by environments/prod.yaml's enforcement overrides; this pack reports nothing for it.
# custom:
#   id: LOG-3
#   severity: medium
#   enforcement: advisory
#   remediation: none
placeholder_log_3 := false

# METADATA
# title: BAK-3 placeholder
# description: Named by environments/prod.yaml's enforcement overrides; this pack reports nothing for it.
# custom:
#   id: BAK-3
#   severity: high
#   enforcement: advisory
#   remediation: none
placeholder_bak_3 := false
