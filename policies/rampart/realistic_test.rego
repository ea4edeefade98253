# Policy inputs shaped like what real public Pulumi programs produce (issue 14). Each test names the
# program it models (repository, path); the resources carry the properties those programs set and
# the provider defaults Pulumi records, not made-up shapes.
package rampart.realistic_test

import data.rampart
import data.rampart.testlib as t

ids_of(fs, u) := {f.id | some f in fs; f.urn == u}

# pulumi/docs static/programs/awsx-load-balanced-fargate-nginx-python/__main__.py:
# awsx.ecs.FargateService("service", assign_public_ip=True, ...) in the default VPC's subnets.
fargate_public := t.aws("aws:ecs/service:Service", "service", {
	"cluster": "arn:aws:ecs:eu-central-1:123456789012:cluster/cluster-4b1c5e0",
	"desiredCount": 2, "launchType": "FARGATE",
	"networkConfiguration": {"assignPublicIp": true, "securityGroups": ["sg-0a1b2c3d4e5f60718"], "subnets": ["subnet-0f1e2d3c", "subnet-1a2b3c4d"]},
	"taskDefinition": "arn:aws:ecs:eu-central-1:123456789012:task-definition/service-9f0e2a1b:1",
	"tags": t.tags,
})

# pulumi/docs static/programs/awsx-vpc-fargate-service-javascript/index.js: the same service in
# the private subnets of an awsx.ec2.Vpc, assignPublicIp left to its default (false).
fargate_private := t.aws("aws:ecs/service:Service", "service", {
	"cluster": "arn:aws:ecs:eu-central-1:123456789012:cluster/cluster-4b1c5e0",
	"desiredCount": 2, "launchType": "FARGATE",
	"networkConfiguration": {"securityGroups": ["sg-0a1b2c3d4e5f60718"], "subnets": ["subnet-0aa11bb2", "subnet-0cc33dd4"]},
	"taskDefinition": "arn:aws:ecs:eu-central-1:123456789012:task-definition/service-9f0e2a1b:1",
	"tags": t.tags,
})

test_fargate_with_public_ips_is_net1 if {
	"NET-1" in ids_of(rampart.findings, fargate_public.urn) with input as t.inp([fargate_public])
}

test_fargate_in_private_subnets_passes_net1 if {
	not "NET-1" in ids_of(rampart.findings, fargate_private.urn) with input as t.inp([fargate_private])
}

# pulumi/pulumi-azure-native DEBUG_CODEGEN_EXAMPLE_GO/containerservice/.../2023-04-01/examples/
# ManagedClustersCreate_SecurityProfile.json.go: no apiServerAccessProfile, so a public API server.
aks_public := t.azure("azure-native:containerservice:ManagedCluster", "managedCluster", {
	"agentPoolProfiles": [{"count": 3, "enableNodePublicIP": true, "mode": "System", "name": "nodepool1", "osType": "Linux", "type": "VirtualMachineScaleSets", "vmSize": "Standard_DS2_v2"}],
	"dnsPrefix": "dnsprefix1", "kubernetesVersion": "", "location": "westeurope", "resourceGroupName": "rg1", "resourceName": "clustername1",
	"tags": t.tags,
})

# .../examples/ManagedClustersCreate_PrivateClusterPublicFQDN.json.go: a private cluster.
aks_private := object.union(aks_public, {"properties": object.union(aks_public.properties, {"apiServerAccessProfile": {"enablePrivateCluster": true, "enablePrivateClusterPublicFQDN": true}})})

test_aks_examples_vpn1 if {
	"VPN-1" in ids_of(rampart.findings, aks_public.urn) with input as t.inp([aks_public])
	not "VPN-1" in ids_of(rampart.findings, aks_private.urn) with input as t.inp([aks_private])
}

# pulumi/docs (Azure App Service quickstart shape): web:AppServicePlan and web:WebApp set no tags;
# both types declare a tags input in azure-native, so TAG-1 reports them.
plan := t.azure("azure-native:web:AppServicePlan", "appservice-plan", {"kind": "Linux", "reserved": true, "resourceGroupName": "rg1", "sku": {"name": "B1", "tier": "Basic"}})

site := t.azure("azure-native:web:WebApp", "webapp", {"httpsOnly": true, "resourceGroupName": "rg1", "serverFarmId": "/subscriptions/s/resourceGroups/rg1/providers/Microsoft.Web/serverfarms/appservice-plan", "siteConfig": {"minTlsVersion": "1.2"}})

