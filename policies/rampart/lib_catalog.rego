# GENERATED from the METADATA annotations of the control rules by
# policies/src/test/java/eu/rampart/policies/CatalogFromMetadataTest.java: do not edit; change the
# rule's METADATA and regenerate (mvn -B -o -pl policies -am verify -Dtest=CatalogFromMetadataTest
# -Dsurefire.failIfNoSpecifiedTests=false -Drampart.regenerate=true).
# production_enforcement (the "mandatory in prod" controls) replaces enforcement when
# input.environment.production is true.
package rampart.lib

catalog := {
	"RES-1": {"severity": "critical", "enforcement": "mandatory", "remediation": "Create the resource in an allowed EU region (set its region/location or use a provider configured for an allowed region)."},
	"RES-2": {"severity": "critical", "enforcement": "mandatory", "remediation": "Point replicas, backup copies and geo-redundant pairs at allowed EU regions only."},
	"RES-3": {"severity": "high", "enforcement": "advisory", "production_enforcement": "mandatory", "remediation": "Keep a backup copy (backup vault, replica or geo-redundant pair) in a second allowed region."},
	"ENC-1": {"severity": "critical", "enforcement": "mandatory", "remediation": "Encrypt at rest with a customer-managed KMS / Key Vault key (SSE-KMS, storageEncrypted + kmsKeyId, keySource Microsoft.Keyvault + infrastructure encryption, disk encryption set)."},
	"ENC-2": {"severity": "high", "enforcement": "mandatory", "remediation": "Enable key rotation with a deletion window of at least 30 days; key vaults need soft delete, purge protection, their own resource group and no public network access."},
	"ENC-3": {"severity": "critical", "enforcement": "mandatory", "remediation": "Require TLS 1.2+: deny aws:SecureTransport=false in bucket policies, HTTPS listeners with a TLS 1.2 policy (port 80 only redirects), Azure enableHttpsTrafficOnly and minimumTlsVersion TLS1_2."},
	"NET-1": {"severity": "high", "enforcement": "mandatory", "remediation": "Keep the data tier private: no route to an internet gateway and no public IPs in data subnets."},
	"NET-2": {"severity": "high", "enforcement": "mandatory", "remediation": "Remove peering between production and non-production networks."},
	"NET-3": {"severity": "critical", "enforcement": "mandatory", "remediation": "From the internet allow only TCP 80 and 443, and only on load balancer security groups / NSGs."},
	"NET-4": {"severity": "critical", "enforcement": "mandatory", "remediation": "Open administrative and data ports only to the VPN client range or the management subnet."},
	"NET-5": {"severity": "medium", "enforcement": "mandatory", "remediation": "Manage the default security group with no rules, end every NSG with an explicit deny-all inbound rule, attach an NSG/NACL to every subnet."},
	"NET-6": {"severity": "medium", "enforcement": "advisory", "remediation": "Enable flow logs for every VPC / NSG, delivered to the log archive."},
	"VPN-1": {"severity": "high", "enforcement": "advisory", "production_enforcement": "mandatory", "remediation": "Provide an AWS Client VPN endpoint (certificate or SAML auth, split tunnel) or an Azure VPN Gateway point-to-site with Entra ID auth; remove public bastion hosts."},
	"VPN-2": {"severity": "medium", "enforcement": "advisory", "remediation": "Log VPN connections to the log archive (Client VPN connection logging, VPN gateway diagnostic settings)."},
	"BAK-1": {"severity": "high", "enforcement": "advisory", "production_enforcement": "mandatory", "remediation": "Back up on a schedule at least every N hours (environment backup.every_hours) with retention of at least backup.retention_days."},
	"BAK-2": {"severity": "high", "enforcement": "advisory", "production_enforcement": "mandatory", "remediation": "Copy every backup to a vault in a second allowed EU region (copy actions / geo-redundant vault storage)."},
	"BAK-3": {"severity": "high", "enforcement": "advisory", "remediation": "Lock backup vaults (vault lock / immutability Locked) and encrypt them with a customer-managed key."},
	"LOG-1": {"severity": "high", "enforcement": "mandatory", "remediation": "Record an audit trail: multi-region CloudTrail with log file validation and S3 data events; Azure activity log and resource diagnostics to Log Analytics."},
	"LOG-2": {"severity": "high", "enforcement": "mandatory", "remediation": "Encrypt audit logs with a CMK, keep them in an object-locked archive and retain them for at least the environment's log_retention_days."},
	"LOG-3": {"severity": "medium", "enforcement": "advisory", "remediation": "Enable GuardDuty / Microsoft Defender for Cloud (Standard tier)."},
	"DATA-1": {"severity": "critical", "enforcement": "mandatory", "remediation": "Block all public access: S3 Block Public Access (all four), no public ACLs or policies, allowBlobPublicAccess false, publicNetworkAccess Disabled, databases not publicly accessible."},
	"DATA-2": {"severity": "medium", "enforcement": "advisory", "remediation": "Make document archives immutable for 10 years (Object Lock COMPLIANCE / immutability policy); expire temporary data with lifecycle rules."},
	"DATA-3": {"severity": "medium", "enforcement": "mandatory", "remediation": "Enable bucket versioning and blob soft delete."},
	"DATA-4": {"severity": "high", "enforcement": "advisory", "production_enforcement": "mandatory", "remediation": "Set protect: true on stateful resources in production and review any plan that deletes or replaces one."},
	"AVAIL-1": {"severity": "medium", "enforcement": "advisory", "remediation": "Spread subnets and databases over at least two availability zones; use zone-redundant storage (ZRS/GZRS) in production."},
	"TAG-1": {"severity": "low", "enforcement": "advisory", "remediation": "Tag the resource with environment, owner and data-classification."},
}
