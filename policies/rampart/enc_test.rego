package rampart.enc_test

import data.rampart.enc
import data.rampart.testlib as t

key_arn := "arn:aws:kms:eu-central-1:123456789012:key/1111"

bucket := t.aws("aws:s3/bucketV2:BucketV2", "docs", {"bucket": "docs-1", "arn": "arn:aws:s3:::docs-1"})

sse_resource(alg, key) := t.aws("aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2", "docs-sse", {
	"bucket": "docs-1",
	"rules": [{"applyServerSideEncryptionByDefault": {"sseAlgorithm": alg, "kmsMasterKeyId": key}}],
})

# ---- ENC-1: the three S3 shapes

test_enc1_bucket_without_encryption if {
	fs := enc.enc_1 with input as t.inp([bucket])
	some f in fs
	f.urn == bucket.urn
	f.enforcement == "mandatory"
}

test_enc1_separate_sse_aes256 if {
	count(enc.enc_1) == 1 with input as t.inp([bucket, sse_resource("AES256", "")])
}

test_enc1_separate_sse_kms if {
	count(enc.enc_1) == 0 with input as t.inp([bucket, sse_resource("aws:kms", key_arn)])
}

test_enc1_separate_sse_kms_without_key if {
	count(enc.enc_1) == 1 with input as t.inp([bucket, sse_resource("aws:kms", "")])
}

test_enc1_separate_sse_joined_by_dependency if {
	s := t.deps(t.with_fields(sse_resource("aws:kms", key_arn), {"properties": {"bucket": "[unknown]", "rules": [{"applyServerSideEncryptionByDefault": {"sseAlgorithm": "aws:kms", "kmsMasterKeyId": key_arn}}]}}), [bucket])
	count(enc.enc_1) == 0 with input as t.inp([bucket, s])
}

test_enc1_inline_v2_shape_kms if {
	b := t.aws("aws:s3/bucketV2:BucketV2", "docs", {"serverSideEncryptionConfigurations": [{"rules": [{"applyServerSideEncryptionByDefaults": [{"sseAlgorithm": "aws:kms", "kmsMasterKeyId": key_arn}]}]}]})
	count(enc.enc_1) == 0 with input as t.inp([b])
}

test_enc1_inline_v2_shape_aes256 if {
	b := t.aws("aws:s3/bucketV2:BucketV2", "docs", {"serverSideEncryptionConfigurations": [{"rules": [{"applyServerSideEncryptionByDefaults": [{"sseAlgorithm": "AES256"}]}]}]})
	fs := enc.enc_1 with input as t.inp([b])
	some f in fs
	contains(f.message, "AES256")
}

test_enc1_legacy_bucket_kms if {
	b := t.aws("aws:s3/bucket:Bucket", "old", {"serverSideEncryptionConfiguration": {"rule": {"applyServerSideEncryptionByDefault": {"sseAlgorithm": "aws:kms", "kmsMasterKeyId": key_arn}}}})
	count(enc.enc_1) == 0 with input as t.inp([b])
}

test_enc1_legacy_bucket_aes256 if {
	b := t.aws("aws:s3/bucket:Bucket", "old", {"serverSideEncryptionConfiguration": {"rule": {"applyServerSideEncryptionByDefault": {"sseAlgorithm": "AES256", "kmsMasterKeyId": ""}}}})
	count(enc.enc_1) == 1 with input as t.inp([b])
}

test_enc1_unknown_encryption_is_advisory if {
	b := t.aws("aws:s3/bucketV2:BucketV2", "docs", {"serverSideEncryptionConfigurations": "[unknown]"})
	fs := enc.enc_1 with input as t.inp([b])
	some f in fs
	f.enforcement == "advisory"
	contains(f.message, "cannot be known until apply")
}

test_enc1_unknown_key_is_advisory if {
	fs := enc.enc_1 with input as t.inp([bucket, sse_resource("aws:kms", "[unknown]")])
	some f in fs
	f.enforcement == "advisory"
}

test_enc1_rds_unencrypted if {
	db := t.aws("aws:rds/instance:Instance", "db", {"storageEncrypted": false})
	count(enc.enc_1) == 1 with input as t.inp([db])
}

test_enc1_rds_aws_managed_key if {
	db := t.aws("aws:rds/instance:Instance", "db", {"storageEncrypted": true})
	fs := enc.enc_1 with input as t.inp([db])
	some f in fs
	contains(f.message, "AWS-managed key")
}

