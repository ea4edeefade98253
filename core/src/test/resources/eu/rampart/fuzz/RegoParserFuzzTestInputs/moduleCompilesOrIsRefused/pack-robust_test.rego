# Shapes of real Pulumi output beyond the landing zones: classic azure provider, Cloud Control
# (aws-native), numbers as doubles, protocol -1, port ranges, IPv6, policy names.
package rampart.robust_test

import data.rampart
import data.rampart.testlib as t

ids_for(r, resources) := ids if {
	fs := rampart.findings with input as t.inp(resources)
	ids := t.ids_for(fs, r.urn)
}

test_instance_outside_eu if {
	i := t.with_fields(t.aws("aws:ec2/instance:Instance", "web", {"tags": t.tags}), {"region": "us-east-1"})
	"RES-1" in ids_for(i, [i])
}

test_lb_group_open_beyond_web_ports_all_protocols if {
	sg := t.aws("aws:ec2/securityGroup:SecurityGroup", "lb", {"id": "sg-1", "ingress": [{"protocol": "-1", "fromPort": 0.0, "toPort": 0.0, "cidrBlocks": ["0.0.0.0/0"], "ipv6CidrBlocks": [], "securityGroups": [], "self": false}]})
	lb := t.aws("aws:lb/loadBalancer:LoadBalancer", "lb", {"securityGroups": ["sg-1"], "internal": false})
	found := ids_for(sg, [sg, lb])
	"NET-3" in found
	"NET-4" in found
}

test_lb_group_open_range_ipv6 if {
	sg := t.aws("aws:ec2/securityGroup:SecurityGroup", "lb", {"id": "sg-1", "ingress": [{"protocol": "tcp", "fromPort": 80.0, "toPort": 8080.0, "ipv6CidrBlocks": ["::/0"]}]})
	lb := t.aws("aws:lb/loadBalancer:LoadBalancer", "lb", {"securityGroups": ["sg-1"]})
	"NET-3" in ids_for(sg, [sg, lb])
}

test_listener_tls13_1_0_policy_is_old_tls if {
	l := t.aws("aws:lb/listener:Listener", "l", {"protocol": "HTTPS", "port": 443.0, "sslPolicy": "ELBSecurityPolicy-TLS13-1-0-2021-06"})
	"ENC-3" in ids_for(l, [l])
}

test_listener_fs_1_2_policy_ok if {
	l := t.aws("aws:lb/listener:Listener", "l", {"protocol": "HTTPS", "port": 443.0, "sslPolicy": "ELBSecurityPolicy-FS-1-2-Res-2020-10"})
	not "ENC-3" in ids_for(l, [l])
}

classic_sa(props) := t.azure("azure:storage/account:Account", "sa", object.union({"tags": t.tags}, props))

test_classic_storage_old_tls if {
	sa := classic_sa({"minTlsVersion": "TLS1_0"})
	"ENC-3" in ids_for(sa, [sa])
}

test_classic_storage_public if {
	sa := classic_sa({"minTlsVersion": "TLS1_2", "allowNestedItemsToBePublic": true, "publicNetworkAccessEnabled": true})
	"DATA-1" in ids_for(sa, [sa])
}

test_classic_storage_public_by_default if {
	sa := classic_sa({"minTlsVersion": "TLS1_2", "networkRules": {"defaultAction": "Deny"}})
	"DATA-1" in ids_for(sa, [sa])
}

test_classic_storage_private_modern_tls if {
	sa := classic_sa({"minTlsVersion": "TLS1_2", "enableHttpsTrafficOnly": true, "allowNestedItemsToBePublic": false, "publicNetworkAccessEnabled": false})
	found := ids_for(sa, [sa])
	not "ENC-3" in found
	not "DATA-1" in found
}

test_classic_nsg_ssh_from_anywhere if {
	nsg := t.azure("azure:network/networkSecurityGroup:NetworkSecurityGroup", "nsg", {"name": "nsg", "securityRules": [{"name": "ssh", "priority": 100.0, "direction": "Inbound", "access": "Allow", "protocol": "Tcp", "sourcePortRange": "*", "destinationPortRange": "22", "sourceAddressPrefix": "*", "destinationAddressPrefix": "*"}]})
	"NET-4" in ids_for(nsg, [nsg])
}

test_classic_nsg_rule_resource_rdp_range if {
	r := t.azure("azure:network/networkSecurityRule:NetworkSecurityRule", "rdp", {"networkSecurityGroupName": "nsg", "priority": 100, "direction": "Inbound", "access": "Allow", "protocol": "*", "destinationPortRanges": ["3000-4000"], "sourceAddressPrefix": "Internet"})
	found := ids_for(r, [r])
	"NET-4" in found
	"NET-3" in found
}

test_native_bucket_without_public_access_block if {
	b := t.aws("aws-native:s3:Bucket", "b", {"bucketName": "b-1"})
	"DATA-1" in ids_for(b, [b])
}

