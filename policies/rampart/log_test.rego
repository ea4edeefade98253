package rampart.log_test

import data.rampart.log
import data.rampart.testlib as t

vpc := t.aws("aws:ec2/vpc:Vpc", "vpc", {"id": "vpc-prod"})

key_arn := "arn:aws:kms:eu-central-1:123456789012:key/1111"

good_trail := {
	"s3BucketName": "audit-1", "isMultiRegionTrail": true, "enableLogFileValidation": true, "kmsKeyId": key_arn,
	"eventSelectors": [{"readWriteType": "All", "includeManagementEvents": true, "dataResources": [{"type": "AWS::S3::Object", "values": ["arn:aws:s3"]}]}],
}

trail(props) := t.aws("aws:cloudtrail/trail:Trail", "trail", props)

audit_bucket := t.aws("aws:s3/bucketV2:BucketV2", "audit", {"bucket": "audit-1", "objectLockEnabled": true})

audit_lock(days) := t.aws("aws:s3/bucketObjectLockConfigurationV2:BucketObjectLockConfigurationV2", "audit-lock", {"bucket": "audit-1", "rule": {"defaultRetention": {"mode": "COMPLIANCE", "days": days}}})

# ---- LOG-1

test_log1_aws_no_trail if {
	fs := log.log_1 with input as t.inp([vpc])
	some f in fs
	f.urn == t.stack_urn
}

test_log1_aws_complete_trail if {
	count(log.log_1) == 0 with input as t.inp([vpc, trail(good_trail)])
}

test_log1_aws_trail_without_validation if {
	fs := log.log_1 with input as t.inp([vpc, trail(object.union(good_trail, {"enableLogFileValidation": false}))])
	some f in fs
	contains(f.message, "no log file validation")
}

test_log1_aws_trail_advanced_selectors if {
	p := object.union(object.remove(good_trail, ["eventSelectors"]), {"advancedEventSelectors": [{"name": "s3", "fieldSelectors": [{"field": "eventCategory", "equals": ["Data"]}, {"field": "resources.type", "equals": ["AWS::S3::Object"]}]}]})
	count(log.log_1) == 0 with input as t.inp([vpc, trail(p)])
}

law := t.azure("azure-native:operationalinsights:Workspace", "law", {"workspaceName": "law", "retentionInDays": 365})

law_id := "/subscriptions/s/resourceGroups/rg-logs/providers/Microsoft.OperationalInsights/workspaces/law"

activity := t.azure("azure-native:insights:DiagnosticSetting", "activity", {"resourceUri": "/subscriptions/0000", "workspaceId": law_id})

vnet := t.azure("azure-native:network:VirtualNetwork", "vnet", {"virtualNetworkName": "vnet"})

test_log1_azure_without_workspace if {
	count(log.log_1) == 2 with input as t.inp([vnet])
}

test_log1_azure_activity_log_exported if {
	count(log.log_1) == 0 with input as t.inp([vnet, law, activity])
}

test_log1_azure_subscription_setting_type if {
	s := t.azure("azure-native:insights:SubscriptionDiagnosticSetting", "activity", {"workspaceId": law_id})
	count(log.log_1) == 0 with input as t.inp([vnet, law, s])
}

sa := t.azure("azure-native:storage:StorageAccount", "sa", {"accountName": "stdocs"})

test_log1_azure_storage_without_diagnostics if {
	fs := log.log_1 with input as t.inp([law, activity, sa])
	some f in fs
	f.urn == sa.urn
}

test_log1_azure_storage_blob_diagnostics if {
	d := t.azure("azure-native:insights:DiagnosticSetting", "sa-diag", {"resourceUri": "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/stdocs/blobServices/default", "workspaceId": law_id})
	count(log.log_1) == 0 with input as t.inp([law, activity, sa, d])
}

test_log1_azure_diagnostics_joined_by_dependency if {
	d := t.deps(t.azure("azure-native:insights:DiagnosticSetting", "sa-diag", {"resourceUri": "[unknown]", "workspaceId": "[unknown]"}), [sa])
	count(log.log_1) == 0 with input as t.inp([law, activity, sa, d])
}

# ---- LOG-2

test_log2_aws_compliant_trail if {
	count(log.log_2) == 0 with input as t.inp([trail(good_trail), audit_bucket, audit_lock(365)])
}

test_log2_aws_trail_without_kms if {
	fs := log.log_2 with input as t.inp([trail(object.remove(good_trail, ["kmsKeyId"])), audit_bucket, audit_lock(365)])
	some f in fs
	contains(f.message, "KMS")
}

test_log2_aws_bucket_without_object_lock if {
	b := t.aws("aws:s3/bucketV2:BucketV2", "audit", {"bucket": "audit-1"})
	fs := log.log_2 with input as t.inp([trail(good_trail), b])
	some f in fs
	f.urn == b.urn
}