test_enc1_rds_cmk if {
	db := t.aws("aws:rds/instance:Instance", "db", {"storageEncrypted": true, "kmsKeyId": key_arn})
	count(enc.enc_1) == 0 with input as t.inp([db])
}

test_enc1_launch_template_unencrypted if {
	lt := t.aws("aws:ec2/launchTemplate:LaunchTemplate", "lt", {"blockDeviceMappings": [{"deviceName": "/dev/xvda", "ebs": {"encrypted": "false"}}]})
	count(enc.enc_1) == 1 with input as t.inp([lt])
}

test_enc1_launch_template_encrypted_string if {
	lt := t.aws("aws:ec2/launchTemplate:LaunchTemplate", "lt", {"blockDeviceMappings": [{"deviceName": "/dev/xvda", "ebs": {"encrypted": "true", "kmsKeyId": key_arn}}]})
	count(enc.enc_1) == 0 with input as t.inp([lt])
}

test_enc1_backup_vault_without_key if {
	v := t.aws("aws:backup/vault:Vault", "v", {})
	count(enc.enc_1) == 1 with input as t.inp([v])
}

test_enc1_azure_storage_microsoft_managed if {
	sa := t.azure("azure-native:storage:StorageAccount", "sa", {"encryption": {"keySource": "Microsoft.Storage", "requireInfrastructureEncryption": true}})
	fs := enc.enc_1 with input as t.inp([sa])
	some f in fs
	contains(f.message, "Microsoft.Storage")
}

test_enc1_azure_storage_no_infrastructure_encryption if {
	sa := t.azure("azure-native:storage:StorageAccount", "sa", {"encryption": {"keySource": "Microsoft.Keyvault"}})
	count(enc.enc_1) == 1 with input as t.inp([sa])
}

test_enc1_azure_storage_cmk_double if {
	sa := t.azure("azure-native:storage:StorageAccount", "sa", {"encryption": {"keySource": "Microsoft.Keyvault", "requireInfrastructureEncryption": true}})
	count(enc.enc_1) == 0 with input as t.inp([sa])
}

test_enc1_azure_disk_without_encryption_set if {
	d := t.azure("azure-native:compute:Disk", "d", {"encryption": {"type": "EncryptionAtRestWithPlatformKey"}})
	count(enc.enc_1) == 1 with input as t.inp([d])
}

test_enc1_azure_disk_with_encryption_set if {
	d := t.azure("azure-native:compute:Disk", "d", {"encryption": {"diskEncryptionSetId": "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/diskEncryptionSets/des"}})
	count(enc.enc_1) == 0 with input as t.inp([d])
}

# ---- ENC-2

test_enc2_kms_key_without_rotation if {
	k := t.aws("aws:kms/key:Key", "k", {"enableKeyRotation": false, "deletionWindowInDays": 30})
	count(enc.enc_2) == 1 with input as t.inp([k])
}

test_enc2_kms_key_short_deletion_window if {
	k := t.aws("aws:kms/key:Key", "k", {"enableKeyRotation": true, "deletionWindowInDays": 7.0})
	fs := enc.enc_2 with input as t.inp([k])
	some f in fs
	contains(f.message, "deletion window")
}

test_enc2_kms_key_compliant if {
	k := t.aws("aws:kms/key:Key", "k", {"enableKeyRotation": true, "deletionWindowInDays": 30.0})
	count(enc.enc_2) == 0 with input as t.inp([k])
}

vault(props) := t.azure("azure-native:keyvault:Vault", "kv", {"resourceGroupName": "rg-keys", "properties": props})

good_vault_props := {"enableSoftDelete": true, "enablePurgeProtection": true, "publicNetworkAccess": "Disabled"}

test_enc2_key_vault_compliant if {
	count(enc.enc_2) == 0 with input as t.inp([vault(good_vault_props)])
}

test_enc2_key_vault_without_purge_protection if {
	count(enc.enc_2) == 1 with input as t.inp([vault(object.remove(good_vault_props, ["enablePurgeProtection"]))])
}

test_enc2_key_vault_public if {
	count(enc.enc_2) == 1 with input as t.inp([vault(object.remove(good_vault_props, ["publicNetworkAccess"]))])
}

test_enc2_key_vault_acl_deny_is_private if {
	p := object.union(object.remove(good_vault_props, ["publicNetworkAccess"]), {"networkAcls": {"defaultAction": "Deny"}})
	count(enc.enc_2) == 0 with input as t.inp([vault(p)])
}

