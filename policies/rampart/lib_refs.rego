# rampart helpers - references between resources
# A separate resource (a bucket policy, a route, an NSG rule) names the resource it belongs to by
# a property holding the target's id, name, ARN, URN or Azure resource id. When that property is
# unknown or names nothing in the stack, the dependency on the target's URN is used instead.
package rampart.lib

# Property names that hold a resource's own identity (outputs or inputs).
identity_keys := [
	"id", "arn", "bucket", "name", "accountName", "vaultName", "networkSecurityGroupName",
	"virtualNetworkName", "subnetName", "routeTableName", "backupVaultName", "resourceName",
	"workspaceName", "serverName", "keyName", "diskName", "virtualNetworkGatewayName",
]

# identities(r): every string that identifies r, lower case for Azure ids which are case-insensitive.
identities(r) := {v |
	some k in identity_keys
	v := props(r)[k]
	nonempty(v)
} | {r.urn} | {v | v := r.id; nonempty(v)}

# refers(v, t): the value v (a string, an {"id": ...} object, or a list of them) refers to resource t.
refers(v, t) if {
	some s in ref_strings(v)
	refers_string(s, t)
}

ref_strings(v) := {s | some x in as_list(v); is_string(x); s := x} | {s | some o in as_list(v); is_object(o); s := o.id; is_string(s)}

refers_string(s, t) if s in identities(t)

# Azure resource id: compare its last segment with the target's Azure name.
refers_string(s, t) if {
	startswith(lower(s), "/subscriptions/")
	parts := split(s, "/")
	last := lower(parts[count(parts) - 1])
	some n in identities(t)
	lower(n) == last
}

# An S3 ARN "arn:aws:s3:::bucket-name[/key]".
refers_string(s, t) if {
	startswith(s, "arn:aws:s3:::")
	name := split(substring(s, count("arn:aws:s3:::"), -1), "/")[0]
	name in identities(t)
}

depends_on(s, t) if t.urn in object.get(s, "dependencies", [])

depends_on(s, t) if t.urn == object.get(s, "parent", null)

# attached(s, key, t, types): separate resource s belongs to t (one of `types`) via property `key`,
# or, when that property refers to no resource of those types, via a dependency on t.
attached(s, key, t, types) if refers(props(s)[key], t)

attached(s, key, t, types) if {
	not key_resolves(s, key, types)
	depends_on(s, t)
}

key_resolves(s, key, types) if {
	some o in resources
	o.type in types
	refers(props(s)[key], o)
}

of_type(types) := [r | some r in resources; r.type in types]

# tag_values(r, key): the values of a tag, key matched case-insensitively, from tags and tagsAll
# maps, or from Cloud Control tag lists [{"key": ..., "value": ...}].
tag_values(r, key) := {v |
	some field in ["tags", "tagsAll"]
	tags := props(r)[field]
	is_object(tags)
	some k, v in tags
	lower(k) == lower(key)
} | {v |
	some field in ["tags", "tagsAll"]
	tags := props(r)[field]
	is_array(tags)
	some t in tags
	is_object(t)
	some kk in ["key", "Key"]
	lower(text(t[kk])) == lower(key)
	some vk in ["value", "Value"]
	v := t[vk]
}

# mentions(v, t): an Azure resource id that names t or one of t's children
# (".../storageAccounts/name/blobServices/default").
mentions(v, t) if {
	is_string(v)
	some n in identities(t)
	not startswith(n, "urn:")
	contains(concat("", [lower(v), "/"]), concat("", ["/", lower(n), "/"]))
}

# diagnostic_for(d, t): diagnostic setting d is about resource t.
diagnostic_for(d, t) if mentions(get(props(d), "resourceUri", null), t)

diagnostic_for(d, t) if refers(get(props(d), "resourceUri", null), t)

diagnostic_for(d, t) if {
	not resolvable_uri(d)
	depends_on(d, t)
}

resolvable_uri(d) if {
	some o in resources
	o.urn != d.urn
	mentions(get(props(d), "resourceUri", null), o)
}

diagnostic_destination(d) if {
	some k in ["workspaceId", "storageAccountId", "eventHubAuthorizationRuleId"]
	v := get(props(d), k, "")
	v != ""
	v != null
}
