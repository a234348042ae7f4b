# peering-routes-wired on routes made with for_each over a module's list
# of route table ids, route_table_id = each.value, as VPC-peering roots
# write them. Plan JSON gives each instance's route_table_id as the whole
# list, so which table an instance enters is not told; but a block of N
# routes over N tables, whose for_each follows that same list, enters
# each of them, as the count.index form already did:
# - us-west-2's two tables are routed to the peer by such a block: both
#   pass (they were unknown);
# - us-east-1's two tables are routed by one route, for_each over the
#   first table alone: one route for two tables, which one the plan does
#   not tell: both are unknown.
# Plan it with scripts/regen-samples.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

provider "aws" {
  region                      = "us-east-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

provider "aws" {
  alias                       = "dr"
  region                      = "us-west-2"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

module "primary" {
  source = "./vpc"
  cidr   = "10.1.0.0/16"
}

module "dr" {
  source    = "./vpc"
  providers = { aws = aws.dr }
  cidr      = "10.2.0.0/16"
}

resource "aws_vpc_peering_connection" "this" {
  vpc_id      = module.primary.vpc_id
  peer_vpc_id = module.dr.vpc_id
  peer_region = "us-west-2"
}

resource "aws_vpc_peering_connection_accepter" "this" {
  provider                  = aws.dr
  vpc_peering_connection_id = aws_vpc_peering_connection.this.id
  auto_accept               = true
}

resource "aws_route" "primary_to_dr" {
  for_each                  = { for i, id in slice(module.primary.private_route_table_ids, 0, 1) : tostring(i) => id }
  route_table_id            = each.value
  destination_cidr_block    = module.dr.cidr
  vpc_peering_connection_id = aws_vpc_peering_connection.this.id
}

resource "aws_route" "dr_to_primary" {
  for_each                  = { for i, id in module.dr.private_route_table_ids : tostring(i) => id }
  provider                  = aws.dr
  route_table_id            = each.value
  destination_cidr_block    = module.primary.cidr
  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.this.id
}