test_log2_aws_short_lock if {
	count(log.log_2) == 1 with input as t.inp([trail(good_trail), audit_bucket, audit_lock(30)])
}

test_log2_aws_expiring_logs if {
	lc := t.aws("aws:s3/bucketLifecycleConfigurationV2:BucketLifecycleConfigurationV2", "audit-lc", {"bucket": "audit-1", "rules": [{"id": "expire", "status": "Enabled", "expiration": {"days": 90}}]})
	count(log.log_2) == 1 with input as t.inp([trail(good_trail), audit_bucket, audit_lock(365), lc])
}

test_log2_aws_trail_bucket_outside_stack if {
	count(log.log_2) == 1 with input as t.inp([trail(good_trail)])
}

test_log2_aws_flow_log_group_unencrypted if {
	g := t.aws("aws:cloudwatch/logGroup:LogGroup", "flow", {"name": "flow-logs", "arn": "arn:aws:logs:eu-central-1:1:log-group:flow-logs", "retentionInDays": 365})
	fl := t.aws("aws:ec2/flowLog:FlowLog", "fl", {"vpcId": "vpc-prod", "logDestination": "arn:aws:logs:eu-central-1:1:log-group:flow-logs"})
	count(log.log_2) == 1 with input as t.inp([g, fl])
}

test_log2_aws_flow_log_group_compliant if {
	g := t.aws("aws:cloudwatch/logGroup:LogGroup", "flow", {"name": "flow-logs", "arn": "arn:aws:logs:eu-central-1:1:log-group:flow-logs", "retentionInDays": 400, "kmsKeyId": key_arn})
	fl := t.aws("aws:ec2/flowLog:FlowLog", "fl", {"vpcId": "vpc-prod", "logDestination": "arn:aws:logs:eu-central-1:1:log-group:flow-logs"})
	count(log.log_2) == 0 with input as t.inp([g, fl])
}

test_log2_azure_workspace_short_retention if {
	w := t.azure("azure-native:operationalinsights:Workspace", "law", {"retentionInDays": 30})
	count(log.log_2) == 1 with input as t.inp([w])
}

test_log2_azure_workspace_retention_ok if {
	count(log.log_2) == 0 with input as t.inp([law])
}

# ---- LOG-3

test_log3_aws_no_guardduty if {
	fs := log.log_3 with input as t.inp([vpc])
	some f in fs
	f.enforcement == "advisory"
}

test_log3_aws_guardduty if {
	d := t.aws("aws:guardduty/detector:Detector", "gd", {"enable": true})
	count(log.log_3) == 0 with input as t.inp([vpc, d])
}

test_log3_azure_no_defender if {
	count(log.log_3) == 1 with input as t.inp([vnet])
}

test_log3_azure_defender if {
	p := t.azure("azure-native:security:Pricing", "defender-storage", {"pricingName": "StorageAccounts", "pricingTier": "Standard"})
	count(log.log_3) == 0 with input as t.inp([vnet, p])
}

# ---- LOG-1: Kubernetes control-plane audit logs (issue 14)

test_log1_eks_without_audit_logs if {
	c := t.aws("aws:eks/cluster:Cluster", "cluster", {"enabledClusterLogTypes": []})
	fs := {x | some x in log.log_1; x.urn == c.urn} with input as t.inp([c])
	count(fs) == 1
	unset := t.aws("aws:eks/cluster:Cluster", "cluster", {})
	fs2 := {x | some x in log.log_1; x.urn == unset.urn} with input as t.inp([unset])
	some f in fs2
	contains(f.message, "enabledClusterLogTypes is not set; EKS's default sends no control-plane logs")
}

test_log1_eks_with_audit_logs if {
	c := t.aws("aws:eks/cluster:Cluster", "cluster", {"enabledClusterLogTypes": ["api", "audit", "authenticator"]})
	count({x | some x in log.log_1; x.urn == c.urn}) == 0 with input as t.inp([c])
}

test_log1_aks_without_diagnostics if {
	c := t.azure("azure-native:containerservice:ManagedCluster", "aks", {"dnsPrefix": "aks", "id": "/subscriptions/s/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/aks"})
	count({x | some x in log.log_1; x.urn == c.urn}) == 1 with input as t.inp([c])
	d := t.azure("azure-native:insights:DiagnosticSetting", "aks-diag", {"resourceUri": "/subscriptions/s/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/aks", "workspaceId": "/subscriptions/s/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/logs", "logs": [{"category": "kube-audit", "enabled": true}]})
	count({x | some x in log.log_1; x.urn == c.urn}) == 0 with input as t.inp([c, d])
}