test_enc2_key_vault_beside_data if {
	sa := t.azure("azure-native:storage:StorageAccount", "sa", {"resourceGroupName": "RG-KEYS"})
	fs := enc.enc_2 with input as t.inp([vault(good_vault_props), sa])
	some f in fs
	contains(f.message, "shares resource group")
}

# ---- ENC-3

deny_insecure := json.marshal({"Version": "2012-10-17", "Statement": [{"Sid": "DenyInsecureTransport", "Effect": "Deny", "Principal": "*", "Action": "s3:*", "Resource": ["arn:aws:s3:::docs-1", "arn:aws:s3:::docs-1/*"], "Condition": {"Bool": {"aws:SecureTransport": "false"}}}]})

test_enc3_bucket_without_tls_policy if {
	count(enc.enc_3) == 1 with input as t.inp([bucket])
}

test_enc3_bucket_with_tls_policy if {
	p := t.aws("aws:s3/bucketPolicy:BucketPolicy", "docs-policy", {"bucket": "docs-1", "policy": deny_insecure})
	count(enc.enc_3) == 0 with input as t.inp([bucket, p])
}

test_enc3_bucket_policy_unknown_is_advisory if {
	p := t.aws("aws:s3/bucketPolicy:BucketPolicy", "docs-policy", {"bucket": "docs-1", "policy": "[unknown]"})
	fs := enc.enc_3 with input as t.inp([bucket, p])
	some f in fs
	f.enforcement == "advisory"
}

listener(props) := t.aws("aws:lb/listener:Listener", "l", props)

test_enc3_http_listener_forwarding if {
	l := listener({"protocol": "HTTP", "port": 80.0, "defaultActions": [{"type": "forward"}]})
	count(enc.enc_3) == 1 with input as t.inp([l])
}

test_enc3_http_listener_redirecting if {
	l := listener({"protocol": "HTTP", "port": 80.0, "defaultActions": [{"type": "redirect", "redirect": {"protocol": "HTTPS", "port": "443", "statusCode": "HTTP_301"}}]})
	count(enc.enc_3) == 0 with input as t.inp([l])
}

test_enc3_https_listener_old_policy if {
	l := listener({"protocol": "HTTPS", "port": 443.0, "sslPolicy": "ELBSecurityPolicy-2016-08"})
	count(enc.enc_3) == 1 with input as t.inp([l])
}

test_enc3_https_listener_tls13_policy if {
	l := listener({"protocol": "HTTPS", "port": 443.0, "sslPolicy": "ELBSecurityPolicy-TLS13-1-2-2021-06"})
	count(enc.enc_3) == 0 with input as t.inp([l])
}

test_enc3_azure_storage_old_tls if {
	sa := t.azure("azure-native:storage:StorageAccount", "sa", {"enableHttpsTrafficOnly": true, "minimumTlsVersion": "TLS1_0"})
	fs := enc.enc_3 with input as t.inp([sa])
	some f in fs
	contains(f.message, "TLS1_0")
}

test_enc3_azure_storage_http if {
	sa := t.azure("azure-native:storage:StorageAccount", "sa", {"enableHttpsTrafficOnly": false, "minimumTlsVersion": "TLS1_2"})
	count(enc.enc_3) == 1 with input as t.inp([sa])
}

test_enc3_azure_storage_compliant if {
	sa := t.azure("azure-native:storage:StorageAccount", "sa", {"enableHttpsTrafficOnly": true, "minimumTlsVersion": "TLS1_2"})
	count(enc.enc_3) == 0 with input as t.inp([sa])
}

azure_key(props) := t.azure("azure-native:keyvault:Key", "k", {"vaultName": "kv", "properties": props})

test_enc2_azure_key_without_rotation if {
	count(enc.enc_2) == 1 with input as t.inp([azure_key({"kty": "RSA-HSM"})])
}

test_enc2_azure_key_rotating if {
	p := {"kty": "RSA-HSM", "rotationPolicy": {"lifetimeActions": [{"trigger": {"timeAfterCreate": "P180D"}, "action": {"type": "Rotate"}}]}}
	count(enc.enc_2) == 0 with input as t.inp([azure_key(p)])
}

# ---- ENC-1: EC2 volumes (issue 14: the root volume is unencrypted unless something says otherwise)

