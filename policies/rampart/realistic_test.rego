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
