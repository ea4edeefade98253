package rampart.avail_test

import data.rampart.avail
import data.rampart.testlib as t

vpc := t.aws("aws:ec2/vpc:Vpc", "vpc", {"id": "vpc-prod"})

subnet(name, az) := t.aws("aws:ec2/subnet:Subnet", name, {"vpcId": "vpc-prod", "availabilityZone": az})

test_avail1_single_zone if {
	count(avail.avail_1) == 1 with input as t.inp([vpc, subnet("a", "eu-central-1a"), subnet("b", "eu-central-1a")])
}

test_avail1_two_zones if {
	count(avail.avail_1) == 0 with input as t.inp([vpc, subnet("a", "eu-central-1a"), subnet("b", "eu-central-1b")])
}

test_avail1_single_az_database if {
	db := t.aws("aws:rds/instance:Instance", "db", {"multiAz": false})
	count(avail.avail_1) == 1 with input as t.inp([db])
}

test_avail1_multi_az_database if {
	db := t.aws("aws:rds/instance:Instance", "db", {"multiAz": true})
	count(avail.avail_1) == 0 with input as t.inp([db])
}

test_avail1_azure_lrs_in_prod if {
	sa := t.azure("azure-native:storage:StorageAccount", "sa", {"sku": {"name": "Standard_LRS"}})
	count(avail.avail_1) == 1 with input as t.inp([sa])
}

test_avail1_azure_gzrs_in_prod if {
	sa := t.azure("azure-native:storage:StorageAccount", "sa", {"sku": {"name": "Standard_GZRS"}})
	count(avail.avail_1) == 0 with input as t.inp([sa])
}

test_avail1_azure_lrs_in_dev if {
	sa := t.azure("azure-native:storage:StorageAccount", "sa", {"sku": {"name": "Standard_LRS"}})
	count(avail.avail_1) == 0 with input as t.inp_env([sa], t.env_dev)
}
