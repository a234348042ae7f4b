# offline: data "aws_caller_identity" "current" {} -> local.offline_account_id
# (the environment's account, from terraform.tfvars.json)

data "aws_region" "current" {}

# offline: data "aws_subnets" "private" (vpc-id = the Sirius VPC, tag:Name
# application-* / private-*) and data "aws_vpc" "sirius" (tag:Name
# Sirius-<account>-vpc or vpc.<region>.<account>.sirius.opg.service.justice.gov.uk),
# lookups of the Sirius account stack's network -> made-up literals per region
locals {
  offline_account_id = var.environment.account_id
  offline_vpc = {
    "eu-west-1" = { id = "vpc-0a1b2c3d4e5f60711", cidr_block = "10.162.0.0/16" }
    "eu-west-2" = { id = "vpc-0a1b2c3d4e5f60722", cidr_block = "10.172.0.0/16" }
  }[data.aws_region.current.name]
  offline_private_subnet_ids = {
    "eu-west-1" = ["subnet-0e1a00000000e1a01", "subnet-0e1a00000000e1a02", "subnet-0e1a00000000e1a03"]
    "eu-west-2" = ["subnet-0e2a00000000e2a01", "subnet-0e2a00000000e2a02", "subnet-0e2a00000000e2a03"]
  }[data.aws_region.current.name]
}