test_native_bucket_blocked_encrypted_versioned if {
	b := t.aws("aws-native:s3:Bucket", "b", {
		"bucketName": "b-1",
		"publicAccessBlockConfiguration": {"blockPublicAcls": true, "blockPublicPolicy": true, "ignorePublicAcls": true, "restrictPublicBuckets": true},
		"bucketEncryption": {"serverSideEncryptionConfiguration": [{"serverSideEncryptionByDefault": {"sseAlgorithm": "aws:kms", "kmsMasterKeyId": "arn:aws:kms:eu-central-1:1:key/k"}}]},
		"versioningConfiguration": {"status": "Enabled"},
		"tags": [{"key": "environment", "value": "prod"}, {"key": "owner", "value": "team"}, {"key": "data-classification", "value": "internal"}],
	})
	found := ids_for(b, [b])
	not "DATA-1" in found
	not "ENC-1" in found
	not "DATA-3" in found
	not "TAG-1" in found
}

test_native_security_group_open_port if {
	sg := t.aws("aws-native:ec2:SecurityGroup", "sg", {"securityGroupIngress": [{"ipProtocol": "tcp", "fromPort": 8080, "toPort": 8080, "cidrIp": "0.0.0.0/0"}]})
	"NET-3" in ids_for(sg, [sg])
}

test_public_rds_instance if {
	db := t.aws("aws:rds/instance:Instance", "db", {"publiclyAccessible": true, "storageEncrypted": true, "kmsKeyId": "arn:aws:kms:eu-central-1:1:key/k"})
	"DATA-1" in ids_for(db, [db])
}

test_azure_native_storage_public_and_old_tls if {
	sa := t.azure("azure-native:storage:StorageAccount", "sa", {"allowBlobPublicAccess": true, "minimumTlsVersion": "TLS1_1", "publicNetworkAccess": "Enabled", "networkRuleSet": {"defaultAction": "Allow"}})
	found := ids_for(sa, [sa])
	"DATA-1" in found
	"ENC-3" in found
}

test_web_app_old_tls_and_http if {
	w := t.azure("azure-native:web:WebApp", "app", {"httpsOnly": false, "siteConfig": {"minTlsVersion": "1.0"}, "tags": t.tags})
	fs := rampart.enc.enc_3 with input as t.inp([w])
	count(fs) == 2
}

test_web_app_modern if {
	w := t.azure("azure-native:web:WebApp", "app", {"httpsOnly": true, "siteConfig": {"minTlsVersion": "1.2"}})
	count(rampart.enc.enc_3) == 0 with input as t.inp([w])
}

test_cloudfront_allow_all_and_tls1 if {
	d := t.aws("aws:cloudfront/distribution:Distribution", "cdn", {"defaultCacheBehavior": {"viewerProtocolPolicy": "allow-all"}, "viewerCertificate": {"acmCertificateArn": "arn", "minimumProtocolVersion": "TLSv1"}})
	count(rampart.enc.enc_3) == 2 with input as t.inp([d])
}

test_cloudfront_redirect_tls12 if {
	d := t.aws("aws:cloudfront/distribution:Distribution", "cdn", {"defaultCacheBehavior": {"viewerProtocolPolicy": "redirect-to-https"}, "viewerCertificate": {"acmCertificateArn": "arn", "minimumProtocolVersion": "TLSv1.2_2021"}})
	count(rampart.enc.enc_3) == 0 with input as t.inp([d])
}

test_api_gateway_domain_tls10 if {
	d := t.aws("aws:apigateway/domainName:DomainName", "api", {"securityPolicy": "TLS_1_0"})
	count(rampart.enc.enc_3) == 1 with input as t.inp([d])
}

test_opensearch_tls if {
	bad := t.aws("aws:opensearch/domain:Domain", "search", {"domainEndpointOptions": {"enforceHttps": false}})
	good := t.aws("aws:opensearch/domain:Domain", "search", {"domainEndpointOptions": {"enforceHttps": true, "tlsSecurityPolicy": "Policy-Min-TLS-1-2-2019-07"}})
	count(rampart.enc.enc_3) == 2 with input as t.inp([bad])
	count(rampart.enc.enc_3) == 0 with input as t.inp([good])
}

test_redis_non_tls_port if {
	r := t.azure("azure-native:cache:Redis", "cache", {"enableNonSslPort": true, "minimumTlsVersion": "1.2", "publicNetworkAccess": "Disabled"})
	count(rampart.enc.enc_3) == 1 with input as t.inp([r])
}

test_classic_container_public if {
	c := t.azure("azure:storage/container:Container", "c", {"containerAccessType": "blob"})
	count(rampart.data.data_1) == 1 with input as t.inp([c])
	c2 := t.azure("azure:storage/container:Container", "c", {"containerAccessType": "private"})
	count(rampart.data.data_1) == 0 with input as t.inp([c2])
}

test_classic_postgres_tls if {
	bad := t.azure("azure:postgresql/server:Server", "pg", {"sslEnforcementEnabled": false, "sslMinimalTlsVersionEnforced": "TLSEnforcementDisabled"})
	good := t.azure("azure:postgresql/server:Server", "pg", {"sslEnforcementEnabled": true, "sslMinimalTlsVersionEnforced": "TLS1_2"})
	count(rampart.enc.enc_3) == 2 with input as t.inp([bad])
	count(rampart.enc.enc_3) == 0 with input as t.inp([good])
}
