# METADATA
# title: rampart helpers
# description: |
#   Shared helpers of the policy pack: finding construction and enforcement, cloud and region
#   resolution, property access that is aware of "[unknown]"/"[secret]", and references between
#   resources (by id/name/ARN/URN property, else by dependency).
package rampart.lib

# The rules see every resource under its unversioned type: azure-native programs that pin an API
# version create "azure-native:containerservice/v20240102preview:ManagedCluster", which is the
# same resource as "azure-native:containerservice:ManagedCluster" (the upgrade-aks-api-version
# export of pulumi-azure-native). The URN keeps the versioned type.
resources := [canonical_resource(r) | some r in object.get(input, "resources", [])]

canonical_resource(r) := object.union(r, {"type": canonical_type(r.type)}) if {
	is_string(r.type)
	startswith(r.type, "azure-native:")
	contains(r.type, "/v")
} else := r

# canonical_type("azure-native:storage/v20220901:StorageAccount") = "azure-native:storage:StorageAccount"
canonical_type(t) := regex.replace(t, `^azure-native:([A-Za-z0-9]+)/v[0-9]{8}(preview)?:`, "azure-native:${1}:")

environment := object.get(input, "environment", {})

# Without an environment saying otherwise, the strict (production) enforcement applies.
production if object.get(environment, "production", true) != false

# ---------------------------------------------------------------- findings and enforcement

# enforcement(id) is the control's default level for this environment: production_enforcement in
# production (or when the input says nothing about production: fail closed), else enforcement.
# The environment's overrides are not applied here: the checker applies them, once, to every
# finding (core/.../check/EnforcementOverrides.java), so that the CLI, the gate and the analyzer
# agree and a finding about a value unknown until apply never becomes blocking.
enforcement(id) := e if {
	production
	e := catalog[id].production_enforcement
} else := catalog[id].enforcement

# finding(id, urn, message) is the finding object.
finding(id, urn, message) := {
	"id": id,
	"severity": catalog[id].severity,
	"enforcement": enforcement(id),
	"urn": urn,
	"message": message,
	"remediation": catalog[id].remediation,
}

# finding_fix(id, urn, message, fix): a finding whose remediation is the fix for this resource
# ("set minimumTlsVersion: TLS1_2 on azure-native:storage:StorageAccount store") rather than the
# control's generic text.
finding_fix(id, urn, message, fix) := object.union(finding(id, urn, message), {"remediation": fix})

# unknown_finding: a value the control needs is not known before apply. It is reported (never
# passed) as advisory and marked until_apply, so that no override makes it blocking.
unknown_finding(id, urn, what) := {
	"id": id,
	"severity": catalog[id].severity,
	"enforcement": "advisory",
	"until_apply": true,
	"urn": urn,
	"message": sprintf("%s cannot be known until apply", [what]),
	"remediation": catalog[id].remediation,
}

# label(r) names a resource in messages: "aws:s3/bucketV2:BucketV2 documents".
label(r) := sprintf("%s %s", [r.type, object.get(r, "name", r.urn)])

# ---------------------------------------------------------------- values

unknown(v) if v == "[unknown]"

# known(v): present, not unknown and not a redacted secret.
known(v) if {
	v != "[unknown]"
	v != "[secret]"
	v != null
}

is_true(v) if v == true

is_true(v) if {
	is_string(v)
	lower(v) == "true"
}

is_false(v) if v == false

is_false(v) if {
	is_string(v)
	lower(v) == "false"
}

# nonempty(v): a known, non-empty string (a key id, an ARN, a URN).
nonempty(v) if {
	is_string(v)
	known(v)
	v != ""
}

num(v) := v if is_number(v)

num(v) := to_number(v) if {
	is_string(v)
	regex.match(`^-?[0-9]+(\.[0-9]+)?$`, v)
}

# as_list(v): an array for a value that may be a single object or a list (provider shapes differ).
as_list(v) := v if is_array(v)

