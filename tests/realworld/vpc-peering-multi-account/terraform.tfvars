# offline: upstream's fixtures.us-east-2.tfvars (same-region, us-east-2),
# made cross-region: the requester in us-east-1, the accepter in us-west-2.
# The VPC ids are no longer inputs (offline-vpcs.tf creates the VPCs).
region = "us-east-1"

namespace = "eg"

stage = "test"

name = "vpc_peering_cross_account"

requester_aws_assume_role_arn = ""

requester_region = "us-east-1"

requester_allow_remote_vpc_dns_resolution = true

accepter_aws_assume_role_arn = ""

accepter_region = "us-west-2"

accepter_allow_remote_vpc_dns_resolution = true

availability_zones = ["us-east-1a", "us-east-1b"]