test_untagged_app_service_is_tag1 if {
	fs := rampart.findings with input as t.inp([plan, site])
	"TAG-1" in ids_of(fs, plan.urn)
	"TAG-1" in ids_of(fs, site.urn)
}

# ---- judged against real public programs and outputs (policies/src/test/resources/real-corpus)

# pulumi/examples aws-ts-webserver: an instance with no subnetId lands in the default VPC, whose
# subnets give it a public IP; the same instance with associatePublicIpAddress false, in a named
# subnet, or from a launch template is not judged by that rule.
webserver := t.aws("aws:ec2/instance:Instance", "webserver-www", {
	"ami": "ami-0b1e534a4ff9019e0", "instanceType": "t2.micro", "vpcSecurityGroupIds": ["[unknown]"],
	"rootBlockDevice": {"encrypted": true, "kmsKeyId": "arn:aws:kms:eu-central-1:123456789012:key/k"},
	"tags": t.tags,
})

net1_messages(fs, u) := {f.message | some f in fs; f.urn == u; f.id == "NET-1"}

test_instance_in_default_vpc_is_net1 if {
	ms := net1_messages(rampart.findings, webserver.urn) with input as t.inp([webserver])
	some m in ms
	contains(m, "default VPC")
}

test_instance_in_default_vpc_without_public_ip_passes if {
	for_ip := object.union(webserver, {"properties": object.union(webserver.properties, {"associatePublicIpAddress": false})})
	count(net1_messages(rampart.findings, webserver.urn)) == 0 with input as t.inp([for_ip])
	in_subnet := object.union(webserver, {"properties": object.union(webserver.properties, {"subnetId": "[unknown]"})})
	count(net1_messages(rampart.findings, webserver.urn)) == 0 with input as t.inp([in_subnet])
	from_template := object.union(webserver, {"properties": object.union(webserver.properties, {"launchTemplate": {"id": "lt-1"}})})
	count(net1_messages(rampart.findings, webserver.urn)) == 0 with input as t.inp([from_template])
}

public_subnet_app := t.aws("aws:ec2/subnet:Subnet", "app-a", {"id": "subnet-app", "mapPublicIpOnLaunch": true, "tags": object.union(t.tags, {"tier": "app"})})

worker_in(subnet_id) := t.aws("aws:ec2/instance:Instance", "worker", {
	"ami": "ami-1", "instanceType": "t3.micro", "subnetId": subnet_id,
	"rootBlockDevice": {"encrypted": true, "kmsKeyId": "arn:aws:kms:eu-central-1:123456789012:key/k"}, "tags": t.tags,
})

test_instance_in_subnet_mapping_public_ips_is_net1 if {
	w := worker_in("subnet-app")
	ms := net1_messages(rampart.findings, w.urn) with input as t.inp([public_subnet_app, w])
	some m in ms
	contains(m, "mapPublicIpOnLaunch true")
}

test_instance_in_subnet_without_public_ips_passes if {
	s := object.union(public_subnet_app, {"properties": object.union(public_subnet_app.properties, {"mapPublicIpOnLaunch": false})})
	w := worker_in("subnet-app")
	count(net1_messages(rampart.findings, w.urn)) == 0 with input as t.inp([s, w])
}

# pulumi-aws docs, aws.ec2.LaunchTemplate example: networkInterfaces[].associatePublicIpAddress is a
# string in the provider schema ("true").
template_public := t.aws("aws:ec2/launchTemplate:LaunchTemplate", "foo", {
	"imageId": "ami-1", "instanceType": "t2.micro", "networkInterfaces": [{"associatePublicIpAddress": "true"}],
	"blockDeviceMappings": [{"deviceName": "/dev/sdf", "ebs": {"encrypted": "true", "kmsKeyId": "arn:aws:kms:eu-central-1:123456789012:key/k", "volumeSize": 20}}],
	"tags": t.tags,
})

test_launch_template_with_public_ips_is_net1 if {
	count(net1_messages(rampart.findings, template_public.urn)) == 1 with input as t.inp([template_public])
	private := object.union(template_public, {"properties": object.union(template_public.properties, {"networkInterfaces": [{"associatePublicIpAddress": "false"}]})})
	count(net1_messages(rampart.findings, template_public.urn)) == 0 with input as t.inp([private])
}

launch_config := t.aws("aws:ec2/launchConfiguration:LaunchConfiguration", "nodes", {"imageId": "ami-1", "instanceType": "t3.medium", "associatePublicIpAddress": true})