as_list(v) := [v] if is_object(v)

as_list(v) := [v] if is_string(v)

as_list(null) := []

# said(o, key, dflt): the value of o[key] as text, or "not set (default dflt)" when absent, so that
# a message never states a value the resource does not have.
said(o, key, dflt) := sprintf("%v", [v]) if {
	v := get(o, key, null)
	v != null
} else := sprintf("not set (default %s)", [dflt])

# setting(o, key, dflt): "key is V" or "key is not set; the API's default is dflt".
setting(o, key, dflt) := sprintf("%s is %v", [key, v]) if {
	v := get(o, key, null)
	v != null
} else := sprintf("%s is not set; the API's default is %s", [key, dflt])

# text(v): v when it is a string, else "" (so lower/upper never see a non-string).
text(v) := v if is_string(v)

text(v) := "" if not is_string(v)

props(r) := p if {
	p := r.properties
	is_object(p)
} else := {}

# get(o, k, d): object.get that tolerates a non-object (a string "[unknown]", null) by giving d.
get(o, k, d) := object.get(o, k, d) if is_object(o)

get(o, k, d) := d if not is_object(o)

# ---------------------------------------------------------------- clouds and regions

cloud(r) := c if {
	c := r.cloud
	c in {"aws", "azure"}
} else := "aws" if {
	startswith(r.type, "aws:")
} else := "aws" if {
	startswith(r.type, "aws-native:")
} else := "azure" if {
	startswith(r.type, "azure-native:")
} else := "azure" if {
	startswith(r.type, "azure:")
} else := "other"

default_allowed_regions := {
	"aws": ["eu-central-1", "eu-west-1"],
	"azure": ["westeurope", "northeurope", "germanywestcentral"],
}

allowed_regions(c) := {norm_region(x) | some x in object.get(object.get(environment, "allowed_regions", {}), c, default_allowed_regions[c])}

# Azure accepts display names ("West Europe"); compare lower case without spaces.
norm_region(x) := lower(replace(x, " ", "")) if is_string(x)

allowed_region(c, region) if {
	is_string(region)
	norm_region(region) in allowed_regions(c)
}

region_of(r) := norm_region(r.region) if is_string(r.region)

# Azure paired regions: where GRS/RA-GRS/GZRS and geo-redundant vaults put the second copy.
azure_pair := {
	"westeurope": "northeurope", "northeurope": "westeurope",
	"germanywestcentral": "germanynorth", "germanynorth": "germanywestcentral",
	"francecentral": "francesouth", "francesouth": "francecentral",
	"swedencentral": "swedensouth", "swedensouth": "swedencentral",
	"norwayeast": "norwaywest", "norwaywest": "norwayeast",
	"switzerlandnorth": "switzerlandwest", "switzerlandwest": "switzerlandnorth",
	"uksouth": "ukwest", "ukwest": "uksouth",
	"eastus": "westus", "westus": "eastus", "eastus2": "centralus", "centralus": "eastus2",
}

# geo_redundant_sku: storage SKUs that keep a copy in the paired region.
geo_redundant_sku(name) if {
	is_string(name)
	some s in ["GRS", "GZRS"]
	contains(upper(name), s)
}

# ---------------------------------------------------------------- stack

stack_urns := [r.urn | some r in resources; r.type == "pulumi:pulumi:Stack"]

stack := object.get(input, "stack", {})

stack_urn := stack_urns[0] if {
	count(stack_urns) > 0
} else := sprintf("urn:pulumi:%s::%s::pulumi:pulumi:Stack::%s-%s", [n, p, p, n]) if {
	n := object.get(stack, "name", "stack")
	p := object.get(stack, "project", "project")
}

# cloud_resources(c): custom resources of cloud c (providers and components excluded).
cloud_resources(c) := [r |
	some r in resources
	object.get(r, "custom", true) != false
	not startswith(r.type, "pulumi:")
	cloud(r) == c
]
