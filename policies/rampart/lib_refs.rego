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

# Name properties that, on a child resource, name its parent (a Key's vaultName, a bucket policy's
# bucket): they identify only resources of the listed types.
own_name_types := {
	"bucket": bucket_types,
	"accountName": {"azure-native:storage:StorageAccount"},
	"vaultName": {"azure-native:keyvault:Vault", "azure-native:recoveryservices:Vault", "azure-native:dataprotection:BackupVault"},
	"networkSecurityGroupName": {"azure-native:network:NetworkSecurityGroup"},
	"virtualNetworkName": {"azure-native:network:VirtualNetwork"},
	"routeTableName": {"azure-native:network:RouteTable"},
	"backupVaultName": set(),
	"serverName": {"azure-native:sql:Server", "azure-native:dbforpostgresql:Server", "azure-native:dbforpostgresql:FlexibleServer", "azure-native:dbformysql:Server", "azure-native:dbformysql:FlexibleServer"},
	"workspaceName": {"azure-native:operationalinsights:Workspace"},
	"virtualNetworkGatewayName": {"azure-native:network:VirtualNetworkGateway"},
}

# identities(r): every string that identifies r.
identities(r) := ids if {
	p := props(r)
	# a name key of own_name_types identifies only resources of its types (a Key's vaultName is no identity of the Key)
	# (object.filter picks the few identity keys r has instead of trying all of them)
	ids := ({v | some k, v in object.filter(p, identity_keys); is_string(v); v != ""; v != "[unknown]"; v != "[secret]"; r.type in object.get(own_name_types, k, {r.type})} | {r.urn}) | {v | v := r.id; nonempty(v)}
}

# Every lookup goes through indexes built once per evaluation (ident_index, urn_type, by_urn), so
# joining N resources costs about N lookups, not N x N comparisons.

# identity_lookup_keys(r): identities and their lower-case forms (Azure names are case-insensitive).
identity_lookup_keys(r) := ids | {lower(v) | some v in ids} if ids := identities(r)

# ident_index[key]: URNs of the resources identified by key.
ident_index[k] contains r.urn if {
	some r in resources
	some k in identity_lookup_keys(r)
}

urn_type[r.urn] := r.type if some r in resources

all_types := {t | some t in urn_type}

by_urn[r.urn] contains r if some r in resources

# ref_strings(v): the strings of a value that may be a string, an {"id": ...} object or a list of them.
ref_strings(v) := {s | some x in as_list(v); is_string(x); s := x} | {s | some o in as_list(v); is_object(o); s := o.id; is_string(s)}

# ref_keys(s): index keys a reference string may match: itself, the last segment of an Azure
# resource id (lower case), the bucket name of an S3 ARN.
ref_keys(s) := {s} | azure_id_keys(s) | s3_arn_keys(s)

azure_id_keys(s) := {lower(parts[count(parts) - 1])} if {
	startswith(lower(s), "/subscriptions/")
	parts := split(s, "/")
} else := set()

s3_arn_keys(s) := {split(substring(s, count("arn:aws:s3:::"), -1), "/")[0]} if {
	startswith(s, "arn:aws:s3:::")
} else := set()

# value_targets(v, types): URNs of resources of `types` that the value v refers to.
value_targets(v, types) := {u |
	some s in ref_strings(v)
	some k in ref_keys(s)
	some u in ident_index[k]
	urn_type[u] in types
}

# refers(v, t): the value v refers to resource t.
refers(v, t) if t.urn in value_targets(v, {t.type})

# targets(s, key, types): what separate resource s belongs to through property key: the resources of
# `types` the property refers to, or, when it refers to none, those of `types` s depends on.
targets(s, key, types) := ts if {
	ts := value_targets(get(props(s), key, null), types)
	count(ts) > 0
} else := {u |
	some u in dependency_urns(s)
	urn_type[u] in types
}

dependency_urns(s) := {u | some u in object.get(s, "dependencies", [])} | {u | u := object.get(s, "parent", null); is_string(u)}

depends_on(s, t) if t.urn in dependency_urns(s)

# attached(s, key, t, types): separate resource s belongs to t (one of `types`) via property `key`,
# or, when that property refers to no resource of those types, via a dependency on t.
attached(s, key, t, types) if t.urn in targets(s, key, types)