instance(p) := t.aws("aws:ec2/instance:Instance", "web", object.union({"ami": "ami-0abc", "instanceType": "t3.micro"}, p))

test_enc1_instance_without_root_block_device if {
	fs := enc.enc_1 with input as t.inp([instance({})])
	count(fs) == 1
	some f in fs
	contains(f.message, "root volume (rootBlockDevice) does not set encrypted")
}

test_enc1_instance_root_encrypted_with_cmk if {
	count(enc.enc_1) == 0 with input as t.inp([instance({"rootBlockDevice": {"encrypted": true, "kmsKeyId": key_arn}})])
}

test_enc1_instance_root_encrypted_with_aws_managed_key if {
	count(enc.enc_1) == 1 with input as t.inp([instance({"rootBlockDevice": {"encrypted": true}})])
	count(enc.enc_1) == 1 with input as t.inp([instance({"rootBlockDevice": {"encrypted": true, "kmsKeyId": "arn:aws:kms:eu-central-1:123456789012:alias/aws/ebs"}})])
}

test_enc1_instance_root_unknown_is_advisory if {
	fs := enc.enc_1 with input as t.inp([instance({"rootBlockDevice": {"encrypted": true, "kmsKeyId": "[unknown]"}})])
	count(fs) == 1
	some f in fs
	f.until_apply == true
}

test_enc1_instance_covered_by_ebs_encryption_by_default if {
	e := t.aws("aws:ebs/encryptionByDefault:EncryptionByDefault", "ebs-default", {"enabled": true})
	k := t.aws("aws:ebs/defaultKmsKey:DefaultKmsKey", "ebs-key", {"keyArn": key_arn})
	count(enc.enc_1) == 0 with input as t.inp([instance({}), e, k])
	# encryption by default with the AWS-managed key is not enough
	count(enc.enc_1) == 1 with input as t.inp([instance({}), e])
}

test_enc1_launch_template_without_encrypted if {
	lt := t.aws("aws:ec2/launchTemplate:LaunchTemplate", "lt", {"blockDeviceMappings": [{"deviceName": "/dev/xvda", "ebs": {"volumeSize": 20}}]})
	count(enc.enc_1) == 1 with input as t.inp([lt])
}

test_enc1_launch_template_without_cmk if {
	lt := t.aws("aws:ec2/launchTemplate:LaunchTemplate", "lt", {"blockDeviceMappings": [{"deviceName": "/dev/xvda", "ebs": {"encrypted": "true"}}]})
	count(enc.enc_1) == 1 with input as t.inp([lt])
}

test_enc1_ebs_volume_messages_say_what_is_not_there if {
	v := t.aws("aws:ebs/volume:Volume", "data", {"availabilityZone": "eu-central-1a", "size": 10})
	fs := enc.enc_1 with input as t.inp([v])
	some f in fs
	f.message == "aws:ebs/volume:Volume data does not set encrypted; the API's default leaves it unencrypted at rest"
}

test_enc1_ebs_volume_with_aws_managed_alias if {
	v := t.aws("aws:ebs/volume:Volume", "data", {"encrypted": true, "kmsKeyId": "alias/aws/ebs"})
	count(enc.enc_1) == 1 with input as t.inp([v])
	w := t.aws("aws:ebs/volume:Volume", "data", {"encrypted": true, "kmsKeyId": key_arn})
	count(enc.enc_1) == 0 with input as t.inp([w])
}

test_enc3_storage_tls_not_set_says_so if {
	s := t.azure("azure-native:storage:StorageAccount", "store", {})
	fs := enc.enc_3 with input as t.inp([s])
	some f in fs
	contains(f.message, "minimumTlsVersion is not set; the API's default is TLS1_0")
	f.remediation == "Set minimumTlsVersion: TLS1_2 on azure-native:storage:StorageAccount store."
}

test_enc1_launch_configuration_root_volume if {
	lc := t.aws("aws:ec2/launchConfiguration:LaunchConfiguration", "nodes", {"rootBlockDevice": {"encrypted": false, "volumeSize": 20}, "ebsBlockDevices": []})
	fs := enc.enc_1 with input as t.inp([lc])
	count(fs) == 1
	some f in fs
	contains(f.message, "root volume (rootBlockDevice) has encrypted = false")
}

# ---- ENC-1: ElastiCache replication groups, OpenSearch/Elasticsearch domains, Azure SQL TDE

