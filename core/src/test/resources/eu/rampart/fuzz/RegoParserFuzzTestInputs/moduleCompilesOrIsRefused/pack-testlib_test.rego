# Builders shared by the unit tests of the pack (loaded only by the test runner).
package rampart.testlib

env_prod := {
	"name": "prod", "production": true,
	"allowed_regions": {"aws": ["eu-central-1", "eu-west-1"], "azure": ["westeurope", "northeurope", "germanywestcentral"]},
	"primary_region": {"aws": "eu-central-1", "azure": "westeurope"},
	"secondary_region": {"aws": "eu-west-1", "azure": "northeurope"},
	"vpn_client_cidr": "172.16.8.0/22",
	"network_cidrs": {"aws": "10.30.0.0/16", "azure": "10.130.0.0/16"},
	"backup": {"every_hours": 4, "retention_days": 90},
	"log_retention_days": 365,
	"cross_region_copies": true,
	"enforcement": {},
}

env_dev := object.union(env_prod, {"name": "dev", "production": false, "cross_region_copies": false})

urn(type, name) := sprintf("urn:pulumi:prod::lz::%s::%s", [type, name])

# aws(type, name, props): an AWS resource in eu-central-1 with the ownership tags unless props has tags.
aws(type, name, props) := {
	"urn": urn(type, name), "type": type, "name": name, "custom": true, "cloud": "aws",
	"region": "eu-central-1", "region_source": "stack-config", "dependencies": [], "protect": true,
	"properties": props,
}

azure(type, name, props) := {
	"urn": urn(type, name), "type": type, "name": name, "custom": true, "cloud": "azure",
	"region": "westeurope", "region_source": "input", "dependencies": [], "protect": true,
	"properties": props,
}

with_fields(r, fields) := object.union(r, fields)

deps(r, targets) := object.union(r, {"dependencies": [t.urn | some t in targets]})

inp(resources) := {"stack": {"name": "prod", "project": "lz", "source": "rampart-plan"}, "environment": env_prod, "resources": resources}

inp_env(resources, env) := {"stack": {"name": env.name, "project": "lz", "source": "rampart-plan"}, "environment": env, "resources": resources}

tags := {"environment": "prod", "owner": "platform-team", "data-classification": "internal"}

# ids_for(findings, urn): the control ids reported for one resource.
ids_for(findings, u) := {f.id | some f in findings; f.urn == u}

ids(findings) := {f.id | some f in findings}

stack_urn := "urn:pulumi:prod::lz::pulumi:pulumi:Stack::lz-prod"