# config_index[target urn]: the separate configuration resources that belong to a resource, for the
# types of config_links ({type: [property, target types]}).
config_links := {
	"aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2": ["bucket", bucket_types],
	"aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration": ["bucket", bucket_types],
	"aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock": ["bucket", bucket_types],
	"aws:s3/bucketPolicy:BucketPolicy": ["bucket", bucket_types],
	"aws-native:s3:BucketPolicy": ["bucket", bucket_types],
	"aws:s3/bucketAclV2:BucketAclV2": ["bucket", bucket_types],
	"aws:s3/bucketVersioningV2:BucketVersioningV2": ["bucket", bucket_types],
	"aws:s3/bucketVersioning:BucketVersioning": ["bucket", bucket_types],
	"aws:s3/bucketLifecycleConfigurationV2:BucketLifecycleConfigurationV2": ["bucket", bucket_types],
	"aws:s3/bucketLifecycleConfiguration:BucketLifecycleConfiguration": ["bucket", bucket_types],
	"aws:s3/bucketObjectLockConfigurationV2:BucketObjectLockConfigurationV2": ["bucket", bucket_types],
	"aws:s3/bucketObjectLockConfiguration:BucketObjectLockConfiguration": ["bucket", bucket_types],
	"aws:s3/bucketReplicationConfig:BucketReplicationConfig": ["bucket", bucket_types],
	"aws:backup/vaultLockConfiguration:VaultLockConfiguration": ["backupVaultName", {"aws:backup/vault:Vault"}],
	"aws:ec2/defaultSecurityGroup:DefaultSecurityGroup": ["vpcId", {"aws:ec2/vpc:Vpc"}],
	"aws:ec2/flowLog:FlowLog": ["vpcId", {"aws:ec2/vpc:Vpc"}],
	"aws:ec2/subnet:Subnet": ["vpcId", {"aws:ec2/vpc:Vpc"}],
	"azure-native:storage:BlobServiceProperties": ["accountName", {"azure-native:storage:StorageAccount"}],
	"azure-native:storage:BlobContainerImmutabilityPolicy": ["accountName", {"azure-native:storage:StorageAccount"}],
	"azure-native:network:FlowLog": ["targetResourceId", {"azure-native:network:NetworkSecurityGroup", "azure-native:network:VirtualNetwork"}],
}

config_index[u] contains s if {
	some s in resources
	link := config_links[s.type]
	some u in targets(s, link[0], link[1])
}

# configs(t, types): separate resources of `types` configuring t.
configs(t, types) := [s | some s in config_index[t.urn]; s.type in types]

of_type(types) := [r | some r in resources; r.type in types]

# tag_values(r, key): the values of a tag, key matched case-insensitively, from tags and tagsAll
# maps, or from Cloud Control tag lists [{"key": ..., "value": ...}].
tag_values(r, key) := {v |
	lk := lower(key)
	some pair in tag_pairs(r)
	pair[0] == lk
	v := pair[1]
}

# tag_pairs(r): [lower-case key, value] for every tag of r, worked out once per resource.
tag_pairs(r) := array.concat(array.concat([[lower(k), v] |
	some field in ["tags", "tagsAll"]
	tags := props(r)[field]
	is_object(tags)
	some k, v in tags
], [[lower(text(t[kk])), v] |
	some field in ["tags", "tagsAll"]
	tags := props(r)[field]
	is_array(tags)
	some t in tags
	is_object(t)
	some kk in ["key", "Key"]
	some vk in ["value", "Value"]
	v := t[vk]
]), provider_default_tag_pairs(r))

# provider_default_tag_pairs(r): the tags an AWS provider adds to every resource it creates
# (`defaultTags: {tags: {...}}`; in state and previews an object or its JSON text). A preview
# carries only the inputs, where a resource tagged this way sets no tags of its own.
provider_default_tag_pairs(r) := [[lower(k), v] |
	cloud(r) == "aws"
	p := object.get(r, "provider", null)
	is_object(p)
	some prov in by_urn[object.get(p, "urn", "")]
	dt := json_or_object(get(props(prov), "defaultTags", null))
	is_object(dt)
	tags := object.get(dt, "tags", null)
	is_object(tags)
	some k, v in tags
]

json_or_object(v) := v if is_object(v)

json_or_object(v) := json.unmarshal(v) if {
	is_string(v)
	json.is_valid(v)
}

# uri_targets(d): the resources a diagnostic setting's resourceUri names, itself or as the parent
# of a child (".../storageAccounts/name/blobServices/default" names the account): every segment
# of the id is looked up; when none resolves, the setting's dependencies decide.
uri_targets(d) := ts if {
	uri := get(props(d), "resourceUri", null)
	ts := {u |
		some s in ref_strings(uri)
		some seg in split(lower(s), "/")
		seg != ""
		some u in ident_index[seg]
		u != d.urn
	} | value_targets(uri, all_types)
	count(ts) > 0
} else := dependency_urns(d)

# diagnostic_for(d, t): diagnostic setting d is about resource t.
diagnostic_for(d, t) if t.urn in uri_targets(d)

# diagnostic_settings_for[urn]: the diagnostic settings about that resource (diagnostic_for,
# indexed once instead of tested per pair).
diagnostic_settings_for[u] contains d if {
	some d in resources
	d.type == "azure-native:insights:DiagnosticSetting"
	some u in uri_targets(d)
}

diagnostic_destination(d) if {
	some k in ["workspaceId", "storageAccountId", "eventHubAuthorizationRuleId"]
	v := get(props(d), k, "")
	v != ""
	v != null
}