redis(props) := t.aws("aws:elasticache/replicationGroup:ReplicationGroup", "sessions", props)

messages(fs) := {f.message | some f in fs}

test_enc1_elasticache_unset_is_redis_default_unencrypted if {
	fs := enc.enc_1 with input as t.inp([redis({"description": "x"})])
	count(fs) == 1
	some f in fs
	f.enforcement == "mandatory"
	contains(f.message, "atRestEncryptionEnabled is not set; the API's default for the redis engine is false")
}

test_enc1_elasticache_explicitly_off if {
	fs := enc.enc_1 with input as t.inp([redis({"atRestEncryptionEnabled": false, "kmsKeyId": key_arn})])
	count(fs) == 1
	some f in fs
	contains(f.message, "atRestEncryptionEnabled is false")
}

test_enc1_elasticache_encrypted_without_cmk if {
	fs := enc.enc_1 with input as t.inp([redis({"atRestEncryptionEnabled": true})])
	messages(fs) == {"aws:elasticache/replicationGroup:ReplicationGroup sessions is encrypted with the AWS-managed key: kmsKeyId is not set (set it to a customer-managed KMS key)"}
}

test_enc1_elasticache_valkey_default_is_encrypted_but_not_cmk if {
	fs := enc.enc_1 with input as t.inp([redis({"engine": "valkey"})])
	count(fs) == 1
	some f in fs
	contains(f.message, "kmsKeyId is not set")
}

test_enc1_elasticache_cmk_passes if {
	count(enc.enc_1) == 0 with input as t.inp([redis({"atRestEncryptionEnabled": true, "kmsKeyId": key_arn})])
	count(enc.enc_1) == 0 with input as t.inp([redis({"engine": "valkey", "kmsKeyId": key_arn})])
}

test_enc1_elasticache_unknown_key_is_advisory if {
	fs := enc.enc_1 with input as t.inp([redis({"atRestEncryptionEnabled": true, "kmsKeyId": "[unknown]"})])
	count(fs) == 1
	some f in fs
	f.until_apply == true
	f.enforcement == "advisory"
}

domain(type, props) := t.aws(type, "search", props)

test_enc1_opensearch_without_encrypt_at_rest if {
	fs := enc.enc_1 with input as t.inp([domain("aws:opensearch/domain:Domain", {"engineVersion": "OpenSearch_2.11"})])
	count(fs) == 1
	some f in fs
	contains(f.message, "encryptAtRest is not set; the API's default is no customer-managed key")
}

test_enc1_opensearch_disabled if {
	fs := enc.enc_1 with input as t.inp([domain("aws:elasticsearch/domain:Domain", {"encryptAtRest": {"enabled": false}})])
	count(fs) == 1
	some f in fs
	contains(f.message, "encryptAtRest.enabled is false")
}

test_enc1_opensearch_aws_managed_key if {
	fs := enc.enc_1 with input as t.inp([domain("aws:opensearch/domain:Domain", {"encryptAtRest": {"enabled": true}})])
	some f in fs
	contains(f.message, "encryptAtRest.kmsKeyId is not set")
	fs2 := enc.enc_1 with input as t.inp([domain("aws:opensearch/domain:Domain", {"encryptAtRest": {"enabled": true, "kmsKeyId": "alias/aws/es"}})])
	some f2 in fs2
	contains(f2.message, "AWS-managed key alias/aws/es")
}

test_enc1_opensearch_cmk_passes if {
	count(enc.enc_1) == 0 with input as t.inp([domain("aws:opensearch/domain:Domain", {"encryptAtRest": {"enabled": true, "kmsKeyId": key_arn}})])
}

test_enc1_opensearch_unknown_is_advisory if {
	fs := enc.enc_1 with input as t.inp([domain("aws:opensearch/domain:Domain", {"encryptAtRest": {"enabled": true, "kmsKeyId": "[unknown]"}})])
	count(fs) == 1
	some f in fs
	f.until_apply == true
}

sql_server(props) := t.azure("azure-native:sql:Server", "sqlserver", object.union({"serverName": "sql-prod", "resourceGroupName": "rg-data"}, props))

protector(kind) := t.azure("azure-native:sql:EncryptionProtector", "tde", {"serverName": "sql-prod", "resourceGroupName": "rg-data", "serverKeyType": kind, "serverKeyName": "vault_key_1"})