test_launch_configuration_with_public_ips_is_net1 if {
	count(net1_messages(rampart.findings, launch_config.urn)) == 1 with input as t.inp([launch_config])
	private := object.union(launch_config, {"properties": object.union(launch_config.properties, {"associatePublicIpAddress": false})})
	count(net1_messages(rampart.findings, launch_config.urn)) == 0 with input as t.inp([private])
}

# pulumi/examples azure-ts-appservice: the web app sets no httpsOnly (the API's default is false).
webapp_default := t.azure("azure-native:web:WebApp", "webapp", {"resourceGroupName": "rg", "serverFarmId": "[unknown]", "siteConfig": {"appSettings": []}, "tags": t.tags})

enc3_messages(fs, u) := {f.message | some f in fs; f.urn == u; f.id == "ENC-3"}

test_web_app_without_https_only_is_enc3 if {
	ms := enc3_messages(rampart.findings, webapp_default.urn) with input as t.inp([webapp_default])
	ms == {"azure-native:web:WebApp webapp accepts plain HTTP (httpsOnly is not set; the API's default is false, which serves plain HTTP)"}
}

test_web_app_https_only_passes if {
	w := object.union(webapp_default, {"properties": object.union(webapp_default.properties, {"httpsOnly": true})})
	count(enc3_messages(rampart.findings, w.urn)) == 0 with input as t.inp([w])
}

test_web_app_https_only_unknown_is_until_apply if {
	w := object.union(webapp_default, {"properties": object.union(webapp_default.properties, {"httpsOnly": "[unknown]"})})
	fs := rampart.findings with input as t.inp([w])
	some f in fs
	f.id == "ENC-3"
	f.until_apply == true
}

# pulumi/examples azure-ts-static-website: the CDN profile and endpoint say location "global"
# (not a residency breach); an endpoint that does not set isHttpAllowed serves plain HTTP.
cdn_endpoint := t.with_fields(t.azure("azure-native:cdn:Endpoint", "endpoint", {"location": "global", "profileName": "p", "resourceGroupName": "rg", "isHttpAllowed": false, "isHttpsAllowed": true, "origins": [{"name": "blob", "hostName": "x.z6.web.core.windows.net"}], "tags": t.tags}), {"region": "global"})

test_cdn_endpoint_https_only_passes if {
	fs := rampart.findings with input as t.inp([cdn_endpoint])
	not "ENC-3" in ids_of(fs, cdn_endpoint.urn)
	not "RES-1" in ids_of(fs, cdn_endpoint.urn)
}

test_cdn_endpoint_allowing_http_is_enc3 if {
	e := json.remove(cdn_endpoint, ["properties/isHttpAllowed"])
	ms := enc3_messages(rampart.findings, e.urn) with input as t.inp([e])
	ms == {"azure-native:cdn:Endpoint endpoint serves plain HTTP (isHttpAllowed is not set; the API's default is true, which serves plain HTTP)"}
}

# pulumi/examples aws-ts-static-website: CloudFront is global; with a us-east-1 provider it is
# still not a residency breach, while the ACM certificate created there is.
test_cloudfront_is_outside_res1 if {
	d := t.with_fields(t.aws("aws:cloudfront/distribution:Distribution", "cdn", {"enabled": true, "tags": t.tags}), {"region": "us-east-1"})
	c := t.with_fields(t.aws("aws:acm/certificate:Certificate", "cert", {"domainName": "www.example.com", "tags": t.tags}), {"region": "us-east-1"})
	fs := rampart.findings with input as t.inp([d, c])
	not "RES-1" in ids_of(fs, d.urn)
	"RES-1" in ids_of(fs, c.urn)
}

test_cloudfront_message_says_what_is_not_set if {
	d := t.aws("aws:cloudfront/distribution:Distribution", "cdn", {"enabled": true, "viewerCertificate": {"acmCertificateArn": "[unknown]", "sslSupportMethod": "sni-only"}, "tags": t.tags})
	ms := enc3_messages(rampart.findings, d.urn) with input as t.inp([d])
	ms == {"aws:cloudfront/distribution:Distribution cdn accepts TLS older than 1.2 (viewerCertificate.minimumProtocolVersion is not set; the API's default is TLSv1, which allows TLS 1.0)"}
}

# pulumi-aws ecs-service export: the security group rule has no ARN and its provider names no
# region, but the provider's other resources carry ARNs in us-west-2.
provider_ref := {"urn": "urn:pulumi:test::ecs-service::pulumi:providers:aws::default", "type": "pulumi:providers:aws", "name": "default", "region": null}

