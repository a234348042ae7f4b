# peering-routes-wired on the shape real code has: region stacks made by a
# module for_each over a map, and VPC peerings made by a second module
# for_each over a local map whose inputs read
# module.stack[each.value.requester].vpc_id, .cidr and
# .private_route_table_ids. Peering "ab" is wired both ways; "cd" only from
# the requester's side, so the accepter's route tables fail. Stack "e" is
# peered with nobody. The test (tests/cli/peering_shape.sh) counts the
# subjects of every query, so a cross product or a duplicate shows.
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

variable "stacks" {
  type = map(object({ cidr = string }))
  default = {
    a = { cidr = "10.1.0.0/16" }
    b = { cidr = "10.2.0.0/16" }
    c = { cidr = "10.3.0.0/16" }
    d = { cidr = "10.4.0.0/16" }
    e = { cidr = "10.5.0.0/16" }
  }
}

locals {
  peerings = {
    ab = { requester = "a", accepter = "b", wire_accepter = true }
    cd = { requester = "c", accepter = "d", wire_accepter = false }
  }
}

module "stack" {
  source   = "./modules/stack"
  for_each = var.stacks
  name     = each.key
  cidr     = each.value.cidr
}

module "peering" {
  source                    = "./modules/peering"
  for_each                  = local.peerings
  name                      = each.key
  requester_vpc_id          = module.stack[each.value.requester].vpc_id
  accepter_vpc_id           = module.stack[each.value.accepter].vpc_id
  requester_cidr            = module.stack[each.value.requester].cidr
  accepter_cidr             = module.stack[each.value.accepter].cidr
  requester_route_table_ids = module.stack[each.value.requester].private_route_table_ids
  accepter_route_table_ids  = module.stack[each.value.accepter].private_route_table_ids
  route_tables              = 2
  wire_accepter             = each.value.wire_accepter
}