test_enc1_sql_server_service_managed_tde if {
	fs := enc.enc_1 with input as t.inp([sql_server({})])
	count(fs) == 1
	some f in fs
	f.enforcement == "mandatory"
	contains(f.message, "keyId is not set and no EncryptionProtector uses an Azure Key Vault key; the API's default is a service-managed key")
}

test_enc1_sql_server_key_id_passes if {
	count(enc.enc_1) == 0 with input as t.inp([sql_server({"keyId": "https://kv-prod.vault.azure.net/keys/tde/0123"})])
}

test_enc1_sql_server_keyvault_protector_passes if {
	count(enc.enc_1) == 0 with input as t.inp([sql_server({}), protector("AzureKeyVault")])
}

test_enc1_sql_server_service_managed_protector if {
	fs := enc.enc_1 with input as t.inp([sql_server({}), protector("ServiceManaged")])
	count(fs) == 1
	some f in fs
	contains(f.message, "its EncryptionProtector has serverKeyType ServiceManaged")
}

test_enc1_sql_protector_of_another_server_does_not_count if {
	other := t.azure("azure-native:sql:EncryptionProtector", "tde-other", {"serverName": "sql-other", "resourceGroupName": "rg-data", "serverKeyType": "AzureKeyVault"})
	count(enc.enc_1) == 1 with input as t.inp([sql_server({}), other])
}

test_enc1_sql_unknown_protector_is_advisory if {
	fs := enc.enc_1 with input as t.inp([sql_server({}), protector("[unknown]")])
	count(fs) == 1
	some f in fs
	f.until_apply == true
}

# ---- ENC-3: CloudFront custom origins

distribution(origin_cfg, viewer) := t.aws("aws:cloudfront/distribution:Distribution", "cdn", {
	"origins": [{"originId": "site", "domainName": "site.example.com", "customOriginConfig": origin_cfg}],
	"defaultCacheBehavior": {"targetOriginId": "site", "viewerProtocolPolicy": viewer},
	"viewerCertificate": {"cloudfrontDefaultCertificate": true},
})

origin(policy, protocols) := {"originProtocolPolicy": policy, "httpPort": 80, "httpsPort": 443, "originSslProtocols": protocols}

test_enc3_cloudfront_http_only_origin if {
	fs := enc.enc_3 with input as t.inp([distribution(origin("http-only", ["TLSv1.2"]), "redirect-to-https")])
	messages(fs) == {"aws:cloudfront/distribution:Distribution cdn fetches from origin site over plain HTTP (customOriginConfig.originProtocolPolicy is http-only)"}
}

test_enc3_cloudfront_match_viewer_with_http_viewers if {
	fs := enc.enc_3 with input as t.inp([distribution(origin("match-viewer", ["TLSv1.2"]), "allow-all")])
	count(fs) == 2 # the viewer finding and the origin finding
	some f in fs
	contains(f.message, "originProtocolPolicy is match-viewer")
}

test_enc3_cloudfront_match_viewer_https_viewers_passes if {
	count(enc.enc_3) == 0 with input as t.inp([distribution(origin("match-viewer", ["TLSv1.2"]), "https-only")])
}

test_enc3_cloudfront_origin_old_tls if {
	fs := enc.enc_3 with input as t.inp([distribution(origin("https-only", ["TLSv1", "TLSv1.1", "TLSv1.2"]), "redirect-to-https")])
	messages(fs) == {`aws:cloudfront/distribution:Distribution cdn lets CloudFront reach origin site with TLS older than 1.2 (customOriginConfig.originSslProtocols is ["TLSv1", "TLSv1.1"])`}
}

test_enc3_cloudfront_https_tls12_origin_passes if {
	count(enc.enc_3) == 0 with input as t.inp([distribution(origin("https-only", ["TLSv1.2"]), "redirect-to-https")])
}

tde(state) := t.azure("azure-native:sql:TransparentDataEncryption", "db-tde", {"serverName": "sql-prod", "resourceGroupName": "rg-data", "databaseName": "orders", "tdeName": "current", "state": state})

test_enc1_sql_tde_disabled if {
	fs := enc.enc_1 with input as t.inp([tde("Disabled")])
	messages(fs) == {"azure-native:sql:TransparentDataEncryption db-tde turns transparent data encryption off (state is Disabled): database orders is not encrypted at rest"}
}

test_enc1_sql_tde_enabled_passes if {
	count(enc.enc_1) == 0 with input as t.inp([tde("Enabled")])
}