no_region(r) := object.union(r, {"region": null, "region_source": "unknown", "provider": provider_ref})

test_region_from_the_providers_other_arns if {
	sg := no_region(t.aws("aws:ec2/securityGroup:SecurityGroup", "sg", {"arn": "arn:aws:ec2:us-west-2:616138583583:security-group/sg-1", "tags": t.tags}))
	rule := no_region(t.aws("aws:ec2/securityGroupRule:SecurityGroupRule", "rule", {"type": "ingress", "securityGroupId": "sg-1"}))
	fs := rampart.findings with input as t.inp([sg, rule])
	some f in fs
	f.id == "RES-1"
	f.urn == rule.urn
	contains(f.message, "us-west-2 (from the ARNs of the other resources of its provider)")
}

test_region_from_the_providers_other_arns_allowed_passes if {
	sg := no_region(t.aws("aws:ec2/securityGroup:SecurityGroup", "sg", {"arn": "arn:aws:ec2:eu-central-1:616138583583:security-group/sg-1", "tags": t.tags}))
	rule := no_region(t.aws("aws:ec2/securityGroupRule:SecurityGroupRule", "rule", {"type": "ingress", "securityGroupId": "sg-1"}))
	fs := rampart.findings with input as t.inp([sg, rule])
	not "RES-1" in ids_of(fs, rule.urn)
}

test_providers_arns_in_two_regions_stay_unknown if {
	a := no_region(t.aws("aws:ec2/securityGroup:SecurityGroup", "a", {"arn": "arn:aws:ec2:eu-central-1:616138583583:security-group/sg-1", "tags": t.tags}))
	b := no_region(t.aws("aws:ec2/securityGroup:SecurityGroup", "b", {"arn": "arn:aws:ec2:us-west-2:616138583583:security-group/sg-2", "tags": t.tags}))
	rule := no_region(t.aws("aws:ec2/securityGroupRule:SecurityGroupRule", "rule", {"type": "ingress", "securityGroupId": "sg-1"}))
	fs := rampart.findings with input as t.inp([a, b, rule])
	some f in fs
	f.urn == rule.urn
	contains(f.message, "unknown residency")
}

test_sql_server_public_access_message_says_not_set if {
	s := t.azure("azure-native:sql:Server", "sqlserver", {"administratorLogin": "pulumi", "minimalTlsVersion": "1.2", "tags": t.tags})
	fs := rampart.findings with input as t.inp([s])
	some f in fs
	f.id == "DATA-1"
	f.urn == s.urn
	f.message == "azure-native:sql:Server sqlserver accepts public network access (publicNetworkAccess is not set; the API's default is Enabled)"
}

# pulumi-azure-native upgrade-aks-api-version export: a cluster created with a pinned API version
# (azure-native:containerservice/v20240102preview:ManagedCluster) is judged as a ManagedCluster.
test_versioned_azure_native_type_is_judged_as_the_unversioned_one if {
	aks := object.union(t.azure("azure-native:containerservice/v20240102preview:ManagedCluster", "cluster", {"dnsPrefix": "test-aks-4400", "agentPoolProfiles": [{"count": 1, "mode": "System", "name": "agentpool", "vmSize": "Standard_DS2_v2"}]}), {"urn": "urn:pulumi:prod::lz::azure-native:containerservice/v20240102preview:ManagedCluster::cluster"})
	fs := rampart.findings with input as t.inp([aks])
	ids_of(fs, aks.urn) == {"VPN-1", "LOG-1", "TAG-1"}
}

test_canonical_type if {
	data.rampart.lib.canonical_type("azure-native:storage/v20220901:StorageAccount") == "azure-native:storage:StorageAccount"
	data.rampart.lib.canonical_type("azure-native:containerservice/v20240102preview:ManagedCluster") == "azure-native:containerservice:ManagedCluster"
	data.rampart.lib.canonical_type("azure-native:storage:StorageAccount") == "azure-native:storage:StorageAccount"
}

# Azure VM quickstarts attach a public IP to the NIC: the VM faces the internet around the load
# balancers. A NIC in an untiered subnet is reported; one without a public IP is not.
nic_public := t.azure("azure-native:network:NetworkInterface", "networkInterface", {
	"resourceGroupName": "rg", "ipConfigurations": [{"name": "ipconfig1", "privateIPAllocationMethod": "Dynamic",
		"subnet": {"id": "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet/subnets/default"},
		"publicIPAddress": {"id": "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/publicIPAddresses/vm-ip"}}],
	"tags": t.tags,
})

