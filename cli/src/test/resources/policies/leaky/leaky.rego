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
