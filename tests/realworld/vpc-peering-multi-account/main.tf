# offline: every provider block gets mock credentials and the skip_* flags
# so that terraform plans without AWS; the requester's `assume_role` block
# and the accepter's `dynamic "assume_role"` are removed (no role to assume
# offline). Regions are upstream's variables (terraform.tfvars sets them).
provider "aws" {
  region = var.region

  # offline: mock credentials, no AWS calls
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

provider "aws" {
  alias  = "requester"
  region = var.requester_region

  # offline: assume_role { role_arn = var.requester_aws_assume_role_arn } removed

  # offline: mock credentials, no AWS calls
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

provider "aws" {
  alias  = "accepter"
  region = var.accepter_region

  # offline: dynamic "assume_role" (var.accepter_aws_assume_role_arn) removed

  # offline: mock credentials, no AWS calls
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

module "vpc_peering_cross_account" {
  # offline: source "../../" -> the local copy
  source = "./modules/vpc-peering-multi-account"

  providers = {
    aws.requester = aws.requester
    aws.accepter  = aws.accepter
  }

  # offline: the VPC ids are those of the VPCs offline-vpcs.tf creates
  # (upstream: var.requester_vpc_id, var.accepter_vpc_id, VPCs made by
  # examples/vpc-only before the plan)
  requester_vpc_id                          = aws_vpc.requester.id
  requester_allow_remote_vpc_dns_resolution = var.requester_allow_remote_vpc_dns_resolution

  # offline: what the module's data lookups would find in those VPCs
  # (their CIDR blocks, and the route tables of their subnets)
  offline_requester_cidr_blocks     = [aws_vpc.requester.cidr_block]
  offline_requester_route_table_ids = aws_route_table.requester[*].id

  accepter_enabled                         = var.accepter_enabled
  accepter_vpc_id                          = aws_vpc.accepter.id
  accepter_allow_remote_vpc_dns_resolution = var.accepter_allow_remote_vpc_dns_resolution

  offline_accepter_cidr_blocks     = [aws_vpc.accepter.cidr_block]
  offline_accepter_route_table_ids = aws_route_table.accepter[*].id

  context = module.this.context
}