test_nic_with_public_ip_is_net1 if {
	count(net1_messages(rampart.findings, nic_public.urn)) == 1 with input as t.inp([nic_public])
	private := json.remove(nic_public, ["properties/ipConfigurations/0/publicIPAddress"])
	count(net1_messages(rampart.findings, nic_public.urn)) == 0 with input as t.inp([private])
}

test_aks_nodes_with_public_ips_is_net1 if {
	ms := net1_messages(rampart.findings, aks_public.urn) with input as t.inp([aks_public])
	ms == {"azure-native:containerservice:ManagedCluster managedCluster gives the nodes of pool nodepool1 public IPs (enableNodePublicIP true)"}
	private := json.patch(aks_public, [{"op": "replace", "path": "/properties/agentPoolProfiles/0/enableNodePublicIP", "value": false}])
	count(net1_messages(rampart.findings, aks_public.urn)) == 0 with input as t.inp([private])
}

test_agent_pool_with_public_ips_is_net1 if {
	pool := t.azure("azure-native:containerservice:AgentPool", "pool", {"resourceGroupName": "rg", "resourceName": "aks", "count": 3, "enableNodePublicIP": true, "vmSize": "Standard_DS2_v2"})
	count(net1_messages(rampart.findings, pool.urn)) == 1 with input as t.inp([pool])
}

# Programs that tag through the AWS provider (defaultTags) set no tags on the resources; a preview
# carries only their inputs, so the provider's default tags count (object or JSON text).
default_tags_provider(dt) := {
	"urn": "urn:pulumi:prod::lz::pulumi:providers:aws::tagged", "type": "pulumi:providers:aws", "name": "tagged", "custom": true,
	"cloud": "aws", "region": "eu-central-1", "region_source": "input", "dependencies": [], "protect": false,
	"properties": {"region": "eu-central-1", "defaultTags": dt},
}

tagged_by_provider(prov) := object.union(t.aws("aws:sqs/queue:Queue", "jobs", {"name": "jobs"}), {"provider": {"urn": prov.urn, "type": prov.type, "name": prov.name, "region": "eu-central-1"}})

test_provider_default_tags_count if {
	prov := default_tags_provider({"tags": t.tags})
	q := tagged_by_provider(prov)
	fs := rampart.findings with input as t.inp([prov, q])
	not "TAG-1" in ids_of(fs, q.urn)
	prov_json := default_tags_provider(json.marshal({"tags": t.tags}))
	fs2 := rampart.findings with input as t.inp([prov_json, tagged_by_provider(prov_json)])
	not "TAG-1" in ids_of(fs2, q.urn)
}

test_provider_default_tags_missing_owner_still_tag1 if {
	prov := default_tags_provider({"tags": object.remove(t.tags, ["owner"])})
	q := tagged_by_provider(prov)
	fs := rampart.findings with input as t.inp([prov, q])
	some f in fs
	f.id == "TAG-1"
	f.urn == q.urn
	contains(f.message, "owner")
}

# An AKS diagnostic setting that sends only metrics (or non-audit categories) leaves the API
# unaudited (LOG-1); one with kube-audit, kube-audit-admin or the audit/allLogs group passes.
aks_diag(logs) := t.deps(t.azure("azure-native:insights:DiagnosticSetting", "aks-diag", {
	"resourceUri": "[unknown]", "workspaceId": "/subscriptions/s/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/ws",
	"logs": logs, "metrics": [{"category": "AllMetrics", "enabled": true}],
}), [aks_private])

log1_of_aks(logs) := ms if {
	fs := rampart.findings with input as t.inp([aks_private, aks_diag(logs)])
	ms := {f.message | some f in fs; f.id == "LOG-1"; f.urn == aks_private.urn}
}

test_aks_diagnostics_without_audit_category_is_log1 if {
	ms := log1_of_aks([])
	some m in ms
	contains(m, "none sends the kube-audit")
	ms2 := log1_of_aks([{"category": "kube-apiserver", "enabled": true}, {"category": "kube-audit", "enabled": false}])
	count(ms2) == 1
}

test_aks_diagnostics_with_audit_category_passes if {
	count(log1_of_aks([{"category": "kube-audit", "enabled": true}])) == 0
	count(log1_of_aks([{"category": "kube-audit-admin", "enabled": true}])) == 0
	count(log1_of_aks([{"categoryGroup": "allLogs", "enabled": true}])) == 0
	count(log1_of_aks("[unknown]")) == 0
}
