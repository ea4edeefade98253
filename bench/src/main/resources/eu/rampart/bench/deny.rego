# Benchmark policy pack: 21 deny rules over input.resources, in the style of the rampart pack
# (residency, encryption, network, tagging, naming, key rotation, one aggregate rule).
package bench

allowed_regions := {"eu-central-1", "eu-west-1", "eu-west-3", "eu-north-1", "eu-south-1"}

allowed_locations := {"westeurope", "northeurope", "germanywestcentral", "francecentral"}

required_tags := {"owner", "cost-center", "environment", "data-classification"}

classifications := {"public", "internal", "confidential", "restricted"}

corporate_ranges := ["10.0.0.0/8", "172.16.0.0/12"]

vpc_ranges := ["10.64.0.0/12", "10.80.0.0/12"]

tls_versions := {"TLS1_2", "TLS1_3"}

max_public_buckets := 5

rotation_max_ns := ((365 * 24) * 3600) * 1000000000

evaluated_at_ns := time.parse_rfc3339_ns(input.evaluated_at)

resources_of(t) := [r | some r in input.resources; r.type == t]

buckets := resources_of("aws:s3/bucketV2:BucketV2")

security_groups := resources_of("aws:ec2/securityGroup:SecurityGroup")

public_bucket(r) if object.get(r.properties, "blockPublicAccess", false) != true

corporate(cidr) if {
	some range in corporate_ranges
	net.cidr_contains(range, cidr)
}

in_vpc(cidr) if {
	some range in vpc_ranges
	net.cidr_contains(range, cidr)
}

deny contains msg if {
	some r in buckets
	not r.properties.serverSideEncryption
	msg := sprintf("%s %s: bucket has no server-side encryption", [r.type, r.id])
}

deny contains msg if {
	some r in buckets
	sse := r.properties.serverSideEncryption
	sse.algorithm != "aws:kms"
	msg := sprintf("%s %s: bucket encryption is %s, not aws:kms", [r.type, r.id, sse.algorithm])
}

deny contains msg if {
	some r in buckets
	public_bucket(r)
	msg := sprintf("%s %s: bucket does not block public access", [r.type, r.id])
}

deny contains msg if {
	some r in input.resources
	r.provider == "aws"
	not allowed_regions[r.region]
	msg := sprintf("%s %s: region %s is outside the EU", [r.type, r.id, r.region])
}

deny contains msg if {
	some r in input.resources
	r.provider == "azure"
	not allowed_locations[r.region]
	msg := sprintf("%s %s: location %s is outside the EU", [r.type, r.id, r.region])
}

deny contains msg if {
	some r in input.resources
	missing := required_tags - {k | some k, _ in r.tags}
	count(missing) > 0
	msg := sprintf("%s %s: missing tags %s", [r.type, r.id, concat(", ", sort(missing))])
}

deny contains msg if {
	some r in input.resources
	c := r.tags["data-classification"]
	not classifications[c]
	msg := sprintf("%s %s: unknown data classification %q", [r.type, r.id, c])
}

deny contains msg if {
	some r in security_groups
	some rule in r.properties.ingress
	rule.protocol == "-1"
	msg := sprintf("%s %s: ingress allows all protocols", [r.type, r.id])
}

deny contains msg if {
	some r in security_groups
	some rule in r.properties.ingress
	some cidr in rule.cidrBlocks
	not corporate(cidr)
	msg := sprintf("%s %s: ingress from outside the corporate ranges", [r.type, r.id])
}

deny contains msg if {
	some r in input.resources
	r.type == "aws:ec2/subnet:Subnet"
	not in_vpc(r.properties.cidrBlock)
	msg := sprintf("%s %s: subnet %s is outside the landing-zone VPC ranges", [r.type, r.id, r.properties.cidrBlock])
}

deny contains msg if {
	some r in input.resources
	r.type == "aws:ec2/instance:Instance"
	object.get(r.properties, ["metadataOptions", "httpTokens"], "optional") != "required"
	msg := sprintf("%s %s: IMDSv2 is not required", [r.type, r.id])
}

deny contains msg if {
	some r in input.resources
	r.type == "aws:ec2/instance:Instance"
	r.properties.rootBlockDevice.encrypted == false
	msg := sprintf("%s %s: root volume is not encrypted", [r.type, r.id])
}

deny contains msg if {
	some r in input.resources
	r.type == "aws:ebs/volume:Volume"
	not r.properties.encrypted
	msg := sprintf("%s %s: volume is not encrypted", [r.type, r.id])
}

deny contains msg if {
	some r in input.resources
	r.type == "aws:rds/instance:Instance"
	r.properties.storageEncrypted != true
	msg := sprintf("%s %s: database storage is not encrypted", [r.type, r.id])
}

deny contains msg if {
	some r in input.resources
	r.type == "aws:rds/instance:Instance"
	r.properties.publiclyAccessible
	msg := sprintf("%s %s: database is publicly accessible", [r.type, r.id])
}

deny contains msg if {
	some r in input.resources
	r.type == "aws:rds/instance:Instance"
	days := object.get(r.properties, "backupRetentionPeriod", 0)
	days < 7
	msg := sprintf("%s %s: backups kept %d days, at least 7 required", [r.type, r.id, days])
}

deny contains msg if {
	some r in input.resources
	r.type == "aws:kms/key:Key"
	r.properties.enableKeyRotation != true
	msg := sprintf("%s %s: key rotation is disabled", [r.type, r.id])
}

deny contains msg if {
	some r in input.resources
	r.type == "aws:kms/key:Key"
	age := evaluated_at_ns - time.parse_rfc3339_ns(r.properties.lastRotated)
	age > rotation_max_ns
	msg := sprintf("%s %s: key last rotated %s, more than a year ago", [r.type, r.id, r.properties.lastRotated])
}

deny contains msg if {
	some r in input.resources
	not regex.match(`^[a-z][a-z0-9-]{2,62}$`, r.name)
	msg := sprintf("%s %s: name %q breaks the naming convention", [r.type, r.id, r.name])
}

deny contains msg if {
	some r in input.resources
	r.type == "azure-native:storage:StorageAccount"
	not tls_versions[r.properties.minimumTlsVersion]
	msg := sprintf("%s %s: minimum TLS version %s is below TLS1_2", [r.type, r.id, r.properties.minimumTlsVersion])
}

deny contains msg if {
	public := [r.id | some r in buckets; public_bucket(r)]
	count(public) > max_public_buckets
	msg := sprintf("%d buckets do not block public access (at most %d allowed)", [count(public), max_public_buckets])
}
